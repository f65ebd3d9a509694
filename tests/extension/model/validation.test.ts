import { checkVariableName, formatShapes, parseDTypes, parseShapes } from '../../../src/extension/model/validation';

describe('checkVariableName', () => {
  it.each(['net', 'model.backbone', 'seq.0', '_private', 'a1.b_2'])('accepts %s', name => {
    expect(checkVariableName(` ${name} `)).toEqual({ ok: true, value: name });
  });

  it.each([
    ['', /Give the name/],
    ['__import__("os").system("rm -rf /")', /is not a variable name/],
    ['net; import os', /is not a variable name/],
    ['net()', /is not a variable name/],
    ['a[0]', /is not a variable name/],
    ['0net', /is not a variable name/],
    ['net.__class__', /dunder/],
    ['class', /keyword/],
    ['x'.repeat(201), /is not a variable name/]
  ])('refuses %j', (name, message) => {
    const checked = checkVariableName(name);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.message).toMatch(message);
  });
});

describe('parseShapes', () => {
  it('reads one shape with commas, x or brackets', () => {
    expect(parseShapes('1,3,224,224')).toEqual({ ok: true, value: [[1, 3, 224, 224]] });
    expect(parseShapes('1x3x32x32')).toEqual({ ok: true, value: [[1, 3, 32, 32]] });
    expect(parseShapes('[1, 3, 32, 32]')).toEqual({ ok: true, value: [[1, 3, 32, 32]] });
  });

  it('reads several inputs separated by semicolons', () => {
    expect(parseShapes('1,3,8,8; 1,10')).toEqual({ ok: true, value: [[1, 3, 8, 8], [1, 10]] });
  });

  it.each([
    ['', /Give an input shape/],
    ['1,3,abc', /positive integers/],
    ['1,-3,4', /positive integers/],
    ['1,0,4', /dimension of 0/],
    ['1.5,3', /positive integers/],
    ['1,1,1,1,1,1,1,1,1', /at most 8/],
    ['100000,100000,100', /too large/],
    [Array(17).fill('1').join(';'), /At most 16 inputs/]
  ])('refuses %j', (text, message) => {
    const parsed = parseShapes(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });

  it('formats shapes back the way it reads them', () => {
    const shapes = [[1, 3, 8, 8], [1, 10]];
    expect(parseShapes(formatShapes(shapes))).toEqual({ ok: true, value: shapes });
  });
});

describe('parseDTypes', () => {
  it('defaults to float32 for every input', () => {
    expect(parseDTypes('', 2)).toEqual({ ok: true, value: ['float32', 'float32'] });
  });
  it('repeats one dtype or takes one per input', () => {
    expect(parseDTypes('int64', 2)).toEqual({ ok: true, value: ['int64', 'int64'] });
    expect(parseDTypes('float32, int64', 2)).toEqual({ ok: true, value: ['float32', 'int64'] });
  });
  it('refuses unknown dtypes and wrong counts', () => {
    expect(parseDTypes('float128', 1)).toMatchObject({ ok: false, message: 'Unknown dtype "float128".' });
    expect(parseDTypes('float32,int64', 3)).toMatchObject({ ok: false });
  });
});
