import { expression } from './support/emit';
import { OpMapper, unsupported } from './types';

/** (x - zero_point) * scale. */
export const DequantizeLinear: OpMapper = {
  opType: 'DequantizeLinear',
  sinceVersions: [10, 13, 19, 21],
  restrictions: 'per-tensor scales only',
  infer: n => [{ dtype: n.dtype(1), shape: n.shape(0) }],
  emit(n) {
    if (n.shape(1).some(d => d !== 1) && n.rank(1) > 0) unsupported('per-axis scales');
    return expression('ops.cast', a => {
      const x = `ops.cast(${a[0].expr}, mstype.float32)`;
      const centered = n.has(2) ? `(${x} - ops.cast(${a[2].expr}, mstype.float32))` : x;
      return `${centered} * ${a[1].expr}`;
    });
  }
};
