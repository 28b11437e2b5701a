// The template command as a process: what it writes, what it refuses, and its exit codes.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../merge/cli-helpers';
import { writeWorkbook } from '../merge/fixtures';
import { parseTemplateArgs } from '../../scripts/template/args';
import { fillLedger, runTemplateCli } from './fixtures';

describe('template command', function () {
  this.timeout(120000);
  let work: string;
  beforeEach(() => {
    work = tempDir('template-cli-');
  });
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  const files = (dir = work): string[] => fs.readdirSync(dir).sort();

  it('writes one template for all departments with --out, and says so', () => {
    const r = runTemplateCli(['--out', '整改台账模板.xlsx'], work);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /^已生成台账模板：整改台账模板\.xlsx（模板编号 ZGTZ-[0-9A-F]{12}）$/m);
    assert.deepStrictEqual(files(), ['整改台账模板.xlsx']);
  });

  it('writes one template per department into --out-dir, the same id for the same department each time', () => {
    const r = runTemplateCli(['--departments', '办公室，研究室、代表工作室', '--out-dir', '台账模板'], work);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(files(path.join(work, '台账模板')), ['代表工作室整改台账.xlsx', '办公室整改台账.xlsx', '研究室整改台账.xlsx']);
    const again = runTemplateCli(['--departments', '办公室', '--out-dir', 'again'], work);
    const id = (out: string) => (/办公室整改台账\.xlsx（模板编号 (ZGTZ-[0-9A-F]{12})，填报单位 办公室）/.exec(out) || [])[1];
    assert.ok(id(r.stdout));
    assert.strictEqual(id(again.stdout), id(r.stdout));
  });

  for (const [encoding, bytes] of [
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('办公室\r\n研究室\r\n\r\n', 'utf8')])],
    ['GBK, as Notepad saves it', Buffer.from([0xb0, 0xec, 0xb9, 0xab, 0xca, 0xd2, 0x0d, 0x0a, 0xd1, 0xd0, 0xbe, 0xbf, 0xca, 0xd2])],
  ] as [string, Buffer][]) {
    it('reads a department list file in ' + encoding, () => {
      fs.writeFileSync(path.join(work, 'list.txt'), bytes);
      const r = runTemplateCli(['--departments-file', 'list.txt', '--out-dir', 'out'], work);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.deepStrictEqual(files(path.join(work, 'out')), ['办公室整改台账.xlsx', '研究室整改台账.xlsx']);
    });
  }

  const usage: [string, string[], RegExp][] = [
    ['nothing to write', [], /请用 --out 指定模板的保存位置/],
    ['an unknown option', ['--out', 'a.xlsx', '--colour', 'red'], /未知选项 --colour/],
    ['a stray argument', ['--out', 'a.xlsx', 'b.xlsx'], /多余的参数：b\.xlsx/],
    ['an option without its value', ['--out'], /--out 需要一个值/],
    ['--out not .xlsx', ['--out', 'a.xls'], /须以 \.xlsx 结尾/],
    ['--rows out of range', ['--out', 'a.xlsx', '--rows', '0'], /--rows 须为 1 到 10000/],
    ['both department options', ['--departments', '办公室', '--departments-file', 'x.txt'], /只能用一个/],
    ['--out-dir alone', ['--out', 'a.xlsx', '--out-dir', 'd'], /--out-dir 用于按部门生成的模板/],
    ['a department that cannot name a file', ['--departments', '办公室/研究室'], /部门名称“办公室\/研究室”含有不能用于文件名/],
    ['a department twice', ['--departments', '办公室,办公室'], /部门“办公室”重复/],
    ['a missing department list', ['--departments-file', 'none.txt'], /无法读取部门清单“none\.txt”：文件不存在/],
  ];
  for (const [title, args, message] of usage) {
    it('refuses ' + title + ' with exit 2 and writes nothing', () => {
      const r = runTemplateCli(args, work);
      assert.strictEqual(r.code, 2, r.stdout + r.stderr);
      assert.match(r.stderr, message);
      assert.deepStrictEqual(
        files().filter((f) => f.endsWith('.xlsx')),
        [],
      );
    });
  }

  it('refuses a bad --config, naming the file', () => {
    fs.writeFileSync(path.join(work, 'schema.json'), '{"warnDays": 999}');
    const r = runTemplateCli(['--out', 'a.xlsx', '--config', 'schema.json'], work);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /配置文件“.*schema\.json”有误：配置项“warnDays”必须是 0 到 365/);
    assert.deepStrictEqual(files(), ['schema.json']);
  });

  it('never overwrites a ledger or a filled-in template, but replaces its own blank template', () => {
    writeWorkbook(path.join(work, '办公室整改台账.xlsx'), [
      {
        name: '办公室',
        rows: [
          ['问题描述', '整改措施'],
          ['问题', '措施'],
        ],
      },
    ]);
    const ledger = fs.readFileSync(path.join(work, '办公室整改台账.xlsx'));
    const refused = runTemplateCli(['--departments', '办公室'], work);
    assert.strictEqual(refused.code, 2);
    assert.match(refused.stderr, /“办公室整改台账\.xlsx”已存在，且不是未填写的台账模板；为保护已填写的台账，拒绝覆盖/);
    assert.deepStrictEqual(fs.readFileSync(path.join(work, '办公室整改台账.xlsx')), ledger);

    assert.strictEqual(runTemplateCli(['--departments', '研究室'], work).code, 0);
    assert.strictEqual(runTemplateCli(['--departments', '研究室'], work).code, 0, 'its own blank template is replaced');
    const blank = fs.readFileSync(path.join(work, '研究室整改台账.xlsx'));
    fs.writeFileSync(path.join(work, '研究室整改台账.xlsx'), fillLedger(blank, [{ problem: '问题', measures: '措施' }], 4));
    const filled = fs.readFileSync(path.join(work, '研究室整改台账.xlsx'));
    assert.strictEqual(runTemplateCli(['--departments', '研究室'], work).code, 2);
    assert.deepStrictEqual(fs.readFileSync(path.join(work, '研究室整改台账.xlsx')), filled);
  });

  it('writes all templates or none', () => {
    fs.writeFileSync(path.join(work, 'blocked'), 'a file where a folder should be');
    const r = runTemplateCli(['--out', 'blocked/a.xlsx', '--departments', '办公室'], work);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /无法写入/);
    assert.deepStrictEqual(files(), ['blocked']);
  });

  it('prints its usage with --help', () => {
    const r = runTemplateCli(['--help'], work);
    assert.strictEqual(r.code, 0);
    assert.match(r.stdout, /^用法：npm run template -- --out <模板\.xlsx>/);
    assert.deepStrictEqual(parseTemplateArgs(['-h']), { kind: 'help' });
  });
});
