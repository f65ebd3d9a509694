/**
 * ONNX element-wise unary ops that are a single MindSpore call, built from
 * the table mappings/onnx/elementwise_unary.json (they share all their logic).
 */
import { ELEMENTWISE_UNARY_TABLE, UnaryEntry } from '../data';
import { call, layer } from './support/emit';
import { OpMapper } from './types';

function unaryMapper(opType: string, entry: UnaryEntry): OpMapper {
  return {
    opType,
    sinceVersions: entry.since,
    infer: n => [{ dtype: entry.output_dtype ?? n.dtype(0), shape: n.shape(0) }],
    emit: n => (entry.layer && n.preferLayer ? layer(entry.layer, []) : call(entry.function, a => [a[0].expr]))
  };
}

export const ELEMENTWISE_UNARY: OpMapper[] = Object.entries(ELEMENTWISE_UNARY_TABLE.ops).map(([opType, entry]) => unaryMapper(opType, entry));
