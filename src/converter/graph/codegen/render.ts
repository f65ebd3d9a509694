/**
 * Writes the Python file: header, imports (only those used), the shared
 * classes in dependency order (children first, the network last), and where
 * each converted node ended up (line, column) for the report.
 */
import { DTYPES } from '../onnx/dtypes';
import { Node } from '../ir/graph';
import { ClassInstance, Ctor, Line, SharedClass } from './model';
import { cellAttr, PyValue, render } from './python';

export interface PlacedLine {
  line: number;
  column: number;
  source: Line;
  /** Nodes of every instance of the class that this line stands for. */
  nodes: Node[];
}

export interface RenderedCode {
  code: string;
  placed: PlacedLine[];
}

const INDENT = '    ';

function renderValue(value: PyValue): string {
  return render(value);
}

/** Each literal of a constructor in order: a class parameter's name, or undefined to write the literal. */
type Slot = (value: PyValue) => string | undefined;

/** Renders a constructor; an argument at its default is left out unless a class parameter fills it. */
function renderCtor(ctor: Ctor, attr: string, slot: Slot, indent: string): string {
  switch (ctor.kind) {
    case 'call': {
      const parts: string[] = [];
      for (const a of ctor.args) {
        const param = slot(a.value);
        if (!param && a.default && render(a.default) === render(a.value)) continue;
        const text = param ?? renderValue(a.value);
        parts.push(a.positional ? text : `${a.name}=${text}`);
      }
      return `${ctor.callee}(${parts.join(', ')})`;
    }
    case 'list': {
      if (ctor.items.length === 0) return `${ctor.callee}([])`;
      const inner = indent + INDENT;
      if (ctor.keys) {
        const items = ctor.items.map((item, i) => `${inner}('${cellAttr(ctor.keys![i])}', ${renderCtor(item, `${attr}_${i}`, slot, inner)}),`);
        return `${ctor.callee}(OrderedDict([\n${items.join('\n')}\n${indent}]))`;
      }
      const items = ctor.items.map((item, i) => `${inner}${renderCtor(item, `${attr}_${i}`, slot, inner)},`);
      return `${ctor.callee}([\n${items.join('\n')}\n${indent}])`;
    }
    case 'instance': {
      const args = (ctor.instance.args ?? []).map(v => slot(v) ?? renderValue(v));
      return `${ctor.instance.shared!.name}(${args.join(', ')})`;
    }
    case 'parameter': {
      const shapeValue: PyValue = { py: 'tuple', items: ctor.shape.map(d => ({ py: 'int', value: d })) };
      const shape = slot(shapeValue) ?? renderValue(shapeValue);
      const grad = ctor.trainable ? '' : ', requires_grad=False';
      return `Parameter(initializer('zeros', ${shape}, ${DTYPES[ctor.dtype].mindspore}), name='${attr}'${grad})`;
    }
  }
}

function renderClass(shared: SharedClass, out: string[], placed: PlacedLine[], describe: (instance: ClassInstance) => string | undefined): void {
  const first = shared.instances[0];
  let s = 0;
  const slot: Slot = () => shared.slotParams[s++];
  // Numbered members (a torch Sequential subclass with its own forward, e.g. torchvision's ASPPPooling):
  // a SequentialCell subclass, whose members are named 0, 1, ... like torch's and are reached as self[i].
  const numbered = first.init.findIndex(entry => !/^\d+$/.test(entry.attr));
  const members = numbered < 0 ? first.init.length : numbered;
  out.push(`class ${shared.name}(${members > 0 ? 'nn.SequentialCell' : 'nn.Cell'}):`);
  const doc = describe(first);
  if (doc) out.push(`${INDENT}"""${doc}"""`, '');
  out.push(`${INDENT}def __init__(${['self', ...shared.params].join(', ')}):`);
  if (members > 0) {
    const inner = INDENT.repeat(3);
    // self[i] is positional: a member with no layer of its own (a BatchNorm the export folded into its conv) is an nn.Identity.
    const byIndex = new Map(first.init.slice(0, members).map(entry => [Number(entry.attr), entry]));
    const items = Array.from({ length: Math.max(...byIndex.keys()) + 1 }, (_, i) => {
      const entry = byIndex.get(i);
      return `${inner}${entry ? renderCtor(entry.ctor, `layer${entry.attr}`, slot, inner) : 'nn.Identity()'},`;
    });
    out.push(`${INDENT}${INDENT}super().__init__([`, ...items.join('\n').split('\n'), `${INDENT}${INDENT}])`);
  } else {
    out.push(`${INDENT}${INDENT}super().__init__()`);
  }
  for (const entry of first.init.slice(members)) {
    const text = renderCtor(entry.ctor, entry.attr, slot, INDENT + INDENT);
    out.push(...`${INDENT}${INDENT}self.${cellAttr(entry.attr)} = ${text}`.split('\n'));
  }
  if (first.lines.length === 0) return;
  out.push('');
  out.push(`${INDENT}def construct(${['self', ...first.inputs].join(', ')}):`);
  first.lines.forEach((line, index) => {
    const comments = shared.instances.map(instance => instance.lines[index]?.comment);
    const comment = comments.every(c => c === comments[0]) && comments[0] ? `  # ${comments[0]}` : '';
    out.push(`${INDENT}${INDENT}${line.code}${comment}`);
    placed.push({
      line: out.length,
      column: INDENT.length * 2,
      source: line,
      nodes: shared.instances.flatMap(instance => instance.lines[index]?.nodes ?? [])
    });
  });
}

/** Classes in the order Python needs them: every class after the classes its __init__ uses. */
function dependencyOrder(classes: SharedClass[]): SharedClass[] {
  const ordered: SharedClass[] = [];
  const visit = (shared: SharedClass) => {
    if (ordered.includes(shared)) return;
    const uses = (ctor: Ctor): void => {
      if (ctor.kind === 'instance') visit(ctor.instance.shared!);
      if (ctor.kind === 'list') ctor.items.forEach(uses);
    };
    shared.instances[0].init.forEach(entry => uses(entry.ctor));
    ordered.push(shared);
  };
  classes.forEach(visit);
  return ordered;
}

export function renderModule(header: string[], classes: SharedClass[], describe: (instance: ClassInstance) => string | undefined): RenderedCode {
  const body: string[] = [];
  const placed: PlacedLine[] = [];
  const ordered = dependencyOrder(classes);
  const bodyPlaced: PlacedLine[] = [];
  ordered.forEach((shared, i) => {
    if (i > 0) body.push('', '');
    renderClass(shared, body, bodyPlaced, describe);
  });
  const text = body.join('\n');
  const imports = importsFor(text);
  const top = [...header, ...imports, '', ''];
  for (const p of bodyPlaced) placed.push({ ...p, line: p.line + top.length });
  return { code: [...top, text].join('\n') + '\n', placed };
}

function importsFor(text: string): string[] {
  const names = ['nn'];
  const standard = /\bOrderedDict\(/.test(text) ? ['from collections import OrderedDict'] : [];
  if (/\bops\./.test(text)) names.push('ops');
  if (/\bParameter\(/.test(text)) names.push('Parameter');
  if (/\bTensor\(/.test(text)) names.push('Tensor');
  const lines = [...standard, 'import mindspore', `from mindspore import ${names.join(', ')}`];
  if (/\bmstype\./.test(text)) lines.push('import mindspore.common.dtype as mstype');
  if (/\binitializer\(/.test(text)) lines.push('from mindspore.common.initializer import initializer');
  return lines;
}
