// What a department's folder really holds: other formats SheetJS reads, files
// that are no ledger, names that are not UTF-8, folders that cannot be read.
// Every entry is merged or named in 数据问题 with the reason.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { table } from '../cli-helpers';
import { writeWorkbook } from '../fixtures';
import { encode, HEADER, ledgerRow, mergeHostile, openTempDir, RunOptions } from './harness';

/** GBK bytes of a name, as unzipping a Windows zip leaves them. */
function gbk(name: string): Buffer {
  return encode(936, name);
}

function notices(report: { [sheet: string]: unknown[][] }): { [file: string]: string } {
  const out: { [file: string]: string } = {};
  for (const p of table(report['数据问题'], 1)) {
    if (p['代码'] === 'file-skipped') out[p['文件'] as string] = p['问题说明'] as string;
  }
  return out;
}

describe('hostile inputs: folders', () => {
  let work: string;
  beforeEach(() => {
    work = openTempDir();
    writeWorkbook(path.join(work, '办公室.xlsx'), [{ name: '办公室', rows: [HEADER, ledgerRow('问题甲')] }]);
  });
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  it('reads .xlsb and WPS .et files, and names every other entry it skips, with the reason', () => {
    writeWorkbook(path.join(work, '研究室.xlsb'), [{ name: '研究室', rows: [HEADER, ledgerRow('问题乙', '研究室')] }]);
    writeWorkbook(path.join(work, '法工委.et'), [{ name: '法工委', rows: [HEADER, ledgerRow('问题丙', '法工委')] }]);
    fs.writeFileSync(path.join(work, '说明.docx'), 'PK');
    fs.writeFileSync(path.join(work, '~$办公室.xlsx'), 'lock');
    fs.writeFileSync(path.join(work, '.DS_Store'), 'x');
    fs.mkdirSync(path.join(work, '.git'));
    fs.symlinkSync(path.join(work, 'gone.xlsx'), path.join(work, '链接.xlsx'));
    const r = mergeHostile(work, ['.']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(r.json!.items.map((i) => i.problem).sort(), ['问题丙', '问题乙', '问题甲'].sort());
    const skipped = notices(r.report!);
    assert.deepStrictEqual(Object.keys(skipped).sort(), ['.DS_Store', '.git', '~$办公室.xlsx', '说明.docx', '链接.xlsx'].sort());
    assert.match(skipped['说明.docx'], /不是台账文件类型/);
    assert.match(skipped['~$办公室.xlsx'], /临时锁定文件/);
    assert.match(skipped['.git'], /隐藏文件夹/);
    assert.match(skipped['链接.xlsx'], /指向的文件不存在/);
    // One line on the terminal for all of them, not one per file.
    assert.match(r.stderr, /^另有 5 个文件或文件夹不是台账，已跳过/m);
    assert.strictEqual(r.stderr.trim().split('\n').length, 1, r.stderr);
  });

  it('reads files and folders whose names are GBK bytes, showing the names decoded', () => {
    const dir = Buffer.concat([Buffer.from(work + path.sep), gbk('二〇二六年台账')]);
    fs.mkdirSync(dir);
    const file = Buffer.concat([dir, Buffer.from(path.sep), gbk('研究室台账.xlsx')]);
    const other = path.join(work, 'tmp-研究室.xlsx');
    writeWorkbook(other, [{ name: '研究室', rows: [HEADER, ledgerRow('问题乙', '研究室')] }]);
    fs.renameSync(other, file);
    const r = mergeHostile(work, ['.']);
    assert.strictEqual(r.code, 0, r.stderr);
    const item = r.json!.items.find((i) => i.problem === '问题乙');
    assert.ok(item, 'the GBK-named file was not merged: ' + r.stderr);
    assert.strictEqual(item!.source.file, path.join('二〇二六年台账', '研究室台账.xlsx'));
  });

  it('reports a folder it may not read like an unreadable file, and merges the rest', () => {
    const locked = path.join(work, '保密');
    fs.mkdirSync(locked);
    writeWorkbook(path.join(locked, '机密.xlsx'), [{ name: '机密', rows: [HEADER, ledgerRow('问题丁')] }]);
    fs.chmodSync(locked, 0o000);
    // Root reads any folder: the merge then runs as an ordinary user, as a clerk would.
    const options: RunOptions = process.getuid && process.getuid() === 0 ? { uid: 65534 } : {};
    try {
      const r = mergeHostile(work, ['.'], [], options);
      assert.strictEqual(r.code, 1, r.stderr);
      assert.match(r.stderr, /^保密：文件夹无法读取，其中的文件未合并：没有读取权限。/m);
      assert.deepStrictEqual(
        r.json!.items.map((i) => i.problem),
        ['问题甲'],
      );
      const problems = table(r.report!['数据问题'], 1);
      assert.ok(problems.some((p) => p['文件'] === '保密' && p['代码'] === 'file-unreadable' && p['严重程度'] === '错误'));
    } finally {
      fs.chmodSync(locked, 0o755);
    }
  });
});
