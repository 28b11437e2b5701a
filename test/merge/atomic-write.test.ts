// The report is written whole or not at all, and a locked report gets a clear message.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ReportWriteError, writeFilesAtomic, WriteFs } from '../../scripts/atomic-write';
import { tempDir } from './cli-helpers';

function failing(op: keyof WriteFs, code: string): WriteFs {
  const wrapped = { ...(fs as unknown as WriteFs) };
  (wrapped as unknown as { [k: string]: unknown })[op] = () => {
    const e = new Error(code + ': simulated') as NodeJS.ErrnoException;
    e.code = code;
    throw e;
  };
  return wrapped;
}

/** fs whose renameSync fails with code when it would put a file in place at `target`. */
function failingRenameTo(target: string, code: string): WriteFs {
  const wrapped = { ...(fs as unknown as WriteFs) };
  wrapped.renameSync = (from: string, to: string) => {
    if (to === target && path.basename(from).charAt(0) === '.') {
      const e = new Error(code + ': simulated') as NodeJS.ErrnoException;
      e.code = code;
      throw e;
    }
    fs.renameSync(from, to);
  };
  return wrapped;
}

describe('atomic report writing', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('atomic-');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the bytes and leaves no temporary file', () => {
    const target = path.join(dir, 'r.xlsx');
    writeFilesAtomic([{ target, data: new Uint8Array([1, 2, 3]) }]);
    assert.deepStrictEqual([...fs.readFileSync(target)], [1, 2, 3]);
    assert.deepStrictEqual(fs.readdirSync(dir), ['r.xlsx']);
  });

  for (const code of ['EBUSY', 'EPERM', 'EACCES']) {
    it('explains a report locked by Excel (' + code + ' on rename) and keeps the old report intact', () => {
      const target = path.join(dir, 'r.xlsx');
      fs.writeFileSync(target, 'old');
      assert.throws(
        () => writeFilesAtomic([{ target, data: 'new', display: '汇总报告.xlsx' }], failing('renameSync', code)),
        (e: unknown) =>
          e instanceof ReportWriteError && /无法写入报告“汇总报告\.xlsx”.*正在 Excel 或 WPS 中打开，请先关闭后重试/.test(e.message),
      );
      assert.strictEqual(fs.readFileSync(target, 'utf8'), 'old');
      assert.deepStrictEqual(fs.readdirSync(dir), ['r.xlsx']);
    });
  }

  it('replaces neither output when the first one (the xlsx) is locked', () => {
    const xlsx = path.join(dir, 'r.xlsx');
    const json = path.join(dir, 'r.json');
    fs.writeFileSync(xlsx, 'old');
    fs.writeFileSync(json, 'old json');
    assert.throws(
      () =>
        writeFilesAtomic(
          [
            { target: xlsx, data: 'new', display: 'r.xlsx' },
            { target: json, data: 'new json', display: 'r.json' },
          ],
          failing('renameSync', 'EBUSY'),
        ),
      (e: unknown) => e instanceof ReportWriteError && /无法写入报告“r\.xlsx”/.test(e.message),
    );
    assert.strictEqual(fs.readFileSync(xlsx, 'utf8'), 'old');
    assert.strictEqual(fs.readFileSync(json, 'utf8'), 'old json');
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['r.json', 'r.xlsx']);
  });

  it('puts the earlier output back when a later one cannot be renamed into place (the JSON locked)', () => {
    const xlsx = path.join(dir, 'r.xlsx');
    const json = path.join(dir, 'r.json');
    fs.writeFileSync(xlsx, 'old');
    fs.writeFileSync(json, 'old json');
    assert.throws(
      () =>
        writeFilesAtomic(
          [
            { target: xlsx, data: 'new', display: 'r.xlsx' },
            { target: json, data: 'new json', display: 'r.json' },
          ],
          failingRenameTo(json, 'EBUSY'),
        ),
      (e: unknown) => e instanceof ReportWriteError && /无法写入报告“r\.json”/.test(e.message),
    );
    assert.strictEqual(fs.readFileSync(xlsx, 'utf8'), 'old');
    assert.strictEqual(fs.readFileSync(json, 'utf8'), 'old json');
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['r.json', 'r.xlsx']);
  });

  it('removes the earlier output again when it did not exist before and a later one fails', () => {
    const xlsx = path.join(dir, 'r.xlsx');
    const json = path.join(dir, 'r.json');
    assert.throws(
      () =>
        writeFilesAtomic(
          [
            { target: xlsx, data: 'new', display: 'r.xlsx' },
            { target: json, data: 'new json', display: 'r.json' },
          ],
          failingRenameTo(json, 'EACCES'),
        ),
      (e: unknown) => e instanceof ReportWriteError && /无法写入报告“r\.json”/.test(e.message),
    );
    assert.deepStrictEqual(fs.readdirSync(dir), []);
  });

  it('says so when an earlier output cannot be put back either', () => {
    const xlsx = path.join(dir, 'r.xlsx');
    const json = path.join(dir, 'r.json');
    fs.writeFileSync(xlsx, 'old');
    const fsi = failingRenameTo(json, 'EBUSY');
    const rename = fsi.renameSync;
    fsi.renameSync = (from: string, to: string) => {
      if (to === xlsx && /\.old$/.test(from)) throw Object.assign(new Error('EPERM: simulated'), { code: 'EPERM' });
      rename(from, to);
    };
    assert.throws(
      () =>
        writeFilesAtomic(
          [
            { target: xlsx, data: 'new', display: 'r.xlsx' },
            { target: json, data: 'new json', display: 'r.json' },
          ],
          fsi,
        ),
      (e: unknown) => e instanceof ReportWriteError && /无法写入报告“r\.json”.*“r\.xlsx”已被本次内容替换，未能还原/.test(e.message),
    );
    assert.strictEqual(fs.readFileSync(xlsx, 'utf8'), 'new');
  });

  it('replaces every output and leaves no backup when all renames succeed', () => {
    const xlsx = path.join(dir, 'r.xlsx');
    const json = path.join(dir, 'r.json');
    fs.writeFileSync(xlsx, 'old');
    writeFilesAtomic([
      { target: xlsx, data: 'new' },
      { target: json, data: 'new json' },
    ]);
    assert.strictEqual(fs.readFileSync(xlsx, 'utf8'), 'new');
    assert.strictEqual(fs.readFileSync(json, 'utf8'), 'new json');
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['r.json', 'r.xlsx']);
  });

  it('removes the partial temporary file when the disk is full', () => {
    const target = path.join(dir, 'r.xlsx');
    assert.throws(
      () => writeFilesAtomic([{ target, data: 'data', display: 'r.xlsx' }], failing('writeSync', 'ENOSPC')),
      (e: unknown) => e instanceof ReportWriteError && /磁盘空间不足/.test(e.message),
    );
    assert.deepStrictEqual(fs.readdirSync(dir), []);
  });

  it('explains a folder without write permission', () => {
    assert.throws(
      () => writeFilesAtomic([{ target: path.join(dir, 'r.xlsx'), data: 'data', display: 'r.xlsx' }], failing('openSync', 'EACCES')),
      (e: unknown) => e instanceof ReportWriteError && /文件被占用或没有写入权限/.test(e.message),
    );
    assert.deepStrictEqual(fs.readdirSync(dir), []);
  });
});
