/**
 * Pure work done once per key: later calls with the same key get the stored result (null included).
 * For the lookups every window change repeats on data that never changes (parsed dates and periods,
 * checked URLs, marks built from rows). The result is shared: read it, do not change it.
 */
export function oncePerKey<V>(work: (key: string) => V): (key: string) => V {
  const done = new Map<string, V>();
  return (key) => {
    if (done.has(key)) return done.get(key) as V;
    const value = work(key);
    done.set(key, value);
    return value;
  };
}

/** As `oncePerKey`, keyed by an object (a data row), held weakly: a row no longer loaded is let go. */
export function oncePerObject<K extends object, V>(work: (key: K) => V): (key: K) => V {
  const done = new WeakMap<K, V>();
  return (key) => {
    if (done.has(key)) return done.get(key) as V;
    const value = work(key);
    done.set(key, value);
    return value;
  };
}
