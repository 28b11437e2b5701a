// The merge command end to end: real files in every format, the real CLI as a
// subprocess, the report read back with SheetJS.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { dayFromYMD, serialFromDay } from '../../ledger/days';
import { readReport, Row, runCli, snapshot, table, tempDir, CliResult } from './cli-helpers';
import { AS_OF, EXPECTED, OVERDUE_ORDER, READABLE_FILES, SKIPPED, writeCorrupt, writeDepartmentSet } from './department-set';
import { Json } from '../json';

const LIGHT_WORDS: { [light: string]: string } = { red: '红', amber: '黄', green: '绿', blue: '蓝', grey: '灰' };

describe('merge command: a folder of department ledgers @tz', () => {
  let dir: string;
  let work: string;
  let inputsBefore: { [file: string]: string };
  let run: CliResult;
  let report: { [sheet: string]: Row[] };
  let json: Json;

  before(() => {
    work = tempDir();
    dir = path.join(work, 'ledgers');
    writeDepartmentSet(dir);
    writeCorrupt(path.join(dir, 'corrupt.xlsx'));
    inputsBefore = snapshot(dir);
    fs.mkdirSync(path.join(work, 'out'));
    run = runCli(['ledgers', '--out', 'out/report.xlsx', '--as-of', AS_OF, '--json', 'out/report.json'], work);
    report = readReport(path.join(work, 'out', 'report.xlsx'));
    json = JSON.parse(fs.readFileSync(path.join(work, 'out', 'report.json'), 'utf8'));
  });

  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('exits 1 because one file is unreadable, naming it on stderr, and still writes the report', () => {
    assert.strictEqual(run.code, 1, run.stderr);
    assert.match(run.stderr, /ledgers[\\/]corrupt\.xlsx：.*(损坏|无法读取)/);
    assert.match(run.stdout, /已合并 8 个文件、8 个工作表、17 项整改事项；发现数据问题 \d+ 条.*报告已写入 out\/report\.xlsx/);
  });

  it('writes the five report sheets and the report information', () => {
    assert.deepStrictEqual(Object.keys(report), ['汇总', '统计', '逾期清单', '临期清单', '数据问题', '报告信息']);
  });

  it('lists every item once in 汇总 with its light, days left and source', () => {
    const rows = table(report['汇总'], 2);
    assert.strictEqual(rows.length, Object.keys(EXPECTED).length);
    for (const problem of Object.keys(EXPECTED)) {
      const e = EXPECTED[problem];
      const hits = rows.filter((r) => r['问题描述'] === problem);
      assert.strictEqual(hits.length, 1, problem);
      const r = hits[0];
      assert.strictEqual(r['状态灯'], e.light ? LIGHT_WORDS[e.light] : '未定', problem);
      assert.strictEqual(r['剩余天数'], e.daysLeft, problem);
      assert.strictEqual(r['责任部门'], e.department, problem);
      assert.strictEqual(r['来源文件'], path.join('ledgers', e.file), problem);
      assert.strictEqual(r['来源工作表'], e.sheet, problem);
      assert.strictEqual(r['来源行'], e.row, problem);
    }
  });

  it('keeps the canonical columns in standard order, then the report columns', () => {
    assert.deepStrictEqual(report['汇总'][2], [
      '序号',
      '问题类别',
      '问题描述',
      '整改措施',
      '责任部门',
      '责任人',
      '责任领导',
      '完成时限',
      '整改进展',
      '整改状态',
      '销号日期',
      '备注',
      '原定时限',
      '状态灯',
      '剩余天数',
      '延期天数',
      '认定时限',
      '来源文件',
      '来源工作表',
      '来源行',
    ]);
    assert.match(String(report['汇总'][1][0]), /红＝逾期；黄＝临期（7天内到期）.*灰＝已销号/);
  });

  it('keeps deadlines as written: date cells stay dates (1904 workbooks converted), text stays text', () => {
    const rows = table(report['汇总'], 2);
    const by = (p: string) => rows.filter((r) => r['问题描述'] === p)[0];
    assert.strictEqual(by('办公室-逾期')['完成时限'], serialFromDay(dayFromYMD(2026, 9, 30)));
    assert.strictEqual(by('财经工委-1904')['完成时限'], serialFromDay(dayFromYMD(2026, 11, 1)));
    assert.strictEqual(by('办公室-正常')['完成时限'], '2027年6月底');
    assert.strictEqual(by('办公室-正常')['认定时限'], serialFromDay(dayFromYMD(2027, 6, 30)));
    assert.strictEqual(by('办公室-长期')['认定时限'], '长期');
    assert.strictEqual(by('办公室-时限有误')['认定时限'], null);
    assert.strictEqual(by('机关党委-逾期')['整改措施'], '统一记录本格式，每季度检查一次', 'GBK CSV decoded');
    assert.strictEqual(by('办公室-临期')['问题类别'], '统筹谋划少', 'vertically merged category applies');
  });

  it('never merges hidden sheets, lock files, hidden files or non-spreadsheets', () => {
    const text = JSON.stringify(report['汇总']);
    assert.ok(!text.includes('草稿-不应合并'));
    const files = json.files.map((f: Json) => f.file).sort();
    assert.deepStrictEqual(
      files,
      READABLE_FILES.concat(['corrupt.xlsx'])
        .map((f) => path.join('ledgers', f))
        .sort(),
    );
    const hidden = json.files.filter((f: Json) => f.file === path.join('ledgers', '办公室.xlsx'))[0].sheets.filter((s: Json) => s.hidden);
    assert.deepStrictEqual(hidden, [{ name: '草稿', rows: 0, items: 0, ledger: false, hidden: true }]);
  });

  it('accounts for every non-blank row below a header: an item, or a skipped row with its reason', () => {
    const rowsRead = json.files.reduce((n: number, f: Json) => n + f.rowsRead, 0);
    const skipped = json.problems.filter((p: Json) => p.code === 'row-skipped');
    assert.strictEqual(rowsRead, json.items.length + skipped.length);
    assert.strictEqual(json.items.length, 17);
    assert.deepStrictEqual(
      skipped.map((p: Json) => [p.file, p.row]),
      SKIPPED.map((s) => [path.join('ledgers', s.file), s.row]),
    );
    SKIPPED.forEach((s, i) => assert.ok(skipped[i].message.includes(s.reason), skipped[i].message));
    for (const f of json.files) {
      const items = json.items.filter((it: Json) => it.source.file === f.file).length;
      const sk = skipped.filter((p: Json) => p.file === f.file).length;
      assert.strictEqual(f.rowsRead, items + sk, f.file);
    }
  });

  it('reports data problems with file, sheet, row, column, code and severity', () => {
    const rows = table(report['数据问题'], 1);
    const bad = rows.filter((r) => r['代码'] === 'deadline-invalid');
    assert.strictEqual(bad.length, 1);
    assert.deepStrictEqual(
      [bad[0]['文件'], bad[0]['工作表'], bad[0]['行'], bad[0]['列'], bad[0]['严重程度']],
      [path.join('ledgers', '办公室.xlsx'), '办公室', 13, 'G', '错误'],
    );
    assert.ok(String(bad[0]['问题说明']).includes('尽快'));
    const kinds = rows.map((r) => r['文件'] + '|' + r['工作表'] + '|' + r['代码'] + '|' + r['严重程度']);
    assert.ok(kinds.includes(path.join('ledgers', 'corrupt.xlsx') + '|null|file-unreadable|错误'), kinds.join('\n'));
    assert.ok(kinds.includes(path.join('ledgers', '办公室.xlsx') + '|草稿|sheet-hidden|提示'));
    assert.ok(kinds.includes(path.join('ledgers', '研究室.xlsm') + '|Sheet2|header-not-found|提示'));
    assert.ok(!kinds.some((k) => k.includes('填表说明')), 'an instructions sheet is not a problem');
    assert.strictEqual(rows.length, json.problems.length);
  });

  it('prints one Chinese line per file-level problem, naming the file', () => {
    const lines = run.stderr.trim().split('\n');
    assert.ok(lines.some((l) => l.startsWith(path.join('ledgers', 'corrupt.xlsx') + '：')));
    assert.ok(lines.some((l) => l.startsWith(path.join('ledgers', '办公室.xlsx') + ' 工作表“办公室” G13：')));
    assert.ok(lines.some((l) => l.startsWith(path.join('ledgers', '办公室.xlsx') + ' 工作表“草稿”：')));
  });

  it('counts per department in 统计, with a 合计 row and the completion rate as a percentage', () => {
    const rows = table(report['统计'], 1);
    const office = rows.filter((r) => r['责任部门'] === '办公室')[0];
    assert.deepStrictEqual(
      [
        office['问题总数'],
        office['已销号'],
        office['已完成待销号'],
        office['逾期'],
        office['临期'],
        office['超期完成'],
        office['长期坚持'],
      ],
      [7, 1, 1, 1, 1, 1, 1],
    );
    assert.ok(Math.abs((office['完成率'] as number) - 2 / 7) < 1e-9);
    const total = rows[rows.length - 1];
    assert.strictEqual(total['责任部门'], '合计');
    assert.strictEqual(total['问题总数'], 17);
    assert.strictEqual(total['逾期'], 5);
    const sum = rows.slice(0, -1).reduce((n, r) => n + (r['问题总数'] as number), 0);
    assert.strictEqual(sum, 17);
    assert.deepStrictEqual(
      rows
        .slice(0, -1)
        .map((r) => r['责任部门'])
        .sort(),
      ['代表工作室', '办公室', '机关党委', '法工委', '研究室', '财经工委', '预算工作室', '人事处'].sort(),
    );
  });

  it('lists overdue items in 逾期清单, most days overdue first, with department and owner', () => {
    const rows = table(report['逾期清单'], 1);
    assert.deepStrictEqual(
      rows.map((r) => r['问题描述']),
      OVERDUE_ORDER,
    );
    assert.deepStrictEqual(
      rows.map((r) => r['逾期天数']),
      OVERDUE_ORDER.map((p) => -(EXPECTED[p].daysLeft as number)),
    );
    assert.deepStrictEqual([rows[0]['责任部门'], rows[0]['责任人']], ['办公室', '张三']);
  });

  it('lists due-soon items apart, in 临期清单, due soonest first, and none of them in 逾期清单', () => {
    const rows = table(report['临期清单'], 1);
    const dueSoon = Object.keys(EXPECTED)
      .filter((p) => EXPECTED[p].light === 'amber')
      .sort((a, b) => (EXPECTED[a].daysLeft as number) - (EXPECTED[b].daysLeft as number));
    assert.deepStrictEqual(
      rows.map((r) => r['问题描述']),
      dueSoon,
    );
    assert.deepStrictEqual(
      rows.map((r) => r['剩余天数']),
      dueSoon.map((p) => EXPECTED[p].daysLeft),
    );
    assert.match(String(report['临期清单'][0][0]), /^临期清单（截至.*，7 天内到期，共 4 项，按剩余天数从少到多排列）$/);
    const overdue = table(report['逾期清单'], 1).map((r) => r['问题描述']);
    assert.ok(
      overdue.every((p) => EXPECTED[p as string].light === 'red'),
      overdue.join(),
    );
  });

  it('writes the same content as JSON', () => {
    assert.strictEqual(json.asOf, AS_OF);
    assert.strictEqual(json.warnDays, 7);
    assert.strictEqual(json.totals.total, 17);
    assert.strictEqual(json.departments.length, 8);
    for (const item of json.items) {
      const e = EXPECTED[item.problem];
      assert.ok(e, item.problem);
      assert.strictEqual(item.light, e.light, item.problem);
      assert.strictEqual(item.daysLeft, e.daysLeft, item.problem);
      assert.deepStrictEqual(item.source, { file: path.join('ledgers', e.file), sheet: e.sheet, row: e.row });
      assert.strictEqual(item.extendedDays, null, item.problem);
      for (const key of [
        'id',
        'category',
        'measures',
        'department',
        'owner',
        'leader',
        'deadline',
        'progress',
        'status',
        'closedOn',
        'notes',
        'originalDeadline',
      ]) {
        assert.strictEqual(typeof item[key], 'string', key);
      }
    }
    const corrupt = json.files.filter((f: Json) => f.file === path.join('ledgers', 'corrupt.xlsx'))[0];
    assert.ok(corrupt.error && /损坏|无法读取/.test(corrupt.error));
    const p = json.problems[0];
    assert.deepStrictEqual(Object.keys(p), ['file', 'sheet', 'row', 'column', 'code', 'severity', 'message']);
    const dept = json.departments[0];
    assert.deepStrictEqual(Object.keys(dept).sort(), [
      'closed',
      'closedLate',
      'completionRate',
      'done',
      'dueSoon',
      'extended',
      'inProgress',
      'name',
      'notStarted',
      'ongoing',
      'overdue',
      'total',
    ]);
  });

  it('leaves every input byte-for-byte and mtime unchanged, and no temporary file behind', () => {
    assert.deepStrictEqual(snapshot(dir), inputsBefore);
    assert.deepStrictEqual(fs.readdirSync(path.join(work, 'out')).sort(), ['report.json', 'report.xlsx']);
  });
});
