/**
 * The node side of the same converter core the extension runs in the browser:
 * what the CLI would write for a source is what the inserted cell must hold.
 */
import * as core from '../../src/converter';
import { nodePythonParser } from '../../src/node/assets';

export async function nodeConversion(source: string, options: core.ConvertOptions = {}): Promise<core.SourceConversion> {
  return core.convertSource(await nodePythonParser(), source, { target: 'classic', mindsporeVersion: '2.6.0', ...options });
}
