/**
 * The CLI writes a graph-mode checkpoint part by part (headers, and views of
 * the model's bytes), so that the weights are never held twice in memory:
 * the file must be byte for byte the checkpoint convertOnnx assembles.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { writeOutputs } from '../../src/cli/output';
import { convertOnnx, convertOnnxToParts, ModuleTree } from '../../src/converter';
import { ensureFixtures } from '../converter/graph/helpers/fixtures';

jest.setTimeout(10 * 60 * 1000);

describe('checkpoints written in parts', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mc-parts-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writeOutputs writes a list of parts as their concatenation, all or nothing as before', () => {
    const parts = [Uint8Array.of(1, 2), new Uint8Array(0), Buffer.from('abc')];
    writeOutputs([{ path: join(dir, 'out', 'x.bin'), content: parts }], false);
    expect([...readFileSync(join(dir, 'out', 'x.bin'))]).toEqual([1, 2, 97, 98, 99]);
    expect(() => writeOutputs([{ path: join(dir, 'out', 'x.bin'), content: parts }], false)).toThrow(/already exists/);
  });

  it('the .ckpt of mindconverter --model_file is the checkpoint convertOnnx assembles, and its tensors are views of the model', async () => {
    const [fixture] = ensureFixtures(13, ['two_input']);
    const bytes = new Uint8Array(readFileSync(fixture.onnx));
    const moduleTree = JSON.parse(readFileSync(fixture.tree, 'utf8')) as ModuleTree;
    const options = { modelName: 'two_input', moduleTree };
    const { checkpointParts } = convertOnnxToParts(bytes, options);
    const weights = checkpointParts.filter(part => part.length > 64);
    expect(weights.length).toBeGreaterThan(0);
    expect(weights.every(part => part.buffer === bytes.buffer)).toBe(true);

    const code = await main(['--model_file', fixture.onnx, '--output', join(dir, 'out')], { stdout: () => undefined, stderr: () => undefined });
    expect(code).toBe(0);
    const written = readFileSync(join(dir, 'out', 'two_input.ckpt'));
    expect(written.equals(Buffer.from(convertOnnx(bytes, options).checkpoint))).toBe(true);
  });
});
