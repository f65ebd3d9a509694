#!/usr/bin/env node
// Entry point of the `mindconverter` command; the logic is in lib/cli (built from src/cli).
require('../lib/cli/main')
  .main(process.argv.slice(2))
  .then(code => {
    process.exitCode = code;
  });
