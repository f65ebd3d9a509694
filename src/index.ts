/** The package's main entry: the converter core's public API (the CLI and the extension have their own entries). */
export * from './converter';
