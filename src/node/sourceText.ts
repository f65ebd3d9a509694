/**
 * Python files as the CLI reads and writes them, byte for byte: UTF-8 (a
 * byte-order mark, if any, is kept), or, when the bytes are not UTF-8 (a
 * Latin-1 or GBK file), one character per byte, so that every byte the
 * conversion does not touch is written back exactly as it was.
 */
import { readFileSync } from 'fs';

const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);

export interface SourceText {
  text: string;
  encoding: 'utf-8' | 'utf-8 with BOM' | 'bytes';
  /** The bytes of `text` (a conversion of it) in the file's own encoding. */
  encode(text: string): Uint8Array;
}

export class NotTextError extends Error {}

export function decodeSource(bytes: Uint8Array): SourceText {
  if (bytes.includes(0)) {
    throw new NotTextError('it contains NUL bytes, so it is not a text file');
  }
  const hasBom = bytes.length >= 3 && bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
  const body = hasBom ? bytes.subarray(3) : bytes;
  const withBom = (encoded: Uint8Array) => (hasBom ? Buffer.concat([BOM, encoded]) : encoded);
  try {
    // fatal: bytes that are not UTF-8 throw (and are then read one character per byte).
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: hasBom ? 'utf-8 with BOM' : 'utf-8', encode: converted => withBom(Buffer.from(converted, 'utf8')) };
  } catch {
    return {
      text: Buffer.from(body).toString('latin1'),
      encoding: 'bytes',
      encode: converted => {
        if (/[^\u0000-\u00ff]/.test(converted)) {
          throw new NotTextError('the converted code has characters the file encoding cannot hold');
        }
        return withBom(Buffer.from(converted, 'latin1'));
      }
    };
  }
}

/** Reads a Python source; a NotTextError names the path. */
export function readSourceFile(path: string): SourceText {
  try {
    return decodeSource(readFileSync(path));
  } catch (error) {
    if (error instanceof NotTextError) {
      throw new NotTextError(`${path}: ${error.message}`);
    }
    throw error;
  }
}
