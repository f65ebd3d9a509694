import { CliOptions, parseArgs, UsageError, USAGE } from './args';
import { runAstMode } from './astMode';
import { runGraphMode } from './graphMode';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const VERSION: string = require('../../package.json').version;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: CliIo = {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text)
};

/** Runs one CLI invocation and returns its exit code: 0 done, 1 failed, 2 usage error. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`mindconverter: error: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (options.version) {
    io.stdout(`mindconverter ${VERSION}\n`);
    return 0;
  }
  try {
    if (options.inFile) {
      io.stdout(await runAstMode(options));
      return 0;
    }
    io.stdout(runGraphMode(options));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`mindconverter: error: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`mindconverter: error: ${message}\n`);
    return 1;
  }
}
