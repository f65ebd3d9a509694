/**
 * Real models exported by real torch (tests/fixtures/export_models.py): the
 * torchvision classifiers, every case of ../shared/corpus/graph_cases.json, a
 * two-input model with an int64 (embedding) input, recurrent models (LSTM with
 * its final states, GRU given its initial state), models hand-written in
 * typical styles (HAND_WRITTEN). Each converts with its module tree, and a few
 * also as bare ONNX files. With GRAPH_HEAVY=1 (make test-graph-heavy) also 13
 * larger torchvision architectures (HEAVY).
 */
import { readFileSync } from 'fs';
import { ModuleTree } from '../../../src/converter';
import { GraphConversion } from '../../../src/converter';
import { cellParameterProblems, convertFixture, conversionProblems, pyCompileAll } from './helpers/modelChecks';
import { ensureFixtures, Fixture } from './helpers/fixtures';

jest.setTimeout(30 * 60 * 1000);

/** Models written in typical styles (tests/fixtures/export_models.py local_cases). */
const HAND_WRITTEN = ['gru_text_classifier', 'transformer_classifier', 'unet', 'multi_task_dict', 'styled_modules', 'mini_gpt', 'field_embedding'];
/** torchvision architectures beyond the list: exported and converted with GRAPH_HEAVY=1 only (export_models.py HEAVY_MODELS). */
const HEAVY = ['resnext50_32x4d', 'wide_resnet50_2', 'regnet_y_400mf', 'mnasnet0_5', 'efficientnet_v2_s', 'convnext_tiny', 'swin_t', 'inception_v3', 'fcn_resnet50', 'deeplabv3_mobilenet_v3_large', 'lraspp_mobilenet_v3_large', 'r3d_18', 'vit_b_16'];

const fixtures = ensureFixtures(13);
const exported = fixtures.filter(f => !f.case.export_error);
const codes = new Map<string, string>();
const conversions = new Map<string, GraphConversion>();

describe('graph mode on real torch exports (opset 13)', () => {
  it('exports every model', () => {
    expect(fixtures.filter(f => f.case.export_error).map(f => `${f.case.id}: ${f.case.export_error}`)).toEqual([]);
    expect(fixtures.map(f => f.case.id)).toEqual(expect.arrayContaining(['resnet18', 'resnet50', 'vgg16', 'alexnet', 'mobilenet_v2', 'mobilenet_v3_small', 'squeezenet1_0', 'densenet121', 'googlenet', 'shufflenet_v2_x1_0', 'efficientnet_b0', 'two_input', 'recurrent_lm', 'gru_with_state', ...HAND_WRITTEN]));
  });

  it.each(exported.map(f => [f.case.id, f] as [string, Fixture]))('%s converts completely, validly, with its weights', async (_id, fixture) => {
    const conversion = convertFixture(fixture);
    codes.set(fixture.case.id, conversion.code);
    conversions.set(fixture.case.id, conversion);
    expect(await conversionProblems(fixture, conversion)).toEqual([]);
    const tree = JSON.parse(readFileSync(fixture.tree, 'utf8')) as ModuleTree;
    // Layers the eval-mode export dropped come back from the module tree.
    const droppedRan = new Set((tree.calls ?? []).map(c => c.module).filter(m => /^Dropout\dd?$|^Dropout$/.test(tree.modules[m]?.class ?? '')));
    if (droppedRan.size > 0) expect(conversion.code).toMatch(/nn\.Dropout\d?d?\(p=/);
    // BatchNorm stays a layer (the export keeps it, and so does the code).
    if (Object.values(tree.modules).some(m => m.class.startsWith('BatchNorm'))) expect(conversion.code).toMatch(/nn\.BatchNorm[123]d\(/);
    expect(conversion.report.entries.some(e => e.kind === 'unconvert')).toBe(false);
  });

  it('every generated file compiles with Python', () => {
    expect(codes.size).toBe(exported.length);
    expect(pyCompileAll(codes)).toEqual([]);
  });

  it("every checkpoint holds exactly the generated network's parameters (built with msref, the test-only MindSpore reference)", () => {
    expect(cellParameterProblems(conversions)).toEqual([]);
  });

  it.each(['resnet18', 'ex_mnist_main_Net', 'two_input'])('%s converts as a bare ONNX file too, and the report says what was lost', async name => {
    const fixture = exported.find(f => f.case.file === name)!;
    const conversion = convertFixture(fixture, false);
    expect(conversion.placeholders).toBe(0);
    expect(conversion.report.entries).toContainEqual(expect.objectContaining({ kind: 'warning', original: 'module tree' }));
    expect(conversion.code).not.toContain('nn.Dropout');
  });
});

describe('what hand-written models need (regressions)', () => {
  const converted = (id: string) => {
    const fixture = exported.find(f => f.case.id === id)!;
    return conversions.get(id) ?? convertFixture(fixture);
  };

  it('a sliced trainable parameter (a position embedding) stays the Parameter, sliced in construct', () => {
    const conversion = converted('transformer_classifier');
    expect(conversion.code).toContain("self.positions = Parameter(initializer('zeros', (1, 16, 32), mstype.float32), name='positions')\n");
    expect(conversion.code).toMatch(/= self\.positions\[:, :10\]/);
    expect(conversion.weightMap.weights).toContainEqual(expect.objectContaining({ pytorch: 'positions', mindspore: 'positions' }));
  });

  it("nn.TransformerEncoderLayer's dropouts are where torch applies them (its sub-modules ran: no fast path in the recording forward)", () => {
    expect(converted('transformer_classifier').code).toContain(
      'out = self.self_attn(x)  # (2, 10, 32)\n        out = self.dropout1(out)\n        x = x + out  # (2, 10, 32)\n'
    );
  });

  it("MultiheadAttention's out_proj, used through its weights, is not reported as left out", () => {
    const conversion = converted('transformer_classifier');
    expect(conversion.code).toContain('self.out_proj = nn.Dense(32, 32)');
    expect(conversion.report.entries.filter(e => e.kind === 'warning').map(e => e.original)).toEqual([]);
  });

  it('members named with non-identifiers become identifiers; a Sequential subclass with its own forward becomes a SequentialCell subclass', () => {
    const conversion = converted('styled_modules');
    expect(conversion.code).toContain('self.block1_0 = nn.SequentialCell([');
    expect(conversion.code).toContain('x = self.block1_0(x)');
    expect(conversion.code).toMatch(/class PoolBranch\(nn\.SequentialCell\):\n(.*\n){3}\s+super\(\).__init__\(\[\n\s+nn\.AdaptiveAvgPool2d\(1\),/);
    expect(conversion.code).toContain('x = self[1](x)');
    const names = conversion.weightMap.weights.map(w => `${w.pytorch} -> ${w.mindspore}`);
    expect(names).toEqual(expect.arrayContaining(['stage.block1-0.0.weight -> stage.block1_0.0.weight', 'pool.1.weight -> pool.1.weight']));
  });

  it('modules reached through a never-called container (nanoGPT: self.transformer.wte(idx), a ModuleList in a ModuleDict) keep their place', () => {
    const conversion = converted('mini_gpt');
    expect(conversion.code).toContain('self.transformer = Transformer()');
    expect(conversion.code).toContain('x = self.transformer.wte(x)  # (2, 12, 32)');
    expect(conversion.code).toContain('self.transformer.wpe(ops.arange(12, dtype=mstype.int64))');
    // attn_dropout where torch applies it: on the attention weights, between the two matmuls.
    expect(conversion.code).toMatch(/(\w+) = ops\.softmax\(\w+, axis=-1\)  # \(2, 4, 12, 12\)\n\s+\1 = self\.attn_dropout\(\1\)\n\s+\w+ = ops\.matmul\(\1, /);
    expect(conversion.code).toMatch(/x = self\.transformer\.h\[1\]\(x\)/);
    expect(conversion.code).toContain('class Mlp(nn.Cell):\n    """Converted from ModuleDict."""');
    expect(conversion.report.entries.filter(e => e.kind === 'warning' && /left out/.test(e.note ?? ''))).toEqual([]);
  });

  it('a sliced buffer (a causal mask) stays the named buffer; a tied weight is reported, loaded from the tensor the export kept', () => {
    const conversion = converted('mini_gpt');
    expect(conversion.code).toContain("self.bias = Parameter(initializer('zeros', (1, 1, 16, 16), mstype.float32), name='bias', requires_grad=False)");
    expect(conversion.code).toMatch(/= self\.bias\[:, :, :12\]/);
    expect(conversion.weightMap.unmapped).toContainEqual(expect.objectContaining({ pytorch: 'lm_head.weight', reason: expect.stringMatching(/^tied to transformer\.wte\.weight /) }));
    expect(conversion.report.entries).toContainEqual(expect.objectContaining({ kind: 'warning', original: 'lm_head.weight' }));
  });

  it("nn.Embedding keeps its padding_idx (from the module tree; ONNX has only the lookup)", () => {
    expect(converted('gru_text_classifier').code).toContain('self.embedding = nn.Embedding(40, 16, padding_idx=0)');
    expect(converted('field_embedding').code).toContain('nn.Embedding(10, 6),');
  });
});

const heavy = process.env.GRAPH_HEAVY ? ensureFixtures(13, HEAVY) : [];
(heavy.length > 0 ? describe : describe.skip)('larger torchvision architectures (GRAPH_HEAVY=1)', () => {
  const heavyConversions = new Map<string, GraphConversion>();
  it.each(heavy.map(f => [f.case.id, f] as [string, Fixture]))('%s converts completely, validly, with its weights', async (_id, fixture) => {
    expect(fixture.case.export_error).toBeUndefined();
    const conversion = convertFixture(fixture);
    heavyConversions.set(fixture.case.id, conversion);
    expect(await conversionProblems(fixture, conversion)).toEqual([]);
  });

  it('every generated network compiles and holds exactly its checkpoint', () => {
    expect(pyCompileAll(new Map([...heavyConversions].map(([id, c]) => [id, c.code])))).toEqual([]);
    expect(cellParameterProblems(heavyConversions)).toEqual([]);
  });
});
