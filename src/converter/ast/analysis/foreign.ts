/**
 * Cheap local evidence that a method's receiver is not a torch tensor or
 * module, so that `x.repeat(3)` on a NumPy array or `s.split(',')` on a
 * string is not converted by its method name. No type inference: literals,
 * Python builtins that build such values, values rooted in NumPy and other
 * libraries that never return tensors, and names whose every binding in scope
 * is one of those (or a parameter annotated so), one name deep.
 */
import type { SyntaxNode as Node } from '../../parse/syntax';
import type { FileAnalysis } from './index';
import { isTorchName } from './index';

/** What is known of a value that is not a tensor: its methods and items are not tensors either (`chain`: strings, numbers, NumPy arrays), or only the value itself is not (`value`: a list may hold tensors). */
type Evidence = 'chain' | 'value';

const SCALAR_LITERALS = new Set(['string', 'concatenated_string', 'integer', 'float', 'true', 'false', 'none']);
const CONTAINER_LITERALS = new Set(['list', 'dictionary', 'set', 'tuple', 'list_comprehension', 'dictionary_comprehension', 'set_comprehension']);

/** Libraries whose values (arrays, strings, numbers, paths) are never torch tensors or modules. */
const NON_TENSOR_LIBRARIES = new Set(['numpy', 'math', 'os', 're', 'json', 'string', 'pandas', 'pathlib', 'shutil', 'glob', 'time', 'datetime']);

/** Builtins whose call returns a Python scalar or string (`str(x).split()`), or a container (`list(x)`: its items may be tensors). */
const BUILTIN_SCALARS = new Set(['str', 'repr', 'format', 'len', 'int', 'float', 'bool', 'bytes']);
const BUILTIN_CONTAINERS = new Set(['list', 'dict', 'tuple', 'set', 'frozenset', 'sorted', 'range', 'bytearray']);

/** Annotations that say the same (`arr: np.ndarray`, `names: List[str]`). */
const SCALAR_ANNOTATION = /^(str|bytes|int|float|bool|(np|numpy)\.ndarray)$/;
const CONTAINER_ANNOTATION = /^(list|dict|tuple|set|(typing\.)?(List|Dict|Tuple|Set|Sequence)(\[.*\])?)$/s;

/** The identifier or literal an expression chain starts from (`np` in `np.arange(3).reshape(1, 3)`), and whether only attributes were crossed. */
function chainHead(node: Node): { head: Node; attributesOnly: boolean } {
  let current = node;
  let attributesOnly = true;
  for (;;) {
    const next =
      current.type === 'call'
        ? current.childForFieldName('function')
        : current.type === 'attribute'
          ? current.childForFieldName('object')
          : current.type === 'subscript'
            ? current.childForFieldName('value')
            : current.type === 'parenthesized_expression'
              ? current.namedChildren.find(child => child && child.type !== 'comment') ?? null
              : null;
    if (!next) {
      return { head: current, attributesOnly };
    }
    attributesOnly = attributesOnly && current.type === 'attribute';
    current = next;
  }
}

function importedLibrary(analysis: FileAnalysis, identifier: Node): string | undefined {
  return analysis.importOf(identifier)?.imported?.qualified;
}

function builtin(analysis: FileAnalysis, identifier: Node): boolean {
  return analysis.scopeOf(identifier)?.lookup(identifier.text).length === 0;
}

function evidenceOf(analysis: FileAnalysis, node: Node, depth: number): Evidence | undefined {
  if (SCALAR_LITERALS.has(node.type)) {
    return 'chain';
  }
  if (CONTAINER_LITERALS.has(node.type)) {
    return 'value';
  }
  const fn = node.type === 'call' ? node.childForFieldName('function') : null;
  if (fn?.type === 'identifier' && builtin(analysis, fn)) {
    if (BUILTIN_SCALARS.has(fn.text)) {
      return 'chain';
    }
    if (BUILTIN_CONTAINERS.has(fn.text)) {
      return 'value';
    }
  }
  const { head } = chainHead(node);
  if (SCALAR_LITERALS.has(head.type)) {
    return 'chain';
  }
  if (head.type !== 'identifier') {
    return undefined;
  }
  const library = importedLibrary(analysis, head);
  if (library !== undefined) {
    return NON_TENSOR_LIBRARIES.has(library.split('.')[0]) ? 'chain' : undefined;
  }
  const bindings = depth < 2 ? analysis.scopeOf(head)?.lookup(head.text) ?? [] : [];
  const found = bindings.map(binding => bindingEvidence(analysis, binding.node, depth));
  if (found.length === 0 || found.some(evidence => evidence === undefined)) {
    return undefined;
  }
  if (found.every(evidence => evidence === 'chain')) {
    return 'chain';
  }
  return node === head ? 'value' : undefined;
}

/** What a binding says of its name: `a = np.zeros(3)`, `s = 'x'`, `arr: np.ndarray`, `names = []`. */
function bindingEvidence(analysis: FileAnalysis, target: Node, depth: number): Evidence | undefined {
  const parent = target.parent;
  if (!parent) {
    return undefined;
  }
  const annotation = parent.childForFieldName('type');
  if ((parent.type === 'typed_parameter' || parent.type === 'typed_default_parameter' || parent.type === 'assignment') && annotation) {
    const text = annotation.text.replace(/\s+/g, '');
    if (SCALAR_ANNOTATION.test(text)) {
      return 'chain';
    }
    if (CONTAINER_ANNOTATION.test(text)) {
      return 'value';
    }
  }
  if (parent.type === 'assignment' && parent.childForFieldName('left')?.id === target.id) {
    const value = parent.childForFieldName('right');
    return value ? evidenceOf(analysis, value, depth + 1) : undefined;
  }
  return undefined;
}

/** Whether `node` (an expression) is certainly not a torch tensor or module. */
export function isForeignValue(analysis: FileAnalysis, node: Node): boolean {
  return evidenceOf(analysis, node, 0) !== undefined;
}

/** Receivers that are certainly not tensors or modules: see the module comment; also attributes of imported non-torch modules. */
export function isForeignReceiver(analysis: FileAnalysis, receiver: Node): boolean {
  if (isForeignValue(analysis, receiver)) {
    return true;
  }
  // An attribute of an imported non-torch module (`utils.helper.view()`) is not torch's either.
  const { head, attributesOnly } = chainHead(receiver);
  const library = head.type === 'identifier' && attributesOnly ? importedLibrary(analysis, head) : undefined;
  return library !== undefined && !isTorchName(library);
}

/** The value an unpacking assignment gives `target`: `b` in `a, b = x, y` gives `y` (same-length sides only). */
function unpackedValue(target: Node): Node | undefined {
  const pattern = target.parent;
  const assignment = pattern?.parent;
  if (!pattern || !assignment || !['pattern_list', 'tuple_pattern', 'list_pattern'].includes(pattern.type) || assignment.type !== 'assignment') {
    return undefined;
  }
  const right = assignment.childForFieldName('right');
  const values = right && ['expression_list', 'tuple', 'list'].includes(right.type) ? right.namedChildren.filter(c => c && c.type !== 'comment') : [];
  const targets = pattern.namedChildren.filter(c => c && c.type !== 'comment');
  const at = targets.findIndex(t => t!.id === target.id);
  return values.length === targets.length && at >= 0 ? values[at]! : undefined;
}

/**
 * Whether `node` is certainly a sequence or array of values (what a legacy
 * constructor such as torch.FloatTensor reads as data, not as a size): a list,
 * tuple or comprehension, list()/tuple()/sorted()/range(), a NumPy value, or a
 * name whose every binding is one of those (unpacking `a, b = [], []` too), one name deep.
 */
export function isSequenceData(analysis: FileAnalysis, node: Node, depth = 0): boolean {
  if (CONTAINER_LITERALS.has(node.type) && node.type !== 'dictionary' && node.type !== 'dictionary_comprehension') {
    return true;
  }
  const fn = node.type === 'call' ? node.childForFieldName('function') : null;
  if (fn?.type === 'identifier' && builtin(analysis, fn) && ['list', 'tuple', 'sorted', 'range'].includes(fn.text)) {
    return true;
  }
  const { head } = chainHead(node);
  if (head.type !== 'identifier') {
    return false;
  }
  const library = importedLibrary(analysis, head);
  if (library !== undefined) {
    return library.split('.')[0] === 'numpy' && head.id !== node.id;
  }
  if (head.id !== node.id || depth > 0) {
    return false;
  }
  const bindings = analysis.scopeOf(node)?.lookup(node.text) ?? [];
  return (
    bindings.length > 0 &&
    bindings.every(binding => {
      const parent = binding.node.parent;
      const value = parent?.type === 'assignment' && parent.childForFieldName('left')?.id === binding.node.id ? parent.childForFieldName('right') : unpackedValue(binding.node);
      return !!value && isSequenceData(analysis, value, depth + 1);
    })
  );
}

/** The class of this file `receiver` is certainly an instance of: `self` in its methods, or a name every binding of which is `C(...)`. */
function fileClassOf(analysis: FileAnalysis, receiver: Node): Node | undefined {
  if (receiver.type !== 'identifier') {
    return undefined;
  }
  const classes = (analysis.scopeOf(receiver)?.lookup(receiver.text) ?? []).map(binding => {
    const parent = binding.node.parent;
    if (parent?.type === 'parameters') {
      const method = parent.parent;
      const owner = method?.parent?.type === 'decorated_definition' ? method.parent.parent : method?.parent;
      const first = parent.namedChildren.find(child => child && child.type !== 'comment');
      return first?.id === binding.node.id && method?.type === 'function_definition' && owner?.parent?.type === 'class_definition'
        ? owner.parent
        : undefined;
    }
    // `model = CharLSTM(...)`, or a parameter annotated `model: CharLSTM`.
    const value = parent?.type === 'assignment' && parent.childForFieldName('left')?.id === binding.node.id ? parent.childForFieldName('right') : null;
    const annotation = parent?.type === 'typed_parameter' || parent?.type === 'typed_default_parameter' ? parent.childForFieldName('type')?.namedChildren[0] : null;
    const fn = value?.type === 'call' ? value.childForFieldName('function') : annotation;
    const definitions = fn?.type === 'identifier' ? analysis.scopeOf(fn)?.lookup(fn.text) ?? [] : [];
    return definitions.length === 1 && definitions[0].node.parent?.type === 'class_definition' ? definitions[0].node.parent : undefined;
  });
  return classes.length > 0 && classes.every(cls => cls && cls.id === classes[0]!.id) ? classes[0] : undefined;
}

/**
 * Whether `receiver.method(...)` calls a method the file's own class defines
 * (`model.step(token, hidden)` on a network with its own `step`, not an
 * optimizer's). A class with bases may override a torch method of the same
 * name (`train`, `parameters`), so `overridable` names stay torch's there.
 */
export function callsOwnMethod(analysis: FileAnalysis, receiver: Node, method: string, overridable: (method: string) => boolean): boolean {
  const cls = fileClassOf(analysis, receiver);
  const body = cls?.childForFieldName('body');
  if (!cls || !body) {
    return false;
  }
  const defines = body.namedChildren.some(child => {
    const definition = child?.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
    return definition?.type === 'function_definition' && definition.childForFieldName('name')?.text === method;
  });
  const hasBases = (cls.childForFieldName('superclasses')?.namedChildren ?? []).some(base => base && base.type !== 'comment' && base.text !== 'object');
  return defines && !(hasBases && overridable(method));
}

const LITERAL_KINDS: Record<string, 'int' | 'float' | 'bool'> = { integer: 'int', float: 'float', true: 'bool', false: 'bool' };

/** The literal kind of a name every binding of which assigns a number or bool literal (`PAD, BOS = 0, 1`; `EPS = -1e-9`), one name deep. */
export function constantKind(analysis: FileAnalysis, identifier: Node): 'int' | 'float' | 'bool' | undefined {
  if (identifier.type !== 'identifier') {
    return undefined;
  }
  const kinds = (analysis.scopeOf(identifier)?.lookup(identifier.text) ?? []).map(binding => {
    const parent = binding.node.parent;
    let value = parent?.type === 'assignment' && parent.childForFieldName('left')?.id === binding.node.id ? parent.childForFieldName('right') : unpackedValue(binding.node);
    if (value?.type === 'unary_operator' && value.text.startsWith('-')) {
      value = value.childForFieldName('argument');
    }
    return value ? LITERAL_KINDS[value.type] : undefined;
  });
  return kinds.length > 0 && kinds.every(kind => kind !== undefined && kind === kinds[0]) ? kinds[0] : undefined;
}
