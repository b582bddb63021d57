// Runs once in vitest's main process. vitest 5 reports failures with Map.groupBy, which Node 20
// lacks (the project runs on Node 20, see TOOLCHAIN.md): without this a failing test crashes the
// reporter instead of being shown.
export default function setup(): void {
  if (typeof Map.groupBy === 'function') return;
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}
