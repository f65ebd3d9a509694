/**
 * `m.weight`, `m.bias`, `m.running_mean`, `m.running_var` where a branch has
 * just checked what layer `m` is (`if isinstance(m, nn.BatchNorm2d):`, or the
 * class name as DCGAN's init does: ../rewriters/normParameter.ts) get the
 * names MindSpore's class gives them (classic norm layers: gamma, beta,
 * moving_mean, moving_variance; Embedding: embedding_table; read from the
 * class's constructor by ../rewriters/renamedParameters.ts, which renames the
 * reads of an instance a constructor is assigned to). Every access, not only
 * initializer calls: `m.weight.data.fill_(1)`, `m.running_mean.zero_()`.
 * Runs before the call conversions, so that a call built around the access
 * carries the new name. Where the classes a branch allows disagree on a name,
 * the access is left and reported. An instance a torch constructor is
 * assigned to is renamedParameters' business.
 */
import type { SyntaxNode as Node } from '../../parse/syntax';
import { targetOf } from '../../mapping/emitted';
import { ConversionContext, insideError, position } from '../context';
import { allowedClasses, narrowing } from '../rewriters/normParameter';
import { renamedAttributes } from '../rewriters/renamedParameters';

const TORCH_NAMES = new Set(['weight', 'bias', 'running_mean', 'running_var']);

/** Whether some binding of the name assigns it a torch class's instance (renamedParameters renames its reads). */
function builtByConstructor(context: ConversionContext, name: Node): boolean {
  return (context.analysis.scopeOf(name)?.lookup(name.text) ?? []).some(binding => {
    const assignment = binding.node.parent;
    const right = assignment?.type === 'assignment' ? assignment.childForFieldName('right') : null;
    const fn = right?.type === 'call' ? right.childForFieldName('function') : null;
    return !!fn && !!context.analysis.qualifiedName(fn)?.startsWith('torch.');
  });
}

/** MindSpore's name for `attribute` on every class allowed, or the names that disagree. */
function renameFor(context: ConversionContext, classes: Array<string | undefined>, attribute: string): { to: string; classes: string[] } | { conflict: string[] } | undefined {
  const apis = classes.map(name => {
    const entry = name ? context.table.get(name) : undefined;
    return entry ? targetOf(entry, context.target)?.api : undefined;
  });
  if (apis.length === 0 || apis.some(api => !api)) {
    return undefined;
  }
  const names = apis.map(api => renamedAttributes(context, api!)[attribute] ?? attribute);
  if (names.every(name => name === attribute)) {
    return undefined;
  }
  return new Set(names).size === 1 ? { to: names[0], classes: classes as string[] } : { conflict: [...new Set(names)] };
}

export function renameNarrowedAttributes(context: ConversionContext): void {
  // `m.weight` is the first attribute of the chain the analysis recorded with the load of `m`.
  for (const { node: object, chain } of context.analysis.scopes.loads) {
    const node = chain[0];
    const name = node?.childForFieldName('attribute');
    if (!node || !name || !TORCH_NAMES.has(name.text) || insideError(context, node)) {
      continue;
    }
    const narrowed = narrowing(node, object.text, context);
    const rename = narrowed && !builtByConstructor(context, object) ? renameFor(context, allowedClasses(narrowed, context), name.text) : undefined;
    if (!rename) {
      continue;
    }
    const at = position(context, node);
    if ('conflict' in rename) {
      context.entries.push({
        kind: 'unconvert',
        ...at,
        original: node.text,
        note: `${object.text} may be several classes here, whose ${name.text} MindSpore names ${rename.conflict.join(' or ')}: test them apart.`
      });
    } else if (context.edits.addGroup([{ start: name.startIndex, end: name.endIndex, text: rename.to }])) {
      const classes = [...new Set(rename.classes.map(api => api.slice(api.lastIndexOf('.') + 1)))];
      context.entries.push({
        kind: 'convert',
        ...at,
        original: node.text,
        converted: `${object.text}.${rename.to}`,
        api: `${rename.classes[0]}.${name.text}`,
        matchedBy: 'qualified-name',
        note: `MindSpore's ${classes.length > 3 ? `${classes.slice(0, 3).join('/')}/...` : classes.join('/')} names it ${rename.to}.`
      });
    }
  }
}
