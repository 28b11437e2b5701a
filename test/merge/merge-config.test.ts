// --config: extra synonyms take effect; a bad config stops with a clear message.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readReport, runCli, table, tempDir } from './cli-helpers';
import { d, writeWorkbook } from './fixtures';

describe('merge command: --config', () => {
  let work: string;
  before(() => {
    work = tempDir();
    writeWorkbook(path.join(work, 'a.xlsx'), [
      {
        name: '办公室',
        rows: [
          ['问题描述', '整改措施', '联系人', '截止日期', '整改状态'],
          ['问题甲', '措施', '张三', d(2026, 12, 31), '已落实'],
        ],
      },
    ]);
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('without the config the unknown headers are reported', () => {
    const r = runCli(['a.xlsx', '--out', 'plain.xlsx', '--as-of', '2026-11-25'], work);
    assert.strictEqual(r.code, 0, r.stderr);
    const problems = table(readReport(path.join(work, 'plain.xlsx'))['数据问题'], 1);
    assert.ok(problems.some((p) => String(p['问题说明']).includes('表头中没有「责任人」列')));
  });

  it('extra synonyms, status words and the warning window take effect', () => {
    fs.writeFileSync(
      path.join(work, 'schema.json'),
      JSON.stringify({ synonyms: { owner: ['联系人'], deadline: ['截止日期'] }, statusSynonyms: { 已完成: ['已落实'] }, warnDays: 40 }),
    );
    const r = runCli(['a.xlsx', '--out', 'cfg.xlsx', '--as-of', '2026-11-25', '--config', 'schema.json', '--json', 'cfg.json'], work);
    assert.strictEqual(r.code, 0, r.stderr);
    const rows = table(readReport(path.join(work, 'cfg.xlsx'))['汇总'], 2);
    assert.strictEqual(rows[0]['责任人'], '张三');
    assert.strictEqual(rows[0]['状态灯'], '蓝');
    const json = JSON.parse(fs.readFileSync(path.join(work, 'cfg.json'), 'utf8'));
    assert.strictEqual(json.warnDays, 40);
    assert.deepStrictEqual(json.problems, []);
  });

  it('--warn-days overrides the config', () => {
    fs.writeFileSync(path.join(work, 'w.json'), JSON.stringify({ synonyms: { owner: ['联系人'], deadline: ['截止日期'] }, warnDays: 40 }));
    const r = runCli(
      ['a.xlsx', '--out', 'w.xlsx', '--as-of', '2026-12-01', '--config', 'w.json', '--warn-days', '3', '--json', 'w.json.out'],
      work,
    );
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(JSON.parse(fs.readFileSync(path.join(work, 'w.json.out'), 'utf8')).warnDays, 3);
  });

  const bad: [string, string, RegExp][] = [
    ['an unknown column', JSON.stringify({ synonyms: { nope: ['x'] } }), /配置文件“.*bad\.json”有误：.*nope/],
    ['invalid JSON', '{ "synonyms": ', /配置文件“.*bad\.json”不是有效的 JSON/],
  ];
  for (const [name, text, message] of bad) {
    it('stops with exit 2 and a clear message on ' + name, () => {
      fs.writeFileSync(path.join(work, 'bad.json'), text);
      const r = runCli(['a.xlsx', '--out', 'bad.xlsx', '--config', 'bad.json'], work);
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, message);
      assert.ok(!fs.existsSync(path.join(work, 'bad.xlsx')));
    });
  }

  it('stops with exit 2 when the config file is missing', () => {
    const r = runCli(['a.xlsx', '--out', 'x.xlsx', '--config', 'missing.json'], work);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /无法读取配置文件“.*missing\.json”：文件不存在/);
  });
});
