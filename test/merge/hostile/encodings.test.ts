// Text workbooks in the character sets Chinese offices send: GBK HTML tables
// saved as .xls by web systems, UTF-8 CSV with a stray byte, and a file in a
// character set the merge cannot recognise.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../cli-helpers';
import { encode, HEADER, ledgerRow, mergeHostile } from './harness';

const GBK = 936;
const BIG5 = 950;

function htmlTable(rows: string[][], head: string): string {
  const body = rows.map((r) => '<tr>' + r.map((c) => '<td>' + c + '</td>').join('') + '</tr>').join('\n');
  return '<html><head>' + head + '</head><body><table>\n' + body + '\n</table></body></html>\n';
}

describe('hostile inputs: character sets', () => {
  let work: string;
  beforeEach(() => {
    work = tempDir('hostile-enc-');
  });
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  it('reads a GBK HTML table saved as .xls, with or without a declared charset', () => {
    const rows = [HEADER, ledgerRow('网页导出的问题', '研究室')];
    fs.writeFileSync(
      path.join(work, '声明.xls'),
      encode(GBK, htmlTable(rows, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')),
    );
    fs.writeFileSync(path.join(work, '未声明.xls'), encode(GBK, htmlTable(rows, '<title>整改台账</title>')));
    const r = mergeHostile(work, ['.']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(
      r.json!.items.map((i) => i.source.file + ':' + i.problem),
      ['声明.xls:网页导出的问题', '未声明.xls:网页导出的问题'],
    );
  });

  it('trusts valid UTF-8 over a page that declares GBK', () => {
    const html = htmlTable([HEADER, ledgerRow('声明不实的问题')], '<meta charset="gbk">');
    fs.writeFileSync(path.join(work, '网页.xls'), Buffer.from(html, 'utf8'));
    const r = mergeHostile(work, ['.']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(
      r.json!.items.map((i) => i.problem),
      ['声明不实的问题'],
    );
  });

  it('reads a UTF-8 CSV with one stray byte as UTF-8, not as GBK', () => {
    const text = HEADER.join(',') + '\n' + ledgerRow('完整的问题描述').join(',') + '\n' + ledgerRow('另一个问题').join(',') + '\n';
    const bytes = Buffer.from(text, 'utf8');
    const stray = Buffer.concat([bytes.subarray(0, bytes.length - 1), Buffer.from([0xff]), bytes.subarray(bytes.length - 1)]);
    fs.writeFileSync(path.join(work, '导出.csv'), stray);
    const r = mergeHostile(work, ['.']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(
      r.json!.items.map((i) => i.problem),
      ['完整的问题描述', '另一个问题'],
    );
  });

  it('says the encoding may be wrong when a decoded file shows no header', () => {
    fs.writeFileSync(path.join(work, '繁体.csv'), encode(BIG5, HEADER.join(',') + '\n' + ledgerRow('繁體問題').join(',') + '\n'));
    const r = mergeHostile(work, ['.']);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^繁体\.csv：文件中没有找到台账表头.*文件按 GBK 编码读取，编码可能不对/m);
  });
});
