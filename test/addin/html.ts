// A small tag/attribute reader for the built pane's HTML (minified: attributes may be unquoted).

export interface Tag {
  name: string;
  attrs: { [name: string]: string };
  /** Text up to the next tag (a script's inline body, for instance). */
  after: string;
}

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>([^<]*)/g;
const ATTR = /([^\s=>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

export function tags(html: string): Tag[] {
  const out: Tag[] = [];
  let m: RegExpExecArray | null;
  TAG.lastIndex = 0;
  while ((m = TAG.exec(html))) {
    const attrs: { [name: string]: string } = {};
    let a: RegExpExecArray | null;
    ATTR.lastIndex = 0;
    while ((a = ATTR.exec(m[2]))) {
      const raw = a[2] === undefined ? '' : a[2];
      attrs[a[1].toLowerCase()] = /^["']/.test(raw) ? raw.slice(1, -1) : raw;
    }
    out.push({ name: m[1].toLowerCase(), attrs, after: m[3] });
  }
  return out;
}

/** 'default-src 'self'; script-src …' → { 'default-src': ["'self'"], … }. */
export function parseCsp(policy: string): { [directive: string]: string[] } {
  const out: { [directive: string]: string[] } = {};
  for (const part of policy.split(';')) {
    const words = part
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '');
    if (words.length > 0) out[words[0].toLowerCase()] = words.slice(1);
  }
  return out;
}
