import { readFileSync } from 'fs';
import { MAPPING_FILES, PyValue, TRANSFORMS, TransformResult } from '../../../src/converter/mapping';
import { decimalOneMinus } from '../../../src/converter/mapping/transforms/oneMinus';

const int = (n: number): PyValue => ({ kind: 'int', text: String(n), value: n });
const float = (text: string): PyValue => ({ kind: 'float', text, value: Number(text) });
const str = (value: string): PyValue => ({ kind: 'str', text: `'${value}'`, value });
const expr = (text: string): PyValue => ({ kind: 'expr', text });
const tuple = (...items: PyValue[]): PyValue => ({ kind: 'tuple', text: `(${items.map(i => i.text).join(', ')})`, items });

function kwargs(result: TransformResult): string {
  return 'unsupported' in result ? `unsupported: ${result.unsupported}` : result.args.map(a => `${a.name}=${a.text}`).join(', ');
}

describe('value transforms', () => {
  it.each([
    ['0.1', '0.9'],
    ['0.7', '0.3'],
    ['0.01', '0.99'],
    ['.03', '0.97'],
    ['1', '0.0'],
    ['0', '1.0']
  ])('oneMinus computes 1 - %s as %s without float noise', (m, expected) => {
    expect(decimalOneMinus(m)).toBe(expected);
  });

  it('oneMinus keeps expressions and refuses None', () => {
    expect(kwargs(TRANSFORMS.oneMinus.apply({ value: float('0.1'), param: 'momentum' }))).toBe('momentum=0.9');
    expect(kwargs(TRANSFORMS.oneMinus.apply({ value: expr('m'), param: 'momentum' }))).toBe('momentum=1 - m');
    expect(kwargs(TRANSFORMS.oneMinus.apply({ value: expr('a + b'), param: 'momentum' }))).toBe('momentum=1 - (a + b)');
    expect(kwargs(TRANSFORMS.oneMinus.apply({ value: { kind: 'none', text: 'None' }, param: 'momentum' }))).toMatch(/^unsupported/);
  });

  it('recomputeScaleFactor sets recompute_scale_factor=True where MindSpore rejects scale_factor on its own', () => {
    const none: PyValue = { kind: 'none', text: 'None' };
    const recompute = (value: PyValue, args: Record<string, PyValue>) =>
      kwargs(TRANSFORMS.recomputeScaleFactor.apply({ value, param: 'recompute_scale_factor', argument: name => args[name] }));
    expect(recompute(none, { scale_factor: int(2) })).toBe('recompute_scale_factor=True');
    expect(recompute(none, { scale_factor: expr('s'), mode: str('bilinear') })).toBe('recompute_scale_factor=True');
    expect(recompute(none, { scale_factor: expr('s'), mode: expr('mode') })).toBe('recompute_scale_factor=True');
    expect(recompute(none, { scale_factor: float('0.5'), mode: str('area') })).toBe('');
    expect(recompute(none, { scale_factor: int(2), mode: str('trilinear') })).toBe('');
    expect(recompute(none, { size: int(8) })).toBe('');
    expect(recompute(none, { scale_factor: none })).toBe('');
    expect(recompute(expr('r'), { scale_factor: int(2) })).toBe('recompute_scale_factor=r');
  });

  it('scaleFactorRecompute passes a scale_factor with recompute_scale_factor=True and drops None', () => {
    const apply = (value: PyValue) => kwargs(TRANSFORMS.scaleFactorRecompute.apply({ value, param: 'scale_factor' }));
    expect(apply(int(2))).toBe('scale_factor=2, recompute_scale_factor=True');
    expect(apply(expr('s'))).toBe('scale_factor=s, recompute_scale_factor=True');
    expect(apply({ kind: 'none', text: 'None' })).toBe('');
  });

  it('convPadding2d makes pad_mode explicit and pads each side', () => {
    const pad = (value: PyValue) => kwargs(TRANSFORMS.convPadding2d.apply({ value, param: 'padding' }));
    expect(pad(int(0))).toBe("pad_mode='valid'");
    expect(pad(int(1))).toBe("pad_mode='pad', padding=1");
    expect(pad(tuple(int(1), int(2)))).toBe("pad_mode='pad', padding=(1, 1, 2, 2)");
    expect(pad(tuple(int(0), int(0)))).toBe("pad_mode='valid'");
    expect(pad(str('same'))).toBe("pad_mode='same'");
    expect(pad(str('reflect'))).toMatch(/^unsupported/);
    expect(pad(tuple(int(1)))).toMatch(/^unsupported/);
    expect(pad(expr('k // 2'))).toBe("pad_mode='pad', padding=k // 2");
  });

  it('convPadding1d keeps one value per side', () => {
    expect(kwargs(TRANSFORMS.convPadding1d.apply({ value: tuple(int(2)), param: 'padding' }))).toBe("pad_mode='pad', padding=2");
    expect(kwargs(TRANSFORMS.convPadding1d.apply({ value: int(0), param: 'padding' }))).toBe("pad_mode='valid'");
  });

  it('convPadding3d expands to six sides', () => {
    expect(kwargs(TRANSFORMS.convPadding3d.apply({ value: tuple(int(1), int(2), int(3)), param: 'padding' }))).toBe(
      "pad_mode='pad', padding=(1, 1, 2, 2, 3, 3)"
    );
  });

  it('splitBetas splits literals and indexes variables', () => {
    expect(kwargs(TRANSFORMS.splitBetas.apply({ value: tuple(float('0.9'), float('0.99')), param: 'betas' }))).toBe('beta1=0.9, beta2=0.99');
    expect(kwargs(TRANSFORMS.splitBetas.apply({ value: expr('args.betas'), param: 'betas' }))).toBe('beta1=args.betas[0], beta2=args.betas[1]');
  });

  it('layerNormShape makes a tuple and sets the normalised axes', () => {
    expect(kwargs(TRANSFORMS.layerNormShape.apply({ value: int(8), param: 'normalized_shape' }))).toBe('normalized_shape=(8,)');
    expect(kwargs(TRANSFORMS.layerNormShape.apply({ value: tuple(int(4), int(8)), param: 'normalized_shape' }))).toBe(
      'normalized_shape=(4, 8), begin_norm_axis=-2, begin_params_axis=-2'
    );
    const variable = TRANSFORMS.layerNormShape.apply({ value: expr('config.n_embd'), param: 'normalized_shape' });
    expect(kwargs(variable)).toBe('normalized_shape=(config.n_embd,)');
    expect('note' in variable && variable.note).toMatch(/assumed to be an int/);
  });

  it('geluApproximate, trackRunningStats, notNone, dropNone, explicitClassCount, symmetricScale, varargsToTuple, zerosPaddingModeOnly', () => {
    expect(kwargs(TRANSFORMS.geluApproximate.apply({ value: str('none'), param: 'approximate' }))).toBe('approximate=False');
    expect(kwargs(TRANSFORMS.geluApproximate.apply({ value: str('tanh'), param: 'approximate' }))).toBe('approximate=True');
    expect(kwargs(TRANSFORMS.trackRunningStats.apply({ value: { kind: 'bool', text: 'False', value: false }, param: 'x' }))).toBe(
      'use_batch_statistics=True'
    );
    expect(kwargs(TRANSFORMS.trackRunningStats.apply({ value: { kind: 'bool', text: 'True', value: true }, param: 'x' }))).toBe('');
    expect(kwargs(TRANSFORMS.notNone.apply({ value: { kind: 'none', text: 'None' }, param: 'axis' }))).toMatch(/^unsupported/);
    expect(kwargs(TRANSFORMS.notNone.apply({ value: int(1), param: 'axis' }))).toBe('axis=1');
    expect(kwargs(TRANSFORMS.dropNone.apply({ value: { kind: 'none', text: 'None' }, param: 'dtype' }))).toBe('');
    expect(kwargs(TRANSFORMS.explicitClassCount.apply({ value: int(-1), param: 'depth', torchParam: 'num_classes' }))).toBe(
      'unsupported: num_classes=-1 infers the class count from the data, which MindSpore cannot: give it explicitly'
    );
    expect(kwargs(TRANSFORMS.explicitClassCount.apply({ value: int(10), param: 'depth' }))).toBe('depth=10');
    const scale = (low: PyValue, high: PyValue) => kwargs(TRANSFORMS.symmetricScale.apply({ value: high, param: 'scale', argument: () => low }));
    expect(scale(expr('-r'), expr('r'))).toBe('scale=r');
    expect(scale(float('-0.1'), float('0.1'))).toBe('scale=0.1');
    expect(scale({ kind: 'int', text: '-1', value: -1 }, float('1.0'))).toBe('scale=1.0');
    expect(scale(expr('-(a + b)'), expr('a + b'))).toBe('scale=a + b');
    expect(scale(float('0.0'), float('1.0'))).toMatch(/^unsupported: uniform_ from 0.0 to 1.0/);
    expect(scale(expr('lo'), expr('hi'))).toMatch(/^unsupported/);
    expect(kwargs(TRANSFORMS.explicitClassCount.apply({ value: expr('n'), param: 'depth' }))).toBe('depth=n');
    const sizes: PyValue = { kind: 'varargs', text: '2, 3', items: [int(2), int(3)] };
    expect(kwargs(TRANSFORMS.varargsToTuple.apply({ value: sizes, param: 'size' }))).toBe('size=(2, 3)');
    const one: PyValue = { kind: 'varargs', text: 'shape', items: [expr('shape')] };
    expect(kwargs(TRANSFORMS.varargsToTuple.apply({ value: one, param: 'size' }))).toBe('size=shape');
    expect(kwargs(TRANSFORMS.zerosPaddingModeOnly.apply({ value: str('zeros'), param: 'padding_mode' }))).toBe('');
    expect(kwargs(TRANSFORMS.zerosPaddingModeOnly.apply({ value: str('reflect'), param: 'padding_mode' }))).toMatch(/^unsupported/);
  });

  it('fillValueDtype passes the dtype torch infers from the fill value, and refuses a value of unknown type', () => {
    const none: PyValue = { kind: 'none', text: 'None' };
    const full = (fill: PyValue, value: PyValue = none) =>
      kwargs(TRANSFORMS.fillValueDtype.apply({ value, param: 'dtype', argument: name => (name === 'fill_value' ? fill : undefined), spell: api => `<${api}>` }));
    expect(full(float('0.5'))).toBe('dtype=<mindspore.float32>');
    expect(full(float('-1e9'))).toBe('dtype=<mindspore.float32>');
    expect(full(expr("float('-inf')"))).toBe('dtype=<mindspore.float32>');
    expect(full(expr('-math.inf'))).toBe('dtype=<mindspore.float32>');
    expect(full({ kind: 'bool', text: 'True', value: true })).toBe('dtype=<mindspore.bool_>');
    expect(full(int(7))).toBe('');
    expect(full(expr('int(n)'))).toBe('');
    expect(full(expr('value'))).toMatch(/^unsupported: fill_value value without dtype: torch infers the dtype/);
    // A name the file binds only to literals of one kind (the converter marks it: golden/fill_constants).
    expect(full({ kind: 'expr', text: 'EPS', constantKind: 'float' })).toBe('dtype=<mindspore.float32>');
    expect(full({ kind: 'expr', text: 'BOS', constantKind: 'int' })).toBe('');
    expect(full(expr('1j'))).toMatch(/^unsupported/);
    expect(full(expr('value'), expr('mindspore.float16'))).toBe('dtype=mindspore.float16');
  });

  it('poolPadding and padModeArg put pooling in pad mode only when needed', () => {
    expect(kwargs(TRANSFORMS.poolPadding.apply({ value: int(0), param: 'padding' }))).toBe('');
    expect(kwargs(TRANSFORMS.poolPadding.apply({ value: int(1), param: 'padding' }))).toBe("pad_mode='pad', padding=1");
    expect(kwargs(TRANSFORMS.padModeArg.apply({ value: { kind: 'bool', text: 'True', value: true }, param: 'ceil_mode' }))).toBe(
      "pad_mode='pad', ceil_mode=True"
    );
  });

  it('are all tested here and all used by some mapping entry', () => {
    const source = readFileSync(__filename, 'utf8');
    const used = new Set(
      MAPPING_FILES.flatMap(file => Object.values(file.entries)).flatMap(entry => [
        ...Object.values(entry.classic?.transforms ?? {}),
        ...Object.values(entry.mint?.transforms ?? {})
      ])
    );
    for (const name of Object.keys(TRANSFORMS)) {
      expect(`${name}: ${source.includes(`TRANSFORMS.${name}.apply`) ? 'tested' : 'untested'}, ${used.has(name as never) ? 'used' : 'unused'}`).toBe(
        `${name}: tested, used`
      );
    }
  });
});
