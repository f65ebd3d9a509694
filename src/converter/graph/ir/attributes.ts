import { GraphError } from '../errors';
import { AttributeType } from '../onnx/schema';
import { AttributeProto, GraphProto, int64, TensorProto } from '../onnx/types';

// Created on first use: some hosts (jsdom) define TextDecoder only after modules load.
let decoder: TextDecoder | undefined;
const textDecoder = { decode: (bytes: Uint8Array) => (decoder ??= new TextDecoder()).decode(bytes) };

/** Typed access to a node's attributes, with defaults and clear errors. */
export class Attributes {
  private readonly byName = new Map<string, AttributeProto>();

  constructor(
    private readonly owner: { label: string },
    attributes: AttributeProto[]
  ) {
    for (const attribute of attributes) {
      this.byName.set(attribute.name, attribute);
    }
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  int(name: string, fallback: number): number;
  int(name: string): number | undefined;
  int(name: string, fallback?: number): number | undefined {
    const a = this.byName.get(name);
    return a ? int64(a.i) : fallback;
  }

  float(name: string, fallback: number): number;
  float(name: string): number | undefined;
  float(name: string, fallback?: number): number | undefined {
    const a = this.byName.get(name);
    return a ? a.f : fallback;
  }

  string(name: string, fallback: string): string;
  string(name: string): string | undefined;
  string(name: string, fallback?: string): string | undefined {
    const a = this.byName.get(name);
    return a ? textDecoder.decode(a.s) : fallback;
  }

  ints(name: string, fallback: number[]): number[];
  ints(name: string): number[] | undefined;
  ints(name: string, fallback?: number[]): number[] | undefined {
    const a = this.byName.get(name);
    return a ? a.ints.map(int64) : fallback;
  }

  floats(name: string, fallback: number[]): number[];
  floats(name: string): number[] | undefined;
  floats(name: string, fallback?: number[]): number[] | undefined {
    const a = this.byName.get(name);
    return a ? Array.from(a.floats) : fallback;
  }

  strings(name: string): string[] | undefined {
    const a = this.byName.get(name);
    return a ? a.strings.map(s => textDecoder.decode(s)) : undefined;
  }

  tensor(name: string): TensorProto | undefined {
    return this.byName.get(name)?.t ?? undefined;
  }

  graph(name: string): GraphProto | undefined {
    return this.byName.get(name)?.g ?? undefined;
  }

  graphs(): GraphProto[] {
    const out: GraphProto[] = [];
    for (const a of this.byName.values()) {
      if (a.g) out.push(a.g);
      out.push(...a.graphs);
    }
    return out;
  }

  /** The attribute as a plain JSON-able value (for placeholders and reports). */
  plain(name: string): unknown {
    const a = this.byName.get(name);
    if (!a) return undefined;
    switch (a.type) {
      case AttributeType.Float:
        return a.f;
      case AttributeType.Int:
        return int64(a.i);
      case AttributeType.String:
        return textDecoder.decode(a.s);
      case AttributeType.Floats:
        return Array.from(a.floats);
      case AttributeType.Ints:
        return a.ints.map(int64);
      case AttributeType.Strings:
        return a.strings.map(s => textDecoder.decode(s));
      case AttributeType.Tensor:
        return `<tensor ${a.t ? a.t.dims.map(int64).join('x') : ''}>`;
      case AttributeType.Graph:
        return '<graph>';
      default:
        return `<attribute type ${a.type}>`;
    }
  }

  required<T>(value: T | undefined, name: string): T {
    if (value === undefined) {
      throw new GraphError(`${this.owner.label} lacks its required attribute '${name}'`);
    }
    return value;
  }
}
