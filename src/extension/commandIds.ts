/** Every command of the extension, `<package>:<verb-noun>`; schema/plugin.json refers to the same ids. */
export const CommandIds = {
  convertCell: 'mindconverter:convert-cell',
  convertModel: 'mindconverter:convert-model',
  convertNotebook: 'mindconverter:convert-notebook',
  showReport: 'mindconverter:show-report'
} as const;

/** The MIME type of the inline report output (the report JSON of the core, plus where it came from). */
export const REPORT_MIME_TYPE = 'application/vnd.mindconverter.report+json';

/** Key of the cell metadata written on every cell the extension inserts. */
export const CELL_METADATA_KEY = 'mindconverter';

/** The id of the settings plugin; schema/plugin.json is its schema. */
export const SETTINGS_PLUGIN_ID = 'jupyterlab-mindconverter:plugin';

/**
 * DOM event an inline report dispatches (bubbling) when one of its entries is
 * clicked; the main plugin moves the cursor there. The MIME renderer cannot
 * reach the notebook itself.
 */
export const GOTO_ENTRY_EVENT = 'mindconverter:goto-entry';

export interface GotoEntryDetail {
  line: number;
  column: number;
  /** The cell the position refers to; null: the cell that holds the report. */
  positionsCell: string | null;
}
