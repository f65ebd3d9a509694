import { convertModel, f32 } from '../helpers/oracle';

describe('Size', () => {
  it('is a constant once shapes are inferred', async () => {
    const r = await convertModel({ inputs: [f32('x', [2, 3, 4])], outputs: [{ name: 'y' }], nodes: [{ op: 'Size', inputs: ['x'], outputs: ['y'] }] });
    expect(r.code).toContain('return Tensor(24, mstype.int64)');
  });
});
