import { f32, lineWith, weights } from '../helpers/oracle';
import { convertModule } from './helpers';

describe('activation module mappers', () => {
  it('make SiLU (Sigmoid * x) one nn.SiLU', () => {
    const result = convertModule('SiLU', {
      inputs: [f32('x', [2, 3])],
      nodes: [
        { op: 'Sigmoid', inputs: ['x'], outputs: ['s'] },
        { op: 'Mul', inputs: ['x', 's'], outputs: ['y'] }
      ]
    });
    expect(lineWith(result.code, 'nn.SiLU')).toBe('self.m = nn.SiLU()');
  });

  it.each([
    ['none', 'self.m = nn.GELU(approximate=False)'],
    ['tanh', 'self.m = nn.GELU(approximate=True)']
  ])("make GELU(approximate='%s') one nn.GELU with MindSpore's bool", (approximate, line) => {
    const result = convertModule('GELU', {
      inputs: [f32('x', [4])],
      initializers: [weights('c', [], [1.4142135]), weights('one', [], [1]), weights('half', [], [0.5])],
      params: { approximate },
      nodes: [
        { op: 'Div', inputs: ['x', 'c'], outputs: ['a'] },
        { op: 'Erf', inputs: ['a'], outputs: ['b'] },
        { op: 'Add', inputs: ['b', 'one'], outputs: ['d'] },
        { op: 'Mul', inputs: ['x', 'd'], outputs: ['e'] },
        { op: 'Mul', inputs: ['e', 'half'], outputs: ['y'] }
      ]
    });
    expect(lineWith(result.code, 'nn.GELU')).toBe(line);
  });

  it.each([
    ['Hardswish', 'nn.HSwish'],
    ['Hardsigmoid', 'nn.HSigmoid'],
    ['Mish', 'nn.Mish'],
    ['ReLU6', 'nn.ReLU6']
  ])('make %s one %s', (torchClass, layer) => {
    const result = convertModule(torchClass, {
      inputs: [f32('x', [4])],
      nodes: [
        { op: 'Neg', inputs: ['x'], outputs: ['a'] },
        { op: 'Neg', inputs: ['a'], outputs: ['y'] }
      ]
    });
    expect(lineWith(result.code, layer)).toBe(`self.m = ${layer}()`);
  });
});
