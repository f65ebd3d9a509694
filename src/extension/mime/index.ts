/** The mimeExtension entry (package.json jupyterlab.mimeExtension): the inline report renderer. */
import { IRenderMime } from '@jupyterlab/rendermime-interfaces';
import { rendererFactory } from './renderer';

const extension: IRenderMime.IExtension = {
  id: 'jupyterlab-mindconverter:inline-report',
  rendererFactory,
  rank: 50,
  dataType: 'json'
};

export default extension;
