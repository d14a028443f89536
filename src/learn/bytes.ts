/** Little-endian binary writing and reading for model files. Typed arrays are stored 4-byte aligned. */

export class ByteWriter {
  private buffer = new Uint8Array(1 << 16);
  private view = new DataView(this.buffer.buffer);
  length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let capacity = this.buffer.length * 2;
    while (capacity < this.length + extra) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
    this.view = new DataView(grown.buffer);
  }

  u32(value: number): void {
    this.reserve(4);
    this.view.setUint32(this.length, value, true);
    this.length += 4;
  }

  f64(value: number): void {
    this.reserve(8);
    this.view.setFloat64(this.length, value, true);
    this.length += 8;
  }

  bytes(data: Uint8Array): void {
    this.u32(data.length);
    this.reserve(data.length + 3);
    this.buffer.set(data, this.length);
    this.length += data.length;
    while (this.length % 4 !== 0) this.buffer[this.length++] = 0;
  }

  /** A string as length-prefixed UTF-8. */
  string(value: string): void {
    this.bytes(new TextEncoder().encode(value));
  }

  /** Any JSON-serialisable value. */
  json(value: unknown): void {
    this.string(JSON.stringify(value));
  }

  array(data: Uint32Array | Int32Array | Uint16Array | Int16Array | Int8Array | Uint8Array | Float32Array): void {
    this.bytes(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  }

  toBytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

export class ByteReader {
  private readonly view: DataView;
  offset = 0;

  constructor(private readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  private need(n: number): void {
    if (this.offset + n > this.data.length) throw new RangeError('model file is truncated');
  }

  u32(): number {
    this.need(4);
    const value = this.view.getUint32(this.offset, true);
    this.offset += 4;
    return value;
  }

  f64(): number {
    this.need(8);
    const value = this.view.getFloat64(this.offset, true);
    this.offset += 8;
    return value;
  }

  /** Length-prefixed bytes; a view into the underlying data, not a copy. */
  bytes(): Uint8Array {
    const n = this.u32();
    this.need(n);
    const out = this.data.subarray(this.offset, this.offset + n);
    this.offset += (n + 3) & ~3;
    return out;
  }

  string(): string {
    return new TextDecoder().decode(this.bytes());
  }

  json<T>(): T {
    return JSON.parse(this.string()) as T;
  }

  uint32Array(): Uint32Array {
    return aligned(this.bytes(), Uint32Array, 4);
  }
  int32Array(): Int32Array {
    return aligned(this.bytes(), Int32Array, 4);
  }
  uint16Array(): Uint16Array {
    return aligned(this.bytes(), Uint16Array, 2);
  }
  int16Array(): Int16Array {
    return aligned(this.bytes(), Int16Array, 2);
  }
  uint8Array(): Uint8Array {
    return this.bytes().slice();
  }
}

type ArrayCtor<T> = { new (buffer: ArrayBuffer, offset: number, length: number): T; new (length: number): T };

/** A typed array over `raw`, copying only when the bytes are misaligned for the element size. */
function aligned<T>(raw: Uint8Array, Ctor: ArrayCtor<T>, size: number): T {
  if (raw.byteOffset % size === 0) return new Ctor(raw.buffer as ArrayBuffer, raw.byteOffset, raw.byteLength / size);
  const copy = raw.slice();
  return new Ctor(copy.buffer as ArrayBuffer, 0, copy.byteLength / size);
}
