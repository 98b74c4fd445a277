/**
 * A cache for values derived from client input, bounded in bytes as well as entries: each
 * entry's size is estimated by the caller, and once the budget is spent the cache is
 * cleared (cheap, and fine for caches of pure functions). Keys longer than `maxKeyLength`
 * are never kept.
 */
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();
  private bytes = 0;

  constructor(private readonly opts: { maxBytes: number; maxEntries: number; maxKeyLength: number; sizeOf: (key: string, value: V) => number }) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    if (key.length > this.opts.maxKeyLength || this.map.has(key)) return;
    const size = this.opts.sizeOf(key, value);
    if (this.bytes + size > this.opts.maxBytes || this.map.size >= this.opts.maxEntries) this.clear();
    this.map.set(key, value);
    this.bytes += size;
  }

  clear(): void {
    this.map.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.map.size;
  }
  get byteSize(): number {
    return this.bytes;
  }
}
