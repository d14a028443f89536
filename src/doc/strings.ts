/**
 * Interns strings to dense integer ids so that annotation arrays can stay typed arrays.
 * Id 0 is always the empty string, which doubles as "no value".
 */
export class StringStore {
  private readonly ids = new Map<string, number>();
  private readonly values: string[] = [];

  constructor(initial: Iterable<string> = []) {
    this.add('');
    for (const value of initial) this.add(value);
  }

  /** The id of `value`, adding it when new. */
  add(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  /** The id of `value`, or -1 when it was never added. */
  find(value: string): number {
    return this.ids.get(value) ?? -1;
  }

  get(id: number): string {
    const value = this.values[id];
    if (value === undefined) throw new RangeError(`StringStore: no string with id ${id}`);
    return value;
  }

  get size(): number {
    return this.values.length;
  }
}
