import { py } from '../codegen/python';
import { keyword, positional } from '../ops/support/emit';
import { elementwiseCall } from './support';
import { ModuleMapper } from './types';

/**
 * nn.LayerNorm exports as ReduceMean/Sub/Pow/.../Add before opset 17. It
 * becomes nn.LayerNorm with torch's eps (MindSpore's default is 1e-7) and
 * its weight/bias as gamma/beta.
 */
export const LayerNorm: ModuleMapper = {
  torchClasses: ['LayerNorm'],
  restrictions: 'elementwise_affine=False is not converted',
  fromCall(call, _status, hyper, constant) {
    if (!elementwiseCall(call) || hyper.elementwise_affine === false) return undefined;
    const gamma = constant(`${call.module.path}.weight`);
    const beta = constant(`${call.module.path}.bias`);
    const shape = Array.isArray(hyper.normalized_shape) ? (hyper.normalized_shape as number[]) : gamma?.constant?.dims;
    const input = call.inputs[0].info!.shape;
    if (!gamma || !beta || !shape || input.slice(input.length - shape.length).join() !== shape.join()) return undefined;
    const eps = typeof hyper.eps === 'number' ? hyper.eps : 1e-5;
    const begin = shape.length === 1 ? -1 : input.length - shape.length;
    return {
      cls: 'nn.LayerNorm',
      args: [
        positional('normalized_shape', py.ints(shape)),
        ...(begin !== -1 ? [keyword('begin_norm_axis', py.int(begin)), keyword('begin_params_axis', py.int(begin))] : []),
        keyword('epsilon', py.float(eps))
      ],
      params: [
        { name: 'gamma', value: gamma },
        { name: 'beta', value: beta }
      ],
      api: 'nn.LayerNorm'
    };
  }
};
