import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../repo-root';

// import … from 'x', export … from 'x', import 'x', import('x'), require('x'), import x = require('x').
const SPECIFIERS = [
  /\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** Module specifiers in TypeScript source that leave the ledger folder. */
function outsideImports(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  const bad: string[] = [];
  for (const re of SPECIFIERS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(code))) {
      const spec = m[1];
      if (spec.indexOf('./') !== 0 || spec.indexOf('..') >= 0) bad.push(spec);
    }
  }
  return bad;
}

describe('ledger core import boundary', () => {
  it('recognises imports that leave the folder', () => {
    const sample = [
      "import * as fs from 'fs';",
      "import { x } from '../scripts/y';",
      "export { z } from 'xlsx';",
      "import 'office-js';",
      "const p = require('node:path');",
      "const q = import('path');",
      "import type { A } from './types';",
      "export * from './schema';",
      '// import { no } from "fs";',
    ].join('\n');
    assert.deepStrictEqual(outsideImports(sample).sort(), ['../scripts/y', 'fs', 'node:path', 'office-js', 'path', 'xlsx']);
  });

  it('imports nothing but its own modules (no fs, path, SheetJS, Office or node: modules)', () => {
    const dir = path.join(repoRoot(), 'ledger');
    const files = fs.readdirSync(dir).filter((f) => /\.ts$/.test(f));
    assert.ok(files.length >= 3, 'ledger/*.ts not found in ' + dir);
    const offenders: string[] = [];
    for (const f of files) {
      for (const spec of outsideImports(fs.readFileSync(path.join(dir, f), 'utf8'))) offenders.push(f + ' → ' + spec);
    }
    assert.deepStrictEqual(offenders, []);
  });

  it('has no subfolders whose files would escape the scan', () => {
    const dir = path.join(repoRoot(), 'ledger');
    const folders = fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).isDirectory());
    assert.deepStrictEqual(folders, []);
  });
});
