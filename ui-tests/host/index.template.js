/**
 * The host application (generated into build/gen/index.js by build-core.js,
 * which fills in the core plugin imports). Federated extensions were loaded
 * by bootstrap.js; their plugins are taken from the shared containers here.
 */
import { JupyterLab } from '@jupyterlab/application';
import { Notification } from '@jupyterlab/apputils';
import { PageConfig } from '@jupyterlab/coreutils';

import './style.js';

/** Plugins a test host does not want: a news toast over screenshots, a language server. */
const NOT_WANTED = [
  '@jupyterlab/apputils-extension:announcements',
  '@jupyterlab/notebook-extension:language-server',
  '@jupyterlab/fileeditor-extension:language-server'
];

function pluginsOf(module) {
  if (!module) {
    return [];
  }
  const exported = Object.prototype.hasOwnProperty.call(module, '__esModule') ? module.default : module;
  const plugins = Array.isArray(exported) ? exported : [exported];
  return plugins.filter(
    plugin => !NOT_WANTED.includes(plugin.id) && !PageConfig.Extension.isDisabled(plugin.id)
  );
}

async function federatedModule(scope, module) {
  const factory = await window._JUPYTERLAB[scope].get(module);
  return factory();
}

async function settledPlugins(promises) {
  const plugins = [];
  for (const result of await Promise.allSettled(promises)) {
    if (result.status === 'fulfilled') {
      plugins.push(...pluginsOf(result.value));
    } else {
      console.error(result.reason);
    }
  }
  return plugins;
}

export async function main() {
  const federated = JSON.parse(PageConfig.getOption('federated_extensions') || '[]');
  const federatedPlugins = [];
  const federatedMimePlugins = [];
  const federatedStyles = [];
  for (const extension of federated) {
    if (extension.extension) {
      federatedPlugins.push(federatedModule(extension.name, extension.extension));
    }
    if (extension.mimeExtension) {
      federatedMimePlugins.push(federatedModule(extension.name, extension.mimeExtension));
    }
    if (extension.style) {
      federatedStyles.push(federatedModule(extension.name, extension.style));
    }
  }

  const mimeExtensions = await settledPlugins([
/* CORE_MIME_PLUGINS */,
    ...federatedMimePlugins
  ]);
  const plugins = await settledPlugins([
/* CORE_PLUGINS */,
    ...federatedPlugins
  ]);
  for (const result of await Promise.allSettled(federatedStyles)) {
    if (result.status === 'rejected') {
      console.error(result.reason);
    }
  }

  const lab = new JupyterLab({
    mimeExtensions,
    disabled: { matches: [], patterns: PageConfig.Extension.disabled.map(value => value.raw) },
    deferred: { matches: [], patterns: PageConfig.Extension.deferred.map(value => value.raw) }
  });
  lab.registerPlugins(plugins);
  // The handles the UI tests (and a curious developer in the console) use. Tests read
  // notifications from the manager: a toast fired before its container exists is not drawn.
  window.jupyterapp = lab;
  window.jupyterNotifications = Notification.manager;
  await lab.start();
}
