// 跟踪问效 over the three example weeks: each week's merge with --previous finds exactly the
// changes the departments made (make-weeks.ts lists them), nothing else; streaks run over three
// weeks; the trend and its charts; every count conserved.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CHANGE_KINDS, CHANGE_NAMES } from '../../ledger/changes';
import { convertWith } from '../libreoffice';
import { toolPath } from '../tools';
import { unzip } from '../xlsx-parts';
import { CliResult, readReport, Row, runCli, snapshot, table, tempDir } from './cli-helpers';
import { repoRoot } from './fixtures';
import { ExampleWeek, exampleWeeks, ExpectedChange } from './make-weeks';

/** kind|department|problem|streak or days, as the 变化 sheet shows a change. */
function key(kind: string, department: unknown, problem: unknown, extra: unknown): string {
  return [kind, department, problem, extra === undefined || extra === null ? '' : extra].join('|');
}

function expectedKeys(expected: ExpectedChange[]): string[] {
  return expected.map((e) => key(CHANGE_NAMES[e.kind], e.department, e.problem, e.merges !== undefined ? e.merges : e.days)).sort();
}

/** The rows of 变化 below its header, block titles left out. */
function changeRows(report: { [sheet: string]: Row[] }): { [col: string]: unknown }[] {
  const rows = report['变化'];
  const header = rows.findIndex((r) => r[0] === '变化类型');
  assert.ok(header > 0, '变化 has a header row');
  return table(rows, header).filter((r) => r['责任部门'] !== null);
}

function shownKeys(report: { [sheet: string]: Row[] }): string[] {
  return changeRows(report)
    .map((r) => {
      const note = String(r['说明'] || '');
      const streak = /连续 (\d+) 期/.exec(note);
      const days = /延期 (\d+) 天/.exec(note);
      return key(String(r['变化类型']), r['责任部门'], r['问题描述'], streak ? +streak[1] : days ? +days[1] : undefined);
    })
    .sort();
}

/** The 统计 row of a department or 合计, as an object keyed by header. */
function statsRow(report: { [sheet: string]: Row[] }, name: string): { [col: string]: unknown } {
  return table(report['统计'], 1).filter((r) => r['责任部门'] === name)[0];
}

describe('merge --previous: three example weeks', function () {
  this.timeout(120000);
  const root = repoRoot();
  const weeks = exampleWeeks();
  let work: string;
  let untouched: ReturnType<typeof snapshot>;
  const runs: CliResult[] = [];
  const reports: { [sheet: string]: Row[] }[] = [];

  before(() => {
    work = tempDir('weeks-');
    fs.mkdirSync(path.join(work, 'reports'));
    fs.mkdirSync(path.join(work, 'json'));
    untouched = snapshot(path.join(root, 'examples'));
    weeks.forEach((w, i) => {
      const args = [path.join(root, 'examples', w.folder), '--as-of', w.asOf, '--out', path.join(work, 'reports', w.folder + '.xlsx')];
      args.push('--json', path.join(work, 'json', w.folder + '.json'));
      if (i > 0) args.push('--previous', path.join(work, 'reports'));
      runs.push(runCli(args, work));
      reports.push(readReport(path.join(work, 'reports', w.folder + '.xlsx')));
    });
  });

  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('the committed examples are what make-weeks.ts generates', () => {
    // In its own process: SheetJS keeps number formats it has read in a global table, which changes what it writes.
    const fresh = path.join(work, 'fresh');
    const gen = spawnSync(process.execPath, [path.join(__dirname, 'make-weeks.js'), fresh], { encoding: 'utf8' });
    assert.strictEqual(gen.status, 0, gen.stderr);
    for (const w of weeks) {
      const files = fs.readdirSync(path.join(fresh, w.folder)).sort();
      const committed = fs.readdirSync(path.join(root, 'examples', w.folder)).sort();
      assert.deepStrictEqual(committed, files, w.folder);
      for (const f of files) {
        assert.ok(
          fs.readFileSync(path.join(root, 'examples', w.folder, f)).equals(fs.readFileSync(path.join(fresh, w.folder, f))),
          w.folder + '/' + f,
        );
      }
    }
  });

  it('merges each week (exit 0) and compares from the second on, leaving the examples untouched', () => {
    runs.forEach((r) => assert.strictEqual(r.code, 0, r.stderr));
    assert.doesNotMatch(runs[0].stdout, /与上期/);
    assert.strictEqual(reports[0]['变化'], undefined);
    assert.deepStrictEqual(Object.keys(reports[2]), ['汇总', '统计', '变化', '趋势', '逾期清单', '临期清单', '数据问题', '报告信息']);
    assert.deepStrictEqual(snapshot(path.join(root, 'examples')), untouched);
  });

  for (const i of [1, 2]) {
    it(`week ${i + 1}: 变化 lists exactly the changes made, each once, nothing else`, () => {
      assert.deepStrictEqual(shownKeys(reports[i]), expectedKeys(weeks[i].expected));
    });

    it(`week ${i + 1}: the console has one line per kind with its count`, () => {
      const w: ExampleWeek = weeks[i];
      assert.match(
        runs[i].stdout,
        new RegExp('与上期（截至' + (i === 1 ? '2026年11月25日' : '2026年12月2日') + '，reports[\\\\/]第' + i + '周\\.xlsx）相比：'),
      );
      for (const kind of CHANGE_KINDS) {
        const n = w.expected.filter((e) => e.kind === kind).length;
        assert.match(runs[i].stdout, new RegExp('^  ' + CHANGE_NAMES[kind] + ' ' + n + ' 项$', 'm'), kind);
      }
      assert.match(runs[i].stdout, new RegExp('趋势：共 ' + (i + 1) + ' 期'));
    });

    it(`week ${i + 1}: the JSON lists the same changes, and the counts are conserved`, () => {
      const doc = JSON.parse(fs.readFileSync(path.join(work, 'json', weeks[i].folder + '.json'), 'utf8'));
      const earlier = JSON.parse(fs.readFileSync(path.join(work, 'json', weeks[i - 1].folder + '.json'), 'utf8'));
      assert.deepStrictEqual(doc.previous, { file: path.join('reports', weeks[i - 1].folder + '.xlsx'), asOf: weeks[i - 1].asOf });
      assert.ok(doc.tool.version.length > 0);
      const keys = doc.changes.map((c: { kindName: string; department: string; problem: string; merges?: number; days?: number }) =>
        key(c.kindName, c.department, c.problem, c.merges !== undefined ? c.merges : c.days),
      );
      assert.deepStrictEqual(keys.sort(), expectedKeys(weeks[i].expected));
      for (const kind of CHANGE_KINDS)
        assert.strictEqual(doc.changeCounts[kind], doc.changes.filter((c: { kind: string }) => c.kind === kind).length);
      // earlier = matched + vanished + unmatched(earlier); current = matched + added + unmatched(current).
      const unmatchedEarlier = doc.changes.filter(
        (c: { kind: string; source: unknown }) => c.kind === 'unmatched' && c.source === null,
      ).length;
      const unmatchedNow = doc.changeCounts.unmatched - unmatchedEarlier;
      assert.strictEqual(
        earlier.items.length - doc.changeCounts.vanished - unmatchedEarlier,
        doc.items.length - doc.changeCounts.added - unmatchedNow,
      );
    });

    it(`week ${i + 1}: 统计 gains 较上期 columns that add up to the 合计 row`, () => {
      const rows = table(reports[i]['统计'], 1);
      const departments = rows.filter((r) => r['责任部门'] !== '合计');
      const totals = statsRow(reports[i], '合计');
      const sum = (col: string) => departments.reduce((n, r) => n + ((r[col] as number) || 0), 0);
      assert.strictEqual(totals['较上期新销号'], weeks[i].expected.filter((e) => e.kind === 'closed').length);
      assert.strictEqual(sum('较上期新销号'), totals['较上期新销号']);
      assert.strictEqual(totals['较上期新逾期'], weeks[i].expected.filter((e) => e.kind === 'newlyOverdue').length);
      assert.strictEqual(sum('较上期新逾期'), totals['较上期新逾期']);
      const before = statsRow(reports[i - 1], '合计')['完成率'] as number;
      const now = totals['完成率'] as number;
      assert.strictEqual(totals['完成率较上期（百分点）'], Math.round((now - before) * 1000) / 10);
    });
  }

  it('counts streaks over three weeks in 汇总 (连续逾期期数, 进展未更新期数)', () => {
    const rows = table(reports[2]['汇总'], 2);
    const row = (problem: string) => rows.filter((r) => r['问题描述'] === problem)[0];
    assert.strictEqual(row('重大事项请示报告流程不清晰')['连续逾期期数'], 3);
    assert.strictEqual(row('机关信息化建设缺乏整体规划')['连续逾期期数'], 2);
    assert.strictEqual(row('调研报告质量参差不齐')['进展未更新期数'], 3);
    assert.strictEqual(row('公文处理环节多、流转慢')['进展未更新期数'], null);
    assert.strictEqual(table(reports[0]['汇总'], 2)[0]['连续逾期期数'], undefined, 'no streak columns without a comparison');
  });

  it('趋势 gives every week’s 完成率 and 逾期 as 统计 gave them, with two native line charts', () => {
    const rows = reports[2]['趋势'];
    const blocks = rows.map((r, i) => (r[0] === '责任部门' ? i : -1)).filter((i) => i >= 0);
    assert.strictEqual(blocks.length, 2);
    assert.deepStrictEqual(rows[blocks[0]], ['责任部门', ...weeks.map((w) => w.asOf)]);
    const totals = (header: number) =>
      rows
        .slice(header + 1)
        .filter((r) => r[0] === '合计')[0]
        .slice(1);
    assert.deepStrictEqual(
      totals(blocks[0]),
      reports.map((r) => statsRow(r, '合计')['完成率']),
    );
    assert.deepStrictEqual(
      totals(blocks[1]),
      reports.map((r) => statsRow(r, '合计')['逾期']),
    );
    const research = rows
      .slice(blocks[1] + 1)
      .filter((r) => r[0] === '研究室')[0]
      .slice(1);
    assert.deepStrictEqual(
      research,
      reports.map((r) => statsRow(r, '研究室')['逾期']),
    );
    const parts = unzip(fs.readFileSync(path.join(work, 'reports', '第3周.xlsx')));
    assert.match(parts['xl/charts/chart1.xml'], /<a:t>完成率趋势<\/a:t>/);
    assert.match(parts['xl/charts/chart2.xml'], /<a:t>逾期数趋势<\/a:t>/);
    // One line per row of the table: 合计 and each department.
    const series = rows.slice(blocks[0] + 1).findIndex((r) => r.length === 0 || r[0] === null || r[0] === '逾期数');
    assert.strictEqual((parts['xl/charts/chart1.xml'].match(/<c:ser>/g) || []).length, series);
    assert.strictEqual(reports[1]['趋势'][blocks[0]].length, 3, 'week 2: two weeks');
  });

  it('报告信息 records the as-of day, the tool version and the report compared with', () => {
    const info = (i: number) => {
      const o: { [k: string]: unknown } = {};
      for (const r of reports[i]['报告信息']) o[String(r[0])] = r[1];
      return o;
    };
    assert.strictEqual(info(0)['截至日期'], '2026-11-25');
    assert.strictEqual(info(0)['上期报告'], '（本次未与上期比较）');
    assert.strictEqual(info(2)['截至日期'], '2026-12-09');
    assert.strictEqual(info(2)['上期截至日期'], '2026-12-02');
    assert.strictEqual(info(2)['上期报告'], path.join('reports', '第2周.xlsx'));
    assert.strictEqual(info(2)['工具版本'], JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });

  it('LibreOffice prints 趋势 with both charts', function () {
    this.timeout(180000);
    const pdf = convertWith(path.join(work, 'reports', '第3周.xlsx'), 'pdf', { outDir: path.join(work, 'pdf') });
    const text = spawnSync(toolPath('pdftotext'), ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    assert.match(text, /完成率趋势/);
    assert.match(text, /逾期数趋势/);
    assert.match(text, /与上期相比的变化/);
  });
});
