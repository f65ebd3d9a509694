import { defaultMappingTable, MappingTable } from '../../../src/converter/mapping';

describe('MappingTable', () => {
  const table = defaultMappingTable();

  it('finds entries by qualified torch name', () => {
    expect(table.get('torch.nn.Conv2d')?.classic?.api).toBe('mindspore.nn.Conv2d');
    expect(table.get('torch.nn.functional.relu')?.classic?.api).toBe('mindspore.ops.relu');
    expect(table.get('torch.cuda.is_available')?.status).toBe('unsupported');
    expect(table.get('torch.nn.NoSuchLayer')).toBeUndefined();
  });

  it('finds methods by their bare name, tensor methods first', () => {
    expect(table.method('view')?.name).toBe('torch.Tensor.view');
    expect(table.method('eval')?.name).toBe('torch.nn.Module.eval');
    expect(table.method('to')?.name).toBe('torch.Tensor.to');
    expect(table.method('Conv2d')).toBeUndefined();
  });

  it('skips methods that opt out of method-name matching', () => {
    const own = new MappingTable([
      { namespace: 'torch.Tensor', entries: { 'torch.Tensor.split': { kind: 'method', status: 'converted', matchByMethodName: false, classic: { api: 'mindspore.Tensor.split' } } } }
    ]);
    expect(own.get('torch.Tensor.split')).toBeDefined();
    expect(own.method('split')).toBeUndefined();
  });
});
