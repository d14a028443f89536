import { InputProblem } from './input.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Bytes scanned for NUL when telling text from binary data. */
const BINARY_PROBE_BYTES = 8192;

/** Decodes UTF-8 text, refusing binary data and invalid UTF-8 rather than guessing. A BOM is dropped. */
export function decodeText(bytes: Uint8Array): string {
  const probe = bytes.subarray(0, BINARY_PROBE_BYTES);
  if (probe.includes(0)) throw new InputProblem('binary data, not text (it contains NUL bytes)');
  try {
    return utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const where = offset < bytes.length ? ` (first bad byte at offset ${offset})` : '';
    throw new InputProblem(`not valid UTF-8${where}; convert it to UTF-8 first`);
  }
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (bytes[i + k] >> 6 !== 0b10) return i;
    i += length;
  }
  return bytes.length;
}
