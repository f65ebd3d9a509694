/**
 * Generates the module-federation core's metadata and entry point from what is
 * installed, so that the core's shared modules and the versions the prebuilt
 * extension asks for (build-labextension --core-path build/core) never drift
 * apart (they are regenerated on every build).
 *
 *   build/core/package.json  dependencies, resolutions (~installed version), singletonPackages
 *   build/gen/index.js       loads the core plugins and the federated extensions, starts JupyterLab
 */
const fs = require('fs');
const path = require('path');

const HERE = __dirname;
const BUILD = path.join(HERE, 'build');
const hostPackage = require('../package.json');
const coreExtensions = hostPackage.jupyterlab.extensions;

/** Scopes and packages the core provides to federated extensions. */
const SHARED_SCOPES = ['@jupyterlab', '@lumino', '@jupyter', '@codemirror', '@lezer', '@microsoft'];
const SHARED_PACKAGES = ['react', 'react-dom', 'yjs'];
/** Build tools that live in node_modules but are not part of the application. */
const NOT_SHARED = new Set(['@jupyterlab/builder']);
/** Packages that must exist once on the page (plugin tokens, signals, editor state). */
function isSingleton(name) {
  if (name.endsWith('-extension')) {
    return false;
  }
  return (
    /^@(jupyterlab|lumino)\//.test(name) ||
    /^@jupyter\/(ydoc|web-components|react-components)$/.test(name) ||
    /^@microsoft\/fast-(element|foundation)$/.test(name) ||
    /^@codemirror\/(state|view|language)$/.test(name) ||
    /^@lezer\/(common|highlight)$/.test(name) ||
    SHARED_PACKAGES.includes(name)
  );
}

const appPackage = require.resolve('@jupyterlab/application/package.json', { paths: [HERE] });
const NODE_MODULES = path.resolve(appPackage, '..', '..', '..');

function installedVersion(name) {
  return JSON.parse(fs.readFileSync(path.join(NODE_MODULES, name, 'package.json'), 'utf8')).version;
}

function sharedPackageNames() {
  const nodeModules = NODE_MODULES;
  const names = [...SHARED_PACKAGES];
  for (const scope of SHARED_SCOPES) {
    const dir = path.join(nodeModules, scope);
    if (fs.existsSync(dir)) {
      for (const entry of fs.readdirSync(dir)) {
        names.push(`${scope}/${entry}`);
      }
    }
  }
  return names.filter(name => !NOT_SHARED.has(name)).sort();
}

function writeCoreMetadata() {
  const resolutions = {};
  for (const name of sharedPackageNames()) {
    resolutions[name] = `~${installedVersion(name)}`;
  }
  const core = {
    name: '@mindconverter-host/core',
    version: hostPackage.version,
    private: true,
    dependencies: resolutions,
    resolutions,
    jupyterlab: {
      extensions: coreExtensions,
      singletonPackages: Object.keys(resolutions).filter(isSingleton)
    }
  };
  fs.mkdirSync(path.join(BUILD, 'core'), { recursive: true });
  fs.writeFileSync(path.join(BUILD, 'core', 'package.json'), JSON.stringify(core, null, 2) + '\n');
}

function writeEntryPoint() {
  const plugins = [];
  const mimePlugins = [];
  for (const name of coreExtensions) {
    const { jupyterlab = {} } = require(`${name}/package.json`);
    const entry = sub => (sub === true ? name : `${name}/${sub}`);
    if (jupyterlab.extension !== undefined) {
      plugins.push(`  import(${JSON.stringify(entry(jupyterlab.extension))})`);
    }
    if (jupyterlab.mimeExtension !== undefined) {
      mimePlugins.push(`  import(${JSON.stringify(entry(jupyterlab.mimeExtension))})`);
    }
  }
  const template = fs.readFileSync(path.join(HERE, 'index.template.js'), 'utf8');
  const code = template
    .replace('/* CORE_PLUGINS */', plugins.join(',\n'))
    .replace('/* CORE_MIME_PLUGINS */', mimePlugins.join(',\n'));
  fs.mkdirSync(path.join(BUILD, 'gen'), { recursive: true });
  fs.writeFileSync(path.join(BUILD, 'gen', 'index.js'), code);
  fs.copyFileSync(path.join(HERE, 'bootstrap.js'), path.join(BUILD, 'gen', 'bootstrap.js'));
}

writeCoreMetadata();
writeEntryPoint();
console.log(`host core metadata and entry point written to ${path.relative(process.cwd(), BUILD)}`);
