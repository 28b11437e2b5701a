// Command-line parsing of the merge command.
import * as assert from 'assert';
import * as path from 'path';
import { dayFromYMD } from '../../ledger/days';
import { parseMergeArgs } from '../../scripts/merge-args';

describe('merge command-line options', () => {
  it('reads files, folders and every option, in either --opt value or --opt=value form', () => {
    const p = parseMergeArgs([
      'a.xlsx',
      'dir',
      '--out',
      'r.xlsx',
      '--as-of=2026-11-25',
      '--warn-days',
      '5',
      '--json',
      'r.json',
      '--config',
      's.json',
    ]);
    assert.deepStrictEqual(p, {
      kind: 'run',
      args: { inputs: ['a.xlsx', 'dir'], out: 'r.xlsx', asOf: dayFromYMD(2026, 11, 25), warnDays: 5, json: 'r.json', config: 's.json' },
    });
  });

  it('treats everything after -- as inputs', () => {
    const p = parseMergeArgs(['--out', 'r.xlsx', '--', '--odd-name.xlsx']);
    assert.deepStrictEqual(p.kind === 'run' && p.args.inputs, ['--odd-name.xlsx']);
  });

  it('accepts an upper-case .XLSX report name', () => {
    assert.strictEqual(parseMergeArgs(['a', '--out', 'R.XLSX']).kind, 'run');
  });

  const errors: [string[], RegExp][] = [
    [['a', '--out'], /--out 需要一个值/],
    [['a', '--out', 'r.xlsx', '--out', 's.xlsx'], /只能指定一次/],
    [['a', '--out', 'r.xlsx', '--as-of', '2026/11/25'], /YYYY-MM-DD/],
    [['a', '--out', 'r.xlsx', '--warn-days', '-1'], /--warn-days/],
    [['a', '--out', 'r.xlsx', '--warn-days', '1.5'], /--warn-days/],
    [['a', '--out', 'r.xlsx', '--warn-days', '999'], /--warn-days/],
  ];
  for (const [argv, message] of errors) {
    it('rejects ' + argv.join(' '), () => {
      const p = parseMergeArgs(argv);
      assert.strictEqual(p.kind, 'error');
      assert.match(p.kind === 'error' ? p.message : '', message);
    });
  }

  it('recognises --help anywhere', () => {
    assert.deepStrictEqual(parseMergeArgs(['a', '--help']), { kind: 'help' });
  });
});

describe('merge command-line options in the single-file executable', () => {
  const exe = { folder: '/srv/台账', cwd: '/home/clerk', today: dayFromYMD(2026, 11, 25) };

  it('without inputs merges its own folder, into 汇总报告（today）.xlsx there', () => {
    assert.deepStrictEqual(parseMergeArgs([], exe), {
      kind: 'run',
      args: { inputs: ['/srv/台账'], out: path.join('/srv/台账', '汇总报告（2026-11-25）.xlsx'), base: '/srv/台账' },
    });
  });

  it('without --out writes beside the first input, named by the as-of day', () => {
    const p = parseMergeArgs(['各部门', '/data/b.xlsx', '--as-of', '2026-12-01'], exe);
    assert.strictEqual(p.kind === 'run' && p.args.out, path.join('/home/clerk', '汇总报告（2026-12-01）.xlsx'));
    assert.strictEqual(p.kind === 'run' && p.args.base, '/home/clerk');
    const dropped = parseMergeArgs(['/data/dept/a.xlsx'], exe);
    assert.strictEqual(dropped.kind === 'run' && dropped.args.out, path.join('/data/dept', '汇总报告（2026-11-25）.xlsx'));
  });

  it('keeps an explicit --out, and the npm command still requires inputs and --out', () => {
    assert.deepStrictEqual(parseMergeArgs(['a', '--out', 'r.xlsx'], exe), { kind: 'run', args: { inputs: ['a'], out: 'r.xlsx' } });
    assert.strictEqual(parseMergeArgs([]).kind, 'error');
    assert.strictEqual(parseMergeArgs(['a']).kind, 'error');
  });
});
