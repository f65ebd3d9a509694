/**
 * Mapping entries: one per torch API, as data (mappings/<namespace>.json,
 * validated by mappings/schema.json). Field names follow PaConvert's
 * vocabulary where it has one (args_list -> `args`, kwargs_change ->
 * `rename`/`drop`, unsupport_args -> `unsupportedArgs`, paddle_default_kwargs
 * -> `defaults`/`setArgs`), but defaults are JSON values, never code, and
 * transforms and rewriters are names checked against explicit registries.
 * mappings/README.md describes every field with examples.
 */
import type { RewriterName } from '../ast/rewriters/names';
import type { TransformName } from './transforms';

/** The MindSpore API family the converted code targets. */
export type TargetApi = 'classic' | 'mint';

/** What the torch name is: a function, a class (called to construct), a method, or a plain value. */
export type ApiKind = 'function' | 'class' | 'method' | 'attribute';

/** converted: same behaviour; caveat: converted, with a difference the report states; unsupported: left as is. */
export type MappingStatus = 'converted' | 'caveat' | 'unsupported';

/** A Python literal as JSON: null -> None, booleans -> True/False, arrays -> tuples. */
export type LiteralValue = null | boolean | number | string | LiteralValue[];

/**
 * A value a mapping puts into a call: a literal, `{"arg": "kernel_size"}` (the
 * text of another torch argument of the same call), `{"name":
 * "mindspore.float32"}` (a MindSpore name, imported as needed) or `{"float":
 * 1}` (a number written as a Python float, `1.0`).
 */
export type ArgValue = LiteralValue | { arg: string } | { name: string } | { float: number };

/** How a target is written. */
export type TargetStyle =
  /** `target(args)`, or `target` for attributes (default for function, class, attribute). */
  | 'call'
  /** a tensor method that stays a method: `x.target(args)` (default for kind method). */
  | 'method'
  /** a tensor method that becomes a function of the receiver: `ops.target(x, args)`. */
  | 'function';

/** How one torch API becomes a MindSpore API for one target family. */
export interface ApiTarget {
  /** Qualified MindSpore name: `mindspore.nn.Conv2d`, `mindspore.ops.flatten`, `mindspore.Tensor.swapaxes`. */
  api: string;
  style?: TargetStyle;
  /** Overrides the entry's status for this target (e.g. a caveat only in classic). */
  status?: 'converted' | 'caveat';
  /** Caveat text for the report; overrides the entry's hint. */
  hint?: string;
  /** torch parameter -> MindSpore parameter. */
  rename?: Record<string, string>;
  /** torch parameter -> why it is dropped (the report says so when a call passes it). */
  drop?: Record<string, string>;
  /** torch parameter -> why a call passing it cannot be converted (the call stays as it was). */
  unsupportedArgs?: Record<string, string>;
  /** torch parameter -> named value transform (src/converter/mapping/transforms). */
  transforms?: Record<string, TransformName>;
  /**
   * torch parameter -> torch's default, added when a call omits the argument
   * because MindSpore's default differs. It then goes through rename and
   * transforms like a passed argument.
   */
  defaults?: Record<string, ArgValue>;
  /** MindSpore parameter -> value always passed (MindSpore-only parameters whose default differs from torch's behaviour). */
  setArgs?: Record<string, ArgValue>;
  /** A structural rewriter for what the fields above cannot express (src/converter/ast/rewriters). */
  rewriter?: RewriterName;
  /** What the report suggests where the rewriter refuses a call, when the api itself would not help (default: api). */
  suggestion?: string;
  /** What differs in the result: torch's named-tuple fields (MindSpore returns a plain tuple), another dtype. */
  result?: ResultFix;
  /**
   * The target for the MindSpore versions in which the call planned for this
   * one does not bind (2.2's Tensor methods take axis/keepdims where 2.6's
   * overloads take torch's dim/keepdim). Without it, such a call is reported
   * instead of converted.
   */
  legacy?: ApiTarget;
  /** An optimizer's target where a torch lr_scheduler in the file drives it (MindSpore's schedulers take only mindspore.experimental.optim optimizers). */
  scheduled?: ApiTarget;
}

/**
 * Where MindSpore's result differs from torch's in a way the converted code
 * can repair at the call: `topk(...).indices` -> `topk(...)[1]`,
 * `ops.argmin(x)` -> `ops.argmin(x).astype(mindspore.int64)`.
 */
export interface ResultFix {
  /** torch's named-tuple fields in order: MindSpore returns a plain tuple, so `.indices` becomes `[1]`. */
  fields?: string[];
  /** A cast to torch's dtype: of the whole result, or of item `item` of a tuple result where the code takes it apart. */
  cast?: { dtype: string; item?: number };
}

export interface MappingEntry {
  kind: ApiKind;
  /** Status in the classic target (and in mint when `mint` does not override it). */
  status: MappingStatus;
  /**
   * torch's parameters in order, for binding positional arguments:
   * `"*"` starts the keyword-only ones, `"*name"` is var-positional,
   * `"**name"` var-keyword. Methods omit `self`. Absent: the call's arguments
   * are kept exactly as written (only the name changes).
   */
  args?: string[];
  /** Required unless status is unsupported. */
  classic?: ApiTarget;
  /** The mindspore.mint target; when absent, mint falls back to classic and the report says so. */
  mint?: ApiTarget;
  /** A caveat for the report (status caveat). */
  hint?: string;
  /** Why it cannot be converted (status unsupported). */
  reason?: string;
  /** What to use instead: rendered "Maybe could convert to X.". */
  suggestion?: string;
  /**
   * For methods: also match `x.name(...)` whose receiver is not resolved to a
   * torch name (the report says it was matched by method name). Default true.
   */
  matchByMethodName?: boolean;
}

/** One data file: mappings/<namespace>.json. */
export interface MappingFile {
  namespace: string;
  entries: Record<string, MappingEntry>;
}
