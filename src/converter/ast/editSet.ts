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

interface Entry {
  edit: TextEdit;
  /** Order of addition: insertions at one offset apply in this order, and all() lists edits in it. */
  seq: number;
}

/** Sorted, non-overlapping ranges covering the same offsets as `ranges` (touching ones stay apart: an insertion between them changes neither). */
function merged(ranges: readonly ProtectedRange[]): ProtectedRange[] {
  const out: ProtectedRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
    } else {
      out.push({ ...range });
    }
  }
  return out;
}

/**
 * The edits of one conversion. Inner constructs are rewritten first; an
 * outer rewrite that replaces a whole range builds its text from
 * `currentText`, which already contains the inner edits, so adding it
 * subsumes them. A group of edits is added all together or not at all: a
 * rewrite that would cut across another one is refused, never half-applied,
 * and so is a group that would change a protected range (the lines the
 * report says are kept unchanged because they do not parse).
 *
 * The edits are kept sorted by position: they never overlap, so their ends
 * are sorted too, and the edits near a range are found by binary search (a
 * file with tens of thousands of edits converts in linear time).
 */
export class EditSet {
  private entries: Entry[] = [];
  private added = 0;
  private readonly protectedRanges: ProtectedRange[];

  constructor(
    private readonly source: string,
    protectedRanges: readonly ProtectedRange[] = []
  ) {
    this.protectedRanges = merged(protectedRanges);
  }

  /** Whether an edit of [start, end) would change a protected range. */
  isProtected(start: number, end: number): boolean {
    const ranges = this.protectedRanges;
    // The first range that ends after `start`: the only one that can contain or overlap [start, end).
    let low = 0;
    let high = ranges.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (ranges[mid].end <= start) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low < ranges.length && changes({ start, end, text: '' }, ranges[low]);
  }

  /** Index of the first entry whose end is at or after `offset`. */
  private firstEndingFrom(offset: number): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.entries[mid].edit.end < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Indexes of the entries that start at or before `end` and end at or after `start`: every edit within or overlapping [start, end). */
  private near(start: number, end: number): number[] {
    const found: number[] = [];
    for (let i = this.firstEndingFrom(start); i < this.entries.length && this.entries[i].edit.start <= end; i += 1) {
      found.push(i);
    }
    return found;
  }

  /** The text of [start, end) with the edits inside it applied. */
  currentText(start: number, end: number): string {
    const parts: string[] = [];
    let cursor = start;
    for (const i of this.near(start, end)) {
      const { edit } = this.entries[i];
      if (within(edit, start, end)) {
        parts.push(this.source.slice(cursor, edit.start), edit.text);
        cursor = edit.end;
      }
    }
    parts.push(this.source.slice(cursor, end));
    return parts.join('');
  }

  /** Adds a group of edits; false (and nothing added) when one would partly overlap an existing edit or change a protected range. */
  addGroup(group: readonly TextEdit[]): boolean {
    if (group.some(edit => this.isProtected(edit.start, edit.end))) {
      return false;
    }
    for (const edit of group) {
      for (const i of this.near(edit.start, edit.end)) {
        const other = this.entries[i].edit;
        const overlaps = edit.start < other.end && other.start < edit.end;
        if (overlaps && !within(other, edit.start, edit.end)) {
          return false;
        }
      }
    }
    for (const edit of group) {
      const nearby = this.near(edit.start, edit.end);
      const first = nearby.length > 0 ? nearby[0] : this.firstEndingFrom(edit.start);
      const replaced = nearby.map(i => this.entries[i]);
      // What stays of the nearby entries (those within a non-empty edit are subsumed by it), and the edit after its equals.
      const kept = replaced.filter(entry => edit.end === edit.start || !within(entry.edit, edit.start, edit.end));
      const entry = { edit, seq: (this.added += 1) };
      const at = kept.findIndex(other => other.edit.start > edit.start || (other.edit.start === edit.start && other.edit.end > edit.end));
      kept.splice(at < 0 ? kept.length : at, 0, entry);
      this.entries.splice(first, nearby.length, ...kept);
    }
    return true;
  }

  /** Rewrites the text of every edit (the import pass fills in module placeholders). */
  substitute(rewrite: (text: string) => string): void {
    this.entries = this.entries.map(({ edit, seq }) => ({ edit: { ...edit, text: rewrite(edit.text) }, seq }));
  }

  /** The edits, in the order they were added. */
  all(): TextEdit[] {
    return [...this.entries].sort((a, b) => a.seq - b.seq).map(entry => entry.edit);
  }
}
