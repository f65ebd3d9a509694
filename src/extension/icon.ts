/** The sidebar tab icon of the report panel (a "converted" arrow over a page), themed by JupyterLab's icon colours. */
import { LabIcon } from '@jupyterlab/ui-components';

const svgstr = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24">
  <path class="jp-icon3" fill="#616161" d="M6 2h9l5 5v15H6V2zm8 1.5V8h4.5L14 3.5zM8 11v2h5.2l-1.6 1.6L13 16l4-4-4-4-1.4 1.4 1.6 1.6H8zm0 7v2h10v-2H8z"/>
</svg>`;

export const reportIcon = new LabIcon({ name: 'jupyterlab-mindconverter:report', svgstr });
