// A stable sort: old Office's IE11 engine sorts unstably, so ties are broken
// by position, and every list keeps its order among equals on every host.

/** A sorted copy of list, by key ascending; equal keys keep the list's order. */
export function stableSort<T>(list: T[], key: (e: T) => number): T[] {
  const keys: number[] = [];
  const order: number[] = [];
  for (let i = 0; i < list.length; i++) {
    keys.push(key(list[i]));
    order.push(i);
  }
  order.sort((a, b) => keys[a] - keys[b] || a - b);
  const out: T[] = [];
  for (let i = 0; i < order.length; i++) out.push(list[order[i]]);
  return out;
}
