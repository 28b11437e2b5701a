// The committed examples/第1周 (the README's first command) merge cleanly and show every light.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readReport, runCli, snapshot, table, tempDir } from './cli-helpers';
import { repoRoot } from './fixtures';

describe('merge command: the examples folder @tz', () => {
  it('merges every example file of the first week with every light as of 2026-11-25, leaving examples/ untouched', () => {
    const root = repoRoot();
    const examples = path.join(root, 'examples');
    const before = snapshot(examples);
    const out = tempDir('examples-');
    try {
      const report = path.join(out, '汇总报告.xlsx');
      const r = runCli(['examples/第1周', '--out', report, '--as-of', '2026-11-25'], root);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stdout, /已合并 5 个文件、6 个工作表、27 项整改事项/);
      const rows = table(readReport(report)['汇总'], 2);
      const lights = new Set(rows.map((x) => x['状态灯']));
      for (const l of ['红', '黄', '绿', '蓝', '灰']) assert.ok(lights.has(l), l);
      const formats = new Set(rows.map((x) => path.extname(String(x['来源文件']))));
      assert.deepStrictEqual([...formats].sort(), ['.csv', '.xls', '.xlsx']);
      assert.deepStrictEqual(snapshot(examples), before);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
