/**
 * The host's module-federation core, built the way JupyterLab itself is
 * built: the core plugins are bundled, every library in build/core/package.json
 * is offered in the shared scope (singletons where JupyterLab needs one copy),
 * and prebuilt extensions are loaded at run time from the server's
 * labextensions path. Run build-core.js first (npm run build:host does both).
 */
const path = require('path');
const webpack = require('webpack');
const { merge } = require('webpack-merge');
const { Build } = require('@jupyterlab/builder');
const baseConfig = require('@jupyterlab/builder/lib/webpack.config.base');

const BUILD = path.join(__dirname, 'build');
const core = require('./build/core/package.json');

const singletons = new Set(core.jupyterlab.singletonPackages);
const shared = {};
for (const [name, range] of Object.entries(core.resolutions)) {
  shared[name] = { requiredVersion: range, singleton: singletons.has(name) };
}

const assets = Build.ensureAssets({
  packageNames: core.jupyterlab.extensions,
  output: path.join(BUILD, 'gen'),
  schemaOutput: BUILD,
  themeOutput: BUILD
});

module.exports = [
  merge(baseConfig, {
    mode: 'development',
    devtool: 'source-map',
    context: __dirname,
    entry: [path.join(BUILD, 'gen', 'bootstrap.js')],
    output: {
      path: path.join(BUILD, 'static'),
      filename: 'bundle.js',
      library: { type: 'var', name: ['_JUPYTERLAB', 'CORE_OUTPUT'] }
    },
    plugins: [
      new webpack.container.ModuleFederationPlugin({
        name: 'CORE_FEDERATION',
        library: { type: 'var', name: ['_JUPYTERLAB', 'CORE_LIBRARY_FEDERATION'] },
        shared
      })
    ]
  })
].concat(assets);
