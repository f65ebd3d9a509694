import type { Node } from 'web-tree-sitter';
import { PythonParser } from '../../../src/converter';
import { FileAnalysis } from '../../../src/converter/ast/analysis';
import { nodePythonParser } from '../../../src/node/assets';

let parser: PythonParser;
beforeAll(async () => {
  parser = await nodePythonParser();
});

/** The canonical name of every dotted expression `marker` in the source that ends a line with `# <-`. */
function resolved(source: string): Array<string | undefined> {
  const tree = parser.parse(source);
  try {
    const analysis = new FileAnalysis(tree.rootNode);
    const lines = source.split('\n');
    const out: Array<string | undefined> = [];
    const visit = (node: Node) => {
      const line = lines[node.startPosition.row];
      const marked = line.includes('# <-') && (node.type === 'attribute' || node.type === 'identifier');
      const top = !(node.parent?.type === 'attribute' && node.parent.childForFieldName('object')?.id === node.id);
      const called = node.parent?.type === 'call' && node.parent.childForFieldName('function')?.id === node.id;
      if (marked && top && called) {
        out.push(analysis.qualifiedName(node));
      }
      for (const child of node.namedChildren) {
        if (child) {
          visit(child);
        }
      }
    };
    visit(tree.rootNode);
    return out;
  } finally {
    tree.delete();
  }
}

describe('FileAnalysis: canonical names', () => {
  it('resolves every import form to the same torch name', () => {
    const source = [
      'import torch',
      'import torch.nn as nn',
      'from torch import nn as tnn',
      'from torch.nn import Conv2d, functional as F',
      'import torch.nn.functional as functional',
      'from torch import optim',
      'torch.nn.Conv2d(1, 2, 3)  # <-',
      'nn.Conv2d(1, 2, 3)  # <-',
      'tnn.Conv2d(1, 2, 3)  # <-',
      'Conv2d(1, 2, 3)  # <-',
      'F.relu(x)  # <-',
      'functional.relu(x)  # <-',
      'optim.Adam(p)  # <-'
    ].join('\n');
    expect(resolved(source)).toEqual([
      'torch.nn.Conv2d',
      'torch.nn.Conv2d',
      'torch.nn.Conv2d',
      'torch.nn.Conv2d',
      'torch.nn.functional.relu',
      'torch.nn.functional.relu',
      'torch.optim.Adam'
    ]);
  });

  it('respects local shadowing: parameters, assignments, comprehensions, class bodies, globals', () => {
    const source = [
      'import torch.nn.functional as F',
      'import torch',
      'def f(F):',
      '    return F.relu(x)  # <-',
      'def g():',
      '    F = object()',
      '    return F.relu(x)  # <-',
      'def h():',
      '    return [torch.ones(1) for torch in xs]  # <-',
      'class C:',
      '    torch = None',
      '    def m(self):',
      '        return torch.ones(1)  # <-',
      'def k():',
      '    global F',
      '    return F.relu(x)  # <-',
      'def outer():',
      '    F = 1',
      '    def inner():',
      '        return F.relu(x)  # <-',
      'F.relu(x)  # <-'
    ].join('\n');
    expect(resolved(source)).toEqual([undefined, undefined, undefined, 'torch.ones', 'torch.nn.functional.relu', undefined, 'torch.nn.functional.relu']);
  });

  it('does not resolve a module-level name that is also assigned, or relative imports', () => {
    const source = ['import torch', 'torch = make()', 'torch.ones(1)  # <-', 'from . import nn', 'nn.Linear(1, 2)  # <-'].join('\n');
    expect(resolved(source)).toEqual([undefined, undefined]);
  });

  it('ignores a fallback assigned in an except clause', () => {
    const source = ['try:', '    import torch', 'except ImportError:', '    torch = None', 'torch.ones(1)  # <-'].join('\n');
    expect(resolved(source)).toEqual(['torch.ones']);
  });

  it('reads unbound torch/nn/F/optim as their usual imports, but not when bound anywhere', () => {
    expect(resolved(['torch.ones(1)  # <-', 'nn.Linear(1, 2)  # <-', 'F.relu(x)  # <-'].join('\n'))).toEqual([
      'torch.ones',
      'torch.nn.Linear',
      'torch.nn.functional.relu'
    ]);
    expect(resolved(['def f(nn):', '    pass', 'nn.Linear(1, 2)  # <-'].join('\n'))).toEqual([undefined]);
  });
});
