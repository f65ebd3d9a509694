/**
 * ONNX's own backend node tests (Debian's libonnx-testdata) as an op-coverage
 * corpus: every single-op model is converted; the number that convert without
 * a placeholder must not drop below the committed floor, and every converted
 * one must have the output shapes ONNX's expected outputs have, and compile.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { convertOnnx, GraphError } from '../../../src/converter';
import { analyzeOnnx } from '../../../src/converter/graph/convert';
import { TensorProtoType } from '../../../src/converter/graph/onnx/schema';
import { int64, TensorProto } from '../../../src/converter/graph/onnx/types';
import { pyCompileAll } from './helpers/modelChecks';
import { codeProblems } from './helpers/oracle';

/** Converted without placeholders on Debian 12's libonnx-testdata (932 models) when this was committed: 683. */
const FLOOR = 680;

const ROOTS = [process.env.ONNX_NODE_TESTS, '/usr/share/libonnx-testdata/data/node', '/usr/share/onnx/backend/test/data/node'].filter(Boolean) as string[];
const root = ROOTS.find(dir => existsSync(dir));

jest.setTimeout(10 * 60 * 1000);

(root ? describe : describe.skip)(`ONNX backend node tests${root ? '' : ' (skipped: libonnx-testdata is not installed)'}`, () => {
  const dirs = root ? readdirSync(root).filter(d => existsSync(join(root, d, 'model.onnx'))).sort() : [];
  const converted = new Map<string, string>();
  const shapeMismatches: string[] = [];
  const crashes: string[] = [];
  const notConverted: string[] = [];

  beforeAll(() => {
    for (const dir of dirs) {
      const bytes = readFileSync(join(root!, dir, 'model.onnx'));
      try {
        const conversion = convertOnnx(bytes, { modelName: dir });
        if (conversion.placeholders > 0) {
          notConverted.push(dir);
          continue;
        }
        converted.set(dir, conversion.code);
        const { graph } = analyzeOnnx(bytes);
        graph.outputs.forEach((value, i) => {
          const expected = join(root!, dir, 'test_data_set_0', `output_${i}.pb`);
          if (!existsSync(expected)) return;
          const tensor = TensorProtoType.decode(readFileSync(expected)) as unknown as TensorProto;
          const dims = tensor.dims.map(int64);
          const inferred = value.info?.shape ?? [];
          // A -1 dim is data-dependent (NonZero, Compress): only its position is checked.
          if (inferred.length !== dims.length || inferred.some((d, k) => d !== -1 && d !== dims[k])) {
            shapeMismatches.push(`${dir} output ${i}: inferred (${inferred}) but ONNX expects (${dims})`);
          }
        });
      } catch (error) {
        // Models graph mode refuses as input (sequence/optional inputs, training-only domains) say so clearly.
        if (error instanceof GraphError) notConverted.push(dir);
        else crashes.push(`${dir}: ${(error as Error).stack}`);
      }
    }
    // eslint-disable-next-line no-console
    console.log(`ONNX node tests: ${converted.size} of ${dirs.length} single-op models convert without placeholders (floor ${FLOOR})`);
  });

  it('converts at least the committed number of node-test models without placeholders', () => {
    expect(dirs.length).toBeGreaterThan(0);
    expect(converted.size).toBeGreaterThanOrEqual(FLOOR);
  });

  it('never crashes: a model it cannot take is a GraphError or placeholders', () => {
    expect(crashes).toEqual([]);
  });

  it("infers the output shapes of ONNX's expected outputs", () => {
    expect(shapeMismatches).toEqual([]);
  });

  it('writes Python that compiles for every converted model', () => {
    expect(pyCompileAll(converted)).toEqual([]);
  });

  it('uses only MindSpore 2.6 APIs and keywords (the catalog validator) in every converted model', async () => {
    const problems: string[] = [];
    for (const [dir, code] of converted) {
      for (const problem of await codeProblems(code)) problems.push(`${dir}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });
});
