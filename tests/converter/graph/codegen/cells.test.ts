import { ModuleTree } from '../../../../src/converter';
import { convertOnnx } from '../../../../src/converter';
import { f32, weights } from '../helpers/oracle';
import { InitializerSpec, NodeSpec, onnxModel } from '../helpers/onnxModel';
import { codeProblems } from '../helpers/oracle';

/** Two torch-style blocks (conv + relu) with different channel counts, called in sequence. */
function blocksModel(): { bytes: Uint8Array } {
  const nodes: NodeSpec[] = [];
  const initializers: InitializerSpec[] = [];
  const channels = [3, 8, 16];
  let x = 'x';
  for (let i = 0; i < 2; i++) {
    const w = `blocks.${i}.conv.weight`;
    initializers.push(weights(w, [channels[i + 1], channels[i], 3, 3]));
    nodes.push({ op: 'Conv', name: `/blocks/blocks.${i}/conv/Conv`, inputs: [x, w], outputs: [`c${i}`], attrs: { pads: [1, 1, 1, 1] } });
    nodes.push({ op: 'Relu', name: `/blocks/blocks.${i}/act/Relu`, inputs: [`c${i}`], outputs: [`r${i}`] });
    x = `r${i}`;
  }
  nodes.push({ op: 'Flatten', name: '/Flatten', inputs: [x], outputs: ['y'] });
  return { bytes: onnxModel({ inputs: [f32('x', [1, 3, 4, 4])], outputs: [{ name: 'y' }], initializers, nodes }) };
}

describe('generated cells', () => {
  it('share one class between identical blocks, with the differing values as constructor parameters', async () => {
    const { code } = convertOnnx(blocksModel().bytes, { modelName: 'net' });
    expect(code).toContain(`class BlocksBlock(nn.Cell):
    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.conv = nn.Conv2d(in_channels, out_channels, 3, pad_mode='pad', padding=1)
        self.act = nn.ReLU()`);
    expect(code).toContain(`        self.blocks = nn.SequentialCell([
            BlocksBlock(3, 8),
            BlocksBlock(8, 16),
        ])`);
    expect(await codeProblems(code)).toEqual([]);
  });

  it('take class names and the layers ONNX lost from the module tree, placed by the recorded calls', () => {
    const tree: ModuleTree = {
      format: 'mindconverter-module-tree/1',
      root_class: 'TinyNet',
      modules: {
        '': { class: 'TinyNet', children: ['blocks', 'drop'] },
        blocks: { class: 'Sequential', children: ['0', '1'] },
        'blocks.0': { class: 'ConvBlock', children: ['conv', 'act'] },
        'blocks.0.conv': { class: 'Conv2d', children: [] },
        'blocks.0.act': { class: 'ReLU', children: [] },
        'blocks.1': { class: 'ConvBlock', children: ['conv', 'act'] },
        'blocks.1.conv': { class: 'Conv2d', children: [] },
        'blocks.1.act': { class: 'ReLU', children: [] },
        drop: { class: 'Dropout', children: [], params: { p: 0.1 } }
      },
      calls: [
        { module: 'blocks', input_shapes: [[1, 3, 4, 4]] },
        { module: 'drop', input_shapes: [[1, 16, 4, 4]] }
      ]
    };
    const { code, report } = convertOnnx(blocksModel().bytes, { modelName: 'net', moduleTree: tree });
    expect(code).toContain('class ConvBlock(nn.Cell):');
    expect(code).toContain('class TinyNet(nn.Cell):');
    expect(code).toContain('self.drop = nn.Dropout(p=0.1)');
    expect(code).toMatch(/x = self\.blocks\(x\)[^\n]*\n\s+x = self\.drop\(x\)\n\s+x = ops\.flatten\(x\)/);
    expect(report.entries).toContainEqual(expect.objectContaining({ kind: 'info', original: 'Dropout' }));
  });

  it('leave placeholders that still parse for ops they cannot convert, and report them', async () => {
    const bytes = onnxModel({
      inputs: [f32('x', [2, 3])],
      outputs: [{ name: 'y' }],
      nodes: [
        { op: 'Relu', inputs: ['x'], outputs: ['r'] },
        { op: 'FancyOp', domain: 'com.example', inputs: ['r'], outputs: ['y'], attrs: { output_shape: [1], mode: 'x' } }
      ]
    });
    const result = convertOnnx(bytes);
    expect(result.placeholders).toBe(1);
    expect(result.code).toContain("out = onnx.FancyOp(x, input_shape=(2, 3), output_shape=None, attr_output_shape=(1,), mode='x')  # [UnConvert] FancyOp: no mapper for com.example.FancyOp");
    const entry = result.report.entries.find(e => e.kind === 'unconvert')!;
    expect(result.code.split('\n')[entry.line! - 1]).toContain('onnx.FancyOp(');
    expect(await codeProblems(result.code)).toEqual([]);
  });
});

describe('node names that do not describe module calls', () => {
  it('give one flat class (and say so) rather than code in the wrong order', async () => {
    // Module `a` would need the root's output and the root needs `a`'s: no order of calls exists.
    const bytes = onnxModel({
      inputs: [f32('x', [2])],
      outputs: [{ name: 'y' }],
      nodes: [
        { op: 'Relu', name: '/a/Relu', inputs: ['x'], outputs: ['p'] },
        { op: 'Neg', name: '/Neg', inputs: ['p'], outputs: ['q'] },
        { op: 'Abs', name: '/a/Abs', inputs: ['q'], outputs: ['y'] }
      ]
    });
    const result = convertOnnx(bytes);
    expect(result.placeholders).toBe(0);
    expect(result.report.entries).toContainEqual(expect.objectContaining({ kind: 'warning', original: 'module structure' }));
    expect(result.code).toMatch(/x = ops\.relu\(x\)[^\n]*\n\s+x = ops\.neg\(x\)[^\n]*\n\s+x = ops\.abs\(x\)/);
    expect(await codeProblems(result.code)).toEqual([]);
  });
});

describe('shared classes and defaults', () => {
  it('pass a value that is the default in one instance and not in another as a parameter', () => {
    const nodes: NodeSpec[] = [];
    const initializers: InitializerSpec[] = [];
    let x = 'x';
    [1, 2].forEach((stride, i) => {
      const w = `blocks.${i}.conv.weight`;
      initializers.push(weights(w, [4, 4, 3, 3]));
      nodes.push({ op: 'Conv', name: `/blocks/blocks.${i}/conv/Conv`, inputs: [x, w], outputs: [`c${i}`], attrs: { pads: [1, 1, 1, 1], strides: [stride, stride] } });
      x = `c${i}`;
    });
    const { code } = convertOnnx(onnxModel({ inputs: [f32('x', [1, 4, 8, 8])], outputs: [{ name: x }], initializers, nodes }));
    // One class; stride is 1 (MindSpore's default) in the first block and 2 in the second.
    expect(code).toContain("self.conv = nn.Conv2d(4, 4, 3, stride=stride, pad_mode='pad', padding=1)");
    expect(code).toContain('BlocksBlock(1),');
    expect(code).toContain('BlocksBlock(2),');
  });

  it('a module with numbered members and its own computation is a SequentialCell subclass; a member with no node is an nn.Identity (self[i] stays aligned)', async () => {
    // torchvision's ASPPPooling in a bare ONNX file: member 2 (BatchNorm) folded into the conv by the export.
    const bytes = onnxModel({
      inputs: [f32('x', [1, 4, 6, 6])],
      outputs: [{ name: 'y' }],
      initializers: [weights('pool.1.weight', [2, 4, 1, 1]), weights('pool.1.bias', [2])],
      nodes: [
        { op: 'GlobalAveragePool', name: '/pool/pool.0/GlobalAveragePool', inputs: ['x'], outputs: ['g'] },
        { op: 'Conv', name: '/pool/pool.1/Conv', inputs: ['g', 'pool.1.weight', 'pool.1.bias'], outputs: ['c'] },
        { op: 'Relu', name: '/pool/pool.3/Relu', inputs: ['c'], outputs: ['r'] },
        { op: 'Add', name: '/pool/Add', inputs: ['r', 'r'], outputs: ['y'] }
      ]
    });
    const { code, weightMap } = convertOnnx(bytes, { modelName: 'net' });
    expect(code).toContain(`(nn.SequentialCell):
    def __init__(self):
        super().__init__([
            nn.AdaptiveAvgPool2d(1),
            nn.Conv2d(4, 2, 1, pad_mode='pad', has_bias=True),
            nn.Identity(),
            nn.ReLU(),
        ])

    def construct(self, x):
        x = self[0](x)`);
    expect(code).toContain('x = self[3](x)');
    expect(weightMap.weights.map(w => w.mindspore)).toEqual(['pool.1.weight', 'pool.1.bias']);
    expect(await codeProblems(code)).toEqual([]);
  });
});
