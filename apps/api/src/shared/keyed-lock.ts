/**
 * Runs sections one at a time per key, in call order, in this process. A section holding several keys takes them
 * in sorted order, so two sections never wait on each other.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(keys: readonly string[], section: () => Promise<T>): Promise<T> {
    const sorted = [...new Set(keys)].sort();
    return sorted.reduceRight<() => Promise<T>>((inner, key) => () => this.one(key, inner), section)();
  }

  private one<T>(key: string, section: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(section);
    const tail = result.then(() => undefined, () => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
