import { applyEdits, OverlappingEditsError } from '../../src/converter';

describe('applyEdits', () => {
  const source = 'import torch  # keep me\nx = torch.ones(3)\n';

  it('replaces ranges and keeps every other byte', () => {
    const start = source.indexOf('torch.ones');
    const out = applyEdits(source, [
      { start: 7, end: 12, text: 'mindspore' },
      { start, end: start + 'torch.ones'.length, text: 'ops.ones' }
    ]);
    expect(out).toBe('import mindspore  # keep me\nx = ops.ones(3)\n');
  });

  it('applies insertions at one offset in the order given', () => {
    expect(applyEdits('ab', [{ start: 1, end: 1, text: 'X' }, { start: 1, end: 1, text: 'Y' }])).toBe('aXYb');
  });

  it('rejects overlapping edits instead of dropping one', () => {
    expect(() =>
      applyEdits(source, [
        { start: 0, end: 10, text: '' },
        { start: 5, end: 12, text: '' }
      ])
    ).toThrow(OverlappingEditsError);
  });

  it('rejects an edit outside the source', () => {
    expect(() => applyEdits('abc', [{ start: 2, end: 9, text: '' }])).toThrow(RangeError);
  });
});
