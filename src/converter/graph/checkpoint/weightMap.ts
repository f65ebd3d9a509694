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
    .map(([name, info]) => {
      const tied = tiedTo(name, info.shape, weights);
      return {
        pytorch: name,
        shape: info.shape,
        reason: name.endsWith('num_batches_tracked')
          ? "BatchNorm's batch counter: MindSpore's BatchNorm has no such parameter"
          : tied
            ? `${TIED} ${tied.pytorch} (one tensor in torch, exported once): the MindSpore network loads ${tied.mindspore} from it`
            : 'not in the ONNX graph: the module did not run in the exported forward pass, or the exporter computed it away'
      };
    });
  return { format: 'mindconverter-weight-map/1', model, weights, unmapped };
}

export const TIED = 'tied to';

const modulePath = (name: string) => name.slice(0, Math.max(name.lastIndexOf('.'), 0));
const count = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/**
 * A tied weight (nanoGPT's lm_head.weight = wte.weight): the state dict names the tensor twice, the export keeps it
 * once, so the layer of the other name loads it under the first name. Found by the layer: a checkpoint tensor in the
 * same module that comes from another module's state-dict entry of the same size.
 */
function tiedTo(name: string, shape: number[], weights: WeightMapEntry[]): WeightMapEntry | undefined {
  const owner = modulePath(name);
  return weights.find(w => w.pytorch && modulePath(w.mindspore) === owner && modulePath(w.pytorch) !== owner && count(w.shape) === count(shape));
}
