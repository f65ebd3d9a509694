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

/**
 * For each line, whether it starts inside brackets or a string (where `%`
 * and `!` are Python: `("a %s"\n % b)`). A light scanner: strings, comments, brackets.
 */
function continuationLines(source: string): boolean[] {
  const inside: boolean[] = [false];
  let depth = 0;
  let quote = '';
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (quote) {
      if (c === '\\') {
        if (source[i + 1] === '\n') {
          inside.push(true);
        }
        i += 1;
      } else if (source.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = '';
      } else if (c === '\n') {
        if (quote.length === 1) {
          quote = '';
        }
        inside.push(quote !== '' || depth > 0);
      }
      continue;
    }
    if (c === '#') {
      while (i + 1 < source.length && source[i + 1] !== '\n') {
        i += 1;
      }
    } else if (c === '"' || c === "'") {
      quote = source.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      i += quote.length - 1;
    } else if ('([{'.includes(c)) {
      depth += 1;
    } else if (')]}'.includes(c)) {
      depth = Math.max(0, depth - 1);
    } else if (c === '\n') {
      inside.push(depth > 0 || source[i - 1] === '\\');
    }
  }
  return inside;
}

export function maskNotebookSyntax(source: string): MaskedSource {
  const lines = source.split('\n');
  const first = lines[0].trim();
  const cellMagic = /^%%(\w+)/.exec(first);
  if (cellMagic && !PYTHON_CELL_MAGICS.has(cellMagic[1])) {
    return { masked: source, maskedLines: [], maskedNames: new Set(), foreignCellMagic: cellMagic[1] };
  }
  const maskedLines: number[] = [];
  const maskedNames = new Set<string>();
  const inside = continuationLines(source);
  const out = lines.map((line, index) => {
    const start = inside[index] ? undefined : ipythonStart(line);
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
  return { masked: out.join('\n'), maskedLines, maskedNames };
}
