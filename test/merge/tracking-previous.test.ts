// --previous with earlier reports as users keep them: sorted, filtered, re-saved with an extra
// column, as JSON, from an older version, missing a column, broken, of the same or a later day,
// the --out file itself, in a folder among other files — and never modified.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CliResult, readReport, Row, runCli, snapshot, table, tempDir } from './cli-helpers';
import { repoRoot } from './fixtures';
import { exampleWeeks } from './make-weeks';
import { dropColumn, resave } from './report-edits';

const WEEK1 = path.join(repoRoot(), 'examples', '第1周');
const WEEK2 = path.join(repoRoot(), 'examples', '第2周');
const WEEK3 = path.join(repoRoot(), 'examples', '第3周');

/** 变化's rows as comparable lines: kind, department, problem, before, after, note. */
function changeLines(report: { [sheet: string]: Row[] }): string[] {
  const rows = report['变化'];
  assert.ok(rows, 'a 变化 sheet');
  const header = rows.findIndex((r) => r[0] === '变化类型');
  return table(rows, header)
    .filter((r) => r['责任部门'] !== null)
    .map((r) =>
      [r['变化类型'], r['责任部门'], r['问题描述'], r['上期'], r['本期'], r['说明'], r['上期来源文件'], r['上期来源行']].join('|'),
    );
}

describe('merge --previous: earlier reports as users keep them', function () {
  this.timeout(120000);
  let work: string;
  let earlier: string;
  let baseline: CliResult;
  let baselineLines: string[];
  let earlierUntouched: ReturnType<typeof snapshot>;

  /** Merges week 2 against `previous` into out/<name>.xlsx. */
  function week2(name: string, previous: string, extra: string[] = []): { run: CliResult; report: { [sheet: string]: Row[] } } {
    const out = path.join(work, 'out', name + '.xlsx');
    const run = runCli([WEEK2, '--as-of', '2026-12-02', '--out', out, '--previous', path.relative(work, previous), ...extra], work);
    return { run, report: fs.existsSync(out) ? readReport(out) : {} };
  }

  before(() => {
    work = tempDir('previous-');
    earlier = path.join(work, 'earlier');
    fs.mkdirSync(earlier);
    fs.mkdirSync(path.join(work, 'out'));
    const r = runCli(
      [WEEK1, '--as-of', '2026-11-25', '--out', path.join(earlier, 'w1.xlsx'), '--json', path.join(earlier, 'w1.json')],
      work,
    );
    assert.strictEqual(r.code, 0, r.stderr);
    earlierUntouched = snapshot(earlier);
    const b = week2('baseline', path.join(earlier, 'w1.xlsx'));
    baseline = b.run;
    baselineLines = changeLines(b.report);
  });

  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('compares with one report: 变化, no 趋势, exit 0', () => {
    assert.strictEqual(baseline.code, 0, baseline.stderr);
    assert.strictEqual(baselineLines.length, exampleWeeks()[1].expected.length);
    const report = readReport(path.join(work, 'out', 'baseline.xlsx'));
    assert.strictEqual(report['趋势'], undefined);
  });

  it('reads a report sorted, filtered, re-saved without colours and with an added column the same way', () => {
    const sorted = path.join(work, 'sorted.xlsx');
    resave(path.join(earlier, 'w1.xlsx'), sorted, (header, data) => {
      header.splice(3, 0, '督办意见');
      for (const r of data) r.splice(3, 0, '请抓紧落实');
      data.sort((a, b) => String(b[4]).localeCompare(String(a[4])));
    });
    const { run, report } = week2('sorted', sorted);
    assert.strictEqual(run.code, 0, run.stderr);
    assert.deepStrictEqual(changeLines(report), baselineLines);
  });

  it('reads a report re-saved in another spreadsheet format (.ods, .xls)', () => {
    for (const ext of ['.ods', '.xls']) {
      const other = path.join(work, 'resaved' + ext);
      resave(path.join(earlier, 'w1.xlsx'), other, () => undefined);
      const { run, report } = week2('resaved' + ext.slice(1), other);
      assert.strictEqual(run.code, 0, ext + ': ' + run.stderr);
      assert.deepStrictEqual(changeLines(report), baselineLines, ext);
    }
  });

  it('reads the JSON report to the same changes', () => {
    const { run, report } = week2('json', path.join(earlier, 'w1.json'));
    assert.strictEqual(run.code, 0, run.stderr);
    assert.deepStrictEqual(changeLines(report), baselineLines);
  });

  it('accepts a report of an earlier version (no 报告信息: the as-of day comes from the title)', () => {
    const old = path.join(work, 'old.xlsx');
    resave(path.join(earlier, 'w1.xlsx'), old, () => undefined, ['报告信息']);
    const { run, report } = week2('old', old);
    assert.strictEqual(run.code, 0, run.stderr);
    assert.deepStrictEqual(changeLines(report), baselineLines);
    // Streaks longer than two need the counts a report records: the merge says they start at 上期.
    assert.match(run.stderr, /上期报告“old\.xlsx”没有记录连续逾期、进展未更新的期数/);
    const two = week2('old-2', old, ['--overdue-after', '2']);
    assert.doesNotMatch(two.run.stderr, /没有记录连续逾期/);
    assert.strictEqual(changeLines(two.report).filter((l) => l.startsWith('连续逾期')).length, 4);
  });

  it('reads a report from before 原定时限, 延期天数 and 临期清单, and its JSON without extendedDays, to the same changes', () => {
    const before = path.join(work, 'before-extensions.xlsx');
    resave(
      path.join(earlier, 'w1.xlsx'),
      before,
      (header, data) => ['原定时限', '延期天数'].forEach((name) => dropColumn(header, data, name)),
      ['临期清单'],
    );
    const xlsx = week2('before-extensions', before);
    assert.strictEqual(xlsx.run.code, 0, xlsx.run.stderr);
    assert.doesNotMatch(xlsx.run.stderr, /原定时限|延期天数/);
    assert.deepStrictEqual(changeLines(xlsx.report), baselineLines);
    const doc = JSON.parse(fs.readFileSync(path.join(earlier, 'w1.json'), 'utf8'));
    for (const item of doc.items) {
      assert.ok('extendedDays' in item && 'originalDeadline' in item);
      delete item.extendedDays;
      delete item.originalDeadline;
    }
    fs.writeFileSync(path.join(work, 'before-extensions.json'), JSON.stringify(doc, null, 2));
    const json = week2('before-extensions-json', path.join(work, 'before-extensions.json'));
    assert.strictEqual(json.run.code, 0, json.run.stderr);
    assert.deepStrictEqual(changeLines(json.report), baselineLines);
  });

  it('names a column the report lacks and the changes it cannot judge, and looks for the rest', () => {
    const cut = path.join(work, 'no-progress.xlsx');
    resave(path.join(earlier, 'w1.xlsx'), cut, (header, data) => dropColumn(header, data, '整改进展'));
    const { run, report } = week2('no-progress', cut);
    assert.strictEqual(run.code, 0, run.stderr);
    assert.match(run.stderr, /上期报告“no-progress\.xlsx”的“汇总”表没有“整改进展”列，无法判断进展未更新。/);
    const lines = changeLines(report);
    assert.deepStrictEqual(
      lines,
      baselineLines.filter((l) => !l.startsWith('进展未更新')),
    );
    assert.ok(
      report['变化'].some((r) => /没有“整改进展”列/.test(String(r[0]))),
      'the notice is in 变化 too',
    );
  });

  const noComparison: [string, () => string, string[], RegExp][] = [
    [
      'a report without 问题描述',
      () => {
        const f = path.join(work, 'no-problem.xlsx');
        resave(path.join(earlier, 'w1.xlsx'), f, (header, data) => dropColumn(header, data, '问题描述'));
        return f;
      },
      [],
      /“no-problem\.xlsx”不是本工具生成的合并报告（“汇总”表中找不到含“问题描述”“责任部门”的表头行）/,
    ],
    [
      'a broken file',
      () => {
        const f = path.join(work, 'broken.xlsx');
        fs.writeFileSync(f, 'not a workbook');
        return f;
      },
      [],
      /上期报告“broken\.xlsx”无法读取：文件已损坏或不是电子表格。/,
    ],
    ['a missing file', () => path.join(work, 'nowhere.xlsx'), [], /找不到上期报告“nowhere\.xlsx”/],
    ['a ledger, not a report', () => path.join(WEEK1, '办公室整改台账.xlsx'), [], /不是本工具生成的合并报告（没有“汇总”表）/],
    [
      'a report of the same day',
      () => path.join(earlier, 'w1.xlsx'),
      ['--as-of', '2026-11-25'],
      /截至日期与本期相同（2026-11-25），不作比较/,
    ],
    [
      'a report newer than --as-of',
      () => path.join(earlier, 'w1.xlsx'),
      ['--as-of', '2026-11-20'],
      /截至日期（2026-11-25）晚于本期（2026-11-20），不作比较/,
    ],
    ['a folder without an earlier report', () => path.join(WEEK1), [], /文件夹“.*第1周”中没有截至日期早于本期（2026-12-02）的合并报告/],
  ];
  for (const [what, file, args, message] of noComparison) {
    it('writes the report without 变化 and exits 1 for ' + what, () => {
      const previous = file();
      const out = path.join(work, 'out', 'none.xlsx');
      fs.rmSync(out, { force: true });
      const asOf = args.length ? args : ['--as-of', '2026-12-02'];
      const run = runCli([WEEK2, ...asOf, '--out', out, '--previous', path.relative(work, previous)], work);
      assert.strictEqual(run.code, 1, run.stderr);
      assert.match(run.stderr, message);
      assert.match(run.stdout, /报告已写入/);
      assert.doesNotMatch(run.stdout, /与上期/);
      const report = readReport(out);
      assert.strictEqual(report['变化'], undefined);
      assert.ok(report['报告信息'].some((r) => r[1] === '（本次未与上期比较）'));
    });
  }

  it('may compare with the --out file itself, read before it is replaced', () => {
    const roll = path.join(work, 'roll.xlsx');
    fs.copyFileSync(path.join(earlier, 'w1.xlsx'), roll);
    const run = runCli([WEEK2, '--as-of', '2026-12-02', '--out', 'roll.xlsx', '--previous', 'roll.xlsx'], work);
    assert.strictEqual(run.code, 0, run.stderr);
    const report = readReport(roll);
    assert.deepStrictEqual(changeLines(report), baselineLines);
    // Next week, the same file again: it now carries week 2's streaks.
    const next = runCli([WEEK3, '--as-of', '2026-12-09', '--out', 'roll.xlsx', '--previous', 'roll.xlsx'], work);
    assert.strictEqual(next.code, 0, next.stderr);
    assert.ok(
      changeLines(readReport(roll)).some((l) => l.startsWith('连续逾期|办公室|重大事项请示报告流程不清晰|') && /连续 3 期逾期/.test(l)),
    );
  });

  it('takes 上期 from a folder among ledgers and other files, passes over them, and never modifies an earlier report', () => {
    const folder = path.join(work, 'archive');
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(earlier, 'w1.xlsx'), path.join(folder, 'w1.xlsx'));
    fs.copyFileSync(path.join(earlier, 'w1.json'), path.join(folder, 'w1.json'));
    fs.copyFileSync(path.join(WEEK1, '办公室整改台账.xlsx'), path.join(folder, '办公室整改台账.xlsx'));
    fs.writeFileSync(path.join(folder, 'settings.json'), '{"a": 1}');
    fs.writeFileSync(path.join(folder, 'readme.txt'), 'notes');
    const untouched = snapshot(folder);
    const { run, report } = week2('archive', folder);
    assert.strictEqual(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /archive[\\/](办公室整改台账|settings|readme)/, 'nothing to say about the other files');
    // The workbook and its JSON are one merge: no word about two reports of one day.
    assert.doesNotMatch(run.stderr, /截至日期相同/);
    assert.strictEqual(changeLines(report).length, baselineLines.length);
    assert.ok(report['趋势'], 'a folder gives a trend');
    assert.deepStrictEqual(snapshot(folder), untouched);
  });

  it('of two reports of the same day in a folder, uses the newer and says so', () => {
    const folder = path.join(work, 'twice');
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(earlier, 'w1.xlsx'), path.join(folder, 'a.xlsx'));
    fs.copyFileSync(path.join(earlier, 'w1.xlsx'), path.join(folder, 'b.xlsx'));
    const t = new Date(Date.now() - 60000);
    fs.utimesSync(path.join(folder, 'b.xlsx'), t, t);
    const { run } = week2('twice', folder);
    assert.strictEqual(run.code, 0, run.stderr);
    assert.match(run.stderr, /“twice[\\/]a\.xlsx”与“twice[\\/]b\.xlsx”的截至日期相同（2026-11-25），采用较新的“twice[\\/]a\.xlsx”/);
    assert.match(run.stdout, /与上期（截至2026年11月25日，twice[\\/]a\.xlsx）相比/);
  });

  it('refuses to compare when a report in the folder cannot be read', () => {
    const folder = path.join(work, 'with-broken');
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(earlier, 'w1.xlsx'), path.join(folder, 'w1.xlsx'));
    const bytes = fs.readFileSync(path.join(earlier, 'w1.xlsx'));
    fs.writeFileSync(path.join(folder, 'w0.xlsx'), bytes.subarray(0, bytes.length >> 1));
    const { run, report } = week2('with-broken', folder);
    assert.strictEqual(run.code, 1, run.stderr);
    assert.match(run.stderr, /上期报告“with-broken[\\/]w0\.xlsx”无法读取：/);
    assert.match(run.stderr, /为免与错误的上期比较/);
    assert.strictEqual(report['变化'], undefined);
  });

  it('counts streaks through a folder of reports that were never compared', () => {
    const folder = path.join(work, 'plain');
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(earlier, 'w1.xlsx'), path.join(folder, 'w1.xlsx'));
    const w2 = runCli([WEEK2, '--as-of', '2026-12-02', '--out', path.join(folder, 'w2.xlsx')], work);
    assert.strictEqual(w2.code, 0, w2.stderr);
    const out = path.join(work, 'out', 'plain3.xlsx');
    const run = runCli([WEEK3, '--as-of', '2026-12-09', '--out', out, '--previous', folder, '--stale-after', '3'], work);
    assert.strictEqual(run.code, 0, run.stderr);
    const lines = changeLines(readReport(out));
    assert.ok(
      lines.some((l) => l.startsWith('连续逾期|办公室|重大事项请示报告流程不清晰|') && /连续 3 期逾期/.test(l)),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((l) => l.startsWith('进展未更新|研究室|调研报告质量参差不齐|') && /连续 3 期未更新/.test(l)),
      lines.join('\n'),
    );
    assert.doesNotMatch(run.stderr, /没有记录连续逾期/);
  });

  it('left every earlier report it read as it was', () => {
    assert.deepStrictEqual(snapshot(earlier), earlierUntouched);
  });
});
