/** What the extension's plugins share: settings, the converter engine and the report panel. */
import { Token } from '@lumino/coreutils';
import { ConversionEngine } from './engine';
import { ShownReport } from './panel/model';
import { MindConverterSettings } from './settings';

export interface IMindConverter {
  /** The current settings (updated when the user edits them). */
  readonly settings: MindConverterSettings;
  readonly engine: ConversionEngine;
  /** Shows a conversion's report in the side panel; opens the panel when the settings ask for it (or `reveal`). */
  showReport(shown: ShownReport, reveal?: boolean): void;
}

export const IMindConverter = new Token<IMindConverter>('jupyterlab-mindconverter:IMindConverter');
