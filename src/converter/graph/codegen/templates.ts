/**
 * Identical submodules share one class. Instances whose construct is the same
 * text and whose __init__ builds the same layers (possibly with different
 * hyper-parameters) become one class; the values that differ between
 * instances become the class's constructor parameters, named after the
 * argument they fill (`in_channels`, `stride`).
 */
import { Ctor, ClassInstance, SharedClass } from './model';
import { PyValue, render } from './python';

interface Slot {
  name: string;
  value: PyValue;
}

const PYTHON_NAMES = new Set(['Tensor', 'Parameter', 'nn', 'ops', 'mindspore', 'mstype', 'initializer', 'onnx', 'np', 'object', 'type', 'list', 'dict', 'int', 'float', 'str']);

/**
 * The structure of an instance with every literal replaced by a slot marker
 * (sub-classes by their group), and, when `withValues`, the slot values in
 * order (sub-class instances contribute their constructor arguments).
 */
function signature(instance: ClassInstance, groupOf: Map<ClassInstance, number>, withValues: boolean): { text: string; slots: Slot[] } {
  const slots: Slot[] = [];
  const ctorText = (ctor: Ctor, attr: string): string => {
    switch (ctor.kind) {
      case 'call':
        return `${ctor.callee}(${ctor.args
          .map(a => {
            slots.push({ name: a.name, value: a.value });
            return `${a.positional ? '' : `${a.name}=`}§`;
          })
          .join(',')})`;
      case 'list':
        return `${ctor.callee}[${ctor.items.map((item, i) => `${ctor.keys?.[i] ?? ''}:${ctorText(item, `${attr}_${i}`)}`).join(',')}]`;
      case 'instance': {
        if (withValues) {
          const shared = ctor.instance.shared!;
          ctor.instance.args!.forEach((value, i) => slots.push({ name: shared.params[i], value }));
        }
        return `@${groupOf.get(ctor.instance)}`;
      }
      case 'parameter':
        slots.push({ name: `${attr}_shape`, value: { py: 'tuple', items: ctor.shape.map(d => ({ py: 'int', value: d })) } });
        return `P(§,${ctor.dtype},${ctor.trainable})`;
    }
  };
  const init = instance.init.map(entry => `${entry.attr}=${ctorText(entry.ctor, entry.attr)}`).join(';');
  const text = [instance.baseName, instance.inputs.join(','), init, ...instance.lines.map(l => l.code)].join('\n');
  return { text, slots };
}

const childInstances = (instance: ClassInstance): ClassInstance[] => {
  const out: ClassInstance[] = [];
  const visit = (ctor: Ctor) => {
    if (ctor.kind === 'instance') out.push(ctor.instance);
    if (ctor.kind === 'list') ctor.items.forEach(visit);
  };
  instance.init.forEach(entry => visit(entry.ctor));
  return out;
};

/** Groups instances into shared classes; `instances` must list children before parents and end with the root. */
export function shareClasses(instances: ClassInstance[], root: ClassInstance): SharedClass[] {
  const groupOf = new Map<ClassInstance, number>();
  const groups: { shared: SharedClass; slots: Slot[][] }[] = [];
  const byText = new Map<string, number>();
  const usedNames = new Set<string>([...PYTHON_NAMES, root.baseName]);
  const claimName = (base: string) => {
    let name = base;
    for (let i = 2; usedNames.has(name); i++) name = `${base}${i}`;
    usedNames.add(name);
    return name;
  };
  // Phase 1: group by structure (children's groups are known first).
  for (const instance of instances) {
    const { text } = signature(instance, groupOf, false);
    let id = instance === root ? undefined : byText.get(text);
    if (id === undefined) {
      id = groups.length;
      const name = instance === root ? root.baseName : claimName(instance.baseName);
      groups.push({ shared: { name, params: [], instances: [], slotParams: [] }, slots: [] });
      if (instance !== root) byText.set(text, id);
    }
    groupOf.set(instance, id);
    groups[id].shared.instances.push(instance);
    instance.shared = groups[id].shared;
  }
  // Phase 2: parameters, each group after the groups it instantiates (their arguments are part of its slots).
  const done = new Set<number>();
  const parametrizeGroup = (id: number) => {
    if (done.has(id)) return;
    done.add(id);
    const group = groups[id];
    group.shared.instances.forEach(instance => childInstances(instance).forEach(child => parametrizeGroup(groupOf.get(child)!)));
    group.slots = group.shared.instances.map(instance => signature(instance, groupOf, true).slots);
    parametrize(group.shared, group.slots);
  };
  groups.forEach((_, id) => parametrizeGroup(id));
  return groups.map(g => g.shared);
}

function parametrize(shared: SharedClass, slots: Slot[][]): void {
  const count = slots[0].length;
  const paramOfColumn = new Map<string, string>();
  shared.slotParams = [];
  for (let s = 0; s < count; s++) {
    const values = slots.map(row => render(row[s].value));
    if (values.every(v => v === values[0])) {
      shared.slotParams.push(undefined);
      continue;
    }
    const column = values.join('\u0000');
    let param = paramOfColumn.get(column);
    if (!param) {
      const base = slots[0][s].name;
      param = base;
      for (let i = 2; shared.params.includes(param); i++) param = `${base}${i}`;
      shared.params.push(param);
      paramOfColumn.set(column, param);
    }
    shared.slotParams.push(param);
  }
  shared.instances.forEach((instance, i) => {
    instance.args = shared.params.map(param => slots[i][shared.slotParams.indexOf(param)].value);
  });
}
