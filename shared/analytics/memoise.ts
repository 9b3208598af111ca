/**
 * `compute` remembering its results: the analytics convert the same few hundred dates over and
 * over (hundreds of thousands of deals share a year of days).
 */
export function memoise<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
