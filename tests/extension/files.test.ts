import {
  basename,
  convertedNotebookPath,
  dirname,
  freePaths,
  joinPath,
  modelFilePaths,
  numbered,
  pointToCheckpoint,
  relativeTo,
  toBase64
} from '../../src/extension/files';

describe('paths', () => {
  it('splits and joins server paths', () => {
    expect(dirname('a/b/c.ipynb')).toBe('a/b');
    expect(dirname('c.ipynb')).toBe('');
    expect(basename('a/b/c.ipynb')).toBe('c.ipynb');
    expect(joinPath('', 'a/', './b', 'c.ckpt')).toBe('a/b/c.ckpt');
  });

  it('names the converted notebook beside the original', () => {
    expect(convertedNotebookPath('work/lenet.ipynb')).toBe('work/lenet_mindspore.ipynb');
    expect(convertedNotebookPath('Untitled.IPYNB')).toBe('Untitled_mindspore.ipynb');
  });

  it('numbers candidates before the extension', () => {
    expect(numbered('a/net.ckpt', 1)).toBe('a/net.ckpt');
    expect(numbered('a/net.ckpt', 3)).toBe('a/net_3.ckpt');
    expect(numbered('dir.v2/README', 2)).toBe('dir.v2/README_2');
  });

  it('names model files as MindConverter does, in the configured directory', () => {
    expect(modelFilePaths('nb/demo.ipynb', '', 'net')).toEqual(['nb/net.ckpt', 'nb/weight_map_of_net.json']);
    expect(modelFilePaths('demo.ipynb', 'weights', 'model.backbone')).toEqual([
      'weights/model.backbone.ckpt',
      'weights/weight_map_of_model.backbone.json'
    ]);
  });
});

describe('freePaths', () => {
  it('keeps a pair under one number and never returns a taken name', async () => {
    const taken = new Set(['net.ckpt', 'weight_map_of_net_2.json']);
    const paths = await freePaths(['net.ckpt', 'weight_map_of_net.json'], async path => taken.has(path));
    expect(paths).toEqual(['net_3.ckpt', 'weight_map_of_net_3.json']);
  });

  it('gives up after the limit', async () => {
    await expect(freePaths(['a.ipynb'], async () => true, 3)).rejects.toThrow(/no free name/);
  });
});

describe('toBase64', () => {
  it('encodes large buffers in slices, like Buffer does', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('pointing the generated code at the saved checkpoint', () => {
  it('rewrites only the checkpoint literal of that model', () => {
    const code = "Weights: load_checkpoint('ResNet.ckpt')\nname = 'ResNet'\nother = 'Net.ckpt'\n";
    expect(pointToCheckpoint(code, 'ResNet', 'weights/ResNet_2.ckpt')).toBe(
      "Weights: load_checkpoint('weights/ResNet_2.ckpt')\nname = 'ResNet'\nother = 'Net.ckpt'\n"
    );
  });

  it('makes paths relative to the notebook directory', () => {
    expect(relativeTo('a', 'a/weights/x.ckpt')).toBe('weights/x.ckpt');
    expect(relativeTo('', 'x.ckpt')).toBe('x.ckpt');
    expect(relativeTo('a', 'ab/x.ckpt')).toBe('ab/x.ckpt');
  });
});
