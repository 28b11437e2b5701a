// The core runs in the add-in's ES5 bundle (IE11 in old Office), yet the pane bundles only the
// modules it imports: this type-checks every core module against the ES5 library, so an
// ES2015+ runtime API (Map, Set, Array.from, String.prototype.includes …) fails here first.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { repoRoot } from '../repo-root';

function es5Errors(file: string): string[] {
  const program = ts.createProgram([file], {
    target: ts.ScriptTarget.ES5,
    lib: ['lib.es5.d.ts'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => (d.file ? path.relative(repoRoot(), d.file.fileName) + ': ' : '') + ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('ledger core: ES5 runtime only', function () {
  this.timeout(60000);

  it('type-checks every module against the ES5 library', () => {
    assert.deepStrictEqual(es5Errors(path.join(repoRoot(), 'ledger', 'index.ts')), []);
  });

  it('the check is real: an ES2015 API is an error', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'es5-'));
    const file = path.join(dir, 'probe.ts');
    fs.writeFileSync(file, "export const has = 'abc'.includes('b');\n");
    try {
      const errors = es5Errors(file);
      assert.strictEqual(errors.length, 1);
      assert.match(errors[0], /includes/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
