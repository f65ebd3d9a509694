/** The extension's settings (schema/plugin.json), read from the composite with safe fallbacks. */
export interface MindConverterSettings {
  target: 'classic' | 'mint';
  mindsporeVersion: '2.6.0' | '2.2.14';
  saveCheckpoint: boolean;
  checkpointDirectory: string;
  onnxOpset: number;
  openPanel: boolean;
}

export const DEFAULT_SETTINGS: MindConverterSettings = {
  target: 'classic',
  mindsporeVersion: '2.6.0',
  saveCheckpoint: true,
  checkpointDirectory: '',
  onnxOpset: 13,
  openPanel: true
};

/** The composite settings as the registry gives them; anything invalid falls back to the default. */
export function readSettings(composite: Record<string, unknown> | null | undefined): MindConverterSettings {
  const value = composite ?? {};
  const pick = <K extends keyof MindConverterSettings>(key: K, valid: (v: unknown) => boolean) =>
    (valid(value[key]) ? value[key] : DEFAULT_SETTINGS[key]) as MindConverterSettings[K];
  return {
    target: pick('target', v => v === 'classic' || v === 'mint'),
    mindsporeVersion: pick('mindsporeVersion', v => v === '2.6.0' || v === '2.2.14'),
    saveCheckpoint: pick('saveCheckpoint', v => typeof v === 'boolean'),
    checkpointDirectory: pick('checkpointDirectory', v => typeof v === 'string'),
    onnxOpset: pick('onnxOpset', v => Number.isInteger(v) && (v as number) >= 11 && (v as number) <= 17),
    openPanel: pick('openPanel', v => typeof v === 'boolean')
  };
}
