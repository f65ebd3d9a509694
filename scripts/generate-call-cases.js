#!/usr/bin/env node
/**
 * Generates the call-style cases of every converted mapping entry into
 * tests/converter/mapping/cases/<namespace>.json (run `npm run build` first).
 *
 * For each entry and target family, five torch calls are built from the
 * entry's torch signature (all positional, all keyword, keywords reordered,
 * defaults omitted, values from variables) and converted. A converted call
 * is kept as a case only if independent checks of it pass: the callee is the
 * target, every torch argument reaches the renamed MindSpore parameter with
 * its value (bound against the real signature from the catalog), dropped and
 * unsupported-at-default arguments are gone, defaults and set arguments are
 * present, and the validator finds nothing wrong with the converted file.
 * A call the converter refuses is kept only with the reason it gave, for
 * review. Everything else is printed as a problem to fix in the data or the
 * converter, never written as an expectation. Review `git diff` before
 * committing the cases.
 *
 * The entries in HAND_WRITTEN (overloads picked by a rewriter from the call's
 * arguments, where generated calls would not be meaningful) have cases
 * written by hand in the same files; this script keeps them as they are.
 *
 *   node scripts/generate-call-cases.js [--only torch.flatten,...]
 */
const { mkdirSync, writeFileSync } = require('fs');
const { join } = require('path');
const { bindArguments, convertSource, loadCatalog, parseSignature, validateSource } = require('../lib/converter');
const { MAPPING_FILES, pythonLiteral, pythonFloat } = require('../lib/converter/mapping');
const { nodePythonParser } = require('../lib/node/assets');
const { families, requiredStyles } = require('./check-call-cases');

const OUT_DIR = join(__dirname, '..', 'tests', 'converter', 'mapping', 'cases');
/** Entries whose cases are written by hand (see the header). */
const HAND_WRITTEN = new Set(['torch.max', 'torch.min', 'torch.Tensor.max', 'torch.Tensor.min', 'torch.randint', 'torch.randint_like', 'torch.nn.init.uniform_']);
const catalog = loadCatalog('2.6.0');

/** torch dtypes the converter rewrites inside arguments. */
const DTYPE_VALUE = 'torch.float16';
const DTYPE_CONVERTED = /^(mindspore|ms|mstype)\.\w+$/;

/** Transforms that convert only literal values: the variables style still passes them a literal. */
const LITERAL_ONLY = new Set(['zerosPaddingModeOnly', 'trackRunningStats']);

/** A value for a parameter that the conversion should carry through, chosen from its default. */
function literalFor(param, transform) {
  switch (transform) {
    case 'convPadding1d':
    case 'convPadding2d':
    case 'convPadding3d':
      return '1';
    case 'zerosPaddingModeOnly':
      return "'zeros'";
    case 'oneMinus':
      return '0.2';
    case 'trackRunningStats':
      return 'True';
    case 'layerNormShape':
      return '(8,)';
    case 'shapeTuple':
      return '5';
    case 'geluApproximate':
      return "'tanh'";
    case 'splitBetas':
      return '(0.8, 0.9)';
    case 'dropNone':
      return param.name === 'dtype' ? DTYPE_VALUE : `v_${param.name}`;
    default:
  }
  const text = param.default;
  if (text === undefined || text === 'None') {
    return param.name === 'dtype' ? DTYPE_VALUE : `v_${param.name}`;
  }
  if (text === 'True' || text === 'False') {
    return text === 'True' ? 'False' : 'True';
  }
  if (/^-?\d+$/.test(text)) {
    return String(Number(text) + 1);
  }
  if (/^-?\d*\.\d+(e-?\d+)?$|^-?\d+e-?\d+$/.test(text)) {
    return Number(text) === 0 ? '0.5' : pythonFloat(Number(text) * 2);
  }
  return text; // strings and tuples: torch's own default, a valid value
}

/** The arguments of one style: [{param, text, keyword}] in call order, or undefined when the style does not apply. */
function argumentsFor(params, target, style, kind) {
  const usable = params.filter(p => p.kind !== 'var-keyword');
  const skip = p => target.unsupportedArgs && target.unsupportedArgs[p.name] !== undefined && (style === 'variables' || p.default === undefined);
  const value = p => {
    if (target.unsupportedArgs && target.unsupportedArgs[p.name] !== undefined) {
      return p.default; // passed with torch's default: removed silently
    }
    if (p.kind === 'var-positional') {
      return style === 'variables' ? `v_${p.name}1, v_${p.name}2` : '2, 3';
    }
    const tensorInput = kind === 'function' && p === usable[0] && p.kind === 'positional-or-keyword';
    const transform = target.transforms && target.transforms[p.name];
    if (style === 'variables' && LITERAL_ONLY.has(transform)) {
      return literalFor(p, transform);
    }
    if (style === 'variables') {
      return tensorInput ? 'x' : `v_${p.name}`;
    }
    if (tensorInput && p.default === undefined && p.kind === 'positional-or-keyword' && ['input', 'x', 'self', 'A', 'tensor'].includes(p.name)) {
      return 'x';
    }
    return literalFor(p, target.transforms && target.transforms[p.name]);
  };
  // Two torch parameters that become the same MindSpore one (unbiased, correction) are never passed together.
  const renamedTo = new Set();
  const clash = p => {
    const name = (target.rename && target.rename[p.name]) || p.name;
    if (renamedTo.has(name)) {
      return true;
    }
    renamedTo.add(name);
    return false;
  };
  const chosen = usable.filter(p => (style === 'defaults' ? p.default === undefined : !clash(p)));
  // Positional-capable parameters must be contiguous when passed by position: after one is left out, the rest go by keyword.
  const args = [];
  let positionalOpen = true;
  for (const p of chosen) {
    if (style !== 'defaults' && skip(p)) {
      positionalOpen = false;
      continue;
    }
    const canPosition = p.kind === 'positional-or-keyword' || p.kind === 'positional-only' || p.kind === 'var-positional';
    const byKeyword = p.kind === 'keyword-only' || ((style === 'keyword' || style === 'reordered') && p.kind === 'positional-or-keyword');
    if (p.kind === 'var-positional' && !positionalOpen) {
      continue;
    }
    if (!byKeyword && canPosition && positionalOpen) {
      args.push({ param: p, text: value(p), keyword: false });
    } else if (p.kind !== 'var-positional') {
      args.push({ param: p, text: value(p), keyword: true });
      positionalOpen = false;
    }
  }
  if (style === 'reordered') {
    const keywords = args.filter(a => a.keyword).reverse();
    return [...args.filter(a => !a.keyword), ...keywords];
  }
  return args;
}

function callText(api, entry, args) {
  const rendered = args.map(a => (a.keyword ? `${a.param.name}=${a.text}` : a.text)).join(', ');
  if (entry.kind === 'method') {
    return `x.${api.slice(api.lastIndexOf('.') + 1)}(${rendered})`;
  }
  return `${api}(${rendered})`;
}

function rhsOf(code) {
  const line = code.split('\n').find(l => l.startsWith('out = '));
  return line === undefined ? undefined : line.slice('out = '.length);
}

function lastName(api) {
  return api.slice(api.lastIndexOf('.') + 1);
}

/** Positional and keyword arguments of a call's text, parsed with tree-sitter. */
function parseCall(parser, text) {
  const tree = parser.parse(`out = ${text}\n`);
  try {
    const call = tree.rootNode.descendantsOfType('call')[0];
    if (!call) {
      return undefined;
    }
    const outer = call.parent && call.parent.type === 'assignment' ? call : tree.rootNode.namedChildren[0].namedChildren[0].childForFieldName('right');
    const fn = outer.childForFieldName('function');
    const positional = [];
    const keywords = {};
    let order = true; // Python: no positional argument after a keyword (tree-sitter does not check it)
    for (const arg of outer.childForFieldName('arguments').namedChildren) {
      if (arg.type === 'keyword_argument') {
        keywords[arg.childForFieldName('name').text] = arg.childForFieldName('value').text;
      } else if (arg.type !== 'comment') {
        order = order && Object.keys(keywords).length === 0;
        positional.push(arg.text);
      }
    }
    return { callee: fn.text, positional, keywords, order };
  } finally {
    tree.delete();
  }
}

function renderValue(value) {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if ('float' in value) return pythonFloat(value.float);
    return undefined; // {arg}, {name}: checked loosely
  }
  return pythonLiteral(value);
}

/** Independent checks of one converted call; returns the problems found. */
function checkConversion(parser, entry, target, args, rhs, code) {
  const problems = [];
  const tree = parser.parse(code);
  const broken = tree.rootNode.hasError;
  tree.delete();
  if (broken) {
    return [`the converted code does not parse: ${rhs}`];
  }
  // A whole result cast to torch's dtype (result.cast without an item): the call is what the cast applies to.
  const whole = target.result && target.result.cast && target.result.cast.item === undefined;
  const cast = whole ? `.astype(${target.result.cast.dtype})` : undefined;
  if (cast && !rhs.endsWith(cast)) {
    return [`the result is not cast with ${cast}: ${rhs}`];
  }
  const call = parseCall(parser, cast ? rhs.slice(0, -cast.length) : rhs);
  if (!call) {
    return [`no call in ${rhs}`];
  }
  if (!call.order) {
    return [`a positional argument follows a keyword: ${rhs}`];
  }
  const name = lastName(target.api);
  const style = entry.kind === 'method' ? target.style || 'method' : 'call';
  if (!(call.callee === name || call.callee.endsWith(`.${name}`))) {
    problems.push(`callee ${call.callee} is not ${target.api}`);
  }
  let positional = call.positional;
  if (style === 'function') {
    if (positional[0] !== 'x') problems.push(`receiver x is not the first argument of ${rhs}`);
    positional = positional.slice(1);
  } else if (style === 'method' && !call.callee.startsWith('x.')) {
    problems.push(`method call not on x: ${rhs}`);
  }
  const resolved = catalog.resolve(target.api);
  const signatures = resolved.status === 'found' ? resolved.entry.signatures : undefined;
  let outputs = { ...call.keywords };
  if (signatures) {
    const fitting = signatures.filter(s => {
      const p = bindArguments(s, { positional: positional.length + (style === 'function' ? 1 : 0), keywords: Object.keys(call.keywords) });
      return !p.tooManyPositional && p.unknownKeywords.length === 0 && p.duplicateKeywords.length === 0 && p.missing.length === 0;
    });
    // The overload the conversion meant: the one naming most of the expected MindSpore parameters.
    const wanted = new Set(args.map(a => (target.rename && target.rename[a.param.name]) || a.param.name));
    fitting.sort((a, b) => b.params.filter(p => wanted.has(p.name)).length - a.params.filter(p => wanted.has(p.name)).length);
    if (fitting.length === 0) {
      problems.push(`does not bind to ${target.api}: ${rhs}`);
    } else {
      const params = fitting[0].params.filter(p => p.kind === 'positional-or-keyword' || p.kind === 'positional-only' || p.kind === 'var-positional');
      const offset = style === 'function' ? 1 : 0;
      const variadic = params.findIndex(p => p.kind === 'var-positional');
      positional.forEach((text, i) => {
        const index = i + offset;
        const param = variadic >= 0 && index >= variadic ? params[variadic] : params[index];
        if (param) {
          outputs[param.name] = param.kind === 'var-positional' && outputs[param.name] ? `${outputs[param.name]}, ${text}` : text;
        }
      });
    }
  }
  const passed = new Map(args.map(a => [a.param.name, a]));
  const torch = parseSignature(entry.args).params;
  for (const param of torch) {
    const arg = passed.get(param.name);
    const renamed = (target.rename && target.rename[param.name]) || param.name;
    const transform = target.transforms && target.transforms[param.name];
    const dropped = target.drop && target.drop[param.name] !== undefined;
    const unsupported = target.unsupportedArgs && target.unsupportedArgs[param.name] !== undefined;
    if (dropped || unsupported) {
      if (arg && outputs[renamed] === arg.text && renamed === param.name && !(signatures || []).some(s => s.params.some(p => p.name === renamed))) {
        problems.push(`${param.name} should be removed`);
      }
      continue;
    }
    if (transform) {
      continue; // the transform's own tests cover its values
    }
    if (arg) {
      let expected = arg.text;
      if (param.kind === 'var-positional') {
        expected = arg.text;
        const got = outputs[renamed] || positional.join(', ');
        if (!got.includes(expected.split(', ')[0])) problems.push(`*${param.name} lost: ${rhs}`);
        continue;
      }
      const got = outputs[renamed];
      // A torch dtype argument is itself converted (torch.long -> mindspore.int64).
      const same = got === expected || (/^torch\.\w+$/.test(expected) && DTYPE_CONVERTED.test(got || ''));
      if (!same && !(param === torch[0] && entry.kind === 'function' && positional[0] === expected)) {
        problems.push(`${param.name}=${expected} should reach ${renamed}, got ${got === undefined ? 'nothing' : got}`);
      }
    } else if (target.defaults && target.defaults[param.name] !== undefined) {
      const expected = renderValue(target.defaults[param.name]);
      if (expected !== undefined && outputs[renamed] !== expected) {
        problems.push(`default ${param.name}=${expected} should be passed as ${renamed}, got ${outputs[renamed]}`);
      }
    }
  }
  for (const [name, value] of Object.entries(target.setArgs || {})) {
    const expected = renderValue(value);
    if (expected !== undefined && outputs[name] !== expected) {
      problems.push(`set argument ${name}=${expected} missing, got ${outputs[name]}`);
    }
  }
  const issues = validateSource(parser, code, { catalog }).filter(issue => issue.offset >= code.indexOf('out = '));
  problems.push(...issues.map(issue => `validator: ${issue.message}`));
  return problems;
}

function readCases(path) {
  try {
    return JSON.parse(require('fs').readFileSync(path, 'utf8'));
  } catch (error) {
    return {};
  }
}

async function main() {
  const only = process.argv.includes('--only') ? new Set(process.argv[process.argv.indexOf('--only') + 1].split(',')) : undefined;
  const parser = await nodePythonParser();
  const files = {};
  const problems = [];
  const refused = [];
  let count = 0;
  for (const file of MAPPING_FILES) {
    for (const [api, entry] of Object.entries(file.entries)) {
      if ((only && !only.has(api)) || HAND_WRITTEN.has(api)) continue;
      for (const family of families(entry)) {
        const target = family === 'mint' ? entry.mint : entry.classic;
        for (const style of requiredStyles(entry)) {
          let torchText;
          let args = [];
          if (style === 'reference') {
            torchText = api;
          } else if (style === 'passthrough') {
            torchText = callText(api, entry, [{ param: { name: 'a' }, text: 'a', keyword: false }, { param: { name: 'b' }, text: 'b', keyword: false }]);
          } else {
            args = argumentsFor(parseSignature(entry.args).params, target, style, entry.kind);
            torchText = callText(api, entry, args);
          }
          const source = `import torch\nimport torchvision\nout = ${torchText}\n`;
          const { code, report } = convertSource(parser, source, { target: family, fileName: 'case.py' });
          const rhs = rhsOf(code);
          // Only the entry's own refusal counts (an inner torch.strided in a dropped argument is reported on its own).
          const unconverted = report.entries.find(e => e.kind === 'unconvert' && e.line === 3 && e.api === api);
          const record = { torch: torchText, expected: rhs };
          if (unconverted) {
            record.unconverted = unconverted.note || 'not converted';
            refused.push(`${api} ${family} ${style}: ${torchText} -> ${record.unconverted}`);
          } else if (style !== 'reference' && style !== 'passthrough' && !target.rewriter) {
            const found = checkConversion(parser, entry, target, args, rhs, code);
            if (found.length > 0) {
              problems.push(`${api} ${family} ${style}: ${torchText} -> ${rhs}\n    ${found.join('\n    ')}`);
              continue;
            }
          }
          ((files[file.namespace] ??= {})[api] ??= {})[family] ??= {};
          files[file.namespace][api][family][style] = record;
          count += 1;
        }
      }
    }
  }
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [namespace, cases] of Object.entries(files)) {
    const path = join(OUT_DIR, `${namespace}.json`);
    for (const [api, byTarget] of Object.entries(readCases(path))) {
      if (HAND_WRITTEN.has(api)) {
        cases[api] = byTarget;
      }
    }
    if (only) {
      let existing = {};
      try {
        existing = JSON.parse(require('fs').readFileSync(path, 'utf8'));
      } catch (error) {
        existing = {};
      }
      Object.assign(existing, cases);
      writeFileSync(path, JSON.stringify(existing, null, 1) + '\n');
    } else {
      writeFileSync(path, JSON.stringify(cases, null, 1) + '\n');
    }
  }
  console.log(`${count} cases written; ${refused.length} refused by the converter (kept with their reason); ${problems.length} failed the checks (not written)`);
  if (refused.length) console.log(`REFUSED:\n  ${refused.join('\n  ')}`);
  if (problems.length) {
    console.log(`PROBLEMS:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
