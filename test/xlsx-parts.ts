// The parts of a written xlsx (or any zip package) as text, and a minimal XML well-formedness check.
import * as assert from 'assert';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export type Parts = { [path: string]: string };

export function unzip(buf: Uint8Array): Parts {
  const files = unzipSync(buf);
  const out: Parts = {};
  for (const k of Object.keys(files)) out[k] = strFromU8(files[k]);
  return out;
}

/** Minimal XML well-formedness check: balanced tags, quoted attributes, known entities, legal characters. */
export function assertWellFormed(xml: string, part: string): void {
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'), `${part}: declaration`);
  assert.ok(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml), `${part}: illegal character`);
  assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(xml), `${part}: lone surrogate`);
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let m: RegExpExecArray | null;
  let roots = 0;
  while ((m = token.exec(body)) !== null) {
    if (m[6]) assert.fail(`${part}: malformed markup at ${m.index}: ${body.slice(m.index, m.index + 60)}`);
    const text = m[5] !== undefined ? m[5] : m[3];
    if (text) {
      const bad = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);)/.exec(text);
      assert.ok(!bad, `${part}: bare & near ${text.slice(0, 60)}`);
    }
    if (m[5] !== undefined) {
      assert.ok(stack.length > 0 || /^\s*$/.test(m[5]), `${part}: text outside the root element`);
      continue;
    }
    if (m[1]) {
      assert.strictEqual(stack.pop(), m[2], `${part}: mismatched </${m[2]}>`);
    } else if (!m[4]) {
      if (stack.length === 0) roots++;
      stack.push(m[2]);
    } else if (stack.length === 0) {
      roots++;
    }
  }
  assert.deepStrictEqual(stack, [], `${part}: unclosed elements`);
  assert.strictEqual(roots, 1, `${part}: one root element`);
}

/** A zip package with some parts' text rewritten: `edit` returns a part's new text, or undefined to keep its bytes. */
export function rewriteParts(buf: Uint8Array, edit: (path: string, text: () => string) => string | undefined): Buffer {
  const files = unzipSync(buf);
  for (const k of Object.keys(files)) {
    const text = edit(k, () => strFromU8(files[k]));
    if (text !== undefined) files[k] = strToU8(text);
  }
  return Buffer.from(zipSync(files, { level: 6 }));
}
