/** The graph-mode report: one entry per converted or placeholder node, at its line in the generated file. */
import { Report, ReportEntry } from '../report';
import { RenderedCode } from './codegen/render';
import { ModuleInfo } from './codegen/scopes';

export function graphReport(
  source: string,
  rendered: RenderedCode,
  warnings: ReportEntry[],
  omitted: { module: ModuleInfo; reason: string }[],
  withTree: boolean
): Report {
  const entries: ReportEntry[] = [...warnings];
  for (const placed of rendered.placed) {
    const line = placed.source;
    const at = { line: placed.line, column: placed.column };
    if (line.restored) {
      entries.push({ kind: 'info', ...at, original: line.restored, note: `${line.restored} restored from the module tree (the ONNX export has no node for it).` });
    }
    for (const node of placed.nodes) {
      if (line.unconverted) {
        entries.push({ kind: 'unconvert', ...at, original: node.opType, api: node.opType, note: line.unconverted });
      } else {
        entries.push({ kind: 'convert', ...at, original: node.opType, converted: line.api ?? 'code', api: node.opType });
      }
    }
  }
  for (const { module, reason } of omitted) {
    entries.push({ kind: 'warning', original: module.path, note: `module ${module.torchClass ?? ''} '${module.path}' is left out: ${reason}.`.replace('  ', ' ') });
  }
  if (!withTree) {
    entries.push({
      kind: 'warning',
      original: 'module tree',
      note: 'converted from a bare ONNX file: layers the export drops (Dropout in eval mode), the original class names and hyper-parameters ONNX does not keep could not be recovered; export with the kernel-side exporter to keep them.'
    });
  }
  return { mode: 'graph', source, entries };
}
