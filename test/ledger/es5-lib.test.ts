// The core runs in old Office's ES5 engine: every ledger module, not only those the pane's
// bundle pulls in today, must type-check against ES5's library alone (ledger/tsconfig.json).
import * as assert from 'assert';
import * as path from 'path';
import * as ts from 'typescript';
import { repoRoot } from '../repo-root';

function diagnostics(configFile: string): string[] {
  const read = ts.readConfigFile(configFile, (f) => ts.sys.readFile(f));
  assert.ok(!read.error, 'cannot read ' + configFile);
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(configFile));
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? path.relative(repoRoot(), d.file.fileName) + ' ' : '';
    return where + ts.flattenDiagnosticMessageText(d.messageText, ' ');
  });
}

describe('ledger core: ES5 library only', () => {
  it('type-checks every module against lib es5', function () {
    this.timeout(60000);
    const config = path.join(repoRoot(), 'ledger', 'tsconfig.json');
    assert.deepStrictEqual(diagnostics(config), []);
  });

  it('the check is real: an ES2015 API in a ledger module is refused', function () {
    this.timeout(60000);
    const host = ts.createCompilerHost({ lib: ['lib.es5.d.ts'], noEmit: true, types: [] });
    const source = 'export const x: boolean = "abc".includes("b");';
    const getSourceFile = host.getSourceFile;
    host.getSourceFile = (name, lang) =>
      name === 'probe.ts' ? ts.createSourceFile(name, source, lang) : getSourceFile.call(host, name, lang);
    const program = ts.createProgram(['probe.ts'], { lib: ['lib.es5.d.ts'], noEmit: true, types: [] }, host);
    const messages = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
    assert.ok(
      messages.some((m) => /includes/.test(m)),
      messages.join('\n'),
    );
  });
});
