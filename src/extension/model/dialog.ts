/** The "Convert a live model" dialog: model (listed from the kernel, or typed), input shapes, dtype. */
import { Dialog, showDialog } from '@jupyterlab/apputils';
import { Widget } from '@lumino/widgets';
import { DTYPES, ModelInfo } from '../kernel/protocol';

export interface ModelForm {
  name: string;
  shapes: string;
  dtype: string;
}

function labelled(labelText: string, control: HTMLElement, hint?: string): HTMLLabelElement {
  const label = document.createElement('label');
  label.className = 'jp-MindConverter-field';
  const caption = document.createElement('span');
  caption.textContent = labelText;
  label.append(caption, control);
  if (hint) {
    const small = document.createElement('small');
    small.textContent = hint;
    label.append(small);
  }
  return label;
}

class ModelFormBody extends Widget implements Dialog.IBodyWidget<ModelForm> {
  private readonly name: HTMLInputElement;
  private readonly shapes: HTMLInputElement;
  private readonly dtype: HTMLSelectElement;

  constructor(models: ModelInfo[], defaults: ModelForm) {
    super();
    this.addClass('jp-MindConverter-modelDialog');
    const list = document.createElement('datalist');
    list.id = `jp-mindconverter-models-${Math.random().toString(36).slice(2)}`;
    for (const model of models) {
      const option = document.createElement('option');
      option.value = model.name;
      option.label = `${model.class} (${model.parameters.toLocaleString()} parameters)`;
      list.append(option);
    }
    this.name = document.createElement('input');
    this.name.className = 'jp-mod-styled';
    this.name.setAttribute('list', list.id);
    this.name.value = defaults.name || models[0]?.name || '';
    this.name.setAttribute('aria-label', 'Model variable');
    this.shapes = document.createElement('input');
    this.shapes.className = 'jp-mod-styled';
    this.shapes.value = defaults.shapes;
    this.shapes.setAttribute('aria-label', 'Input shapes');
    this.dtype = document.createElement('select');
    this.dtype.className = 'jp-mod-styled';
    this.dtype.setAttribute('aria-label', 'Input dtype');
    for (const dtype of DTYPES) {
      const option = document.createElement('option');
      option.value = option.textContent = dtype;
      this.dtype.append(option);
    }
    this.dtype.value = defaults.dtype;

    const found = document.createElement('p');
    found.className = 'jp-MindConverter-models';
    found.textContent =
      models.length === 0
        ? 'No torch.nn.Module objects in the kernel yet: run the cell that creates your model, or type its name.'
        : `Modules in the kernel: ${models.map(m => `${m.name} (${m.class})`).join(', ')}`;
    this.node.append(
      found,
      labelled('Model variable', this.name),
      list,
      labelled('Input shape(s)', this.shapes, 'One shape per input, e.g. 1,3,224,224; several inputs separated by ";"'),
      labelled('Input dtype', this.dtype)
    );
  }

  getValue(): ModelForm {
    return { name: this.name.value, shapes: this.shapes.value, dtype: this.dtype.value };
  }
}

/** Asks for the model to convert; null when the user cancels. */
export async function askModel(models: ModelInfo[], defaults: ModelForm): Promise<ModelForm | null> {
  const result = await showDialog({
    title: 'Convert a live PyTorch model to MindSpore',
    body: new ModelFormBody(models, defaults),
    buttons: [Dialog.cancelButton(), Dialog.okButton({ label: 'Convert' })],
    focusNodeSelector: 'input'
  });
  return result.button.accept && result.value ? result.value : null;
}
