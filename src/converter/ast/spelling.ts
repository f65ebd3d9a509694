/**
 * MindSpore names in rewritten code are written through module aliases that
 * the final import pass chooses (`nn.Dense`, `ops.flatten`,
 * `mindspore.float32`). Until then they hold a placeholder for their module,
 * which the import pass replaces everywhere at once.
 */
const OPEN = '\u0001';
const CLOSE = '\u0002';
const PLACEHOLDER = /\u0001([\w.]+)\u0002/g;

/** `mindspore.nn.Dense` -> placeholder(mindspore.nn) + `.Dense`. */
export function spellTarget(api: string): string {
  const dot = api.lastIndexOf('.');
  return `${OPEN}${api.slice(0, dot)}${CLOSE}${api.slice(dot)}`;
}

/** The modules whose placeholders occur in `text`. */
export function placeholderModules(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map(match => match[1]);
}

export function substitutePlaceholders(text: string, alias: (module: string) => string): string {
  return text.replace(PLACEHOLDER, (_, module: string) => alias(module));
}

/** Text as a reader sees it before aliases are chosen (for messages built early). */
export function withoutPlaceholders(text: string): string {
  return substitutePlaceholders(text, module => module);
}
