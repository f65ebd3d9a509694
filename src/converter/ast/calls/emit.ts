/**
 * Edits that turn a call's argument list into the planned one while keeping
 * every untouched argument (and the line breaks and comments between them)
 * byte for byte: renamed keywords change only their name, transformed values
 * only their value, dropped arguments disappear with their comma, new
 * arguments are appended at the end.
 */
import type { SyntaxNode as Node } from '../../parse/syntax';
import type { TextEdit } from '../../edits';
import { CallArgument } from './arguments';
import { OutputArg } from './plan';

function render(output: OutputArg): string {
  return output.positional || output.name === undefined ? output.text : `${output.name}=${output.text}`;
}

export function argumentEdits(list: Node, args: readonly CallArgument[], outputs: readonly OutputArg[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const bySource = new Map<CallArgument, OutputArg[]>();
  const front: OutputArg[] = [];
  const appended: OutputArg[] = [];
  for (const output of outputs) {
    if (!output.source) {
      // A positional output made of several arguments (sizes packed into one tuple) goes first, new keywords last.
      (output.positional ? front : appended).push(output);
      continue;
    }
    // A keyword argument that must become positional moves to the front.
    if (output.positional && output.source.kind === 'keyword') {
      front.push(output);
      continue;
    }
    const group = bySource.get(output.source);
    if (group) {
      group.push(output);
    } else {
      bySource.set(output.source, [output]);
    }
  }
  const kept = args.filter(arg => bySource.has(arg));
  for (const arg of kept) {
    const group = bySource.get(arg)!;
    const only = group.length === 1 ? group[0] : undefined;
    if (only && only.unchanged && only.positional === (arg.kind !== 'keyword')) {
      if (arg.kind === 'keyword' && only.name !== arg.name) {
        edits.push({ start: arg.nameNode!.startIndex, end: arg.nameNode!.endIndex, text: only.name! });
      }
      continue;
    }
    if (only && arg.kind === 'keyword' && !only.positional && only.name === arg.name) {
      edits.push({ start: arg.value.startIndex, end: arg.value.endIndex, text: only.text });
      continue;
    }
    const target = arg.kind === 'keyword' ? arg.node : arg.value;
    edits.push({ start: target.startIndex, end: target.endIndex, text: group.map(render).join(', ') });
  }
  edits.push(...removalEdits(list, args, new Set(kept)));
  const frontText = front.map(render).join(', ');
  const endText = appended.map(render).join(', ');
  if (kept.length === 0) {
    const text = [frontText, endText].filter(Boolean).join(', ');
    if (text) {
      edits.push({ start: list.startIndex + 1, end: list.startIndex + 1, text });
    }
  } else {
    if (frontText) {
      edits.push({ start: kept[0].node.startIndex, end: kept[0].node.startIndex, text: `${frontText}, ` });
    }
    if (endText) {
      const last = kept[kept.length - 1].node;
      edits.push({ start: last.endIndex, end: last.endIndex, text: `, ${endText}` });
    }
  }
  return edits;
}

/** Deletes removed arguments with the separator that belongs to them. */
function removalEdits(list: Node, args: readonly CallArgument[], kept: ReadonlySet<CallArgument>): TextEdit[] {
  const edits: TextEdit[] = [];
  const lastKept = [...args].reverse().find(arg => kept.has(arg));
  const lastKeptIndex = lastKept ? args.indexOf(lastKept) : -1;
  for (let i = 0; i < args.length; i += 1) {
    if (kept.has(args[i])) {
      continue;
    }
    if (i > lastKeptIndex) {
      // The removed tail: from the end of the last kept argument (or the opening parenthesis) to the last argument.
      const start = lastKept ? lastKept.node.endIndex : list.startIndex + 1;
      const endNode = args[args.length - 1].node;
      let end = endNode.endIndex;
      if (!lastKept) {
        end = list.endIndex - 1;
      }
      edits.push({ start, end, text: '' });
      break;
    }
    edits.push({ start: args[i].node.startIndex, end: args[i + 1].node.startIndex, text: '' });
  }
  return edits;
}
