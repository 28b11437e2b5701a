// Command-line options of the comparison with earlier reports.
import * as assert from 'assert';
import * as fs from 'fs';
import { parseMergeArgs } from '../../scripts/merge-args';
import { runCli, tempDir } from './cli-helpers';

describe('merge command-line options: --previous', () => {
  it('reads --previous and the streak thresholds', () => {
    const p = parseMergeArgs(['a', '--out', 'r.xlsx', '--previous', '上周', '--stale-after', '3', '--overdue-after=4']);
    assert.deepStrictEqual(p, { kind: 'run', args: { inputs: ['a'], out: 'r.xlsx', previous: '上周', staleAfter: 3, overdueAfter: 4 } });
  });

  const errors: [string[], RegExp][] = [
    [['a', '--out', 'r.xlsx', '--previous'], /--previous 需要一个值/],
    [['a', '--out', 'r.xlsx', '--stale-after', '3'], /--stale-after 须与 --previous 一起使用/],
    [['a', '--out', 'r.xlsx', '--previous', 'p', '--overdue-after', '1'], /--overdue-after 须为 2 到 100 之间的整数/],
    [['a', '--out', 'r.xlsx', '--previous', 'p', '--stale-after', '2.5'], /--stale-after 须为 2 到 100 之间的整数/],
    [['a', '--out', 'r.xlsx', '--previous', 'p', '--stale-after', '101'], /--stale-after/],
  ];
  for (const [argv, message] of errors) {
    it('refuses ' + argv.slice(3).join(' '), () => {
      const p = parseMergeArgs(argv);
      assert.strictEqual(p.kind, 'error');
      assert.match(p.kind === 'error' ? p.message : '', message);
    });
  }

  it('is a usage error (exit 2) on the command line, and --help lists the options', () => {
    const dir = tempDir('args-');
    try {
      const r = runCli(['x', '--out', 'r.xlsx', '--overdue-after', '3'], dir);
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /用法错误：--overdue-after 须与 --previous 一起使用/);
      const help = runCli(['--help'], dir);
      for (const opt of ['--previous', '--stale-after', '--overdue-after']) assert.match(help.stdout, new RegExp(opt));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
