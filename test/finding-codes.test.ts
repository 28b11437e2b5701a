// The finding codes JSON consumers rely on: one list in the core, the README's table
// equal to it, and every finding a merge produces within it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { defaultSchema } from '../ledger/schema';
import { FINDING_CODES } from '../ledger/finding-codes';
import { FindingCode } from '../ledger/types';
import { runMerge } from '../scripts/merge-run';
import { findInputs } from '../scripts/find-inputs';
import { dayFromYMD } from '../ledger/days';
import { repoRoot } from './repo-root';

const TABLE_HEADER = '| code | severity | meaning |';

function readmeRows(): string[] {
  const lines = fs.readFileSync(path.join(repoRoot(), 'README.md'), 'utf8').split('\n');
  const at = lines.indexOf(TABLE_HEADER);
  assert.ok(at >= 0, 'README has no finding-code table');
  const rows: string[] = [];
  for (let i = at + 2; i < lines.length && lines[i].charAt(0) === '|'; i++) rows.push(lines[i]);
  return rows;
}

describe('finding codes', () => {
  it('the README table lists every code of the core, with its severities and meaning, in order', () => {
    const expected = Object.keys(FINDING_CODES).map((code) => {
      const spec = FINDING_CODES[code as FindingCode];
      return '| `' + code + '` | ' + spec.severities.join(', ') + ' | ' + spec.meaning + ' |';
    });
    assert.deepStrictEqual(readmeRows(), expected);
  });

  it('a merge of the examples gives every finding a listed code with a listed severity', () => {
    const root = repoRoot();
    const files = findInputs([path.join(root, 'examples')], root, path.join(root, 'build', 'never-written.xlsx')).files;
    const result = runMerge({ files, schema: defaultSchema(), asOf: dayFromYMD(2026, 11, 25), warnDays: 7 });
    assert.ok(result.findings.length > 0);
    for (const f of result.findings) {
      const spec = FINDING_CODES[f.code];
      assert.ok(spec, 'unlisted code ' + f.code);
      assert.ok(spec.severities.indexOf(f.severity) >= 0, f.code + ' with ' + f.severity);
    }
  });
});
