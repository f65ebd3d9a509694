#!/usr/bin/python3
"""Derive the compact MindSpore API catalogs in mappings/catalog/ from the
extracted signatures in ../shared/msapi (MindSpore 2.6.0 and 2.2.14), plus the few
mindspore.dataset classes of scripts/catalog-dataset.json.

The catalog maps every public qualified name (`mindspore.nn.Conv2d`,
`mindspore.mint.nn.functional.gelu`, `mindspore.Tensor.view`, ...) to its kind
and its parameters as Python parameter strings ("x", "stride=1", "*", "/",
"*args", "**kwargs"). The converter's validator reads it at run time, in node
and in the browser, so it carries only what a call check needs.

Usage: /usr/bin/python3 scripts/build-catalog.py [--shared MSAPI_DIR] [--out DIR]
"""
import argparse
import json
import os
import sys

FORMAT = 'mindconverter-catalog/1'

SOURCES = {
    '2.6.0': 'mindspore_api_signatures.json',
    '2.2.14': 'mindspore_api_signatures_v2.2.14.json',
}

# Kinds of the extraction -> kinds of the catalog.
KIND = {
    'function': 'function',
    'primitive_instance': 'function',
    'cell': 'cell',
    'optimizer': 'cell',
    'class': 'class',
    'primitive_class': 'primitive',
    'alias': 'value',
    'instance': 'value',
    'external': 'value',
    'module': 'module',
}

# nn.LSTM/GRU/RNN are `(*args, **kwargs)` wrappers that call
# `_RNNBase.__init__(mode, *args, **kwargs)` with a mode of their own, and
# nn.RNN pops a `nonlinearity` keyword first (nn/layer/rnns.py, both tags).
RNN_WRAPPERS = {'LSTM': [], 'GRU': [], 'RNN': ["nonlinearity='tanh'"]}

# Classes whose methods are catalogued as `<class>.<method>` entries.
MEMBER_CLASSES = {'Tensor': 'mindspore.Tensor', 'Parameter': 'mindspore.Parameter', 'Cell': 'mindspore.nn.Cell'}
MEMBER_QUALNAMES = {'mindspore.common.tensor.Tensor', 'mindspore.common.parameter.Parameter', 'mindspore.nn.cell.Cell'}


def param_strings(params, kwonly=()):
    """Python parameter strings from extracted parameter records, with the
    `/` and `*` markers where the kinds require them."""
    out = []
    saw_star = False
    positional_only = False
    for param in params:
        kind = param.get('kind') or ('KEYWORD_ONLY' if param['name'] in kwonly else 'POSITIONAL_OR_KEYWORD')
        if positional_only and kind != 'POSITIONAL_ONLY':
            out.append('/')
            positional_only = False
        name = param['name']
        if kind == 'POSITIONAL_ONLY':
            positional_only = True
        elif kind == 'VAR_POSITIONAL':
            name = '*' + name
            saw_star = True
        elif kind == 'VAR_KEYWORD':
            name = '**' + name
        elif kind == 'KEYWORD_ONLY' and not saw_star:
            out.append('*')
            saw_star = True
        if 'default' in param:
            name += '=' + param['default']
        out.append(name)
    if positional_only:
        out.append('/')
    return out


def overload_params(overload, drop_self=False):
    """One api_def overload as parameter strings, or None when the extraction
    has no parameters for it (its signature is unknown)."""
    params = overload.get('params')
    if params is None:
        return None
    if drop_self and params:
        names = [p['name'] for p in params]
        self_index = names.index('input') if 'input' in names else 0
        params = params[:self_index] + params[self_index + 1:]
    kwonly = [s.strip() for s in (overload.get('kwonlyargs') or '').split(',') if s.strip()]
    return param_strings(params, kwonly)


def with_overloads(entry, overloads):
    """Sets `params` (one signature) or `overloads` (several); leaves both out
    when any overload is unknown, so that calls are not checked."""
    if any(o is None for o in overloads) or not overloads:
        return entry
    unique = []
    for params in overloads:
        if params not in unique:
            unique.append(params)
    if len(unique) == 1:
        entry['params'] = unique[0]
    else:
        entry['overloads'] = unique
    return entry


def convert_entry(name, record):
    """The catalog entry of one namespace record, or None if the name does not exist."""
    kind = KIND.get(record['kind'])
    if kind is None:  # listed_in___all___but_not_bound: not an attribute
        return None
    entry = {'kind': kind}
    if record.get('listed_in_all') is False:
        entry['listed'] = False
    if kind == 'module':
        entry['module'] = record['module']
        return entry
    if kind == 'value':
        if record.get('params') is not None:  # aliases of generated primitive instances
            entry['kind'] = 'function'
            entry['params'] = param_strings(record['params'])
        return entry
    if 'overloads' in record:
        overloads = [o for o in record['overloads'] if 'function' in (o.get('interface') or 'function')]
        return with_overloads(entry, [overload_params(o) for o in overloads])
    if kind == 'function':
        if 'params' in record:
            entry['params'] = param_strings(record['params'])
        return entry
    # Classes: cell, class, primitive.
    if name in RNN_WRAPPERS and 'parent_init_params' in record and record['parent_init_params'][0]['name'] == 'mode':
        params = param_strings(record['parent_init_params'][1:])
        extra = RNN_WRAPPERS[name]
        entry['params'] = params + (['*'] + extra if extra else [])
    elif 'init_params' in record:
        entry['params'] = param_strings(record['init_params'])
    elif 'doc_args' in record:  # C++ __init__: names from the docstring, defaults unknown
        entry['params'] = [arg + '=?' for arg in record['doc_args']]
    if 'construct_params' in record:
        entry['construct'] = param_strings(record['construct_params'])
    if 'call_params' in record:
        entry['call'] = param_strings(record['call_params'])
    if record.get('qualname') in MEMBER_QUALNAMES:
        entry['members'] = MEMBER_CLASSES[record['qualname'].rsplit('.', 1)[1]]
    return entry


def member_entries(prefix, methods, api_def=None):
    """`<class>.<method>` entries: public Python methods and properties, plus
    the C++-bound api_def overload sets (Tensor in 2.6.0)."""
    entries = {}
    for name, method in methods.items():
        if name.startswith('_') or method is None:
            continue
        decorators = method.get('decorators') or []
        if 'property' in decorators or any(d.endswith('.setter') for d in decorators):
            entries[prefix + name] = {'kind': 'property'}
            continue
        entries[prefix + name] = {'kind': 'method', 'params': param_strings(method['params'])}
    for name, record in (api_def or {}).items():
        if name.startswith('_'):
            continue
        overloads = [overload_params(o, drop_self=True) for o in record['overloads']]
        key = prefix + name
        if key in entries and 'params' in entries[key]:
            # Defined both in Python and by api_def: accept either form.
            overloads = [entries[key]['params']] + overloads
        entries[key] = with_overloads({'kind': 'method'}, overloads)
    return entries


def known_modules(data):
    """Every module path the extraction saw: references under one of these
    that is not a catalogued namespace are not checked."""
    modules = set()
    for namespace in data['namespaces'].values():
        for record in namespace['entries'].values():
            for field in ('module', 'init_defined_in', 'construct_defined_in'):
                value = record.get(field)
                if isinstance(value, str) and value.startswith('mindspore'):
                    parts = value.split('.')
                    # Defining modules and every package above them.
                    for i in range(2, len(parts) + 1):
                        modules.add('.'.join(parts[:i]))
    # A `*_defined_in` value ends with a class name; keep lowercase module parts only.
    return sorted(m for m in modules if m.split('.')[-1][:1].islower())


def build(data):
    entries = {}
    definitions = {}
    namespaces = sorted(data['namespaces'])
    for namespace in namespaces:
        for name, record in data['namespaces'][namespace]['entries'].items():
            if name.startswith('_'):
                continue
            entry = convert_entry(name, record)
            if entry is not None:
                entries[namespace + '.' + name] = entry
                definitions[namespace + '.' + name] = definition_key(record)
    for short, canonical in MEMBER_CLASSES.items():
        api_def = data.get('Tensor_api_def_methods') if short == 'Tensor' else None
        entries.update(member_entries(canonical + '.', data[short]['methods'], api_def))
    entries.update(dataset_entries())
    source = data['source']
    return {
        'format': FORMAT,
        'mindspore': source.get('version_txt') or source.get('tag'),
        'source': {'tag': source.get('tag'), 'commit': source.get('commit')},
        'namespaces': namespaces,
        'modules': [m for m in known_modules(data) if m not in namespaces],
        'entries': share_reexports(dict(sorted(entries.items())), definitions),
    }


def dataset_entries():
    """The mindspore.dataset classes the mapping tables emit (scripts/catalog-dataset.json: not in
    ../shared/msapi, read from MindSpore's source), as class entries."""
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'catalog-dataset.json'), encoding='utf-8') as f:
        return {name: {'kind': 'class', 'params': params} for name, params in json.load(f)['entries'].items()}


def definition_key(record):
    """What identifies the object a namespace record is bound to: the same
    definition re-exported in several namespaces has the same key."""
    if record.get('file'):
        return f"{record['file']}:{record.get('lineno')}"
    return record.get('api_def') or record.get('op_yaml')


def share_reexports(entries, definitions):
    """Replaces an entry by the name of the entry it re-exports (a string):
    entries bound to the same definition and equal share the shortest name.
    Re-exports such as ops.function.X, ops.functional.X and mint.X of ops.X
    make up a third of the catalog."""
    groups = {}
    for name, entry in entries.items():
        if definitions.get(name) is not None:
            # `listed` is left out: a re-export's own __all__ listing is not worth its bytes.
            signature = {k: v for k, v in entry.items() if k != 'listed'}
            groups.setdefault((definitions[name], json.dumps(signature, sort_keys=True)), []).append(name)
    for (_, text), names in groups.items():
        canonical = min(names, key=lambda n: (n.count('.'), len(n), n))
        for name in names:
            if name != canonical and len(canonical) + 2 < len(text):
                entries[name] = canonical
    return entries


def dump(catalog):
    """Compact JSON with one entry per line, so that a regenerated catalog
    diffs readably."""
    compact = lambda value: json.dumps(value, separators=(',', ':'), ensure_ascii=False)
    head = {k: v for k, v in catalog.items() if k != 'entries'}
    lines = [compact(head)[:-1] + ',"entries":{']
    items = list(catalog['entries'].items())
    for i, (name, entry) in enumerate(items):
        lines.append(compact(name) + ':' + compact(entry) + (',' if i < len(items) - 1 else ''))
    lines.append('}}')
    return '\n'.join(lines) + '\n'


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    shared = os.environ.get('MINDCONVERTER_SHARED') or os.path.join(here, '..', '..', 'shared')
    parser.add_argument('--shared', default=os.path.join(shared, 'msapi'),
                        help='the msapi folder (default: $MINDCONVERTER_SHARED/msapi or ../shared/msapi)')
    parser.add_argument('--out', default=os.path.join(here, '..', 'mappings', 'catalog'))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for version, file_name in SOURCES.items():
        with open(os.path.join(args.shared, file_name), encoding='utf-8') as f:
            catalog = build(json.load(f))
        if catalog['mindspore'] != version:
            sys.exit(f'{file_name}: expected MindSpore {version}, found {catalog["mindspore"]}')
        path = os.path.join(args.out, f'mindspore-{version}.json')
        text = dump(catalog)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        print(f'{os.path.relpath(path)}: {len(catalog["entries"])} entries, {len(text)} bytes')


if __name__ == '__main__':
    main()
