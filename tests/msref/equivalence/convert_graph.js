// Graph mode for the msref model tests: ONNX bytes (+ module tree) -> generated code, .ckpt,
// weight map, report summary, with the real converter core (built lib/).
// usage: node convert_graph.js MODEL.onnx TREE.json|- OUT_DIR ModelName
'use strict';
const fs = require('fs');
const path = require('path');
const root = path.resolve(__dirname, '..', '..', '..');
const { convertOnnx } = require(path.join(root, 'lib', 'converter'));

const [onnxPath, treePath, outDir, modelName] = process.argv.slice(2);
const moduleTree = treePath && treePath !== '-' ? JSON.parse(fs.readFileSync(treePath, 'utf8')) : undefined;
const result = convertOnnx(new Uint8Array(fs.readFileSync(onnxPath)), { modelName, moduleTree });
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'model.py'), result.code);
fs.writeFileSync(path.join(outDir, 'model.ckpt'), result.checkpoint);
fs.writeFileSync(path.join(outDir, 'weight_map.json'), JSON.stringify(result.weightMap));
const unconverted = result.report.entries.filter(e => e.kind === 'unconvert').length;
fs.writeFileSync(path.join(outDir, 'summary.json'),
  JSON.stringify({ placeholders: result.placeholders, unconverted }));
