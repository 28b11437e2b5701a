// The README's table of input limits is what the merge enforces.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { INPUT_LIMITS, InputLimits } from '../../scripts/input-policy';
import { repoRoot } from './fixtures';

const MB = 1024 * 1024;
const ROWS: [string, keyof InputLimits, (n: number) => string][] = [
  ['size on disk', 'fileBytes', (n) => n / MB + ' MB'],
  ['once inflated', 'unzippedBytes', (n) => n / MB + ' MB'],
  ['parts in a zipped workbook', 'zipEntries', (n) => n.toLocaleString('en-US')],
  ['rows, all sheets together', 'rows', (n) => n.toLocaleString('en-US')],
  ['cells, all sheets together', 'cells', (n) => n.toLocaleString('en-US')],
];

describe('README: merge input limits', () => {
  it('lists every limit with the value the merge enforces', () => {
    const readme = fs.readFileSync(path.join(repoRoot(), 'README.md'), 'utf8');
    for (const [label, key, shown] of ROWS) {
      const line = readme.split('\n').find((l) => l.startsWith('| ') && l.includes(label));
      assert.ok(line, 'no README row for ' + label);
      assert.strictEqual(line!.split('|')[2].trim(), shown(INPUT_LIMITS[key]), label);
    }
  });
});
