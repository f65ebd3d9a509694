/** The extension entry (package.json jupyterlab.extension): its plugins, each in its own file. */
import { cellsPlugin } from './plugins/cells';
import { corePlugin } from './plugins/core';
import { magicsPlugin } from './plugins/magics';
import { modelPlugin } from './plugins/model';

export default [corePlugin, cellsPlugin, modelPlugin, magicsPlugin];
