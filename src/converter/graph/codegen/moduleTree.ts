/**
 * The module tree the kernel-side exporter sends with the ONNX bytes
 * (INTERFACES.md, "Module tree JSON"): the original module structure and what
 * ONNX loses (Dropout in eval exports, hyper-parameters).
 */
import { GraphError } from '../errors';

export interface ModuleTreeModule {
  class: string;
  module?: string;
  children: string[];
  params?: Record<string, unknown>;
}

export interface ModuleTreeCall {
  /** Qualified module name. */
  module: string;
  input_shapes?: number[][];
  output_shapes?: number[][];
}

export interface ModuleTree {
  format: string;
  torch_version?: string;
  opset?: number;
  root_class?: string;
  training?: boolean;
  inputs?: { name: string; shape: number[]; dtype: string }[];
  modules: Record<string, ModuleTreeModule>;
  parameters?: Record<string, { shape: number[]; dtype: string; buffer?: boolean }>;
  /** Optional: module calls in execution order (forward hooks), used to place layers ONNX dropped. */
  calls?: ModuleTreeCall[];
}

export const MODULE_TREE_FORMAT = 'mindconverter-module-tree/1';

/** Checks the parts graph mode relies on; a malformed tree is bad input, reported clearly. */
export function checkModuleTree(tree: unknown): ModuleTree {
  const t = tree as ModuleTree;
  if (!t || typeof t !== 'object' || typeof t.modules !== 'object' || t.modules === null) {
    throw new GraphError('the module tree is not an object with "modules"');
  }
  if (t.format !== MODULE_TREE_FORMAT) {
    throw new GraphError(`the module tree has format '${String(t.format)}', expected '${MODULE_TREE_FORMAT}'`);
  }
  for (const [name, module] of Object.entries(t.modules)) {
    if (!module || typeof module.class !== 'string' || !Array.isArray(module.children)) {
      throw new GraphError(`module '${name}' in the module tree lacks its class or children`);
    }
  }
  if (!t.modules['']) {
    throw new GraphError('the module tree has no root module ("")');
  }
  return t;
}
