/**
 * Command-line arguments, compatible with MindConverter's flags. Parsing never
 * exits by itself: it returns the options or throws a UsageError, and main()
 * turns that into one line on stderr and exit code 2.
 */
export class UsageError extends Error {}

export interface CliOptions {
  help: boolean;
  version: boolean;
  inFile?: string;
  modelFile?: string;
  /** One shape per model input, e.g. [[1, 3, 224, 224]]. */
  shapes: number[][];
  output: string;
  /** Directory of the report; defaults to the output directory. */
  report?: string;
  projectPath?: string;
  /** Graph mode, .pth holding a state dict: the model class as `package.module:ClassName`. */
  modelClass?: string;
  /** Graph mode, .pth: one dtype per input (default float32), e.g. int64 for token ids. */
  dtypes: string[];
  target: 'classic' | 'mint';
  mindsporeVersion: string;
  overwrite: boolean;
}

interface FlagSpec {
  /** Takes one value, several values (until the next flag), or none. */
  arity: 'one' | 'many' | 'none';
  apply(options: CliOptions, values: string[]): void;
}

export function parseShape(text: string): number[] {
  const parts = text.split(',').map(part => part.trim());
  // Digits only, positive, and exactly representable (`99999999999999999999` would silently become 1e20).
  if (text.trim() === '' || parts.some(part => !/^\d+$/.test(part) || Number(part) <= 0 || !Number.isSafeInteger(Number(part)))) {
    throw new UsageError(
      `invalid shape '${text}': expected comma-separated positive integers, e.g. 1,3,224,224`
    );
  }
  return parts.map(Number);
}

/** Input dtypes the kernel-side exporter accepts for a .pth model. */
export const INPUT_DTYPES = ['float32', 'float16', 'float64', 'bfloat16', 'int64', 'int32', 'int16', 'int8', 'uint8', 'bool'];

const FLAGS: Record<string, FlagSpec> = {
  '--help': { arity: 'none', apply: o => (o.help = true) },
  '-h': { arity: 'none', apply: o => (o.help = true) },
  '--version': { arity: 'none', apply: o => (o.version = true) },
  '-v': { arity: 'none', apply: o => (o.version = true) },
  '--in_file': { arity: 'one', apply: (o, [v]) => (o.inFile = v) },
  '--model_file': { arity: 'one', apply: (o, [v]) => (o.modelFile = v) },
  '--shape': { arity: 'many', apply: (o, values) => o.shapes.push(...values.map(parseShape)) },
  '--output': { arity: 'one', apply: (o, [v]) => (o.output = v) },
  '--report': { arity: 'one', apply: (o, [v]) => (o.report = v) },
  '--project_path': { arity: 'one', apply: (o, [v]) => (o.projectPath = v) },
  '--model_class': { arity: 'one', apply: (o, [v]) => (o.modelClass = v) },
  '--dtype': {
    arity: 'many',
    apply: (o, values) => {
      for (const v of values) {
        if (!INPUT_DTYPES.includes(v)) throw new UsageError(`invalid --dtype '${v}': expected one of ${INPUT_DTYPES.join(', ')}`);
        o.dtypes.push(v);
      }
    }
  },
  '--target': {
    arity: 'one',
    apply: (o, [v]) => {
      if (v !== 'classic' && v !== 'mint') {
        throw new UsageError(`invalid --target '${v}': expected classic or mint`);
      }
      o.target = v;
    }
  },
  '--mindspore_version': { arity: 'one', apply: (o, [v]) => (o.mindsporeVersion = v) },
  '--overwrite': { arity: 'none', apply: o => (o.overwrite = true) }
};

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    help: false,
    version: false,
    shapes: [],
    dtypes: [],
    output: 'output',
    target: 'classic',
    mindsporeVersion: '2.6.0',
    overwrite: false
  };
  let i = 0;
  while (i < argv.length) {
    const [flag, inline] = splitInline(argv[i]);
    const spec = FLAGS[flag];
    if (!spec) {
      throw new UsageError(`unknown argument '${argv[i]}' (see --help)`);
    }
    i += 1;
    const values: string[] = inline === undefined ? [] : [inline];
    if (spec.arity !== 'none' && inline === undefined) {
      while (i < argv.length && !argv[i].startsWith('--') && (spec.arity === 'many' || values.length === 0)) {
        values.push(argv[i]);
        i += 1;
      }
    }
    if (spec.arity !== 'none' && values.length === 0) {
      throw new UsageError(`${flag} needs a value`);
    }
    if (spec.arity === 'none' && inline !== undefined) {
      throw new UsageError(`${flag} takes no value`);
    }
    spec.apply(options, values);
  }
  if (!options.help && !options.version) {
    if (!options.inFile && !options.modelFile) {
      throw new UsageError('one of --in_file or --model_file is required (see --help)');
    }
    if (options.inFile && options.modelFile) {
      throw new UsageError('--in_file and --model_file cannot be used together');
    }
  }
  return options;
}

function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

export const USAGE = `usage: mindconverter [-h] [--version] [--in_file FILE|DIR] [--model_file FILE]
                     [--shape SHAPE [SHAPE ...]] [--output DIR] [--report DIR]
                     [--project_path DIR] [--model_class MODULE:CLASS] [--dtype DTYPE ...]
                     [--target {classic,mint}]
                     [--mindspore_version VERSION] [--overwrite]

Convert PyTorch code (AST mode, --in_file) or a PyTorch/ONNX model (graph mode,
--model_file) to MindSpore 2.x.

optional arguments:
  -h, --help            show this help message and exit
  -v, --version         show program's version number and exit
  --in_file FILE|DIR    a PyTorch .py file or notebook to convert by its source (AST mode);
                        a directory converts every .py and .ipynb under it (project mode)
  --model_file FILE     a model to convert by its graph: .onnx, or .pth (needs python3 with torch)
  --shape SHAPE         input shape per model input, e.g. 1,3,224,224 (graph mode)
  --output DIR          where converted files are written (default: ./output)
  --report DIR          where reports are written (default: the output directory)
  --project_path DIR    the directory that makes a .pth's model classes importable
  --model_class M:C     for a .pth holding a state dict: the model class, package.module:ClassName
  --dtype DTYPE         input dtype per model input for a .pth (default float32), e.g. int64
  --target TARGET       classic (mindspore.nn/ops, MindSpore >= 2.2; default) or mint
  --mindspore_version V MindSpore version the output is checked against (2.6.0 or 2.2.14)
  --overwrite           replace output files that already exist (never done by default)
`;
