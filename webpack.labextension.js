/**
 * Additions to @jupyterlab/builder's config for the prebuilt labextension:
 * tree-sitter's wasm files become static assets (src/extension/assets.ts
 * fetches them), and web-tree-sitter's node-only branches resolve to nothing.
 */
module.exports = {
  module: {
    rules: [{ test: /\.wasm$/, type: 'asset/resource', generator: { filename: '[name].[contenthash][ext]' } }]
  },
  resolve: {
    fallback: { fs: false, 'fs/promises': false, module: false, path: false }
  }
};
