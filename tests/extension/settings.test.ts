import { readFileSync } from 'fs';
import { join } from 'path';
import { DEFAULT_SETTINGS, readSettings } from '../../src/extension/settings';

const schema = JSON.parse(readFileSync(join(__dirname, '../../schema/plugin.json'), 'utf8'));

describe('settings', () => {
  it('the schema describes every setting completely and refuses others', () => {
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    for (const [key, property] of Object.entries<any>(schema.properties)) {
      expect(property.title).toEqual(expect.any(String));
      expect(property.description).toEqual(expect.any(String));
      expect(property.default).toEqual(DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS]);
    }
  });

  it('reads valid values and falls back to defaults for invalid ones', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ target: 'mint', onnxOpset: 17, openPanel: false, checkpointDirectory: 'w' })).toEqual({
      ...DEFAULT_SETTINGS,
      target: 'mint',
      onnxOpset: 17,
      openPanel: false,
      checkpointDirectory: 'w'
    });
    expect(readSettings({ target: 'tf', onnxOpset: 9, saveCheckpoint: 'yes', mindsporeVersion: '1.9' })).toEqual(
      DEFAULT_SETTINGS
    );
  });
});
