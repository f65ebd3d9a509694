/**
 * Checks Python source against the MindSpore catalog: every `mindspore.*`
 * name it references (through its own imports) must exist, and every call
 * of a catalogued API must bind to its real signature. The converter runs it
 * on its own output; each problem becomes a `warning` report entry.
 */
import type { Tree } from 'web-tree-sitter';
import type { SyntaxNode as Node } from '../parse/syntax';
import { Catalog, CatalogEntry, loadCatalog } from '../catalog/catalog';
import { DEFAULT_MINDSPORE_VERSION, MindsporeVersion } from '../catalog/files';
import { BindProblems, bindOverloads, CallShape, formatSignature, Signature } from '../catalog/signature';
import { PythonParser } from '../parse/python';
import { ReportEntry } from '../report';
import { collectImports, ImportBindings } from './imports';

export type IssueCode =
  | 'unknown-api'
  | 'unknown-keyword'
  | 'duplicate-keyword'
  | 'missing-argument'
  | 'too-many-positional';

export interface ValidationIssue {
  code: IssueCode;
  /** 1-based line and 0-based column of the reference, call or keyword. */
  line: number;
  column: number;
  /** The same place as a string offset into the validated source. */
  offset: number;
  /** The source text at fault: the reference (`nn.Conv2dd`) or the callee (`nn.Conv2d`). */
  original: string;
  /** The qualified MindSpore name concerned. */
  api: string;
  /** One sentence for the report. */
  message: string;
}

const ROOT = 'mindspore';

function position(node: Node): { line: number; column: number; offset: number } {
  return { line: node.startPosition.row + 1, column: node.startPosition.column, offset: node.startIndex };
}

/** `a.b.c` of an attribute chain made only of names, else undefined. */
function chainText(node: Node): string[] | undefined {
  if (node.type === 'identifier') {
    return [node.text];
  }
  if (node.type !== 'attribute') {
    return undefined;
  }
  const object = node.childForFieldName('object');
  const attribute = node.childForFieldName('attribute');
  const head = object && chainText(object);
  return head && attribute ? [...head, attribute.text] : undefined;
}

class Validator {
  readonly issues: ValidationIssue[] = [];
  private readonly imports: ImportBindings;
  /** Local names bound to something that does not exist: reported once, at the import. */
  private readonly brokenNames = new Set<string>();

  constructor(
    private readonly catalog: Catalog,
    root: Node,
    source: string
  ) {
    this.imports = collectImports(root, source);
  }

  private isOurs(qualified: string): boolean {
    return qualified === ROOT || qualified.startsWith(ROOT + '.');
  }

  private report(code: IssueCode, node: Node, original: string, api: string, message: string): void {
    this.issues.push({ code, ...position(node), original, api, message });
  }

  private unknown(node: Node, original: string, missing: string, namespace: string): void {
    this.report(
      'unknown-api',
      node,
      original,
      missing,
      `${missing} does not exist in MindSpore ${this.catalog.version} (not in ${namespace}).`
    );
  }

  checkImports(): void {
    const reportedModules = new Set<string>();
    for (const imported of this.imports.imported) {
      if (!this.isOurs(imported.qualified)) {
        continue;
      }
      // `from m import n`: a missing module is reported once, not once per name.
      const target = imported.fromModule && this.catalog.resolve(imported.fromModule).status === 'unknown'
        ? imported.fromModule
        : imported.qualified;
      const resolution = this.catalog.resolve(target);
      if (resolution.status !== 'unknown') {
        continue;
      }
      if (imported.local && this.imports.names.get(imported.local) === imported.qualified) {
        this.brokenNames.add(imported.local);
      }
      if (!reportedModules.has(resolution.missing)) {
        reportedModules.add(resolution.missing);
        this.unknown(imported.node, imported.node.text, resolution.missing, resolution.namespace);
      }
    }
  }

  /**
   * The local names a MindSpore reference can start with; undefined when any
   * name can (after a star import from a MindSpore module).
   */
  chainHeads(): string[] | undefined {
    if (this.imports.starModules.some(module => this.isOurs(module))) {
      return undefined;
    }
    return [...this.imports.names]
      .filter(([local, qualified]) => this.isOurs(qualified) && !this.brokenNames.has(local))
      .map(([local]) => local);
  }

  /** The qualified MindSpore name a reference stands for, or undefined when it is not one (or already reported). */
  private qualify(chain: string[]): string | undefined {
    const [head, ...rest] = chain;
    if (this.brokenNames.has(head)) {
      return undefined;
    }
    let base = this.imports.names.get(head);
    if (base === undefined) {
      base = this.imports.starModules
        .map(module => `${module}.${head}`)
        .find(name => this.isOurs(name) && this.catalog.entry(name)?.listed);
    }
    if (base === undefined || !this.isOurs(base)) {
      return undefined;
    }
    return [base, ...rest].join('.');
  }

  /** Attribute chains: each must exist. */
  checkReference(node: Node): void {
    const chain = chainText(node);
    const qualified = chain && this.qualify(chain);
    if (!qualified) {
      return;
    }
    const resolution = this.catalog.resolve(qualified);
    if (resolution.status === 'unknown') {
      this.unknown(node, node.text, resolution.missing, resolution.namespace);
    }
  }

  checkCall(call: Node): void {
    const callee = call.childForFieldName('function');
    const args = call.childForFieldName('arguments');
    const chain = callee && chainText(callee);
    const qualified = chain && this.qualify(chain);
    if (!callee || !args || !qualified) {
      return;
    }
    const resolution = this.catalog.resolve(qualified);
    if (resolution.status !== 'found') {
      return;
    }
    const signatures = callSignatures(resolution.entry);
    if (!signatures) {
      return;
    }
    const shape = callShape(args);
    const problems = bindOverloads(signatures, shape);
    this.reportProblems(callee, args, qualified, signatures, problems);
  }

  private reportProblems(
    callee: Node,
    args: Node,
    api: string,
    signatures: Signature[],
    problems: BindProblems
  ): void {
    const version = `MindSpore ${this.catalog.version}`;
    const accepted = signatures.map(formatSignature).join(' or ');
    const keywordNode = (name: string) =>
      args.namedChildren.find(
        child => child?.type === 'keyword_argument' && child.childForFieldName('name')?.text === name
      ) ?? callee;
    for (const name of problems.unknownKeywords) {
      this.report('unknown-keyword', keywordNode(name), callee.text, api,
        `${api} does not accept the keyword '${name}' in ${version}: ${accepted}.`);
    }
    for (const name of problems.duplicateKeywords) {
      this.report('duplicate-keyword', keywordNode(name), callee.text, api,
        `${api} got multiple values for argument '${name}' (${version}: ${accepted}).`);
    }
    if (problems.tooManyPositional) {
      const { accepted: most, given } = problems.tooManyPositional;
      this.report('too-many-positional', callee, callee.text, api,
        `${api} takes at most ${most} positional argument${most === 1 ? '' : 's'} but ${given} were given (${version}: ${accepted}).`);
    }
    if (problems.missing.length > 0) {
      const names = problems.missing.map(name => `'${name}'`).join(', ');
      this.report('missing-argument', callee, callee.text, api,
        `${api} is missing the required argument${problems.missing.length === 1 ? '' : 's'} ${names} (${version}: ${accepted}).`);
    }
  }
}

/** The signatures a call of the entry binds to: the function's, or the class's `__init__`. */
function callSignatures(entry: CatalogEntry): Signature[] | undefined {
  switch (entry.kind) {
    case 'function':
    case 'method':
    case 'cell':
    case 'class':
    case 'primitive':
      return entry.signatures;
    default:
      return undefined;
  }
}

function callShape(args: Node): CallShape {
  const shape = { positional: 0, keywords: [] as string[], starArgs: false, starKwargs: false };
  if (args.type === 'generator_expression') {
    shape.positional = 1;
    return shape;
  }
  for (const child of args.namedChildren) {
    switch (child?.type) {
      case undefined:
      case 'comment':
        break;
      case 'keyword_argument':
        shape.keywords.push(child.childForFieldName('name')!.text);
        break;
      case 'list_splat':
        shape.starArgs = true;
        break;
      case 'dictionary_splat':
        shape.starKwargs = true;
        break;
      default:
        shape.positional += 1;
    }
  }
  return shape;
}

/** An attribute node that is the whole chain (not the object of a longer one). */
function isOutermostAttribute(node: Node): boolean {
  const parent = node.parent;
  return !(parent?.type === 'attribute' && parent.childForFieldName('object')?.id === node.id);
}

export interface ValidateOptions {
  /** The catalog to check against; else that of `mindsporeVersion` (default 2.6.0). */
  catalog?: Catalog;
  mindsporeVersion?: MindsporeVersion;
}

interface Checked {
  node: Node;
  kind: 'call' | 'reference';
}

/** Every call and every outermost attribute chain, in tree order (a call before its callee). */
function everyChain(root: Node): Checked[] {
  const found: Checked[] = [];
  for (const node of root.descendantsOfType(['attribute', 'call'])) {
    if (node?.type === 'call') {
      found.push({ node, kind: 'call' });
    } else if (node && isOutermostAttribute(node)) {
      found.push({ node, kind: 'reference' });
    }
  }
  return found;
}

/**
 * The calls and outermost attribute chains that start with one of `heads`:
 * the only ones the checks can report. Found from the occurrences of those
 * names in the text, so the tree is not walked node by node.
 */
function chainsStartingWith(root: Node, source: string, heads: readonly string[]): Checked[] {
  const found: Checked[] = [];
  for (const head of heads) {
    for (let at = source.indexOf(head); at >= 0; at = source.indexOf(head, at + 1)) {
      // Inside a longer name, or an attribute's name (`x.nn`): no chain starts here (asking the tree would say so, slowly).
      if (/[\w.]/.test(source.charAt(at - 1)) || /\w/.test(source.charAt(at + head.length))) {
        continue;
      }
      const identifier = root.namedDescendantForIndex(at, at + head.length);
      if (identifier?.type !== 'identifier' || identifier.startIndex !== at || identifier.endIndex !== at + head.length) {
        continue; // part of a longer name, a string or a comment
      }
      // An attribute's object and a call's function are their first children: the child that starts where they start.
      let top = identifier;
      let parent = top.parent;
      while (parent?.type === 'attribute' && parent.startIndex === top.startIndex) {
        top = parent;
        parent = top.parent;
      }
      if (parent?.type === 'call' && parent.startIndex === top.startIndex) {
        found.push({ node: parent, kind: 'call' });
      }
      if (top.type === 'attribute') {
        found.push({ node: top, kind: 'reference' });
      }
    }
  }
  return found;
}

/** Validates an already parsed tree of `source`. */
export function validateTree(tree: Tree, options: ValidateOptions = {}): ValidationIssue[] {
  const catalog = options.catalog ?? loadCatalog(options.mindsporeVersion ?? DEFAULT_MINDSPORE_VERSION);
  const root = tree.rootNode;
  const source = root.text;
  const validator = new Validator(catalog, root, source);
  validator.checkImports();
  // Error recovery can leave nodes without their text (MISSING): there, every node is looked at.
  const heads = root.hasError ? undefined : validator.chainHeads();
  for (const { node, kind } of heads ? chainsStartingWith(root, source, heads) : everyChain(root)) {
    if (kind === 'call') {
      validator.checkCall(node);
    } else {
      validator.checkReference(node);
    }
  }
  return validator.issues.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Parses and validates Python source. */
export function validateSource(parser: PythonParser, source: string, options: ValidateOptions = {}): ValidationIssue[] {
  const tree = parser.parse(source);
  try {
    return validateTree(tree, options);
  } finally {
    tree.delete();
  }
}

/**
 * The issues as `warning` report entries. `place` maps an issue's offset to
 * the line and column to report (e.g. back into the source a conversion was
 * made from); without it the issue's own position is used.
 */
export function validationEntries(
  issues: readonly ValidationIssue[],
  place?: (offset: number) => { line: number; column: number }
): ReportEntry[] {
  return issues.map(issue => ({
    kind: 'warning',
    ...(place ? place(issue.offset) : { line: issue.line, column: issue.column }),
    original: issue.original,
    api: issue.api,
    note: issue.message
  }));
}
