"""msref (test instrument, NOT MindSpore): nn.RNN / GRU / LSTM and their cells.

MindSpore facts kept here: ``has_bias`` (not ``bias``), no proj_size, construct(x, hx=None,
seq_length=None) where positions past ``seq_length`` give zero outputs and the final state is
the last valid step's; parameters weight_ih_l{k}[_reverse], weight_hh_l{k}, bias_ih_l{k},
bias_hh_l{k} registered under their own names (a ParameterTuple in MindSpore, so all weight_ih
come first, then weight_hh, bias_ih, bias_hh); gate order i,f,g,o (LSTM) and r,z,n (GRU).
"""
import math

import torch

from ..._bridge import op
from ...common import dtype as mstype
from ...common.initializer import Uniform, initializer
from ...common.parameter import Parameter, ParameterTuple
from ..cell import Cell

_GATES = {"RNN_TANH": 1, "RNN_RELU": 1, "GRU": 3, "LSTM": 4}


def _step(mode, x, state, w_ih, w_hh, b_ih, b_hh):
    gi = x @ w_ih.t() + (b_ih if b_ih is not None else 0)
    h = state[0] if mode == "LSTM" else state
    gh = h @ w_hh.t() + (b_hh if b_hh is not None else 0)
    if mode == "LSTM":
        i, f, g, o = (gi + gh).chunk(4, 1)
        c = torch.sigmoid(f) * state[1] + torch.sigmoid(i) * torch.tanh(g)
        return torch.sigmoid(o) * torch.tanh(c), c
    if mode == "GRU":
        i_r, i_z, i_n = gi.chunk(3, 1)
        h_r, h_z, h_n = gh.chunk(3, 1)
        r, z = torch.sigmoid(i_r + h_r), torch.sigmoid(i_z + h_z)
        n = torch.tanh(i_n + r * h_n)
        return n + z * (h - n)
    return torch.tanh(gi + gh) if mode == "RNN_TANH" else torch.relu(gi + gh)


def _run_direction(mode, xs, state, weights, lengths, reverse):
    steps = len(xs)
    outputs = [None] * steps
    order = range(steps - 1, -1, -1) if reverse else range(steps)
    for t in order:
        new = _step(mode, xs[t], state, *weights)
        valid = (lengths > t).unsqueeze(-1).to(xs[t].dtype) if lengths is not None else None
        if valid is None:
            state = new
        elif mode == "LSTM":
            state = (valid * new[0] + (1 - valid) * state[0], valid * new[1] + (1 - valid) * state[1])
        else:
            state = valid * new + (1 - valid) * state
        out = state[0] if mode == "LSTM" else state
        outputs[t] = out if valid is None else out * valid
    return torch.stack(outputs), state


class _RNNBase(Cell):
    def __init__(self, mode, input_size, hidden_size, num_layers=1, has_bias=True, batch_first=False, dropout=0.0,
                 bidirectional=False, dtype=mstype.float32):
        super().__init__()
        self.mode, self.input_size, self.hidden_size, self.num_layers = mode, input_size, hidden_size, num_layers
        self.has_bias, self.batch_first, self.dropout = has_bias, batch_first, float(dropout)
        self.bidirectional = bidirectional
        self.num_directions = 2 if bidirectional else 1
        gates = _GATES[mode] * hidden_size
        bound = 1 / math.sqrt(hidden_size)
        lists = {"w_ih": [], "w_hh": [], "b_ih": [], "b_hh": []}
        for layer in range(num_layers):
            layer_in = input_size if layer == 0 else hidden_size * self.num_directions
            for direction in range(self.num_directions):
                suffix = "_reverse" if direction == 1 else ""
                lists["w_ih"].append(Parameter(initializer(Uniform(bound), (gates, layer_in), dtype),
                                               name=f"weight_ih_l{layer}{suffix}"))
                lists["w_hh"].append(Parameter(initializer(Uniform(bound), (gates, hidden_size), dtype),
                                               name=f"weight_hh_l{layer}{suffix}"))
                if has_bias:
                    lists["b_ih"].append(Parameter(initializer(Uniform(bound), (gates,), dtype),
                                                   name=f"bias_ih_l{layer}{suffix}"))
                    lists["b_hh"].append(Parameter(initializer(Uniform(bound), (gates,), dtype),
                                                   name=f"bias_hh_l{layer}{suffix}"))
        self.w_ih_list = ParameterTuple(lists["w_ih"])
        self.w_hh_list = ParameterTuple(lists["w_hh"])
        self.b_ih_list = ParameterTuple(lists["b_ih"])
        self.b_hh_list = ParameterTuple(lists["b_hh"])

    def construct(self, x, hx=None, seq_length=None):
        params = [self.w_ih_list, self.w_hh_list, self.b_ih_list, self.b_hh_list]
        return op(self._forward)(x, hx, seq_length, *params)

    def _forward(self, x, hx, seq_length, w_ih, w_hh, b_ih, b_hh):
        if self.batch_first:
            x = x.transpose(0, 1)
        batch = x.shape[1]
        total = self.num_layers * self.num_directions
        lstm = self.mode == "LSTM"
        if hx is None:
            zeros = torch.zeros(total, batch, self.hidden_size, dtype=x.dtype)
            hx = (zeros, zeros.clone()) if lstm else zeros
        lengths = seq_length.long() if seq_length is not None else None
        layer_input = x
        h_n, c_n = [], []
        for layer in range(self.num_layers):
            outs = []
            for direction in range(self.num_directions):
                k = layer * self.num_directions + direction
                state = (hx[0][k], hx[1][k]) if lstm else hx[k]
                weights = (w_ih[k], w_hh[k], b_ih[k] if self.has_bias else None, b_hh[k] if self.has_bias else None)
                out, state = _run_direction(self.mode, list(layer_input.unbind(0)), state, weights, lengths,
                                            direction == 1)
                outs.append(out)
                h_n.append(state[0] if lstm else state)
                if lstm:
                    c_n.append(state[1])
            layer_input = torch.cat(outs, -1)
            if self.training and self.dropout and layer < self.num_layers - 1:
                layer_input = torch.nn.functional.dropout(layer_input, self.dropout, True)
        output = layer_input.transpose(0, 1) if self.batch_first else layer_input
        if lstm:
            return output, (torch.stack(h_n), torch.stack(c_n))
        return output, torch.stack(h_n)


class RNN(_RNNBase):
    """msref: ``mindspore.nn.RNN(*args, **kwargs)`` with nonlinearity='tanh' (not MindSpore)."""

    def __init__(self, *args, **kwargs):
        nonlinearity = kwargs.pop("nonlinearity", "tanh")
        super().__init__("RNN_TANH" if nonlinearity == "tanh" else "RNN_RELU", *args, **kwargs)


class GRU(_RNNBase):
    """msref: ``mindspore.nn.GRU`` (not MindSpore)."""

    def __init__(self, *args, **kwargs):
        super().__init__("GRU", *args, **kwargs)


class LSTM(_RNNBase):
    """msref: ``mindspore.nn.LSTM`` (not MindSpore); returns (output, (h_n, c_n))."""

    def __init__(self, *args, **kwargs):
        super().__init__("LSTM", *args, **kwargs)


class _CellBase(Cell):
    _mode = "RNN_TANH"

    def __init__(self, input_size, hidden_size, has_bias=True, nonlinearity="tanh", dtype=mstype.float32):
        super().__init__()
        mode = self._mode if self._mode != "RNN_TANH" or nonlinearity == "tanh" else "RNN_RELU"
        self.mode, self.input_size, self.hidden_size, self.has_bias = mode, input_size, hidden_size, has_bias
        gates = _GATES[mode] * hidden_size
        bound = 1 / math.sqrt(hidden_size)
        self.weight_ih = Parameter(initializer(Uniform(bound), (gates, input_size), dtype))
        self.weight_hh = Parameter(initializer(Uniform(bound), (gates, hidden_size), dtype))
        if has_bias:
            self.bias_ih = Parameter(initializer(Uniform(bound), (gates,), dtype))
            self.bias_hh = Parameter(initializer(Uniform(bound), (gates,), dtype))
        else:
            self.bias_ih = self.bias_hh = None

    def construct(self, x, hx):
        return op(lambda t, h, a, b, c, d: _step(self.mode, t, h, a, b, c, d))(
            x, hx, self.weight_ih, self.weight_hh, self.bias_ih, self.bias_hh)


class RNNCell(_CellBase):
    _mode = "RNN_TANH"


class GRUCell(_CellBase):
    _mode = "GRU"

    def __init__(self, input_size, hidden_size, has_bias=True, dtype=mstype.float32):
        super().__init__(input_size, hidden_size, has_bias, "tanh", dtype)


class LSTMCell(_CellBase):
    _mode = "LSTM"

    def __init__(self, input_size, hidden_size, has_bias=True, dtype=mstype.float32):
        super().__init__(input_size, hidden_size, has_bias, "tanh", dtype)
