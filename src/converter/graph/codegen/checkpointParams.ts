/** Checkpoint entries of a layer's parameters, under the layer's path in the network. */
import { ParamSpec } from '../ops/types';
import { CheckpointParam } from './model';
import { cellPath } from './python';

export function layerCheckpoint(path: string, params: ParamSpec[]): CheckpointParam[] {
  return params.map(spec => {
    const source = spec.value.constant!;
    let transformed: ReturnType<NonNullable<ParamSpec['transform']>['apply']> | undefined;
    return {
      name: path ? `${cellPath(path)}.${spec.name}` : spec.name,
      value: spec.value,
      spec,
      shape: spec.shape ?? source.dims,
      dtype: source.dtype,
      transform: spec.transform?.describe,
      tensor: () => {
        if (!spec.transform) return source;
        transformed ??= spec.transform.apply(source);
        return transformed;
      }
    };
  });
}
