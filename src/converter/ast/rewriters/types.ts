import type { SyntaxNode as Node } from '../../parse/syntax';
import type { TextEdit } from '../../edits';
import type { ApiTarget, MappingEntry, ResultFix } from '../../mapping';
import type { ConversionContext } from '../context';

/** A call of a mapped torch API, as a rewriter sees it. */
export interface CallSite {
  call: Node;
  /** The called expression as written (`nn.Conv2d`, `x.view`). */
  callee: Node;
  /** Methods: the receiver (`x` in `x.view(...)`) and the method name node. */
  receiver?: Node;
  methodName?: Node;
  /** The torch API (entry key) and its mapping for the selected target. */
  api: string;
  entry: MappingEntry;
  target: ApiTarget;
}

export type SiteResult =
  | {
      ok: true;
      edits: TextEdit[];
      /** the new callee, for the report */
      converted: string;
      notes: string[];
      /** What the call's result needs repaired, where the overload the rewriter chose decides it. */
      result?: ResultFix;
    }
  | { ok: false; reason: string; /** the target does not exist, or does not take the call, in the selected MindSpore version */ versionMismatch?: boolean };

/** A structural rewriter named by mapping entries (`"rewriter": "tensorSizeToShape"`). */
export type EntryRewriter = (site: CallSite, context: ConversionContext) => SiteResult;
