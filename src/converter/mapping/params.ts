/**
 * Parameter lists as strings, shared by the torch side (`args` of a mapping
 * entry) and the MindSpore catalog: `"x"`, `"stride=1"`, `"*"` (keyword-only
 * marker), `"/"` (positional-only marker), `"*args"`, `"**kwargs"`.
 */
export type ParamKind = 'positional' | 'positionalOnly' | 'keywordOnly' | 'varPositional' | 'varKeyword';

export interface Param {
  name: string;
  kind: ParamKind;
  /** The default as Python source text, when there is one. */
  defaultText?: string;
}

export type ParsedParam = { kind: 'marker'; marker: '*' | '/' } | { kind: 'param'; name: string; defaultText?: string; stars: 0 | 1 | 2 };

export function parseTorchParam(text: string): ParsedParam & { name?: string } {
  if (text === '*' || text === '/') {
    return { kind: 'marker', marker: text };
  }
  const stars = text.startsWith('**') ? 2 : text.startsWith('*') ? 1 : 0;
  const body = text.slice(stars);
  const eq = body.indexOf('=');
  return eq < 0
    ? { kind: 'param', name: body, stars }
    : { kind: 'param', name: body.slice(0, eq), defaultText: body.slice(eq + 1), stars };
}

/** A parameter list with each parameter's kind resolved from the markers. */
export function parseSignature(params: readonly string[]): Param[] {
  const out: Param[] = [];
  const slash = params.indexOf('/');
  let keywordOnly = false;
  params.forEach((text, index) => {
    const parsed = parseTorchParam(text);
    if (parsed.kind === 'marker') {
      keywordOnly ||= parsed.marker === '*';
      return;
    }
    let kind: ParamKind;
    if (parsed.stars === 2) {
      kind = 'varKeyword';
    } else if (parsed.stars === 1) {
      kind = 'varPositional';
      keywordOnly = true;
    } else if (keywordOnly) {
      kind = 'keywordOnly';
    } else {
      kind = index < slash ? 'positionalOnly' : 'positional';
    }
    out.push({ name: parsed.name, kind, ...(parsed.defaultText !== undefined ? { defaultText: parsed.defaultText } : {}) });
  });
  return out;
}
