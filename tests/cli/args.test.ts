import { parseArgs, parseShape, UsageError } from '../../src/cli/args';

describe('CLI arguments', () => {
  it('accepts MindConverter flags', () => {
    const o = parseArgs(['--model_file', 'm.onnx', '--shape', '1,3,224,224', '1,10', '--output', 'out', '--report', 'rep']);
    expect(o).toMatchObject({ modelFile: 'm.onnx', shapes: [[1, 3, 224, 224], [1, 10]], output: 'out', report: 'rep' });
  });

  it('accepts --flag=value', () => {
    expect(parseArgs(['--in_file=a.py', '--target=mint'])).toMatchObject({ inFile: 'a.py', target: 'mint' });
  });

  it.each(['3,a,224', '-1', '0', '', '1,,2', '1.5'])('rejects the shape %p', text => {
    expect(() => parseShape(text)).toThrow(UsageError);
  });

  it.each([
    [[], /one of --in_file or --model_file/],
    [['--in_file'], /needs a value/],
    [['--in_file', 'a.py', '--model_file', 'b.onnx'], /cannot be used together/],
    [['--bogus'], /unknown argument/],
    [['--in_file', 'a', '--target', 'tf'], /invalid --target/]
  ])('refuses %p', (argv, message) => {
    expect(() => parseArgs(argv as string[])).toThrow(message as RegExp);
  });
});
