/** The commands, toolbar, menus and shortcuts declared in schema/plugin.json against the code and JupyterLab's defaults. */
import { readdirSync, readFileSync, existsSync } from 'fs';
import { join } from 'path';
import { CommandIds, SETTINGS_PLUGIN_ID } from '../../src/extension/commandIds';

const root = join(__dirname, '../..');
const schema = JSON.parse(readFileSync(join(root, 'schema/plugin.json'), 'utf8'));
const ours = new Set<string>(Object.values(CommandIds));

describe('schema/plugin.json', () => {
  it('is the schema of the settings plugin id', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(SETTINGS_PLUGIN_ID).toBe(`${pkg.name}:plugin`);
    expect(pkg.jupyterlab.schemaDir).toBe('schema');
  });

  it('refers only to commands the extension defines, and every command is in a menu', () => {
    const referenced = [
      ...schema['jupyter.lab.toolbars'].Notebook.map((item: any) => item.command),
      ...schema['jupyter.lab.menus'].main[0].items.filter((item: any) => item.command).map((item: any) => item.command),
      ...schema['jupyter.lab.menus'].context.filter((item: any) => item.command).map((item: any) => item.command),
      ...schema['jupyter.lab.shortcuts'].map((item: any) => item.command)
    ];
    for (const command of referenced) {
      expect(ours).toContain(command);
    }
    for (const command of ours) {
      expect(schema['jupyter.lab.menus'].context.map((item: any) => item.command)).toContain(command);
    }
    expect(schema['jupyter.lab.toolbars'].Notebook.map((item: any) => item.command)).toEqual([
      CommandIds.convertCell,
      CommandIds.convertModel
    ]);
  });

  const labSchemas = join(root, 'node_modules/@jupyterlab');
  const maybe = existsSync(labSchemas) ? it : it.skip;
  maybe('shortcuts do not clash with any JupyterLab default shortcut', () => {
    const defaults = new Map<string, string>();
    for (const pkg of readdirSync(labSchemas)) {
      const dir = join(labSchemas, pkg, 'schema');
      if (!existsSync(dir)) {
        continue;
      }
      for (const file of readdirSync(dir).filter(name => name.endsWith('.json'))) {
        const shortcuts = JSON.parse(readFileSync(join(dir, file), 'utf8'))['jupyter.lab.shortcuts'] ?? [];
        for (const shortcut of shortcuts) {
          defaults.set(shortcut.keys.join(' '), `${shortcut.command} (${pkg})`);
        }
      }
    }
    expect(defaults.size).toBeGreaterThan(100);
    for (const shortcut of schema['jupyter.lab.shortcuts']) {
      expect([shortcut.keys.join(' '), defaults.get(shortcut.keys.join(' '))]).toEqual([shortcut.keys.join(' '), undefined]);
    }
  });
});
