/** Builders for the emissions op mappers return. */
import { PyValue, render } from '../../codegen/python';
import { Value } from '../../ir/graph';
import { Arg, ArgExpr, Emission, LayerSpec, NodeView, ParamSpec } from '../types';

/** A positional argument (an input expression) or a keyword argument. */
export type CallPart = string | [keyword: string, value: PyValue | string];

export function callText(api: string, parts: CallPart[]): string {
  const rendered = parts.map(part => (typeof part === 'string' ? part : `${part[0]}=${typeof part[1] === 'string' ? part[1] : render(part[1])}`));
  return `${api}(${rendered.join(', ')})`;
}

/** A functional call `api(parts...)` built from the input expressions. */
export function call(api: string, parts: (args: ArgExpr[]) => CallPart[], tupleSize?: number): Emission {
  return { kind: 'expr', api, expr: args => callText(api, parts(args)), tupleSize };
}

/** Any expression over the inputs (operators, methods, slicing); `api` names what the report shows. */
export function expression(api: string, text: (args: ArgExpr[]) => string, tupleSize?: number): Emission {
  return { kind: 'expr', api, expr: text, tupleSize };
}

/** A layer built in __init__ and called with the given inputs (default: input 0). */
export function layer(cls: string, args: Arg[], params: ParamSpec[] = [], inputs: number[] = [0], tupleSize?: number): Emission {
  const spec: LayerSpec = { cls, args, params };
  return { kind: 'layer', layer: spec, inputs, api: cls, tupleSize };
}

export const positional = (name: string, value: PyValue): Arg => ({ name, value, positional: true });
export const keyword = (name: string, value: PyValue): Arg => ({ name, value });

/** A keyword argument written only when it differs from MindSpore's default (as a person would write the call). */
export function keywordUnless(name: string, value: PyValue, fallback: PyValue): Arg[] {
  return [{ name, value, default: fallback }];
}

/** A parameter filled from a constant input, or undefined when that input is not a constant. */
export function paramFrom(n: NodeView, input: number, name: string, extra: Partial<ParamSpec> = {}): ParamSpec | undefined {
  const value: Value | undefined = n.node.inputs[input];
  return value?.constant ? { name, value, ...extra } : undefined;
}

/** Input i's expression, for functional calls. */
export const arg = (args: ArgExpr[], i: number): string => args[i].expr;
