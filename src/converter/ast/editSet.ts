import type { TextEdit } from '../edits';

/** Whether `edit` lies inside [start, end): zero-width edits at `end` belong to what follows. */
function within(edit: TextEdit, start: number, end: number): boolean {
  return edit.start >= start && edit.end <= end && !(edit.start === edit.end && edit.start === end && start !== end);
}

/** A range of the source no edit may change (an insertion on its boundary does not change it). */
export interface ProtectedRange {
  start: number;
  end: number;
}

function changes(edit: TextEdit, range: ProtectedRange): boolean {
  return edit.start === edit.end ? range.start < edit.start && edit.start < range.end : edit.start < range.end && range.start < edit.end;
}

/**
 * The edits of one conversion. Inner constructs are rewritten first; an
 * outer rewrite that replaces a whole range builds its text from
 * `currentText`, which already contains the inner edits, so adding it
 * subsumes them. A group of edits is added all together or not at all: a
 * rewrite that would cut across another one is refused, never half-applied,
 * and so is a group that would change a protected range (the lines the
 * report says are kept unchanged because they do not parse).
 */
export class EditSet {
  private edits: TextEdit[] = [];

  constructor(
    private readonly source: string,
    private readonly protectedRanges: readonly ProtectedRange[] = []
  ) {}

  /** Whether an edit of [start, end) would change a protected range. */
  isProtected(start: number, end: number): boolean {
    return this.protectedRanges.some(range => changes({ start, end, text: '' }, range));
  }

  /** The text of [start, end) with the edits inside it applied. */
  currentText(start: number, end: number): string {
    const inside = this.edits.filter(edit => within(edit, start, end)).sort((a, b) => a.start - b.start || a.end - b.end);
    let out = '';
    let cursor = start;
    for (const edit of inside) {
      out += this.source.slice(cursor, edit.start) + edit.text;
      cursor = edit.end;
    }
    return out + this.source.slice(cursor, end);
  }

  /** Adds a group of edits; false (and nothing added) when one would partly overlap an existing edit or change a protected range. */
  addGroup(group: readonly TextEdit[]): boolean {
    if (group.some(edit => this.isProtected(edit.start, edit.end))) {
      return false;
    }
    for (const edit of group) {
      for (const other of this.edits) {
        const overlaps = edit.start < other.end && other.start < edit.end;
        if (overlaps && !within(other, edit.start, edit.end)) {
          return false;
        }
      }
    }
    for (const edit of group) {
      if (edit.end > edit.start) {
        this.edits = this.edits.filter(other => !within(other, edit.start, edit.end));
      }
      this.edits.push(edit);
    }
    return true;
  }

  /** Rewrites the text of every edit (the import pass fills in module placeholders). */
  substitute(rewrite: (text: string) => string): void {
    this.edits = this.edits.map(edit => ({ ...edit, text: rewrite(edit.text) }));
  }

  all(): TextEdit[] {
    return [...this.edits];
  }
}
