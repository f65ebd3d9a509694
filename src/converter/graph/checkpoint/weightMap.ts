/**
 * weight_map_of_<model>.json: for every tensor of the checkpoint, the ONNX
 * tensor it came from, the PyTorch state-dict name (when the export kept it),
 * the MindSpore name, shape and any layout change; plus the state-dict
 * entries that have no MindSpore counterpart, with the reason.
 */
import { CheckpointParam } from '../codegen/model';
import { ModuleTree } from '../codegen/moduleTree';

export interface WeightMapEntry {
  onnx: string;
  pytorch?: string;
  mindspore: string;
  shape: number[];
  dtype: string;
  /** Layout change applied to the bytes (reshape, transpose). */
  transform?: string;
}

export interface WeightMapJson {
  format: 'mindconverter-weight-map/1';
  model: string;
  weights: WeightMapEntry[];
  unmapped: { pytorch: string; shape: number[]; reason: string }[];
}

/** A name the exporter took from the state dict (not one it made up: `onnx::Conv_12`, `/conv/Constant_output_0`). */
export const isStateDictName = (name: string) => /^[A-Za-z_][\w.]*$/.test(name);

export function buildWeightMap(params: CheckpointParam[], tree: ModuleTree | undefined, model: string): WeightMapJson {
  const known = tree?.parameters;
  const weights: WeightMapEntry[] = params.map(p => {
    const name = p.value.name;
    const pytorch = known ? (known[name] ? name : undefined) : p.value.initializer && isStateDictName(name) ? name : undefined;
    return { onnx: name, ...(pytorch ? { pytorch } : {}), mindspore: p.name, shape: p.shape, dtype: p.dtype, ...(p.transform ? { transform: p.transform } : {}) };
  });
  const mapped = new Set(weights.map(w => w.pytorch).filter(Boolean));
  const unmapped = Object.entries(known ?? {})
    .filter(([name]) => !mapped.has(name))
    .map(([name, info]) => ({
      pytorch: name,
      shape: info.shape,
      reason: name.endsWith('num_batches_tracked')
        ? "BatchNorm's batch counter: MindSpore's BatchNorm has no such parameter"
        : 'not in the ONNX graph: the module did not run in the exported forward pass, or the exporter computed it away'
    }));
  return { format: 'mindconverter-weight-map/1', model, weights, unmapped };
}
