/**
 * The one module that lists graph mode's data files under mappings/onnx/ (no
 * directory scanning: the same code runs in node and under webpack). Paths are
 * relative to this file, three levels under the repository root, so they work
 * from src/ (ts-jest), lib/ (node) and the browser bundle alike.
 */
import type { DType } from './onnx/dtypes';

export interface UnaryEntry {
  since: number[];
  function: string;
  layer?: string;
  output_dtype?: DType;
}

/* eslint-disable @typescript-eslint/no-var-requires */
export const ELEMENTWISE_UNARY_TABLE: { ops: Record<string, UnaryEntry> } = require('../../../mappings/onnx/elementwise_unary.json');
