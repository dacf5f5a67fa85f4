/**
 * A cache of a pure function of a text, for the few distinct CIDRs and rule rows a
 * diagram has, which the trace and the exposure map read for thousands of legs. It is
 * dropped whenever it grows past `limit`, far beyond any real diagram's share.
 */
export function memoByText<T>(compute: (text: string) => T, limit = 4096): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text) as T;
    if (cache.size >= limit) cache.clear();
    const value = compute(text);
    cache.set(text, value);
    return value;
  };
}
