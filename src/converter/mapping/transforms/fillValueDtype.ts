import type { PyValue } from '../pyValue';
import type { ValueTransform } from './types';

/** Python floats that are not float literals: `float('inf')`, `math.pi`, `-np.inf`. */
const FLOAT_EXPRESSION = /^-?\s*(float\s*\(.*\)|(math|np|numpy)\s*\.\s*(inf|nan|pi|e|tau))$/s;

/** torch's dtype for a fill value, as the MindSpore dtype to pass; `null`: MindSpore's int64 default is right; undefined: unknown. */
function inferredDtype(fill: PyValue): string | null | undefined {
  const text = fill.text.trim();
  if (/[jJ]$/.test(text)) {
    return undefined; // complex
  }
  switch (fill.kind === 'expr' && fill.constantKind ? fill.constantKind : fill.kind) {
    case 'float':
      return 'mindspore.float32';
    case 'bool':
      return 'mindspore.bool_';
    case 'int':
      return null;
    default:
      if (FLOAT_EXPRESSION.test(text)) {
        return 'mindspore.float32';
      }
      if (/^int\s*\(.*\)$/s.test(text)) {
        return null;
      }
      return /^bool\s*\(.*\)$/s.test(text) ? 'mindspore.bool_' : undefined;
  }
}

/**
 * torch.full's `dtype` (default None): torch infers the dtype from the fill
 * value (float -> the default float32, bool -> bool, int -> int64), where
 * MindSpore's ops.full makes int64 whenever dtype is None. None becomes the
 * dtype torch would infer from the value (int64 needs nothing); a value whose
 * type neither the call nor a constant of the file (`BOS = 1`) shows cannot
 * be converted.
 */
export const fillValueDtype: ValueTransform = {
  description: "full's dtype None -> the dtype torch infers from fill_value (float32 for a float, bool_ for a bool; int needs none); a fill value of unknown type is unsupported",
  emits: param => [param],
  apply({ value, param, argument, spell }) {
    if (value.kind !== 'none') {
      return { args: [{ name: param, text: value.text }] };
    }
    const fill = argument?.('fill_value');
    const dtype = fill && inferredDtype(fill);
    if (dtype === undefined) {
      return {
        unsupported:
          `fill_value ${fill?.text ?? ''} without dtype: torch infers the dtype from the value (float -> float32, bool -> bool, int -> int64) ` +
          'and MindSpore makes int64 when dtype is None; pass dtype= to convert this call'
      };
    }
    if (dtype === null) {
      return { args: [] };
    }
    return {
      args: [{ name: param, text: spell ? spell(dtype) : dtype }],
      note: `${param}=${dtype} made explicit: torch infers it from the fill value ${fill!.text}, MindSpore would make int64`
    };
  }
};
