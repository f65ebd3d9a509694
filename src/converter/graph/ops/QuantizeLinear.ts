import { DTYPES } from '../onnx/dtypes';
import { expression } from './support/emit';
import { OpMapper, unsupported } from './types';

const RANGES: Record<string, [number, number]> = { uint8: [0, 255], int8: [-128, 127], uint16: [0, 65535], int16: [-32768, 32767] };

/** round(x / scale) + zero_point, saturated to the output type (round half to even, as ONNX). */
export const QuantizeLinear: OpMapper = {
  opType: 'QuantizeLinear',
  sinceVersions: [10, 13, 19, 21],
  restrictions: 'per-tensor scales only; 8- and 16-bit integer outputs',
  infer: n => [{ dtype: n.has(2) ? n.dtype(2) : 'uint8', shape: n.shape(0) }],
  emit(n) {
    if (n.shape(1).some(d => d !== 1) && n.rank(1) > 0) unsupported('per-axis scales');
    const dtype = n.has(2) ? n.dtype(2) : 'uint8';
    const range = RANGES[dtype] ?? unsupported(`a ${dtype} output`);
    return expression('ops.round', a => {
      const zero = n.has(2) ? ` + ops.cast(${a[2].expr}, mstype.float32)` : '';
      return `ops.cast(ops.clamp(ops.round(${a[0].expr} / ${a[1].expr})${zero}, ${range[0]}, ${range[1]}), ${DTYPES[dtype].mindspore})`;
    });
  }
};
