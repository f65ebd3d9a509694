/**
 * The converter core as the extension uses it: one parser per page (loaded
 * lazily from the wasm assets), AST mode for source, graph mode for ONNX bytes.
 */
import {
  convertOnnx,
  convertSource,
  GraphConversion,
  GraphOptions,
  loadPythonParser,
  ParserAssets,
  PythonParser,
  SourceConversion
} from '../converter';
import { MindConverterSettings } from './settings';

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
  convertModel(onnx: Uint8Array, modelName: string, shapes: number[][], moduleTree?: unknown): GraphConversion {
    return convertOnnx(onnx, { modelName, shapes, moduleTree: moduleTree as GraphOptions['moduleTree'] });
  }
}
