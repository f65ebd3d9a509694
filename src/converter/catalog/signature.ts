/**
 * Python signatures of the catalog (`["x", "stride=1", "*", "approximate='none'"]`)
 * as a model, and the check Python does when it binds a call to one.
 */

export type ParamKind = 'positional-only' | 'positional-or-keyword' | 'keyword-only' | 'var-positional' | 'var-keyword';

export interface Param {
  name: string;
  kind: ParamKind;
  /** The default's source text (`"1"`, `"'same'"`, `"mstype.float32"`), `"?"` when known to exist but not its text. */
  default?: string;
}

export interface Signature {
  params: Param[];
}

/** Parses the catalog's parameter strings. Throws on a malformed list (the catalog is generated: a bug). */
export function parseSignature(strings: readonly string[]): Signature {
  const params: Param[] = [];
  let keywordOnly = false;
  for (const text of strings) {
    if (text === '/') {
      for (const param of params) {
        param.kind = 'positional-only';
      }
      continue;
    }
    if (text === '*') {
      keywordOnly = true;
      continue;
    }
    if (text.startsWith('**')) {
      params.push({ name: text.slice(2), kind: 'var-keyword' });
      continue;
    }
    if (text.startsWith('*')) {
      params.push({ name: text.slice(1), kind: 'var-positional' });
      keywordOnly = true;
      continue;
    }
    const eq = text.indexOf('=');
    const name = eq < 0 ? text : text.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new Error(`malformed catalog parameter '${text}'`);
    }
    const param: Param = { name, kind: keywordOnly ? 'keyword-only' : 'positional-or-keyword' };
    if (eq >= 0) {
      param.default = text.slice(eq + 1);
    }
    params.push(param);
  }
  return { params };
}

const PARSED = new WeakMap<readonly string[], Signature>();

/**
 * parseSignature of a list that does not change (the mapping tables' and the
 * catalog's), parsed once. The result is shared: callers must not modify it.
 */
export function cachedSignature(strings: readonly string[]): Signature {
  let signature = PARSED.get(strings);
  if (!signature) {
    signature = parseSignature(strings);
    PARSED.set(strings, signature);
  }
  return signature;
}

/** The signature as Python prints it: `(in_channels, out_channels, stride=1, *, x=None)`. */
export function formatSignature(signature: Signature): string {
  const parts: string[] = [];
  let starred = false;
  signature.params.forEach((param, index) => {
    const next = signature.params[index + 1];
    switch (param.kind) {
      case 'var-positional':
        parts.push(`*${param.name}`);
        starred = true;
        return;
      case 'var-keyword':
        parts.push(`**${param.name}`);
        return;
      case 'keyword-only':
        if (!starred) {
          parts.push('*');
          starred = true;
        }
        break;
    }
    parts.push(param.default === undefined ? param.name : `${param.name}=${param.default}`);
    if (param.kind === 'positional-only' && next?.kind !== 'positional-only') {
      parts.push('/');
    }
  });
  return `(${parts.join(', ')})`;
}

/** The parameters a call can fill by position, in order (stops at `*args`). */
export function positionalParams(signature: Signature): Param[] {
  const result: Param[] = [];
  for (const param of signature.params) {
    if (param.kind !== 'positional-only' && param.kind !== 'positional-or-keyword') {
      break;
    }
    result.push(param);
  }
  return result;
}

/** Whether the parameter can be passed as `name=value`. */
export function acceptsKeyword(signature: Signature, name: string): boolean {
  return signature.params.some(
    p => p.kind === 'var-keyword' || (p.name === name && (p.kind === 'positional-or-keyword' || p.kind === 'keyword-only'))
  );
}

/** The shape of a call site, as far as binding needs it. */
export interface CallShape {
  /** Plain positional arguments (not `*x`). */
  positional: number;
  /** Names of `name=value` arguments, in source order. */
  keywords: readonly string[];
  /** The call has a `*x` argument: the positional count is unknown. */
  starArgs?: boolean;
  /** The call has a `**x` argument: more keywords may arrive. */
  starKwargs?: boolean;
}

export interface BindProblems {
  /** Set when more positional arguments were given than the signature takes. */
  tooManyPositional?: { accepted: number; given: number };
  /** Keywords no parameter accepts. */
  unknownKeywords: string[];
  /** Keywords naming a parameter already filled by position (or given twice). */
  duplicateKeywords: string[];
  /** Required parameters left unfilled. */
  missing: string[];
}

export function bindingOk(problems: BindProblems): boolean {
  return (
    !problems.tooManyPositional &&
    problems.unknownKeywords.length === 0 &&
    problems.duplicateKeywords.length === 0 &&
    problems.missing.length === 0
  );
}

/**
 * Binds a call to a signature the way Python does and lists what would raise
 * a TypeError. Unknowable facts (a `*x` or `**x` argument) never produce a
 * problem they could hide.
 */
export function bindArguments(signature: Signature, call: CallShape): BindProblems {
  const problems: BindProblems = { unknownKeywords: [], duplicateKeywords: [], missing: [] };
  const positional = positionalParams(signature);
  const hasVarPositional = signature.params.some(p => p.kind === 'var-positional');
  const hasVarKeyword = signature.params.some(p => p.kind === 'var-keyword');
  if (!call.starArgs && !hasVarPositional && call.positional > positional.length) {
    problems.tooManyPositional = { accepted: positional.length, given: call.positional };
  }
  const filled = new Set(positional.slice(0, call.positional).map(p => p.name));
  for (const name of call.keywords) {
    const param = signature.params.find(p => p.name === name);
    const byKeyword = param && (param.kind === 'positional-or-keyword' || param.kind === 'keyword-only');
    if (!byKeyword) {
      // A positional-only name given by keyword lands in **kwargs if there is one.
      if (!hasVarKeyword) {
        problems.unknownKeywords.push(name);
      }
      continue;
    }
    if (filled.has(name)) {
      problems.duplicateKeywords.push(name);
    }
    filled.add(name);
  }
  for (const param of signature.params) {
    if (param.default !== undefined || filled.has(param.name)) {
      continue;
    }
    if (param.kind === 'var-positional' || param.kind === 'var-keyword') {
      continue;
    }
    const couldComeFromStar =
      (call.starArgs && param.kind !== 'keyword-only') || (call.starKwargs && param.kind !== 'positional-only');
    if (!couldComeFromStar) {
      problems.missing.push(param.name);
    }
  }
  return problems;
}

/**
 * Binds a call to a set of overloads: no problems if any overload accepts
 * it, else the problems of the overload that comes closest.
 */
export function bindOverloads(signatures: readonly Signature[], call: CallShape): BindProblems {
  let best: BindProblems | undefined;
  let bestScore = Infinity;
  for (const signature of signatures) {
    const problems = bindArguments(signature, call);
    const score =
      (problems.tooManyPositional ? 1 : 0) +
      problems.unknownKeywords.length +
      problems.duplicateKeywords.length +
      problems.missing.length;
    if (score === 0) {
      return problems;
    }
    if (score < bestScore) {
      best = problems;
      bestScore = score;
    }
  }
  return best ?? { unknownKeywords: [], duplicateKeywords: [], missing: [] };
}
