/**
 * Opsets 11 to 17: the exporter writes different ops per opset (HardSwish
 * from 14, LayerNormalization from 17, Split/Squeeze/Unsqueeze/Reduce axes as
 * inputs from 13, Clip bounds as inputs from 11). A set of models that
 * exercises those is exported at every opset and must convert the same way.
 */
import { GraphConversion } from '../../../src/converter';
import { cellParameterProblems, convertFixture, conversionProblems } from './helpers/modelChecks';
import { ensureFixtures } from './helpers/fixtures';

jest.setTimeout(30 * 60 * 1000);

const MODELS = [
  'two_input',
  'mobilenet_v3_small',
  'shufflenet_v2_x1_0',
  'squeezenet1_0',
  'ex_super_resolution_model:Net(upscale_factor=3)',
  'ex_word_lm_model:TransformerModel(ntoken=1000, ninp=200, nhead=2, nhid=200, nlayers=2, dropout=0.2)',
  'gan_vanilla:Generator()'
];
const OPSETS = [11, 12, 13, 14, 15, 16, 17];

describe.each(OPSETS)('opset %i', opset => {
  const fixtures = ensureFixtures(opset, MODELS);

  it('exports every model', () => {
    expect(fixtures.map(f => f.case.export_error).filter(Boolean)).toEqual([]);
    expect(fixtures).toHaveLength(MODELS.length);
  });

  const conversions = new Map<string, GraphConversion>();

  it.each(fixtures.map(f => [f.case.file, f] as const))('%s converts completely, validly, with its weights', async (_name, fixture) => {
    const conversion = convertFixture(fixture);
    conversions.set(fixture.case.file, conversion);
    expect(await conversionProblems(fixture, conversion)).toEqual([]);
    if (fixture.case.file.startsWith('ex_word_lm')) {
      // LayerNorm is one layer whether ONNX has LayerNormalization (17) or its formula (< 17).
      expect(conversion.code).toContain('nn.LayerNorm((200,), epsilon=0.00001)');
    }
    if (fixture.case.file === 'mobilenet_v3_small') {
      // Hardswish is one layer whether ONNX has HardSwish (14+) or HardSigmoid * x (< 14).
      expect(conversion.code).toContain('nn.HSwish()');
    }
  });

  it("checkpoints hold exactly the generated networks' parameters (msref)", () => {
    expect(cellParameterProblems(conversions)).toEqual([]);
  });
});
