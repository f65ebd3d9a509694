import { normalizeAxis } from '../ir/shapes';
import { expression } from './support/emit';
import { OpMapper, unsupported } from './types';

export const CumSum: OpMapper = {
  opType: 'CumSum',
  sinceVersions: [11, 14],
  infer: n => [n.info(0)],
  emit(n) {
    const axisValue = n.constant(1);
    if (!axisValue) unsupported('an axis computed at run time');
    const axis = normalizeAxis(axisValue.values()[0], n.rank(0));
    const exclusive = n.attrs.int('exclusive', 0) === 1;
    const reverse = n.attrs.int('reverse', 0) === 1;
    return expression('ops.cumsum', a => {
      const x = reverse ? `ops.flip(${a[0].expr}, (${axis},))` : a[0].expr;
      let sum = `ops.cumsum(${x}, ${axis})`;
      if (exclusive) sum = `${sum} - ${x}`;
      return reverse ? `ops.flip(${sum}, (${axis},))` : sum;
    });
  }
};
