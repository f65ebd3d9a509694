/**
 * The converter core as the extension uses it: one parser per page (loaded
 * lazily from the wasm assets), AST mode for source, graph mode for ONNX bytes.
 */
import * as core from '../converter';
import { convertSource, loadPythonParser, ParserAssets, PythonParser, Report, SourceConversion } from '../converter';
import { MindConverterSettings } from './settings';

/** Graph mode's entry point as INTERFACES.md defines it (issue #4); looked up until it lands in the core. */
type ConvertOnnx = (
  bytes: Uint8Array,
  options?: { modelName?: string; shapes?: number[][]; moduleTree?: any }
) => { code: string; report: Report; checkpoint: Uint8Array; weightMap: unknown; placeholders: number };

export class ConversionEngine {
  private parser: Promise<PythonParser> | undefined;

  constructor(private readonly loadAssets: () => Promise<ParserAssets>) {}

  /** Converts Python source (a cell, a magic's body); never throws for bad Python: the report says what happened. */
  async convertCode(source: string, settings: MindConverterSettings, fileName?: string): Promise<SourceConversion> {
    this.parser ??= this.loadAssets().then(loadPythonParser);
    const parser = await this.parser.catch(error => {
      this.parser = undefined;
      throw error;
    });
    return convertSource(parser, source, { target: settings.target, mindsporeVersion: settings.mindsporeVersion, fileName });
  }

  /** Converts an exported model; throws the core's GraphError with a clear message on bad input. */
  convertModel(onnx: Uint8Array, modelName: string, shapes: number[][], moduleTree?: unknown) {
    const convertOnnx = (core as unknown as { convertOnnx?: ConvertOnnx }).convertOnnx;
    if (typeof convertOnnx !== 'function') {
      throw new Error('graph mode is not part of this build of the converter core yet');
    }
    return convertOnnx(onnx, { modelName, shapes, moduleTree });
  }
}
