/**
 * The validator finds MindSpore chains and import statements from the
 * occurrences of their names in the text (a performance path: no walk over
 * every node); where that does not apply (a star import from MindSpore, a
 * tree with syntax errors) it walks the whole tree. Both must find the same
 * things: these tests compare them on the same code.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { convertSource, PythonParser } from '../../../src/converter';
import { collectImports, validateSource, ValidationIssue } from '../../../src/converter/validate';
import { nodePythonParser } from '../../../src/node/assets';
import { sharedDir } from '../../helpers/shared';

let parser: PythonParser;
beforeAll(async () => {
  parser = await nodePythonParser();
});

/** A star import from a module that does not exist: it resolves no name, but makes the validator walk every node. */
const FORCE_WALK = '\nfrom mindspore.no_such_module import *\n';

function issues(source: string): ValidationIssue[] {
  return validateSource(parser, source, { mindsporeVersion: '2.6.0' });
}

function sameAsFullWalk(source: string): ValidationIssue[] {
  const fast = issues(source);
  const lines = source.split('\n').length;
  const walked = issues(source + FORCE_WALK).filter(issue => issue.line < lines + 1);
  expect(fast).toEqual(walked);
  return fast;
}

const TRICKY = `import mindspore
from mindspore import nn, ops
from mindspore.nn import Dense as D, Conv2dd
import mindspore.numpy as mnp


def build(nn_layers, x):
    "nn.Dense(1, 2, bias=True) in a string is not code"
    # ops.nothing(x) in a comment is not code either
    conn = x.nn.Dense(1)            # an attribute named nn of something else
    nnx = nn_layers.ops.foo(bias=1)
    a = nn.Dense(4, 5, bias=False)  # unknown keyword
    b = nn.Dense(4)                 # missing argument
    c = ops.flatten(x, 1, 2, 3, 4, 5, 6, 7)
    d = nn.NoSuchCell(3)
    e = D(4, 5, weight_init='normal', weight_init='zeros')
    f = ops.ReLU()(nn.Dense(3, 4, has_bias=True, oops=1)(x))
    g = mindspore.ops.no_such_op
    h = (nn).Dense(1)
    i = mnp.zeros((2, 3)).reshape(6)
    j = ops.where(x > 0, x, nn=3)
    k = [nn.ReLU, ops.ReLU, nn.Conv2dd]
    return Conv2dd(1, 2, 3), mindspore.Tensor([1.0], mindspore.float32, unknown=True)
`;

describe('MindSpore chains found from the text', () => {
  it('are those a walk over every node finds (strings, comments, longer names, keywords)', () => {
    const found = sameAsFullWalk(TRICKY);
    expect(found.map(issue => `${issue.line}:${issue.code}:${issue.api}`)).toEqual(
      expect.arrayContaining([
        '3:unknown-api:mindspore.nn.Conv2dd',
        '12:unknown-keyword:mindspore.nn.Dense',
        '13:missing-argument:mindspore.nn.Dense',
        '15:unknown-api:mindspore.nn.NoSuchCell',
        '17:unknown-keyword:mindspore.nn.Dense',
        '18:unknown-api:mindspore.ops.no_such_op'
      ])
    );
    expect(found.filter(issue => issue.line === 8 || issue.line === 9 || issue.line === 10)).toEqual([]);
  });

  it('are those of the full walk on converted corpus files with broken keywords', () => {
    const shared = sharedDir();
    if (!shared) {
      console.warn('skipping the corpus part: ../shared not found');
      return;
    }
    const dir = join(shared, 'corpus', 'files');
    let compared = 0;
    for (const name of readdirSync(dir).filter(file => file.endsWith('.py'))) {
      const { code } = convertSource(parser, readFileSync(join(dir, name), 'utf8'), { fileName: name });
      // Keywords MindSpore does not take, so that there is something to report.
      const broken = code.replace(/has_bias=/g, 'bias=').replace(/pad_mode=/g, 'padding_mode=');
      compared += sameAsFullWalk(broken).length;
    }
    expect(compared).toBeGreaterThan(10);
  });
});

describe('import statements found from the text', () => {
  const source = `"""import os in a docstring"""
from __future__ import annotations
import importlib, mindspore.nn as nn  # import in a comment
from mindspore import ops as P, Tensor
from . import sibling
from mindspore.nn import *
important = 'import mindspore.train'

def f():
    from mindspore.numpy import zeros
    import mindspore
`;

  it('are those a walk over every node finds', () => {
    const describe = (found: ReturnType<typeof collectImports>) => ({
      names: [...found.names],
      starModules: found.starModules,
      imported: found.imported.map(item => ({ ...item, node: item.node.text }))
    });
    const clean = parser.parse(source);
    const broken = parser.parse(`${source}\n)\n`);
    try {
      expect(clean.rootNode.hasError).toBe(false);
      expect(broken.rootNode.hasError).toBe(true);
      const fast = describe(collectImports(clean.rootNode));
      expect(fast).toEqual(describe(collectImports(broken.rootNode)));
      expect(fast.names).toEqual([
        ['importlib', 'importlib'],
        ['nn', 'mindspore.nn'],
        ['P', 'mindspore.ops'],
        ['Tensor', 'mindspore.Tensor'],
        ['zeros', 'mindspore.numpy.zeros'],
        ['mindspore', 'mindspore']
      ]);
      expect(fast.starModules).toEqual(['mindspore.nn']);
    } finally {
      clean.delete();
      broken.delete();
    }
  });
});
