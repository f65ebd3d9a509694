import { maskNotebookSyntax } from '../../../src/converter/ast/notebook';

describe('notebook syntax masking', () => {
  it('masks magics, shell escapes and help lines with Python of the same length', () => {
    const source = '%matplotlib inline\n!pip install x\nfiles = !ls -la\ntorch.flatten?\n??torch\n    %time f()\nx = 1\n';
    const { masked, maskedLines, maskedNames } = maskNotebookSyntax(source);
    expect(masked.length).toBe(source.length);
    expect(masked.split('\n')).toEqual(['0#                ', '0#            ', 'files = 0#     ', '0#            ', '0#     ', '    0#       ', 'x = 1', '']);
    expect(maskedLines).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...maskedNames]).toEqual(expect.arrayContaining(['matplotlib', 'pip', 'torch', 'flatten', 'time', 'f']));
  });

  it('leaves % and ! inside brackets and strings alone', () => {
    const source = 'msg = ("%d items"\n       % n)\ntext = """\n!not shell\n%not magic\n"""\nok = a != b\n';
    expect(maskNotebookSyntax(source)).toMatchObject({ masked: source, maskedLines: [] });
  });

  it('recognises cell magics whose body is not Python', () => {
    expect(maskNotebookSyntax('%%bash\nls\n').foreignCellMagic).toBe('bash');
    const timed = maskNotebookSyntax('%%time\nx = f()\n');
    expect(timed.foreignCellMagic).toBeUndefined();
    expect(timed.masked).toBe('0#    \nx = f()\n');
  });
});
