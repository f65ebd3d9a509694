import { nodePythonParser } from '../../src/node/assets';

describe('tree-sitter Python parser', () => {
  it('parses with the real grammar and reports string offsets', async () => {
    const parser = await nodePythonParser();
    const source = 'x = "é"  # ü\nimport torch.nn as nn\n';
    const tree = parser.parse(source);
    try {
      const imp = tree.rootNode.namedChildren.find(n => n?.type === 'import_statement')!;
      expect(source.slice(imp.startIndex, imp.endIndex)).toBe('import torch.nn as nn');
      expect(imp.startPosition).toEqual({ row: 1, column: 0 });
      expect(tree.rootNode.hasError).toBe(false);
    } finally {
      tree.delete();
    }
  });
});
