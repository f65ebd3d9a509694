// Converts a batch of Python sources with the real converter core (built lib/), for the msref
// equivalence tests. stdin: JSON [{id, source, target}]; stdout: JSON [{id, code, entries}].
'use strict';
const path = require('path');
const root = path.resolve(__dirname, '..', '..', '..');
const { convertSource } = require(path.join(root, 'lib', 'converter'));
const { nodePythonParser } = require(path.join(root, 'lib', 'node', 'assets'));

let input = '';
process.stdin.on('data', chunk => (input += chunk));
process.stdin.on('end', async () => {
  const parser = await nodePythonParser();
  const jobs = JSON.parse(input);
  const out = jobs.map(job => {
    const { code, report } = convertSource(parser, job.source, { target: job.target });
    const entries = report.entries.map(e => ({ kind: e.kind, api: e.api, original: e.original, line: e.line }));
    return { id: job.id, code, entries };
  });
  process.stdout.write(JSON.stringify(out));
});
