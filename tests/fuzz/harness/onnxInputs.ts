/**
 * Damaged ONNX models for the fuzz tests: real exports (Debian's torch) cut
 * short or with flipped bits, and decoded models with one to three
 * structural lies — absurd or negative dims, unknown ops, cycles, missing
 * initializers, wrong data types, raw data of the wrong length, external
 * data that is not there, absurd attributes and opsets — re-encoded.
 */
import fc from 'fast-check';
import { ModelProtoType } from '../../../src/converter/graph/onnx/schema';
import type { ModelProto, TensorProto } from '../../../src/converter/graph/onnx/types';

const ABSURD = [2 ** 40, 2 ** 31, 2 ** 53, 2 ** 62, -1, -(2 ** 40), 0, 3, 1e15];

type Mutation =
  | { kind: 'dim'; tensor: number; axis: number; value: number }
  | { kind: 'input-dim'; input: number; axis: number; value: number }
  | { kind: 'op'; node: number; op: string }
  | { kind: 'cycle'; node: number; input: number; later: number }
  | { kind: 'drop-initializer'; tensor: number }
  | { kind: 'data-type'; tensor: number; type: number }
  | { kind: 'raw-length'; tensor: number; keep: number }
  | { kind: 'attribute'; node: number; value: number }
  | { kind: 'opset'; version: number }
  | { kind: 'external'; tensor: number; offset: number; length: number; location: string }
  | { kind: 'duplicate-output'; node: number; other: number }
  | { kind: 'drop-node'; node: number }
  | { kind: 'drop-outputs' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('dim' as const), tensor: fc.nat(), axis: fc.nat(), value: fc.constantFrom(...ABSURD) }),
  fc.record({ kind: fc.constant('input-dim' as const), input: fc.nat(), axis: fc.nat(), value: fc.constantFrom(...ABSURD) }),
  fc.record({ kind: fc.constant('op' as const), node: fc.nat(), op: fc.oneof(fc.constantFrom('FooBar', '', 'Loop', 'If', 'Scan', 'Conv', 'Reshape', 'Gather', 'Resize', 'Einsum'), fc.string({ maxLength: 8 })) }),
  fc.record({ kind: fc.constant('cycle' as const), node: fc.nat(), input: fc.nat(), later: fc.nat() }),
  fc.record({ kind: fc.constant('drop-initializer' as const), tensor: fc.nat() }),
  fc.record({ kind: fc.constant('data-type' as const), tensor: fc.nat(), type: fc.integer({ min: -1, max: 40 }) }),
  fc.record({ kind: fc.constant('raw-length' as const), tensor: fc.nat(), keep: fc.constantFrom(0, 1, 3, 0.5, 2) }),
  fc.record({ kind: fc.constant('attribute' as const), node: fc.nat(), value: fc.constantFrom(...ABSURD) }),
  fc.record({ kind: fc.constant('opset' as const), version: fc.constantFrom(0, 1, 6, 9999, -3, 2 ** 40) }),
  fc.record({
    kind: fc.constant('external' as const),
    tensor: fc.nat(),
    offset: fc.constantFrom(0, 16, 2 ** 40),
    length: fc.constantFrom(0, 64, 2 ** 40),
    location: fc.constantFrom('weights.bin', '../../../etc/passwd', '/etc/passwd', '')
  }),
  fc.record({ kind: fc.constant('duplicate-output' as const), node: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('drop-node' as const), node: fc.nat() }),
  fc.constant({ kind: 'drop-outputs' as const })
);

function pick<T>(items: readonly T[] | undefined, index: number): T | undefined {
  return items && items.length > 0 ? items[index % items.length] : undefined;
}

function lie(model: ModelProto, change: Mutation): void {
  const graph = model.graph;
  if (!graph) {
    return;
  }
  const tensor = (index: number): TensorProto | undefined => pick(graph.initializer, index);
  switch (change.kind) {
    case 'dim': {
      const t = tensor(change.tensor);
      if (t) {
        t.dims = t.dims.length > 0 ? t.dims.map((d, i) => (i === change.axis % t.dims.length ? change.value : d)) : [change.value];
      }
      return;
    }
    case 'input-dim': {
      const dims = pick(graph.input, change.input)?.type?.tensorType?.shape?.dim;
      const dim = pick(dims, change.axis);
      if (dim) {
        dim.dimValue = change.value;
        dim.dimParam = '';
      }
      return;
    }
    case 'op': {
      const node = pick(graph.node, change.node);
      if (node) {
        node.opType = change.op;
      }
      return;
    }
    case 'cycle': {
      // A node reads what a node after it (or itself) writes.
      const n = graph.node.length;
      if (n > 0) {
        const at = change.node % n;
        const later = graph.node[at + (change.later % (n - at))];
        const node = graph.node[at];
        if (node.input.length > 0 && later.output.length > 0) {
          node.input[change.input % node.input.length] = later.output[0];
        }
      }
      return;
    }
    case 'drop-initializer':
      if (graph.initializer.length > 0) {
        graph.initializer.splice(change.tensor % graph.initializer.length, 1);
      }
      return;
    case 'data-type': {
      const t = tensor(change.tensor);
      if (t) {
        t.dataType = change.type;
      }
      return;
    }
    case 'raw-length': {
      const t = tensor(change.tensor);
      if (t && t.rawData?.length) {
        const length = Math.floor(change.keep < 1 ? t.rawData.length * change.keep : change.keep <= 1 ? change.keep : t.rawData.length * change.keep);
        const bytes = new Uint8Array(length);
        bytes.set(t.rawData.subarray(0, Math.min(length, t.rawData.length)));
        t.rawData = bytes;
      }
      return;
    }
    case 'attribute': {
      const node = graph.node.find((candidate, i) => i >= change.node % Math.max(1, graph.node.length) && candidate.attribute.length > 0);
      const attribute = node?.attribute[change.node % node.attribute.length];
      if (attribute) {
        attribute.i = change.value;
        attribute.ints = attribute.ints.map(() => change.value);
        attribute.f = change.value;
      }
      return;
    }
    case 'opset':
      model.opsetImport.forEach(entry => (entry.version = change.version));
      return;
    case 'external': {
      const t = tensor(change.tensor);
      if (t) {
        t.rawData = new Uint8Array(0);
        t.dataLocation = 1;
        t.externalData = [
          { key: 'location', value: change.location },
          { key: 'offset', value: String(change.offset) },
          { key: 'length', value: String(change.length) }
        ];
      }
      return;
    }
    case 'duplicate-output': {
      const node = pick(graph.node, change.node);
      const other = pick(graph.node, change.other);
      if (node?.output.length && other?.output.length) {
        node.output[0] = other.output[0];
      }
      return;
    }
    case 'drop-node':
      if (graph.node.length > 0) {
        graph.node.splice(change.node % graph.node.length, 1);
      }
      return;
    case 'drop-outputs':
      graph.output = [];
      return;
  }
}

/** A real export with one to three structural lies, re-encoded. */
export function liedModel(exports: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc.tuple(fc.constantFrom(...exports), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([bytes, changes]) => {
    const model = ModelProtoType.decode(bytes) as unknown as ModelProto;
    changes.forEach(change => lie(model, change));
    return ModelProtoType.encode(model as never).finish();
  });
}

/** A real export cut short, or with a few bits flipped anywhere, or with a slice of it repeated. */
export function damagedBytes(exports: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(fc.constantFrom(...exports), fc.constantFrom('truncate', 'flip', 'repeat'), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.nat(7))
    .map(([original, how, positions, bit]) => {
      const at = (i: number) => positions[i % positions.length] % Math.max(1, original.length);
      if (how === 'truncate') {
        return original.slice(0, at(0));
      }
      if (how === 'repeat') {
        const start = at(0);
        return Buffer.concat([original.subarray(0, start + 64), original.subarray(start)]);
      }
      const copy = Uint8Array.from(original);
      positions.forEach((_, i) => (copy[at(i)] ^= 1 << bit));
      return copy;
    });
}
