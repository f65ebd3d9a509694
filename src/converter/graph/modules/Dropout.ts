import { py } from '../codegen/python';
import { keyword } from '../ops/support/emit';
import { ModuleMapper } from './types';

const LAYERS: Record<string, string> = { Dropout: 'nn.Dropout', Dropout1d: 'nn.Dropout1d', Dropout2d: 'nn.Dropout2d', Dropout3d: 'nn.Dropout3d' };

/** Eval-mode exports drop Dropout; the layer comes back from the module tree (`p` is the drop probability in both). */
export const Dropout: ModuleMapper = {
  torchClasses: Object.keys(LAYERS),
  fromTree(hyper, torchClass) {
    const p = typeof hyper.p === 'number' ? hyper.p : 0.5;
    return { cls: LAYERS[torchClass] ?? 'nn.Dropout', args: [keyword('p', py.float(p))], params: [], api: 'nn.Dropout' };
  }
};
