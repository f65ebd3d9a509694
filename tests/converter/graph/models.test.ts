/**
 * Real models exported by real torch (tests/fixtures/export_models.py): the
 * torchvision classifiers, every case of ../shared/corpus/graph_cases.json, a
 * two-input model with an int64 (embedding) input, recurrent models (LSTM with
 * its final states, GRU given its initial state). Each converts with its
 * module tree, and a few also as bare ONNX files.
 */
import { readFileSync } from 'fs';
import { ModuleTree } from '../../../src/converter';
import { GraphConversion } from '../../../src/converter';
import { cellParameterProblems, convertFixture, conversionProblems, pyCompileAll } from './helpers/modelChecks';
import { ensureFixtures, Fixture } from './helpers/fixtures';

jest.setTimeout(30 * 60 * 1000);

const fixtures = ensureFixtures(13);
const exported = fixtures.filter(f => !f.case.export_error);
const codes = new Map<string, string>();
const conversions = new Map<string, GraphConversion>();

describe('graph mode on real torch exports (opset 13)', () => {
  it('exports every model', () => {
    expect(fixtures.filter(f => f.case.export_error).map(f => `${f.case.id}: ${f.case.export_error}`)).toEqual([]);
    expect(fixtures.map(f => f.case.id)).toEqual(expect.arrayContaining(['resnet18', 'resnet50', 'vgg16', 'alexnet', 'mobilenet_v2', 'mobilenet_v3_small', 'squeezenet1_0', 'densenet121', 'googlenet', 'shufflenet_v2_x1_0', 'efficientnet_b0', 'two_input', 'recurrent_lm', 'gru_with_state']));
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
