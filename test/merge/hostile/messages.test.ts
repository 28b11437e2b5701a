// What the clerk reads: Chinese lines naming the file, never a raw system code,
// one line per message whatever a file name holds, and one line (exit 2) for
// an error nobody foresaw.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { readReport, runCli, tempDir } from '../cli-helpers';
import { mergeScript, writeCsv, writeWorkbook } from '../fixtures';
import { HEADER, ledgerRow, mergeHostile, withFault } from './harness';

const SYSTEM_CODE = /\bE[A-Z]{3,}\b/;

describe('hostile inputs: messages', () => {
  let work: string;
  beforeEach(() => {
    work = tempDir('hostile-msg-');
    writeWorkbook(path.join(work, '办公室.xlsx'), [{ name: '办公室', rows: [HEADER, ledgerRow('问题甲')] }]);
  });
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  it('writes a report whose name is long but legal (the temporary name must fit too), and refuses a longer one in Chinese', () => {
    const name = 'a'.repeat(234) + '.xlsx'; // 239 bytes
    const r = runCli(['办公室.xlsx', '--out', name], work);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.ok(fs.existsSync(path.join(work, name)));
    const tooLong = runCli(['办公室.xlsx', '--out', 'a'.repeat(300) + '.xlsx'], work);
    assert.strictEqual(tooLong.code, 2);
    assert.match(tooLong.stderr, /文件名或路径太长/);
    assert.doesNotMatch(tooLong.stderr, SYSTEM_CODE);
  });

  it('says in Chinese when the config is a folder or bad JSON', () => {
    const run = (args: string[]) => mergeHostile(work, ['办公室.xlsx'], args);
    fs.mkdirSync(path.join(work, 'cfg'));
    const folder = run(['--config', 'cfg']);
    assert.strictEqual(folder.code, 2);
    assert.match(folder.stderr, /无法读取配置文件“.*cfg”：这是一个文件夹，不是文件。/);
    fs.writeFileSync(path.join(work, 'bad.json'), '{\n  "warnDays": 5,\n  "categories": ["作风建设",]\n}\n');
    const json = run(['--config', 'bad.json']);
    assert.strictEqual(json.code, 2);
    assert.match(json.stderr, /配置文件“.*bad\.json”不是有效的 JSON：第 3 行第 25 列附近有格式错误/);
    for (const r of [folder, json]) assert.doesNotMatch(r.stderr, SYSTEM_CODE);
    assert.doesNotMatch(json.stderr, /Unexpected|position/);
  });

  it('shows a missing absolute input as typed, and hints at ./ for a file named like an option', () => {
    const missing = path.join(path.dirname(work), 'nonexistent', 'x.xlsx');
    const r = mergeHostile(work, [missing]);
    assert.strictEqual(r.code, 2);
    assert.ok(r.stderr.includes('找不到输入文件或文件夹：' + missing), r.stderr);
    const dash = mergeHostile(work, ['-rf.xlsx']);
    assert.strictEqual(dash.code, 2);
    assert.match(dash.stderr, /未知选项 -rf\.xlsx；如果这是文件名，请写成 \.\/-rf\.xlsx 或放在 -- 之后/);
  });

  it('keeps one message on one line when a file name holds a line break', () => {
    fs.writeFileSync(path.join(work, '坏\n文件.xlsx'), 'not a workbook');
    const r = mergeHostile(work, ['.']);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.deepStrictEqual(r.stderr.trim().split('\n'), ['坏\\n文件.xlsx：文件已损坏或不是电子表格。']);
  });

  it('refuses an --out that is a link to an input, saying so', () => {
    fs.symlinkSync(path.join(work, '办公室.xlsx'), path.join(work, 'r.xlsx'));
    const r = mergeHostile(work, ['.']);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /--out 指定的报告文件“r\.xlsx”是一个链接，指向要合并的原始台账/);
    assert.doesNotMatch(r.stderr, /位于输入文件夹中/);
  });

  it('removes temporary files a killed run left beside the report, and keeps a running one’s', () => {
    const stale = path.join(work, '.r.xlsx.999999.abc.tmp');
    const young = path.join(work, '.r.xlsx.999998.abd.tmp');
    const running = path.join(work, '.r.xlsx.' + process.pid + '.abe.tmp');
    for (const f of [stale, young, running]) fs.writeFileSync(f, 'partial');
    const hourAgo = new Date(Date.now() - 3600 * 1000);
    fs.utimesSync(stale, hourAgo, hourAgo);
    fs.utimesSync(running, hourAgo, hourAgo);
    const r = runCli(['办公室.xlsx', '--out', 'r.xlsx'], work);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.ok(!fs.existsSync(stale), 'the stale temporary file is still there');
    assert.ok(fs.existsSync(young) && fs.existsSync(running), 'a temporary file that may be in use was removed');
  });

  it('turns an unforeseen error into one Chinese line and exit 2, with the stack only under --debug', () => {
    withFault(path.join('ledger', 'read.js'), 'readLedger', (nodeArgs) => {
      const r = mergeHostile(work, ['办公室.xlsx'], [], { nodeArgs });
      assert.strictEqual(r.code, 2);
      assert.deepStrictEqual(r.stderr.trim().split('\n'), [
        '合并时发生意外错误，未生成报告。请加 --debug 重新运行，并把显示的内容发给维护人员。',
      ]);
      const debug = mergeHostile(work, ['办公室.xlsx'], ['--debug'], { nodeArgs });
      assert.strictEqual(debug.code, 2);
      assert.match(debug.stderr, /TypeError: injected\n\s+at /);
    });
  });

  it('the single-file executable’s entry turns an unforeseen error into the same line and exit 2', () => {
    const entry = path.join(path.dirname(mergeScript()), 'package', 'exe-main.js');
    withFault(path.join('ledger', 'read.js'), 'readLedger', (nodeArgs) => {
      const run = (extra: string[]) => {
        const r = spawnSync(process.execPath, [...nodeArgs, entry, '办公室.xlsx', '--out', 'r.xlsx', ...extra], {
          cwd: work,
          encoding: 'utf8',
        });
        if (r.error) throw r.error;
        return r;
      };
      const plain = run([]);
      assert.strictEqual(plain.status, 2);
      assert.deepStrictEqual(plain.stderr.trim().split('\n'), [
        '合并时发生意外错误，未生成报告。请加 --debug 重新运行，并把显示的内容发给维护人员。',
      ]);
      const debug = run(['--debug']);
      assert.strictEqual(debug.status, 2);
      assert.match(debug.stderr, /TypeError: injected\n\s+at /);
    });
  });

  it('reports a file that fails to read in an unforeseen way like an unreadable file, and merges the rest', () => {
    writeCsv(path.join(work, '研究室.csv'), [HEADER, ledgerRow('问题乙', '研究室')], 'utf8');
    withFault(path.join('scripts', 'cell-count.js'), 'xmlCells', (nodeArgs) => {
      const r = mergeHostile(work, ['.'], [], { nodeArgs });
      assert.strictEqual(r.code, 1, r.stderr);
      assert.deepStrictEqual(r.stderr.trim().split('\n'), ['办公室.xlsx：文件无法读取：读取时发生意外错误。']);
      assert.deepStrictEqual(
        r.json!.items.map((i) => i.problem),
        ['问题乙'],
      );
    });
  });

  it('cuts cell text over Excel’s limit in 统计 and 数据问题 too, and keeps long lists in messages short', () => {
    const department = '部'.repeat(40000);
    writeCsv(
      path.join(work, '长名.csv'),
      [
        [...HEADER, '问题类别'],
        [...ledgerRow('问题乙', department), '自造类别'],
      ],
      'utf8',
    );
    const categories: string[] = [];
    for (let i = 0; i < 5000; i++) categories.push('类别' + i);
    fs.writeFileSync(path.join(work, 'big.json'), JSON.stringify({ categories }));
    const r = mergeHostile(work, ['.'], ['--config', 'big.json']);
    assert.strictEqual(r.code, 0, r.stderr);
    const report = readReport(path.join(work, 'r.xlsx'));
    const longest = (sheet: string) => Math.max(...report[sheet].flat().map((v) => (typeof v === 'string' ? v.length : 0)));
    for (const sheet of ['汇总', '统计', '逾期清单', '数据问题']) assert.ok(longest(sheet) <= 32767, sheet);
    const stats = report['统计'].flat().find((v) => typeof v === 'string' && v.endsWith('部部部')) as string;
    assert.match(stats, /^（原文共 40000 字，超出 Excel 单元格上限/);
    const unknown = r.json!.problems.find((p) => p.code === 'category-unknown');
    assert.ok(unknown && unknown.message.length < 300, unknown && String(unknown.message.length));
    assert.match(unknown!.message, /等，共5011项/);
  });
});
