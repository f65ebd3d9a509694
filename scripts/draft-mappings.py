#!/usr/bin/python3
"""Draft mapping entries for the torch APIs that have none yet, for review.

Reads the official PyTorch->MindSpore tables (../shared/msapi: r2.4.10 for
the classic target, docs master for mint), the corpus API list, the
installed torch's own signatures (`args`) and the committed MindSpore
catalog, and writes, for every torch API without an entry in mappings/:

- DRAFT_DIR/<namespace>.json: draft entries in the mapping schema;
- DRAFT_DIR/review.md: what each draft decided and what a reviewer must check
  (renames paired by position, defaults that differ, MindSpore parameters
  left unfilled, the row's note and its difference page).

Nothing here is committed as is: every draft is reviewed against the row's
note, the difference page and both signatures before it goes into
mappings/. Committed entries are never overwritten.

Usage: /usr/bin/python3 scripts/draft-mappings.py [--shared DIR] [--out DRAFT_DIR]
"""
import argparse
import ast
import glob
import inspect
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SECTIONS = ['torch', 'torch.Tensor', 'torch.nn', 'torch.nn.functional', 'torch.optim', 'torch.nn.init',
            'torch.linalg', 'torch.special']

# Rows whose torch name is misspelt in the official table -> the real API.
TABLE_TYPOS = {
    'torch.nn.CeLU': 'torch.nn.CELU',
    'torch.nn.LogSoftMax': 'torch.nn.LogSoftmax',
    'torch.nn.SeLU': 'torch.nn.SELU',
    'torch.optim.AdaMax': 'torch.optim.Adamax',
    'torch.optim.RMSProp': 'torch.optim.RMSprop',
    'torch.Tensor.log_normal': 'torch.Tensor.log_normal_',
}

# torch-only parameters and why a call passing them loses nothing / cannot be
# converted (the wording of the entries written by hand in mappings/).
DROPPED = {
    'device': 'MindSpore places tensors on the device set by mindspore.set_context(device_target=...)',
    'layout': 'MindSpore tensors have one layout',
    'pin_memory': 'not needed in MindSpore',
    'memory_format': 'MindSpore tensors have one memory format',
    'inplace': 'MindSpore has no in-place variant; the result is returned as usual',
}
UNSUPPORTED = {
    'out': 'MindSpore functions return new tensors; assign the result',
    'generator': 'MindSpore seeds random ops with seed= or mindspore.set_seed',
    'requires_grad': 'MindSpore computes gradients of Parameters through mindspore.grad/value_and_grad',
}

# torch name -> MindSpore names that commonly mean the same thing.
SYNONYMS = {
    'input': ['x', 'input_x', 'a', 'x1', 'logits', 'inputs', 'tensor'],
    'other': ['y', 'x2', 'input_y', 'other_', 'target'],
    'dim': ['axis'],
    'keepdim': ['keep_dims', 'keepdims'],
    'groups': ['group'],
    'bias': ['has_bias'],
    'eps': ['epsilon'],
    'lr': ['learning_rate'],
    'tensors': ['inputs', 'input_x', 'x'],
    'size': ['shape'],
    'dtype': ['dtype'],
    'in_features': ['in_channels'],
    'out_features': ['out_channels'],
    'target': ['labels', 'label', 'y'],
    'mat2': ['mat2', 'x2'],
}


def shared_dir(cli):
    return cli or os.path.join(os.environ.get('MINDCONVERTER_SHARED') or os.path.join(ROOT, '..', 'shared'))


# ---------------------------------------------------------------- torch side

def resolve_torch(qualname):
    import importlib
    parts = qualname.split('.')
    for i in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module('.'.join(parts[:i]))
        except ImportError:
            continue
        for part in parts[i:]:
            obj = getattr(obj, part)
        return obj
    raise ImportError(qualname)


def default_text(value):
    return str(value) if type(value).__name__ == 'dtype' else repr(value)


def inspected_args(obj, is_class):
    import inspect as _inspect
    target = obj.__init__ if is_class else obj
    params = list(_inspect.signature(target).parameters.values())
    if is_class or (params and params[0].name == 'self'):
        params = params[1:]
    out, star = [], False
    for p in params:
        if p.kind == p.VAR_POSITIONAL:
            out.append('*' + p.name)
            star = True
        elif p.kind == p.VAR_KEYWORD:
            out.append('**' + p.name)
        else:
            if p.kind == p.KEYWORD_ONLY and not star:
                out.append('*')
                star = True
            out.append(p.name if p.default is p.empty else f'{p.name}={default_text(p.default)}')
    return out


DOC_SIGNATURE = re.compile(r'^\s*(?:\.\. function:: )?(?:[\w.]+\.)?(\w+)\((.*?)\)\s*(?:->.*)?$')


def split_params(text):
    out, depth, current = [], 0, ''
    for ch in text:
        depth += ch in '([{'
        depth -= ch in ')]}'
        if ch == ',' and depth == 0:
            out.append(current.strip())
            current = ''
        else:
            current += ch
    if current.strip():
        out.append(current.strip())
    return [re.sub(r'\s*=\s*', '=', p.replace('\\*', '*'), count=1) for p in out]


def torch_overloads(qualname):
    """Every documented signature of a torch API (args strings), or []."""
    try:
        obj = resolve_torch(qualname)
    except (ImportError, AttributeError):
        return []
    if isinstance(obj, property) or type(obj).__name__ in ('getset_descriptor', 'member_descriptor'):
        return []
    try:
        return [inspected_args(obj, inspect.isclass(obj))]
    except (ValueError, TypeError):
        pass
    name = qualname.rsplit('.', 1)[1]
    found = []
    for line in (obj.__doc__ or '').split('\n'):
        match = DOC_SIGNATURE.match(line)
        if match and match.group(1) == name:
            found.append(split_params(match.group(2)))
    if qualname.count('.') == 1:  # torch.X builtins: documented names checked against aten's
        found = [with_aten_names(o, name, receiver=bool(o) and o[0] in ('input', 'self')) for o in found]
    return found


SCHEMA_ARG = re.compile(r'^(?:[\w\[\]\(\)!?*.,\s>-]*?\s)?(\w+)(?:=.*)?$')


def aten_names(op):
    """The argument names of aten::op's schemas (out= overloads left out), each
    without `self`: the names torch's Python bindings accept as keywords."""
    import torch
    result = []
    for schema in torch._C._jit_get_schemas_for_operator('aten::' + op):
        if schema.overload_name.endswith('out') or not schema.arguments or schema.arguments[0].name != 'self':
            continue
        result.append([a.name for a in schema.arguments[1:] if a.name != 'out'])
    return result


def with_aten_names(args, op, receiver):
    """Documented parameter names corrected to the schema's (docs say
    `div(value)`, the binding takes `other`). `receiver`: the documented list
    starts with the tensor itself (functions: `input`). Only positional
    parameters are renamed, and only where neither name appears elsewhere
    in the other list (a reordered schema is not a rename)."""
    if not args:
        return args
    positional = []
    for a in args:
        if a in ('*', '/') or a.startswith('*'):
            break
        positional.append(a.split('=')[0])
    own = positional[1:] if receiver else positional
    total = len([a for a in args if a not in ('*', '/') and not a.startswith('out=')]) - (1 if receiver else 0)
    candidates = [n for n in aten_names(op) if len(n) == total]
    if not candidates or not own:
        return args
    best = max(candidates, key=lambda n: sum(a == b for a, b in zip(n, own)))
    renames = {a: b for a, b in zip(own, best) if a != b and a not in best and b not in own}
    if not renames:
        return args
    out = []
    for a in args:
        name, eq, default = a.partition('=')
        out.append(renames.get(name, name) + (eq + default if eq else ''))
    return out


def method_overloads(qualname):
    """A tensor method's signatures. Its docstring often shows only
    `bitwise_and() -> Tensor` and refers to torch.bitwise_and: then the
    function's parameters after `input` (without `out`) are the method's."""
    own = torch_overloads(qualname)
    name = qualname.rsplit('.', 1)[1]
    try:
        doc = resolve_torch(qualname).__doc__ or ''
    except (ImportError, AttributeError):
        doc = ''
    chosen = own
    if f'torch.{name}`' in doc or f'torch.{name.rstrip("_")}`' in doc:
        function, _ = merge_overloads(torch_overloads('torch.' + name.rstrip('_')))
        if function and function[0] in ('input', 'self'):
            derived = [a for a in function[1:] if not a.startswith('out=')]
            if derived and derived[-1] == '*':
                derived.pop()
            if len(derived) > max((len(o) for o in own), default=-1):
                chosen = [derived]
    return [with_aten_names(o, name, receiver=False) for o in chosen]


def torch_kind(qualname):
    if qualname.startswith('torch.Tensor.'):
        try:
            obj = resolve_torch(qualname)
        except (ImportError, AttributeError):
            return 'method'
        return 'attribute' if not callable(obj) else 'method'
    try:
        obj = resolve_torch(qualname)
    except (ImportError, AttributeError):
        return 'function'
    return 'class' if inspect.isclass(obj) else ('function' if callable(obj) else 'attribute')


# ---------------------------------------------------------------- MindSpore side

def load_catalog(version='2.6.0'):
    with open(os.path.join(ROOT, 'mappings', 'catalog', f'mindspore-{version}.json'), encoding='utf-8') as f:
        catalog = json.load(f)
    entries = catalog['entries']

    def entry(name):
        value = entries.get(name)
        return entries.get(value) if isinstance(value, str) else value
    return entry


def parse(strings):
    """[(name, kind, default)] with kind in pos/kw/varpos/varkw."""
    out, kw = [], False
    for s in strings or []:
        if s == '/':
            continue
        if s == '*':
            kw = True
            continue
        if s.startswith('**'):
            out.append((s[2:], 'varkw', None))
            continue
        if s.startswith('*'):
            out.append((s[1:], 'varpos', None))
            kw = True
            continue
        name, _, default = s.partition('=')
        out.append((name, 'kw' if kw else 'pos', default if '=' in s else None))
    return out


def literal(text):
    """A torch default's text as a JSON literal for `defaults`, or None if it is not one."""
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return None
    if isinstance(value, tuple):
        value = list(value)
    if isinstance(value, float) and value == int(value):
        return {'float': value}
    return value


def same_default(a, b):
    try:
        return ast.literal_eval(a) == ast.literal_eval(b)
    except (ValueError, SyntaxError):
        return a == b


# ---------------------------------------------------------------- drafting

def draft_target(torch_args, ms_params, receiver_first):
    """Pairs torch parameters with MindSpore ones; returns (target fields, review notes).
    `receiver_first`: a tensor method becoming a function, whose first
    parameter receives the tensor."""
    target, notes = {}, []
    torch_params = parse(torch_args)
    ms = parse(ms_params)
    if receiver_first and ms:
        ms = ms[1:]
    ms_names = [p[0] for p in ms]
    claimed = set()
    pairing = {}
    for name, kind, _ in torch_params:
        if name in DROPPED or name in UNSUPPORTED or kind in ('varkw',):
            continue
        if name in ms_names:
            pairing[name] = name
            claimed.add(name)
    for name, kind, _ in torch_params:
        if name in pairing or name in DROPPED or name in UNSUPPORTED:
            continue
        for synonym in SYNONYMS.get(name, []):
            if synonym in ms_names and synonym not in claimed:
                pairing[name] = synonym
                claimed.add(synonym)
                notes.append(f'rename {name}->{synonym} (synonym)')
                break
    # Remaining positional torch parameters pair by position with unclaimed positional ones.
    free = [p for p in ms if p[0] not in claimed and p[1] in ('pos', 'varpos')]
    for name, kind, _ in torch_params:
        if name in pairing or name in DROPPED or name in UNSUPPORTED or kind not in ('pos', 'varpos') or not free:
            continue
        other = free.pop(0)
        pairing[name] = other[0]
        claimed.add(other[0])
        notes.append(f'rename {name}->{other[0]} (BY POSITION: check)')
    rename = {t: m for t, m in pairing.items() if t != m}
    if rename:
        target['rename'] = rename
    drop = {n: DROPPED[n] for n, _, _ in torch_params if n in DROPPED and n not in pairing}
    if drop:
        target['drop'] = drop
    unsupported = {}
    ms_by_name = {p[0]: p for p in ms}
    defaults = {}
    for name, kind, default in torch_params:
        if name in pairing:
            other = ms_by_name[pairing[name]]
            if other[1] == 'varpos' and kind != 'varpos':
                notes.append(f'{name} -> *{other[0]}: check varargs')
            if kind == 'varpos' and other[1] != 'varpos':
                notes.append(f'*{name} -> {other[0]}: needs varargsToTuple?')
            if default is not None and (other[2] is None or not same_default(default, other[2])):
                value = literal(default)
                if value is None and default != 'None':
                    notes.append(f'default {name}={default} vs MS {other[2]}: not a literal')
                else:
                    defaults[name] = value
                    notes.append(f'default {name}={default} vs MS {other[0]}={other[2]}')
            if default is None and other[2] is not None and kind == 'pos':
                pass
        elif name in UNSUPPORTED:
            unsupported[name] = UNSUPPORTED[name]
        elif name not in DROPPED and kind not in ('varkw',):
            unsupported[name] = f'MindSpore has no counterpart of {name}'
            notes.append(f'torch {name} has no MS counterpart (UNSUPPORTED ARG: check)')
    if unsupported:
        target['unsupportedArgs'] = unsupported
    if defaults:
        target['defaults'] = defaults
    for name, kind, default in ms:
        if name not in claimed and default is None and kind in ('pos', 'kw'):
            notes.append(f'MS requires {name}: NOT FILLED')
    return target, notes


def merge_overloads(overloads):
    """One args list for several documented torch signatures: the longest,
    when every other is a prefix of it (all(input) + all(input, dim,
    keepdim=False) -> all(input, dim=None, keepdim=False)); else the first,
    flagged."""
    if len(overloads) <= 1:
        return (overloads or [None])[0], []
    longest = max(overloads, key=len)
    names = lambda args: [a.split('=')[0].lstrip('*') for a in args if a not in ('*', '/')]
    shortest = min(overloads, key=len)
    if all(names(o) == names(longest)[:len(names(o))] for o in overloads):
        required = len([a for a in shortest if '=' not in a and not a.startswith('*')])
        merged, seen = [], 0
        for arg in longest:
            if arg in ('*', '/') or arg.startswith('*'):
                merged.append(arg)
                continue
            seen += 1
            merged.append(arg if '=' in arg or seen <= required else arg + '=None')
        return merged, [f'torch overloads merged: {[" ,".join(o) for o in overloads]}']
    return overloads[0], [f'TORCH OVERLOADS DIFFER: {["(" + ", ".join(o) + ")" for o in overloads]}']


def best_params(ms_entry, torch_args, receiver_first):
    """The MindSpore signature (of several overloads) sharing most names with torch's."""
    options = ms_entry.get('overloads') or [ms_entry.get('params') or []]
    torch_names = {a.split('=')[0].lstrip('*') for a in torch_args or []}
    def score(params):
        names = [a.split('=')[0].lstrip('*') for a in params if a not in ('*', '/')]
        if receiver_first:
            names = names[1:]
        return len(torch_names & set(names)) - 0.01 * len(names)
    return max(options, key=score)


# torch Tensor methods whose MindSpore 2.6.0 Tensor has only the alias of (same torch semantics).
TENSOR_ALIASES = {
    'absolute': 'abs', 'arccos': 'acos', 'arccosh': 'acosh', 'arcsin': 'asin', 'arcsinh': 'asinh',
    'arctan': 'atan', 'arctanh': 'atanh', 'arctan2': 'atan2', 'clip': 'clamp', 'divide': 'div',
    'ge': 'greater_equal', 'gt': 'greater', 'le': 'less_equal', 'lt': 'less', 'ne': 'not_equal',
    'negative': 'neg',
}


def load_rows(path):
    with open(path, encoding='utf-8') as f:
        rows = json.load(f)['rows']
    by_api = {}
    for row in rows:
        if row['section'] in SECTIONS or row['torch'].startswith('torch.utils.data'):
            by_api.setdefault(TABLE_TYPOS.get(row['torch'], row['torch']), []).append(row)
    return by_api


def namespace_of(api):
    for prefix in ('torch.nn.functional', 'torch.nn.init', 'torch.Tensor', 'torch.optim', 'torch.linalg',
                   'torch.special', 'torch.utils.data', 'torch.nn'):
        if api.startswith(prefix + '.'):
            return prefix
    return 'torch'


def committed_entries():
    names = set()
    for path in glob.glob(os.path.join(ROOT, 'mappings', 'torch*.json')):
        with open(path, encoding='utf-8') as f:
            names.update(json.load(f)['entries'])
    return names


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--shared')
    parser.add_argument('--out', default='/tmp/mapping-drafts')
    args = parser.parse_args()
    shared = shared_dir(args.shared)
    classic_rows = load_rows(os.path.join(shared, 'msapi', 'pytorch_api_mapping_r2.4.10.json'))
    mint_rows = load_rows(os.path.join(shared, 'msapi', 'pytorch_api_mapping.json'))
    with open(os.path.join(shared, 'corpus', 'api_frequency.json'), encoding='utf-8') as f:
        corpus = [r['api'] for r in json.load(f) if r['api'].startswith('torch.')]
    catalog = load_catalog()
    done = committed_entries()
    wanted = sorted(set(classic_rows) | set(corpus))
    drafts, review = {}, []
    for api in wanted:
        if api in done:
            continue
        kind = torch_kind(api)
        overloads = method_overloads(api) if api.startswith('torch.Tensor.') else torch_overloads(api)
        merged, notes = merge_overloads(overloads)
        entry = {'kind': kind, 'status': 'converted'}
        if merged is not None:
            entry['args'] = merged
        rows = classic_rows.get(api, [])
        for row in rows:
            notes.append(f"classic row: {row['mindspore']} | {row['note'][:160]}"
                         + (f" | {os.path.basename(row['diff_page'])}" if row.get('diff_page') else ''))
        targets = [r['mindspore'] for r in rows if r['mindspore'].startswith('mindspore.')]
        for t in list(targets):
            alias = TENSOR_ALIASES.get(t.rsplit('.', 1)[1]) if t.startswith('mindspore.Tensor.') else None
            if alias and not catalog(t):
                targets.append('mindspore.Tensor.' + alias)
                notes.append(f'{t} missing in 2.6.0: alias Tensor.{alias}')
        target = next((t for t in targets if catalog(t)), None)
        if target is None:
            entry['status'] = 'unsupported'
            entry['reason'] = 'REVIEW: no MindSpore target in the r2.4.10 table' if not targets else \
                f'REVIEW: {targets[0]} does not exist in MindSpore 2.6.0'
            notes.append('NO TARGET')
        else:
            as_function = kind == 'method' and not target.startswith('mindspore.Tensor.')
            params = best_params(catalog(target), entry.get('args'), as_function)
            fields, target_notes = draft_target(entry.get('args', []), params, as_function)
            entry['classic'] = {'api': target, **fields}
            notes += target_notes
            if as_function:
                entry['classic']['style'] = 'function'
        for row in mint_rows.get(api, []):
            mint = row['mindspore']
            alias = TENSOR_ALIASES.get(mint.rsplit('.', 1)[1]) if mint.startswith('mindspore.Tensor.') else None
            if alias and not catalog(mint):
                mint = 'mindspore.Tensor.' + alias
            if catalog(mint):
                as_function = kind == 'method' and not mint.startswith('mindspore.Tensor.')
                params = best_params(catalog(mint), entry.get('args'), as_function)
                fields, mint_notes = draft_target(entry.get('args', []), params, as_function)
                entry['mint'] = {'api': mint, **fields}
                if as_function:
                    entry['mint']['style'] = 'function'
                notes += ['mint: ' + n for n in mint_notes]
                notes.append(f"mint row: {mint} | {row['note'][:120]}")
            else:
                notes.append(f'mint row target {mint} missing in catalog')
        drafts.setdefault(namespace_of(api), {})[api] = entry
        review.append((api, notes))
    os.makedirs(args.out, exist_ok=True)
    for namespace, entries in drafts.items():
        with open(os.path.join(args.out, f'{namespace}.json'), 'w', encoding='utf-8') as f:
            json.dump({'namespace': namespace, 'entries': entries}, f, indent=2)
            f.write('\n')
    with open(os.path.join(args.out, 'review.md'), 'w', encoding='utf-8') as f:
        for api, notes in review:
            f.write(f'## {api}\n' + ''.join(f'- {n}\n' for n in notes) + '\n')
    print(f'{sum(len(e) for e in drafts.values())} drafts in {args.out}', file=sys.stderr)


if __name__ == '__main__':
    main()
