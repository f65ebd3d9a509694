/**
 * `nn.init.calculate_gain('relu')`: MindSpore has no public counterpart and
 * its initializers take the gain itself, so a nonlinearity written as a
 * string literal becomes torch's value for it, as an expression
 * (`2.0 ** 0.5`). A nonlinearity known only at run time is refused.
 */
import { argumentFor, readArguments } from '../calls/arguments';
import { textOf } from '../context';
import type { EntryRewriter } from './types';

/** torch.nn.init.calculate_gain's table; leaky_relu takes the negative slope (torch's default 0.01). */
const GAINS: Record<string, (param: string | undefined) => string> = {
  linear: () => '1.0',
  conv1d: () => '1.0',
  conv2d: () => '1.0',
  conv3d: () => '1.0',
  conv_transpose1d: () => '1.0',
  conv_transpose2d: () => '1.0',
  conv_transpose3d: () => '1.0',
  sigmoid: () => '1.0',
  tanh: () => '5.0 / 3',
  relu: () => '2.0 ** 0.5',
  leaky_relu: param => `(2.0 / (1 + ${param ?? '0.01'} ** 2)) ** 0.5`,
  selu: () => '0.75'
};

export const gainValue: EntryRewriter = (site, context) => {
  const args = readArguments(site.call)?.args ?? [];
  const nonlinearity = argumentFor(args, 0, 'nonlinearity');
  const param = argumentFor(args, 1, 'param');
  const name = nonlinearity && /^['"]([a-z_0-9]+)['"]$/.exec(nonlinearity.value.text)?.[1];
  const gain = name ? GAINS[name] : undefined;
  if (!gain || args.some(arg => arg !== nonlinearity && arg !== param)) {
    return { ok: false, reason: 'the nonlinearity is not a string literal torch knows: MindSpore has no calculate_gain; its initializers take the gain directly' };
  }
  const slope = param && param.value.text !== 'None' ? textOf(context, param.value) : undefined;
  const text = gain(/^[\w.]+$/.test(slope ?? '') ? slope : slope && `(${slope})`);
  return { ok: true, edits: [{ start: site.call.startIndex, end: site.call.endIndex, text }], converted: text, notes: [`torch's gain for '${name}'.`] };
};
