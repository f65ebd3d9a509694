/**
 * The converter core as the extension uses it: one parser per page (loaded
 * lazily from the wasm assets), AST mode for source, graph mode for ONNX bytes.
 */
import * as core from '../converter';
import { loadPythonParser, ParserAssets, PythonParser, Report } from '../converter';
import { MindConverterSettings } from './settings';

/** The modes' entry points as INTERFACES.md defines them (AST mode: #2, graph mode: #4). */
interface ConverterModes {
  convertSource(
    parser: PythonParser,
    source: string,
    options?: { target?: 'classic' | 'mint'; mindsporeVersion?: '2.6.0' | '2.2.14'; fileName?: string }
  ): { code: string; report: Report };
  convertOnnx(
    bytes: Uint8Array,
    options?: { modelName?: string; shapes?: number[][]; moduleTree?: any }
  ): { code: string; report: Report; checkpoint: Uint8Array; weightMap: unknown; placeholders: number };
}

function mode<K extends keyof ConverterModes>(name: K): ConverterModes[K] {
  const entry = (core as unknown as Partial<ConverterModes>)[name];
  if (typeof entry !== 'function') {
    throw new Error(`${name} is not part of this build of the converter core yet`);
  }
  return entry as ConverterModes[K];
}

export class ConversionEngine {
  private parser: Promise<PythonParser> | undefined;

  constructor(private readonly loadAssets: () => Promise<ParserAssets>) {}

  /** Converts Python source (a cell, a magic's body); never throws for bad Python: the report says what happened. */
  async convertCode(source: string, settings: MindConverterSettings, fileName?: string) {
    this.parser ??= this.loadAssets().then(loadPythonParser);
    const parser = await this.parser.catch(error => {
      this.parser = undefined;
      throw error;
    });
    return mode('convertSource')(parser, source, {
      target: settings.target,
      mindsporeVersion: settings.mindsporeVersion,
      fileName
    });
  }

  /** Converts an exported model; throws the core's GraphError with a clear message on bad input. */
  convertModel(onnx: Uint8Array, modelName: string, shapes: number[][], moduleTree?: unknown) {
    return mode('convertOnnx')(onnx, { modelName, shapes, moduleTree });
  }
}
