/**
 * Torch activation modules that ONNX may export as several nodes (SiLU is
 * Sigmoid + Mul, GELU is an Erf formula before opset 20, Hardswish before
 * opset 14): one parameterless MindSpore layer each (shared logic).
 */
import { py } from '../codegen/python';
import { ModuleLayer } from '../codegen/model';
import { keyword } from '../ops/support/emit';
import { elementwiseCall } from './support';
import { ModuleMapper } from './types';

const ACTIVATIONS: Record<string, (hyper: Record<string, unknown>) => ModuleLayer> = {
  SiLU: () => ({ cls: 'nn.SiLU', args: [], params: [], api: 'nn.SiLU' }),
  Hardswish: () => ({ cls: 'nn.HSwish', args: [], params: [], api: 'nn.HSwish' }),
  Hardsigmoid: () => ({ cls: 'nn.HSigmoid', args: [], params: [], api: 'nn.HSigmoid' }),
  Mish: () => ({ cls: 'nn.Mish', args: [], params: [], api: 'nn.Mish' }),
  ReLU6: () => ({ cls: 'nn.ReLU6', args: [], params: [], api: 'nn.ReLU6' }),
  // MindSpore's GELU defaults to the tanh approximation; torch's to the exact erf form.
  GELU: hyper => ({ cls: 'nn.GELU', args: [keyword('approximate', py.bool(hyper.approximate === 'tanh'))], params: [], api: 'nn.GELU' })
};

export const Activation: ModuleMapper = {
  torchClasses: Object.keys(ACTIVATIONS),
  restrictions: 'only calls with one input and one output of the same shape',
  fromCall: (call, _status, hyper) => (elementwiseCall(call) && call.module.torchClass ? ACTIVATIONS[call.module.torchClass](hyper) : undefined)
};
