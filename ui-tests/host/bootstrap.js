/* global __webpack_init_sharing__ __webpack_share_scopes__ __webpack_public_path__:writable */
/**
 * First module of the host page. It runs before any @jupyterlab module is
 * loaded: it sets where the chunks come from, loads the remoteEntry of every
 * prebuilt (federated) extension the server lists in the page config, lets
 * them join the shared scope, and only then imports the application.
 */

function pageOption(name) {
  const element = document.getElementById('jupyter-config-data');
  const data = element ? JSON.parse(element.textContent || '{}') : {};
  return data[name] || '';
}

__webpack_public_path__ = pageOption('fullStaticUrl') + '/';

function addScript(url) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.async = true;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`cannot load ${url}`));
    script.src = url;
    document.head.appendChild(script);
  });
}

async function joinSharedScope(extension) {
  await addScript(`${pageOption('fullLabextensionsUrl')}/${extension.name}/${extension.load}`);
  await __webpack_init_sharing__('default');
  await window._JUPYTERLAB[extension.name].init(__webpack_share_scopes__.default);
}

(async () => {
  const extensions = pageOption('federated_extensions') || [];
  const results = await Promise.allSettled(extensions.map(joinSharedScope));
  for (const result of results) {
    if (result.status === 'rejected') {
      console.error(result.reason);
    }
  }
  const { main } = await import('./index.js');
  if (document.readyState === 'complete') {
    void main();
  } else {
    window.addEventListener('load', () => void main());
  }
})();
