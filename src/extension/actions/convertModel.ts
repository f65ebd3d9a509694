/**
 * Convert a live model: ask the kernel's shim for its nn.Modules, take the
 * input shapes, export to ONNX in the kernel, convert in the browser with graph
 * mode, save checkpoint + weight map beside the notebook (never overwriting)
 * and insert the MindSpore cell below.
 */
import { Notification } from '@jupyterlab/apputils';
import { NotebookPanel } from '@jupyterlab/notebook';
import { Contents } from '@jupyterlab/services';
import { convertedCell } from '../convertedCell';
import { dirname, freePaths, modelFilePaths, pointToCheckpoint, relativeTo, toBase64 } from '../files';
import { inlineReport } from '../inlineReport';
import { KernelConnector, kernelProblemAfterGrace, KernelRequestError } from '../kernel/connector';
import { DType } from '../kernel/protocol';
import { askModel, ModelForm } from '../model/dialog';
import { checkVariableName, formatShapes, parseDTypes, parseShapes } from '../model/validation';
import { IMindConverter } from '../tokens';
import { errorMessage, summaryMessage } from './messages';
import { cellIndexById, insertBelow } from './notebookCells';
import { ensureDirectory, pathExists } from './serverFiles';

/**
 * What to convert, and below which cell (the cell that was active when the
 * command started, or the magic's cell). `fromMagic`: the request came from
 * %mindconverter, whose own cell is still running.
 */
export interface ModelRequest {
  name: string;
  shapes: number[][];
  dtypes: DType[];
  belowCell: string | null;
  fromMagic?: boolean;
}

const TORCH_MISSING = 'PyTorch is not available in the kernel: `import torch` fails there. Install PyTorch in the kernel\'s environment (or pick a kernel that has it).';

let lastForm: ModelForm = { name: '', shapes: '1,3,224,224', dtype: 'float32' };

/** The command: dialog, validation, then the conversion. */
export async function convertModelInteractively(mc: IMindConverter, panel: NotebookPanel, contents: Contents.IManager): Promise<void> {
  const kernel = panel.sessionContext.session?.kernel;
  const problem = await kernelProblemAfterGrace(kernel);
  if (problem || !kernel) {
    Notification.error(problem!, { autoClose: 8000 });
    return;
  }
  let models;
  try {
    const connector = new KernelConnector(kernel);
    if ((await connector.ping()).torch_version === null) {
      Notification.error(TORCH_MISSING, { autoClose: 10000 });
      return;
    }
    models = (await connector.listModels()).models;
  } catch (error) {
    Notification.error(describeKernelError(error), { autoClose: 10000 });
    return;
  }
  // The dialog may move the focus (and the active cell): remember where the command started.
  const activeCell = panel.content.activeCell?.model.id ?? null;
  const form = await askModel(models, lastForm);
  if (!form) {
    return;
  }
  lastForm = form;
  const request = checkForm(form, activeCell);
  if (typeof request === 'string') {
    Notification.warning(request, { autoClose: 8000 });
    return;
  }
  await convertModel(mc, panel, contents, request);
}

function checkForm(form: ModelForm, belowCell: string | null): ModelRequest | string {
  const name = checkVariableName(form.name);
  if (!name.ok) {
    return name.message;
  }
  const shapes = parseShapes(form.shapes);
  if (!shapes.ok) {
    return shapes.message;
  }
  const dtypes = parseDTypes(form.dtype, shapes.value.length);
  if (!dtypes.ok) {
    return dtypes.message;
  }
  return { name: name.value, shapes: shapes.value, dtypes: dtypes.value, belowCell };
}

export function describeKernelError(error: unknown): string {
  if (error instanceof KernelRequestError) {
    switch (error.code) {
      case 'torch_missing':
        return `PyTorch is not available in the kernel: ${error.message}`;
      case 'unknown_variable':
        return `Unknown variable: ${error.message}`;
      case 'not_a_module':
        return `Not a model: ${error.message}`;
      case 'export_failed':
        // The shim's message already starts with what failed (torch's own words follow).
        return /^torch\.onnx\.export failed/.test(error.message) ? error.message : `torch.onnx.export failed: ${error.message}`;
      case 'invalid_request':
        return `Refused: ${error.message}`;
      default:
        return error.message;
    }
  }
  return `The conversion failed: ${errorMessage(error)}`;
}

/** Export, convert, save, insert; progress and outcome are shown in one notification. */
export async function convertModel(
  mc: IMindConverter,
  panel: NotebookPanel,
  contents: Contents.IManager,
  request: ModelRequest
): Promise<void> {
  const kernel = panel.sessionContext.session?.kernel;
  // A magic's request arrives while its own cell still runs: a busy kernel is expected then.
  const problem = await kernelProblemAfterGrace(kernel, request.fromMagic === true);
  if (problem || !kernel) {
    Notification.error(problem!, { autoClose: 8000 });
    return;
  }
  const shapesText = formatShapes(request.shapes);
  const progress = Notification.emit(`Exporting ${request.name} (${shapesText}) to ONNX in the kernel…`, 'in-progress', {
    autoClose: false
  });
  try {
    const { reply, onnx } = await new KernelConnector(kernel).export({
      name: request.name,
      shapes: request.shapes,
      dtypes: request.dtypes,
      opset: mc.settings.onnxOpset
    });
    Notification.update({ id: progress, message: `Converting ${request.name} (${(onnx.length / 1e6).toFixed(1)} MB of ONNX)…` });
    const rootClass = typeof reply.module_tree?.root_class === 'string' ? reply.module_tree.root_class : request.name;
    const result = mc.engine.convertModel(onnx, rootClass, request.shapes, reply.module_tree);

    const files = mc.settings.saveCheckpoint ? await saveModelFiles(mc, panel, contents, rootClass, result) : [];
    const code = files.length > 0 ? pointToCheckpoint(result.code, rootClass, relativeTo(dirname(panel.context.path), files[0])) : result.code;
    const notes = [
      ...(result.placeholders > 0
        ? [`${result.placeholders} unsupported ONNX op(s) left as placeholders: the cell needs them filled in before it runs.`]
        : []),
      ...(reply.warnings ?? []).map(warning => `Export: ${warning}`),
      ...(files.length > 0 ? [`Saved ${files.join(' and ')}.`] : [])
    ];
    const notebook = panel.content;
    const anchor = cellIndexById(notebook, request.belowCell);
    const index = anchor >= 0 ? anchor : notebook.activeCellIndex;
    const title = `model ${request.name} (${shapesText})`;
    const shown = inlineReport(result.report, title, null, notes);
    const insertedId = insertBelow(
      notebook,
      index,
      convertedCell(code, shown, {
        converted: true,
        mode: 'graph',
        fromCell: request.fromMagic && anchor >= 0 ? request.belowCell : null,
        model: { name: request.name, shapes: request.shapes, dtypes: request.dtypes, files },
        target: mc.settings.target,
        mindsporeVersion: mc.settings.mindsporeVersion
      })
    );
    shown.positionsCell = insertedId;
    mc.showReport({ report: shown, notebookPath: panel.context.path }, result.placeholders > 0);
    Notification.update({
      id: progress,
      type: result.placeholders > 0 ? 'warning' : 'success',
      message:
        `${request.name} converted: ${summaryMessage(shown.summary)}` +
        (result.placeholders > 0 ? ` ${result.placeholders} unsupported op(s) are placeholders; see the report.` : '') +
        (files.length > 0 ? ` Saved ${files.join(', ')}.` : ''),
      autoClose: 8000
    });
  } catch (error) {
    Notification.update({ id: progress, type: 'error', message: describeKernelError(error), autoClose: 12000 });
  }
}

async function saveModelFiles(
  mc: IMindConverter,
  panel: NotebookPanel,
  contents: Contents.IManager,
  modelName: string,
  result: { checkpoint: Uint8Array; weightMap: unknown }
): Promise<string[]> {
  const wanted = modelFilePaths(panel.context.path, mc.settings.checkpointDirectory, modelName);
  await ensureDirectory(contents, dirname(wanted[0]));
  const [checkpoint, weightMap] = await freePaths(wanted, path => pathExists(contents, path));
  await contents.save(checkpoint, { type: 'file', format: 'base64', content: toBase64(result.checkpoint) });
  await contents.save(weightMap, { type: 'file', format: 'text', content: JSON.stringify(result.weightMap, null, 2) + '\n' });
  return [checkpoint, weightMap];
}
