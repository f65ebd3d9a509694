import { readFileSync, existsSync } from 'fs';
import { join } from 'path';
import { DTYPES, FRONTEND_TARGET, IMPORT_SHIM_CODE, KERNEL_TARGET, parseFrontendRequest } from '../../../src/extension/kernel/protocol';

describe('parseFrontendRequest', () => {
  it('reads the magics requests', () => {
    expect(parseFrontendRequest({ request_id: 'r', action: 'convert_source', cell_id: 'c', source: 'import torch' })).toEqual({
      request_id: 'r',
      action: 'convert_source',
      cell_id: 'c',
      source: 'import torch'
    });
    expect(
      parseFrontendRequest({ request_id: 'r', action: 'convert_model', cell_id: null, name: 'net', shapes: [[1, 3, 8, 8]], dtypes: ['float32'] })
    ).toEqual({ request_id: 'r', action: 'convert_model', cell_id: null, name: 'net', shapes: [[1, 3, 8, 8]], dtypes: ['float32'] });
    expect(parseFrontendRequest({ request_id: 'r', action: 'hello', cell_id: 'c', shim_version: '0.1.0' })).toMatchObject({
      action: 'hello'
    });
  });

  it.each([
    [null, /not an object/],
    [{ action: 'hello' }, /no request_id/],
    [{ request_id: 'r', action: 'format_disk' }, /unknown action/],
    [{ request_id: 'r', action: 'convert_source' }, /source string/],
    [{ request_id: 'r', action: 'convert_model', name: 'net', shapes: [[1, 0]] }, /positive integers/],
    [{ request_id: 'r', action: 'convert_model', name: 'net', shapes: [] }, /positive integers/]
  ])('explains why %j is not a request', (data, message) => {
    expect(parseFrontendRequest(data)).toMatch(message);
  });
});

// The shim is the other end of the protocol: its names must match ours.
const shim = join(__dirname, '../../../python_shim/mindconverter_shim');
const withShim = existsSync(shim) ? it : it.skip;
withShim('matches the Python shim: targets, dtypes, the import statement', () => {
  const comm = readFileSync(join(shim, 'comm.py'), 'utf8');
  const frontend = readFileSync(join(shim, 'frontend.py'), 'utf8');
  const validate = readFileSync(join(shim, 'validate.py'), 'utf8');
  expect(comm).toContain(`TARGET_NAME = "${KERNEL_TARGET}"`);
  expect(frontend).toContain(`TARGET_NAME = "${FRONTEND_TARGET}"`);
  const dtypes = /DTYPES = \(([^)]*)\)/.exec(validate)![1].match(/"([a-z0-9]+)"/g)!.map(s => s.slice(1, -1));
  expect([...DTYPES].sort()).toEqual(dtypes.sort());
  expect(IMPORT_SHIM_CODE).toBe('import mindconverter_shim');
});
