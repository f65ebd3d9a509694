/**
 * The edit set keeps its edits sorted and finds those near a range by binary
 * search (a file with tens of thousands of edits used to take quadratic
 * time). It must behave exactly like the plain definition below, which scans
 * every edit: random sequences of groups, texts and protected ranges.
 */
import fc from 'fast-check';
import { applyEdits, TextEdit } from '../../src/converter';
import { EditSet, ProtectedRange } from '../../src/converter/ast/editSet';
import { fuzzParameters } from './harness/budget';

const within = (edit: TextEdit, start: number, end: number) =>
  edit.start >= start && edit.end <= end && !(edit.start === edit.end && edit.start === end && start !== end);
const changes = (edit: TextEdit, range: ProtectedRange) =>
  edit.start === edit.end ? range.start < edit.start && edit.start < range.end : edit.start < range.end && range.start < edit.end;

/** The definition: a list in order of addition, scanned in full. */
class PlainEditSet {
  edits: TextEdit[] = [];
  constructor(private readonly source: string, private readonly kept: ProtectedRange[]) {}
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
  addGroup(group: TextEdit[]): boolean {
    if (group.some(edit => this.kept.some(range => changes(edit, range)))) return false;
    for (const edit of group) {
      for (const other of this.edits) {
        if (edit.start < other.end && other.start < edit.end && !within(other, edit.start, edit.end)) return false;
      }
    }
    for (const edit of group) {
      if (edit.end > edit.start) this.edits = this.edits.filter(other => !within(other, edit.start, edit.end));
      this.edits.push(edit);
    }
    return true;
  }
}

const SOURCE = 'abcdefghijklmnopqrstuvwxyz0123456789';
const range = fc.tuple(fc.nat(SOURCE.length), fc.nat(8)).map(([start, length]) => ({ start, end: Math.min(SOURCE.length, start + length) }));
const edit = fc.tuple(range, fc.constantFrom('', 'X', 'YY', '(z)')).map(([r, text]) => ({ ...r, text }));
// A group's own edits do not overlap one another (a rewrite's edits never do).
const group = fc.array(edit, { minLength: 1, maxLength: 3 }).filter(edits =>
  edits.every((a, i) => edits.every((b, j) => i === j || !(a.start < b.end && b.start < a.end) && !(a.start === b.start && a.end === b.end)))
);
const operation = fc.oneof(fc.record({ add: group }), fc.record({ text: range }));

describe('EditSet', () => {
  it('lets an insertion between two touching protected ranges through (they were merged into one that refused it)', () => {
    const set = new EditSet(SOURCE, [{ start: 12, end: 20 }, { start: 20, end: 21 }]);
    expect(set.addGroup([{ start: 20, end: 20, text: 'X' }])).toBe(true);
    expect(set.addGroup([{ start: 19, end: 20, text: 'Y' }])).toBe(false);
  });

  it('adds, refuses, subsumes and reads back exactly as the plain definition', () => {
    fc.assert(
      fc.property(fc.array(range, { maxLength: 3 }), fc.array(operation, { maxLength: 40 }), (kept, operations) => {
        const fast = new EditSet(SOURCE, kept);
        const plain = new PlainEditSet(SOURCE, kept);
        for (const op of operations) {
          if ('add' in op) {
            expect(fast.addGroup(op.add)).toBe(plain.addGroup(op.add));
          } else {
            expect(fast.currentText(op.text.start, op.text.end)).toBe(plain.currentText(op.text.start, op.text.end));
          }
          expect(fast.all()).toEqual(plain.edits);
        }
        expect(applyEdits(SOURCE, fast.all())).toBe(applyEdits(SOURCE, plain.edits));
      }),
      fuzzParameters(400)
    );
  });
});
