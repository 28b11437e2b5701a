// Zipped workbooks that lie: bombs, parts that inflate beyond what they declare,
// damaged data behind a valid-looking archive.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { table, tempDir } from '../cli-helpers';
import { writeWorkbook } from '../fixtures';
import { breakCrc, declareSize, HEADER, ledgerRow, mergeHostile, xlsxParts, zipBomb, zipped } from './harness';

describe('hostile inputs: zip archives', () => {
  let work: string;
  beforeEach(() => {
    work = tempDir('hostile-zip-');
    writeWorkbook(path.join(work, '办公室.xlsx'), [{ name: '办公室', rows: [HEADER, ledgerRow('问题甲')] }]);
  });
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  it('refuses a zip bomb by its declared size before inflating it, and merges the rest', () => {
    fs.writeFileSync(path.join(work, 'bomb.xlsx'), zipBomb(400));
    assert.ok(fs.statSync(path.join(work, 'bomb.xlsx')).size < 1 << 20, 'fixture: the bomb is small');
    const r = mergeHostile(work, ['.']);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.match(r.stderr, /^bomb\.xlsx：文件解压后有 400 MB，超过单个文件解压后 300 MB 的上限，未读取/m);
    assert.deepStrictEqual(
      r.json!.items.map((i) => i.problem),
      ['问题甲'],
    );
    const problems = table(r.report!['数据问题'], 1);
    assert.ok(problems.some((p) => p['文件'] === 'bomb.xlsx' && p['代码'] === 'file-unreadable' && p['严重程度'] === '错误'));
  });

  it('refuses a part that inflates beyond the size it declares, inflating no more than that', () => {
    fs.writeFileSync(path.join(work, 'liar.xlsx'), zipBomb(400, 1000));
    const started = Date.now();
    const r = mergeHostile(work, ['liar.xlsx']);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^liar\.xlsx：文件已损坏：其中的压缩数据校验不符/m);
    assert.ok(Date.now() - started < 10000, 'the lying part was inflated in full');
  });

  it('refuses a zip that declares gigabytes', () => {
    fs.writeFileSync(
      path.join(work, 'huge.xlsx'),
      declareSize(zipped(xlsxParts([HEADER, ledgerRow('问题乙')])), 'xl/worksheets/sheet1.xml', 0xfffffff0),
    );
    const r = mergeHostile(work, ['huge.xlsx', '办公室.xlsx']);
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /^huge\.xlsx：文件解压后有 4,096 MB，超过单个文件解压后 300 MB 的上限/m);
  });

  it('refuses a part whose CRC does not match, instead of merging damaged text', () => {
    fs.writeFileSync(path.join(work, 'crc.xlsx'), breakCrc(zipped(xlsxParts([HEADER, ledgerRow('问题乙')])), 'xl/worksheets/sheet1.xml'));
    const r = mergeHostile(work, ['crc.xlsx', '办公室.xlsx']);
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /^crc\.xlsx：文件已损坏：其中的压缩数据校验不符（CRC 错误）/m);
    assert.deepStrictEqual(
      r.json!.items.map((i) => i.problem),
      ['问题甲'],
    );
  });

  it('refuses an uncompressed workbook with a damaged byte in its text (as a bad copy leaves it)', () => {
    const file = path.join(work, '研究室.xlsx');
    fs.writeFileSync(file, zipped(xlsxParts([HEADER, ledgerRow('问题乙')]), 0));
    const bytes = fs.readFileSync(file);
    const at = bytes.indexOf(Buffer.from('问题乙'));
    assert.ok(at > 0, 'fixture: stored text not found');
    bytes[at + 1] ^= 0x01;
    fs.writeFileSync(file, bytes);
    const r = mergeHostile(work, ['.']);
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /^研究室\.xlsx：文件已损坏/m);
    assert.deepStrictEqual(
      r.json!.items.map((i) => i.problem),
      ['问题甲'],
    );
  });

  it('still reads a sound deflated or stored workbook', () => {
    fs.writeFileSync(path.join(work, 'a.xlsx'), zipped(xlsxParts([HEADER, ledgerRow('问题乙')]), 6));
    fs.writeFileSync(path.join(work, 'b.xlsx'), zipped(xlsxParts([HEADER, ledgerRow('问题丙')]), 0));
    const r = mergeHostile(work, ['.']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(r.json!.items.map((i) => i.problem).sort(), ['问题丙', '问题乙', '问题甲'].sort());
  });
});
