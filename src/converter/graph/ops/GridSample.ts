import { py } from '../codegen/python';
import { call } from './support/emit';
import { OpMapper, unsupported } from './types';

/** Opset 16 names the modes bilinear/nearest/bicubic; opset 20 linear/nearest/cubic. */
const MODES: Record<string, string> = { bilinear: 'bilinear', linear: 'bilinear', nearest: 'nearest', bicubic: 'bicubic', cubic: 'bicubic' };

export const GridSample: OpMapper = {
  opType: 'GridSample',
  sinceVersions: [16, 20, 22],
  restrictions: '4-D inputs only',
  infer(n) {
    const [batch, channels] = n.shape(0);
    const grid = n.shape(1);
    if (n.rank(0) !== 4) unsupported(`a rank-${n.rank(0)} input`);
    return [{ dtype: n.dtype(0), shape: [batch, channels, grid[1], grid[2]] }];
  },
  emit(n) {
    const mode = MODES[n.attrs.string('mode', n.opset >= 20 ? 'linear' : 'bilinear')] ?? unsupported(`mode '${n.attrs.string('mode')}'`);
    return call('ops.grid_sample', a => [
      a[0].expr,
      a[1].expr,
      ['mode', py.str(mode)],
      ['padding_mode', py.str(n.attrs.string('padding_mode', 'zeros'))],
      ['align_corners', py.bool(n.attrs.int('align_corners', 0) === 1)]
    ]);
  }
};
