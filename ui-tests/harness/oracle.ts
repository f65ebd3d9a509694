/**
 * The node side of the same converter core the extension runs in the browser:
 * what the CLI would write for a source is what the inserted cell must hold.
 */
import { test } from '@playwright/test';
import * as core from '../../src/converter';
import { nodePythonParser } from '../../src/node/assets';

export async function nodeConversion(source: string, options: core.ConvertOptions = {}): Promise<core.SourceConversion> {
  return core.convertSource(await nodePythonParser(), source, { target: 'classic', mindsporeVersion: '2.6.0', ...options });
}

/** Skips a model test, with the reason, while graph mode (issue #4) is not in the core. */
export function needsGraphMode(): void {
  test.skip(typeof (core as Record<string, unknown>).convertOnnx !== 'function', 'graph mode (convertOnnx, issue #4) is not in the converter core yet');
}
