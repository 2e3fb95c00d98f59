/**
 * A cache for pure functions of a string: forms repeat the same labels and values thousands of
 * times across a batch, so each distinct text is worked out once. The cache is emptied when it
 * reaches `limit` entries, which bounds memory on sheets full of distinct prose.
 */
export function memoizeText<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string): T => {
    const known = cache.get(text);
    if (known !== undefined) return known;
    const value = compute(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}
