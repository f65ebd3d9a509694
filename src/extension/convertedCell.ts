/** The cell the extension inserts below a converted cell: code, provenance metadata, inline report output. */
import { CELL_METADATA_KEY, REPORT_MIME_TYPE } from './commandIds';
import { InlineReport } from './inlineReport';
import { MindConverterSettings } from './settings';

export interface CellProvenance {
  converted: true;
  mode: 'ast' | 'graph';
  /** The id of the cell that was converted (or that ran the magic); null for a live model command. */
  fromCell: string | null;
  /** For live models: the kernel variable, its input shapes and the files written. */
  model?: { name: string; shapes: number[][]; dtypes: string[]; files: string[] };
  target: MindConverterSettings['target'];
  mindsporeVersion: MindConverterSettings['mindsporeVersion'];
}

/** An nbformat code cell as plain JSON (what the shared model's insertCell takes). */
export interface ConvertedCellJson {
  cell_type: 'code';
  source: string;
  metadata: { [CELL_METADATA_KEY]: CellProvenance };
  outputs: Array<{ output_type: 'display_data'; data: Record<string, unknown>; metadata: Record<string, unknown> }>;
  execution_count: null;
}

export function convertedCell(code: string, report: InlineReport, provenance: CellProvenance): ConvertedCellJson {
  return {
    cell_type: 'code',
    source: code,
    metadata: { [CELL_METADATA_KEY]: provenance },
    outputs: [
      {
        output_type: 'display_data',
        // text/plain keeps the report readable where the extension is not installed.
        data: { [REPORT_MIME_TYPE]: report as unknown as Record<string, unknown>, 'text/plain': report.text },
        metadata: {}
      }
    ],
    execution_count: null
  };
}

/** The provenance recorded on a cell, if the extension inserted it. */
export function provenanceOf(metadata: Record<string, unknown> | undefined): CellProvenance | undefined {
  const value = metadata?.[CELL_METADATA_KEY];
  return typeof value === 'object' && value !== null && (value as CellProvenance).converted === true
    ? (value as CellProvenance)
    : undefined;
}
