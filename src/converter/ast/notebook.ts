/**
 * IPython syntax in notebook cells (`%matplotlib inline`, `%%time`,
 * `!pip install x`, `files = !ls`, `torch.flatten?`) is masked before parsing
 * with Python of the same length (`0#...`: a constant and a comment), so
 * every offset stays valid; the edits are then applied to the original text,
 * which restores the masked lines unchanged.
 */
export interface MaskedSource {
  masked: string;
  /** Masked lines, 1-based. */
  maskedLines: number[];
  /** Identifiers that occur on masked lines (they may use imported names). */
  maskedNames: Set<string>;
  /** A cell magic whose body is not Python (`%%bash`, `%%html`, ...): the cell is left as it is. */
  foreignCellMagic?: string;
}

const PYTHON_CELL_MAGICS = new Set(['time', 'timeit', 'capture', 'prun', 'debug', 'pypy', 'python', 'python3', 'cython', 'memit', 'snakeviz']);

/** A line that is IPython rather than Python, and the offset in it where the IPython part starts. */
function ipythonStart(line: string): number | undefined {
  const indent = line.length - line.trimStart().length;
  const body = line.slice(indent);
  if (/^(%|!)/.test(body)) {
    return indent;
  }
  if (/^\?\??[A-Za-z_][\w.]*(\(\))?\s*$/.test(body) || /^[A-Za-z_][\w.]*(\(\))?\?\??\s*$/.test(body)) {
    return indent;
  }
  // `files = !ls`, `out = %time f()`
  const assigned = /^[A-Za-z_][\w.,\s]*=\s*(?=[!%])/.exec(body);
  return assigned ? indent + assigned[0].length : undefined;
}

function mask(text: string): string {
  return text.length === 1 ? '0' : '0#' + text.slice(2).replace(/[^\n]/g, ' ');
}

const BACKSLASH = 92;
const NEWLINE = 10;
const HASH = 35;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;


/**
 * For each line, whether it starts inside brackets or a string (where `%`
 * and `!` are Python: `("a %s"\n % b)`). A light scanner: strings, comments, brackets.
 */
function continuationLines(source: string): boolean[] {
  const inside: boolean[] = [false];
  let depth = 0;
  // The open string's quote character (0: none) and its length (1, or 3 for triple quotes).
  let quote = 0;
  let quoteLength = 0;
  const closesString = (i: number) =>
    source.charCodeAt(i) === quote && (quoteLength === 1 || (source.charCodeAt(i + 1) === quote && source.charCodeAt(i + 2) === quote));
  for (let i = 0; i < source.length; i += 1) {
    const c = source.charCodeAt(i);
    if (quote) {
      if (c === BACKSLASH) {
        if (source.charCodeAt(i + 1) === NEWLINE) {
          inside.push(true);
        }
        i += 1;
      } else if (closesString(i)) {
        i += quoteLength - 1;
        quote = 0;
      } else if (c === NEWLINE) {
        if (quoteLength === 1) {
          quote = 0;
        }
        inside.push(quote !== 0 || depth > 0);
      }
      continue;
    }
    if (c === HASH) {
      const end = source.indexOf('\n', i + 1);
      i = end < 0 ? source.length - 1 : end - 1;
    } else if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      quote = c;
      quoteLength = source.charCodeAt(i + 1) === c && source.charCodeAt(i + 2) === c ? 3 : 1;
      i += quoteLength - 1;
    } else if (c === 40 || c === 91 || c === 123) {
      depth += 1; // ( [ {
    } else if (c === 41 || c === 93 || c === 125) {
      depth = Math.max(0, depth - 1); // ) ] }
    } else if (c === NEWLINE) {
      inside.push(depth > 0 || source.charCodeAt(i - 1) === BACKSLASH);
    }
  }
  return inside;
}

/** Only a line with one of these characters can be IPython (see ipythonStart). */
const IPYTHON_CHARACTERS = /[%!?]/;

export function maskNotebookSyntax(source: string): MaskedSource {
  const firstBreak = source.indexOf('\n');
  const first = (firstBreak < 0 ? source : source.slice(0, firstBreak)).trim();
  const cellMagic = /^%%(\w+)/.exec(first);
  if (cellMagic && !PYTHON_CELL_MAGICS.has(cellMagic[1])) {
    return { masked: source, maskedLines: [], maskedNames: new Set(), foreignCellMagic: cellMagic[1] };
  }
  const maskedLines: number[] = [];
  const maskedNames = new Set<string>();
  if (!IPYTHON_CHARACTERS.test(source)) {
    return { masked: source, maskedLines, maskedNames };
  }
  const lines = source.split('\n');
  const inside = continuationLines(source);
  const out = lines.map((line, index) => {
    const start = inside[index] || !IPYTHON_CHARACTERS.test(line) ? undefined : ipythonStart(line);
    if (start === undefined) {
      return line;
    }
    maskedLines.push(index + 1);
    for (const name of line.slice(start).match(/[A-Za-z_]\w*/g) ?? []) {
      maskedNames.add(name);
    }
    const end = line.endsWith('\r') ? line.length - 1 : line.length;
    return line.slice(0, start) + mask(line.slice(start, end)) + line.slice(end);
  });
  return { masked: maskedLines.length > 0 ? out.join('\n') : source, maskedLines, maskedNames };
}
