// Exit codes, refusals and the guarantees around the output file.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli, snapshot, tempDir, readReport, table } from './cli-helpers';
import { d, writeWorkbook } from './fixtures';
import { writeCorrupt } from './department-set';

const HEADER = ['问题描述', '整改措施', '责任部门', '责任人', '完成时限', '整改状态'];

function ledger(file: string, problem = '问题甲'): void {
  writeWorkbook(file, [{ name: '台账', rows: [HEADER, [problem, '措施', '办公室', '张三', d(2026, 12, 31), '整改中']] }]);
}

describe('merge command: exit codes and output safety', () => {
  let work: string;
  beforeEach(() => {
    work = tempDir();
  });
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  it('exits 0 when everything merged, printing the counts', () => {
    ledger(path.join(work, 'a.xlsx'));
    const r = runCli(['a.xlsx', '--out', 'r.xlsx', '--as-of', '2026-11-25'], work);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stdout.trim(), '已合并 1 个文件、1 个工作表、1 项整改事项；发现数据问题 0 条；报告已写入 r.xlsx');
    assert.strictEqual(r.stderr, '');
  });

  it('prints the usage with --help and exits 0', () => {
    const r = runCli(['--help'], work);
    assert.strictEqual(r.code, 0);
    assert.match(r.stdout, /用法：npm run merge -- <文件或文件夹\.\.\.> --out <报告\.xlsx>/);
  });

  const usageCases: [string, string[], RegExp][] = [
    ['no inputs', ['--out', 'r.xlsx'], /请指定要合并的台账文件或文件夹/],
    ['no --out', ['a.xlsx'], /请用 --out 指定/],
    ['a bad --as-of', ['a.xlsx', '--out', 'r.xlsx', '--as-of', '2026-02-30'], /--as-of 须为 YYYY-MM-DD/],
    ['a bad --warn-days', ['a.xlsx', '--out', 'r.xlsx', '--warn-days', 'x'], /--warn-days 须为/],
    ['an unknown option', ['a.xlsx', '--out', 'r.xlsx', '--verbose'], /未知选项 --verbose/],
    ['an --out that is not .xlsx', ['a.xlsx', '--out', 'r.csv'], /须以 \.xlsx 结尾/],
    ['a missing input', ['a.xlsx', 'nope', '--out', 'r.xlsx'], /找不到输入文件或文件夹：nope/],
    ['--out equal to an input', ['a.xlsx', '--out', 'a.xlsx'], /也是输入文件之一.*拒绝覆盖/],
    ['--json equal to --out', ['a.xlsx', '--out', 'r.xlsx', '--json', 'r.xlsx'], /--json 与 --out 不能是同一个文件/],
    ['--json equal to an input', ['.', '--out', 'r.xlsx', '--json', 'a.xlsx'], /--json 指定的报告文件“a\.xlsx”也是输入文件之一/],
  ];
  for (const [name, args, message] of usageCases) {
    it('exits 2 on ' + name + ', writing nothing', () => {
      ledger(path.join(work, 'a.xlsx'));
      const before = snapshot(work);
      const r = runCli(args, work);
      assert.strictEqual(r.code, 2, r.stdout + r.stderr);
      assert.match(r.stderr, message);
      assert.deepStrictEqual(snapshot(work), before);
    });
  }

  it('exits 2 when a folder holds nothing to merge', () => {
    fs.mkdirSync(path.join(work, 'empty'));
    const r = runCli(['empty', '--out', 'r.xlsx'], work);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /没有找到可合并的台账文件/);
    assert.ok(!fs.existsSync(path.join(work, 'r.xlsx')));
  });

  it('names what it skipped when a folder holds no ledger file at all', () => {
    fs.mkdirSync(path.join(work, 'docs'));
    fs.writeFileSync(path.join(work, 'docs', '通知.docx'), 'PK');
    const r = runCli(['docs', '--out', 'r.xlsx'], work);
    assert.strictEqual(r.code, 2);
    assert.deepStrictEqual(r.stderr.trim().split('\n'), [
      path.join('docs', '通知.docx') + '：不是台账文件类型（支持 .xlsx .xlsm .xlsb .xls .et .ods .csv），已跳过。',
      '没有找到可合并的台账文件（支持 .xlsx .xlsm .xlsb .xls .et .ods .csv）。',
    ]);
  });

  it('exits 2 without a report when no file could be merged, naming each file', () => {
    writeCorrupt(path.join(work, 'bad.xlsx'));
    writeWorkbook(path.join(work, 'notes.xlsx'), [{ name: '说明', rows: [['只是说明文字']] }]);
    const r = runCli(['.', '--out', 'r.xlsx'], work);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^bad\.xlsx：/m);
    assert.match(r.stderr, /^notes\.xlsx：文件中没有任何工作表含有台账表头/m);
    assert.match(r.stderr, /没有可合并的内容/);
    assert.ok(!fs.existsSync(path.join(work, 'r.xlsx')));
  });

  it('exits 1 when a file has no ledger sheet, merging the rest', () => {
    ledger(path.join(work, 'a.xlsx'));
    writeWorkbook(path.join(work, 'b.xlsx'), [{ name: 'Sheet1', rows: [['随便写的内容']] }]);
    const r = runCli(['.', '--out', 'r.xlsx'], work);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.match(r.stderr, /^b\.xlsx：文件中没有任何工作表含有台账表头/m);
    const problems = table(readReport(path.join(work, 'r.xlsx'))['数据问题'], 1);
    assert.deepStrictEqual(
      problems.map((p) => [p['文件'], p['代码'], p['严重程度']]),
      [['b.xlsx', 'header-not-found', '错误']],
    );
  });

  it('skips the report itself when it lies in an input folder, and an older report under another name', () => {
    ledger(path.join(work, 'a.xlsx'));
    assert.strictEqual(runCli(['.', '--out', 'r.xlsx'], work).code, 0);
    const again = runCli(['.', '--out', 'r.xlsx'], work);
    assert.strictEqual(again.code, 0, again.stderr);
    assert.match(again.stdout, /已合并 1 个文件、1 个工作表、1 项整改事项/);
    const other = runCli(['.', '--out', 'r2.xlsx'], work);
    assert.strictEqual(other.code, 0, other.stderr);
    assert.match(other.stdout, /已合并 1 个文件、1 个工作表、1 项整改事项/);
    assert.match(other.stderr, /^r\.xlsx：这是本工具生成的合并报告/m);
    const problems = table(readReport(path.join(work, 'r2.xlsx'))['数据问题'], 1);
    assert.deepStrictEqual(
      problems.filter((p) => p['文件'] === 'r.xlsx').map((p) => [p['代码'], p['严重程度']]),
      [['own-report', '提示']],
    );
  });

  it('refuses an --out that is a ledger inside an input folder, leaving it byte for byte', () => {
    ledger(path.join(work, 'a.xlsx'));
    ledger(path.join(work, 'b.xlsx'), '问题乙');
    fs.writeFileSync(path.join(work, 'c.csv'), '问题描述,整改措施\n问题丙,措施\n');
    const before = snapshot(work);
    for (const out of ['b.xlsx', path.join('..', path.basename(work), 'b.xlsx')]) {
      const r = runCli(['.', '--out', out], work);
      assert.strictEqual(r.code, 2, out);
      assert.match(r.stderr, /位于输入文件夹中，且不是本工具生成的合并报告；为保护原始台账，拒绝覆盖/);
    }
    assert.deepStrictEqual(snapshot(work), before);
  });

  it('refuses an --out that is an existing folder, with a Chinese message and no partial file', () => {
    ledger(path.join(work, 'a.xlsx'));
    fs.mkdirSync(path.join(work, 'r.xlsx'));
    const r = runCli(['a.xlsx', '--out', 'r.xlsx'], work);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /无法写入报告“r\.xlsx”/);
    assert.deepStrictEqual(fs.readdirSync(path.join(work, 'r.xlsx')), []);
    assert.deepStrictEqual(fs.readdirSync(work).sort(), ['a.xlsx', 'r.xlsx']);
  });

  it('reports a missing output folder clearly', () => {
    ledger(path.join(work, 'a.xlsx'));
    const r = runCli(['a.xlsx', '--out', path.join('no', 'r.xlsx')], work);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /无法写入报告.*文件夹“no”不存在/);
  });

  it('replaces an existing report whole', () => {
    ledger(path.join(work, 'a.xlsx'));
    fs.writeFileSync(path.join(work, 'r.xlsx'), 'old report');
    const r = runCli(['a.xlsx', '--out', 'r.xlsx'], work);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(Object.keys(readReport(path.join(work, 'r.xlsx'))), [
      '汇总',
      '统计',
      '逾期清单',
      '临期清单',
      '数据问题',
      '报告信息',
    ]);
    assert.deepStrictEqual(fs.readdirSync(work).sort(), ['a.xlsx', 'r.xlsx']);
  });
});
