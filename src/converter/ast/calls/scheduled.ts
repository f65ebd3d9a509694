/**
 * Optimizers driven by a learning-rate scheduler. MindSpore's schedulers
 * (mindspore.experimental.optim.lr_scheduler) take only
 * mindspore.experimental.optim optimizers, so an optimizer that a torch
 * lr_scheduler of the file is built on converts to its `scheduled` target.
 */
import type { SyntaxNode as Node } from '../../parse/syntax';
import type { ConversionContext } from '../context';
import { argumentFor, readArguments } from './arguments';

const SCHEDULED = new WeakMap<ConversionContext, Set<string>>();

/** The optimizers, as written, that the file's torch lr_scheduler constructors are given (`StepLR(optimizer, ...)`). */
function scheduledOptimizers(context: ConversionContext): Set<string> {
  let found = SCHEDULED.get(context);
  if (!found) {
    found = new Set();
    for (const { call, callee } of context.analysis.scopes.calls) {
      if (!callee || !context.analysis.qualifiedName(callee)?.startsWith('torch.optim.lr_scheduler.')) {
        continue;
      }
      const args = readArguments(call)?.args ?? [];
      const optimizer = argumentFor(args, 0, 'optimizer');
      if (optimizer) {
        found.add(optimizer.value.text);
      }
    }
    SCHEDULED.set(context, found);
  }
  return found;
}

/** Whether `call` builds an optimizer assigned to a name a torch lr_scheduler of the file is given. */
export function drivenByScheduler(call: Node, context: ConversionContext): boolean {
  const assignment = call.parent;
  const target = assignment?.type === 'assignment' && assignment.childForFieldName('right')?.id === call.id ? assignment.childForFieldName('left') : null;
  return !!target && scheduledOptimizers(context).has(target.text);
}
