import { applyEdits } from '../../../src/converter';
import { EditSet } from '../../../src/converter/ast/editSet';

describe('EditSet', () => {
  const source = 'f(g(x), y)';

  it('lets an outer rewrite build on inner edits and subsume them', () => {
    const edits = new EditSet(source);
    expect(edits.addGroup([{ start: 2, end: 3, text: 'G' }])).toBe(true);
    expect(edits.currentText(2, 6)).toBe('G(x)');
    expect(edits.addGroup([{ start: 2, end: 6, text: `k=${edits.currentText(2, 6)}` }])).toBe(true);
    expect(applyEdits(source, edits.all())).toBe('f(k=G(x), y)');
  });

  it('refuses a group that cuts across an existing edit, adding none of it', () => {
    const edits = new EditSet(source);
    edits.addGroup([{ start: 2, end: 6, text: 'h' }]);
    expect(edits.addGroup([{ start: 0, end: 1, text: 'F' }, { start: 4, end: 9, text: '' }])).toBe(false);
    expect(applyEdits(source, edits.all())).toBe('f(h, y)');
  });

  it('keeps insertions at the end of a range out of it', () => {
    const edits = new EditSet(source);
    edits.addGroup([{ start: 6, end: 6, text: ', z=1' }]);
    expect(edits.currentText(2, 6)).toBe('g(x)');
    expect(edits.addGroup([{ start: 2, end: 6, text: 'G' }])).toBe(true);
    expect(applyEdits(source, edits.all())).toBe('f(G, z=1, y)');
  });
});
