// Parses the arguments of ClientObject.load() into a tree of property paths.
// An empty subtree means "all scalar properties" of that object, as load() with no argument does.

export interface LoadTree {
  [name: string]: LoadTree;
}

function addPath(tree: LoadTree, path: string): void {
  const parts = path
    .split('/')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  let node = tree;
  for (const p of parts) {
    if (!node[p]) node[p] = {};
    node = node[p];
  }
}

function addList(tree: LoadTree, list: string): void {
  for (const path of list.split(',')) addPath(tree, path);
}

function addObject(tree: LoadTree, spec: { [k: string]: unknown }): void {
  if ('select' in spec || 'expand' in spec) {
    if (typeof spec.select === 'string') addList(tree, spec.select);
    if (typeof spec.expand === 'string') addList(tree, spec.expand);
    return;
  }
  for (const key of Object.keys(spec)) {
    const v = spec[key];
    if (key.charAt(0) === '$' || v === false || v === undefined || v === null) continue;
    if (!tree[key]) tree[key] = {};
    if (typeof v === 'object') addObject(tree[key], v as { [k: string]: unknown });
  }
}

export function parseLoadSpec(spec: unknown): LoadTree {
  const tree: LoadTree = {};
  if (typeof spec === 'string') addList(tree, spec);
  else if (Array.isArray(spec)) for (const s of spec) addList(tree, String(s));
  else if (spec && typeof spec === 'object') addObject(tree, spec as { [k: string]: unknown });
  return tree;
}
