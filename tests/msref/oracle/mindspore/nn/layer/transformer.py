"""msref (test instrument, NOT MindSpore): nn.MultiheadAttention and the Transformer cells of mindspore.nn.

MindSpore facts kept here: ``has_bias`` (not ``bias``); attention parameters in_proj_weight /
in_proj_bias (or q/k/v_proj_weight when kdim/vdim differ) and an out_proj Dense; the encoder and
decoder layers name their feed-forward Dense cells ``dense1``/``dense2`` (torch: linear1/linear2)
and use nn.LayerNorm (gamma/beta) with ``epsilon=layer_norm_eps``; TransformerEncoder/Decoder
hold deep copies of the layer in a CellList ``layers``.
"""
import copy
import math

import torch.nn.functional as TF

from ..._bridge import op
from ...common import dtype as mstype
from ...common.initializer import HeUniform, XavierNormal, XavierUniform, initializer
from ...common.parameter import Parameter
from ..cell import Cell
from ..container import CellList
from .basic import Dense, Dropout
from .normalization import LayerNorm


class MultiheadAttention(Cell):
    """msref: ``mindspore.nn.MultiheadAttention`` (not MindSpore); returns (output, weights or None)."""

    def __init__(self, embed_dim, num_heads, dropout=0.0, has_bias=True, add_bias_kv=False, add_zero_attn=False,
                 kdim=None, vdim=None, batch_first=False, dtype=mstype.float32):
        super().__init__()
        self.embed_dim, self.num_heads, self.dropout, self.batch_first = embed_dim, num_heads, dropout, batch_first
        self.kdim, self.vdim = kdim or embed_dim, vdim or embed_dim
        self.same_dim = self.kdim == embed_dim and self.vdim == embed_dim
        self.add_zero_attn = add_zero_attn
        if not self.same_dim:
            self.q_proj_weight = Parameter(initializer(XavierUniform(), (embed_dim, embed_dim), dtype), "q_proj_weight")
            self.k_proj_weight = Parameter(initializer(XavierUniform(), (embed_dim, self.kdim), dtype), "k_proj_weight")
            self.v_proj_weight = Parameter(initializer(XavierUniform(), (embed_dim, self.vdim), dtype), "v_proj_weight")
            self.in_proj_weight = None
        else:
            self.in_proj_weight = Parameter(initializer(XavierUniform(), (3 * embed_dim, embed_dim), dtype),
                                            "in_proj_weight")
            self.q_proj_weight = self.k_proj_weight = self.v_proj_weight = None
        self.in_proj_bias = Parameter(initializer("zeros", (3 * embed_dim,), dtype), "in_proj_bias") if has_bias \
            else None
        self.out_proj = Dense(embed_dim, embed_dim, has_bias=has_bias, weight_init=HeUniform(math.sqrt(5)),
                              dtype=dtype)
        if add_bias_kv:
            self.bias_k = Parameter(initializer(XavierNormal(), (1, 1, embed_dim), dtype), "bias_k")
            self.bias_v = Parameter(initializer(XavierNormal(), (1, 1, embed_dim), dtype), "bias_v")
        else:
            self.bias_k = self.bias_v = None

    def construct(self, query, key, value, key_padding_mask=None, need_weights=True, attn_mask=None,
                  average_attn_weights=True):
        def compute(q, k, v, kpm, mask, in_w, in_b, q_w, k_w, v_w, out_w, out_b, bias_k, bias_v):
            if self.batch_first:
                q, k, v = (t.transpose(0, 1) for t in (q, k, v))
            out, weights = TF.multi_head_attention_forward(
                q, k, v, self.embed_dim, self.num_heads, in_w, in_b, bias_k, bias_v, self.add_zero_attn,
                self.dropout, out_w, out_b, training=self.training, key_padding_mask=kpm, need_weights=need_weights,
                attn_mask=mask, use_separate_proj_weight=not self.same_dim, q_proj_weight=q_w, k_proj_weight=k_w,
                v_proj_weight=v_w, average_attn_weights=average_attn_weights)
            return (out.transpose(0, 1) if self.batch_first else out), weights
        return op(compute)(query, key, value, key_padding_mask, attn_mask, self.in_proj_weight, self.in_proj_bias,
                           self.q_proj_weight, self.k_proj_weight, self.v_proj_weight, self.out_proj.weight,
                           self.out_proj.bias, self.bias_k, self.bias_v)


def _activation(activation):
    if isinstance(activation, str):
        return {"relu": lambda x: op(TF.relu)(x), "gelu": lambda x: op(TF.gelu)(x)}[activation]
    return activation


class TransformerEncoderLayer(Cell):
    """msref: ``mindspore.nn.TransformerEncoderLayer`` (dense1/dense2, LayerNorm gamma/beta)."""

    def __init__(self, d_model, nhead, dim_feedforward=2048, dropout=0.1, activation="relu", layer_norm_eps=1e-5,
                 batch_first=False, norm_first=False, dtype=mstype.float32):
        super().__init__()
        self.self_attn = MultiheadAttention(d_model, nhead, dropout=dropout, batch_first=batch_first, dtype=dtype)
        self.dense1 = Dense(d_model, dim_feedforward, dtype=dtype)
        self.dropout = Dropout(p=dropout)
        self.dense2 = Dense(dim_feedforward, d_model, dtype=dtype)
        self.norm1 = LayerNorm((d_model,), epsilon=layer_norm_eps, dtype=dtype)
        self.norm2 = LayerNorm((d_model,), epsilon=layer_norm_eps, dtype=dtype)
        self.dropout1, self.dropout2 = Dropout(p=dropout), Dropout(p=dropout)
        self.activation1, self.activation = activation, _activation(activation)
        self.d_model, self.nhead, self.dim_feedforward, self.dropout_num = d_model, nhead, dim_feedforward, dropout
        self.layernorm_eps, self.batch_first, self.norm_first, self.dtype = layer_norm_eps, batch_first, norm_first, dtype

    def construct(self, src, src_mask=None, src_key_padding_mask=None):
        x = src
        if self.norm_first:
            x = x + self._sa_block(self.norm1(x), src_mask, src_key_padding_mask)
            return x + self._ff_block(self.norm2(x))
        x = self.norm1(x + self._sa_block(x, src_mask, src_key_padding_mask))
        return self.norm2(x + self._ff_block(x))

    def _sa_block(self, x, mask, key_padding_mask):
        return self.dropout1(self.self_attn(x, x, x, attn_mask=mask, key_padding_mask=key_padding_mask,
                                            need_weights=False)[0])

    def _ff_block(self, x):
        return self.dropout2(self.dense2(self.dropout(self.activation(self.dense1(x)))))


class TransformerDecoderLayer(Cell):
    """msref: ``mindspore.nn.TransformerDecoderLayer``."""

    def __init__(self, d_model, nhead, dim_feedforward=2048, dropout=0.1, activation="relu", layer_norm_eps=1e-5,
                 batch_first=False, norm_first=False, dtype=mstype.float32):
        super().__init__()
        self.self_attn = MultiheadAttention(d_model, nhead, dropout=dropout, batch_first=batch_first, dtype=dtype)
        self.multihead_attn = MultiheadAttention(d_model, nhead, dropout=dropout, batch_first=batch_first, dtype=dtype)
        self.dense1 = Dense(d_model, dim_feedforward, dtype=dtype)
        self.dropout = Dropout(p=dropout)
        self.dense2 = Dense(dim_feedforward, d_model, dtype=dtype)
        self.norm1, self.norm2, self.norm3 = (LayerNorm((d_model,), epsilon=layer_norm_eps, dtype=dtype)
                                              for _ in range(3))
        self.dropout1, self.dropout2, self.dropout3 = (Dropout(p=dropout) for _ in range(3))
        self.activation1, self.activation, self.norm_first = activation, _activation(activation), norm_first
        self.args = (d_model, nhead, dim_feedforward, dropout, activation, layer_norm_eps, batch_first, norm_first)

    def construct(self, tgt, memory, tgt_mask=None, memory_mask=None, tgt_key_padding_mask=None,
                  memory_key_padding_mask=None):
        x = tgt
        if self.norm_first:
            x = x + self._sa(self.norm1(x), tgt_mask, tgt_key_padding_mask)
            x = x + self._mha(self.norm2(x), memory, memory_mask, memory_key_padding_mask)
            return x + self._ff(self.norm3(x))
        x = self.norm1(x + self._sa(x, tgt_mask, tgt_key_padding_mask))
        x = self.norm2(x + self._mha(x, memory, memory_mask, memory_key_padding_mask))
        return self.norm3(x + self._ff(x))

    def _sa(self, x, mask, padding):
        return self.dropout1(self.self_attn(x, x, x, attn_mask=mask, key_padding_mask=padding, need_weights=False)[0])

    def _mha(self, x, memory, mask, padding):
        return self.dropout2(self.multihead_attn(x, memory, memory, attn_mask=mask, key_padding_mask=padding,
                                                 need_weights=False)[0])

    def _ff(self, x):
        return self.dropout3(self.dense2(self.dropout(self.activation(self.dense1(x)))))


class TransformerEncoder(Cell):
    """msref: ``mindspore.nn.TransformerEncoder(encoder_layer, num_layers, norm=None)``."""

    def __init__(self, encoder_layer, num_layers, norm=None):
        super().__init__()
        self.layers = CellList([copy.deepcopy(encoder_layer) for _ in range(num_layers)])
        self.num_layers, self.norm = num_layers, norm

    def construct(self, src, src_mask=None, src_key_padding_mask=None):
        output = src
        for layer in self.layers:
            output = layer(output, src_mask=src_mask, src_key_padding_mask=src_key_padding_mask)
        return self.norm(output) if self.norm is not None else output


class TransformerDecoder(Cell):
    """msref: ``mindspore.nn.TransformerDecoder(decoder_layer, num_layers, norm=None)``."""

    def __init__(self, decoder_layer, num_layers, norm=None):
        super().__init__()
        self.layers = CellList([copy.deepcopy(decoder_layer) for _ in range(num_layers)])
        self.num_layers, self.norm = num_layers, norm

    def construct(self, tgt, memory, tgt_mask=None, memory_mask=None, tgt_key_padding_mask=None,
                  memory_key_padding_mask=None):
        output = tgt
        for layer in self.layers:
            output = layer(output, memory, tgt_mask, memory_mask, tgt_key_padding_mask, memory_key_padding_mask)
        return self.norm(output) if self.norm is not None else output
