// Every ledger module type-checks against the ES5 library, as the add-in's bundle compiles it:
// a module the bundle does not import yet (so webpack never checks it) is held to the same rule.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { repoRoot } from '../repo-root';

function es5Errors(files: string[]): string[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES5,
    lib: ['lib.es5.d.ts'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? path.basename(d.file.fileName) + ':' + (d.file.getLineAndCharacterOfPosition(d.start || 0).line + 1) : '';
    return where + ' ' + ts.flattenDiagnosticMessageText(d.messageText, '\n');
  });
}

describe('ledger core: ES5 runtime API only', function () {
  this.timeout(60000);

  it('the check is real: an ES2015 API is a type error', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'es5-'));
    const file = path.join(dir, 'x.ts');
    fs.writeFileSync(file, "export const s = 'abc'.startsWith('a');\n");
    assert.ok(es5Errors([file]).some((e) => /startsWith/.test(e)));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('every ledger/*.ts compiles with lib es5', () => {
    const dir = path.join(repoRoot(), 'ledger');
    const files = fs
      .readdirSync(dir)
      .filter((f) => /\.ts$/.test(f))
      .map((f) => path.join(dir, f));
    assert.deepStrictEqual(es5Errors(files), []);
  });
});
