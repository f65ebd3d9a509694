/**
 * Lets a plain node process (worker thread or child process of the fuzz
 * tests) require the TypeScript sources: each .ts file is transpiled on load.
 */
const { readFileSync } = require('fs');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, resolveJsonModule: true }
  });
  module._compile(outputText, filename);
};
