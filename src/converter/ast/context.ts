import type { SyntaxNode as Node } from '../parse/syntax';
import type { Catalog, Signature } from '../catalog';
import type { MappingTable, TargetApi } from '../mapping';
import type { ReportEntry } from '../report';
import type { FileAnalysis } from './analysis';
import type { EditSet } from './editSet';
import type { LineIndex } from './positions';

/** What every conversion step of one file shares. */
export interface ConversionContext {
  /** The source as parsed (notebook syntax masked; same offsets as the original). */
  source: string;
  root: Node;
  analysis: FileAnalysis;
  table: MappingTable;
  target: TargetApi;
  catalog: Catalog;
  edits: EditSet;
  lines: LineIndex;
  /** Report entries; converted texts may hold module placeholders until the import pass. */
  entries: ReportEntry[];
  /** Identifiers whose torch binding a conversion no longer needs. */
  consumed: Set<number>;
  /** Names used on masked notebook lines (`%time y = torch.ones(2)`): their imports stay. */
  maskedNames: Set<string>;
}

export function textOf(context: ConversionContext, node: Node): string {
  return context.edits.currentText(node.startIndex, node.endIndex);
}

export function position(context: ConversionContext, node: Node): { line: number; column: number } {
  return context.lines.position(node.startIndex);
}

/** The target's signatures in the selected MindSpore version (undefined when the catalog does not know them). */
export function targetSignatures(context: ConversionContext, api: string): Signature[] | undefined {
  const resolved = context.catalog.resolve(api);
  return resolved.status === 'found' ? resolved.entry.signatures : undefined;
}

/** Constructs in a region that did not parse are left alone (the report warns about the region). */
export function insideError(context: ConversionContext, node: Node): boolean {
  if (!context.root.hasError) {
    return false;
  }
  for (let current: Node | null = node; current; current = current.parent) {
    if (current.isError) {
      return true;
    }
  }
  return false;
}
