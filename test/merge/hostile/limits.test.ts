// Files beyond the input limits are refused before they are parsed, naming the
// file and the limit; the other files are merged as usual.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { strToU8 } from 'fflate';
import { INPUT_LIMITS } from '../../../scripts/input-policy';
import { tempDir } from '../cli-helpers';
import { writeWorkbook } from '../fixtures';
import { HEADER, ledgerRow, mergeHostile, xlsxParts, zipped } from './harness';

/** A minimal .ods whose one table has `body` (table rows) as its content. */
function ods(body: string): Buffer {
  const content =
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">' +
    '<office:body><office:spreadsheet><table:table table:name="台账">' +
    body +
    '</table:table></office:spreadsheet></office:body></office:document-content>';
  const manifest =
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">' +
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>';
  const styles =
    '<?xml version="1.0" encoding="UTF-8"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"/>';
  return zipped({
    mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
    'content.xml': strToU8(content),
    'styles.xml': strToU8(styles),
    'META-INF/manifest.xml': strToU8(manifest),
  });
}

function odsRow(cells: string[]): string {
  return (
    '<table:table-row>' +
    cells.map((c) => '<table:table-cell office:value-type="string"><text:p>' + c + '</text:p></table:table-cell>').join('') +
    '</table:table-row>'
  );
}

describe('hostile inputs: size limits', () => {
  let work: string;
  beforeEach(() => {
    work = tempDir('hostile-limits-');
    writeWorkbook(path.join(work, '办公室.xlsx'), [{ name: '办公室', rows: [HEADER, ledgerRow('问题甲')] }]);
  });
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  it('refuses a file larger than the limit without reading it', () => {
    const fd = fs.openSync(path.join(work, '大文件.csv'), 'w');
    fs.ftruncateSync(fd, INPUT_LIMITS.fileBytes + 1); // sparse: nothing is written to disk
    fs.closeSync(fd);
    const r = mergeHostile(work, ['.']);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.match(r.stderr, /^大文件\.csv：文件有 200 MB，超过单个文件 200 MB 的上限，未读取/m);
    assert.deepStrictEqual(
      r.json!.items.map((i) => i.problem),
      ['问题甲'],
    );
  });

  it('refuses an .ods whose few repeated rows would expand to millions of cells', () => {
    const bomb =
      odsRow(HEADER) +
      '<table:table-row table:number-rows-repeated="100000"><table:table-cell table:number-columns-repeated="100" office:value-type="string">' +
      '<text:p>问题</text:p></table:table-cell></table:table-row>';
    fs.writeFileSync(path.join(work, 'bomb.ods'), ods(bomb));
    assert.ok(fs.statSync(path.join(work, 'bomb.ods')).size < 4096, 'fixture: the bomb is small');
    const r = mergeHostile(work, ['.']);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.match(r.stderr, /^bomb\.ods：文件约有 10,000,0\d\d 个单元格，超过单个文件 4,000,000 个单元格的上限/m);
  });

  it('reads an .ods whose repeats are empty cells (as LibreOffice pads every sheet)', () => {
    const padded =
      odsRow(HEADER) +
      odsRow(ledgerRow('问题乙', '研究室')) +
      '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>';
    fs.writeFileSync(path.join(work, '研究室.ods'), ods(padded));
    const r = mergeHostile(work, ['.']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(r.json!.items.map((i) => i.problem).sort(), ['问题乙', '问题甲'].sort());
  });

  it('refuses a CSV with more cells than the limit', () => {
    fs.writeFileSync(path.join(work, '宽.csv'), HEADER.join(',') + '\n' + ','.repeat(INPUT_LIMITS.cells) + '\n');
    const r = mergeHostile(work, ['.']);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.match(r.stderr, /^宽\.csv：文件约有 4,000,008 个单元格，超过单个文件 4,000,000 个单元格的上限/m);
  });

  it('refuses a file with more rows than the limit', () => {
    fs.writeFileSync(path.join(work, '长.csv'), HEADER.join(',') + '\n' + 'x\n'.repeat(INPUT_LIMITS.rows));
    const r = mergeHostile(work, ['.']);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.match(r.stderr, /^长\.csv：文件的行数超过单个文件 300,000 行的上限/m);
  });

  it('refuses a sheet whose stray far-right cells would make every row 16,384 columns wide', () => {
    const rows: string[] = [];
    for (let r = 1; r <= 300; r++) {
      const cells = (r === 1 ? HEADER : ledgerRow('问题' + r)).map(
        (v, c) => `<c r="${'ABCDEF'[c]}${r}" t="inlineStr"><is><t>${v}</t></is></c>`,
      );
      rows.push(`<row r="${r}">${cells.join('')}<c r="XFD${r}"><v>1</v></c></row>`);
    }
    const parts = xlsxParts([]);
    parts['xl/worksheets/sheet1.xml'] = strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
        rows.join('') +
        '</sheetData></worksheet>',
    );
    fs.writeFileSync(path.join(work, '远.xlsx'), zipped(parts));
    const r = mergeHostile(work, ['.']);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.match(r.stderr, /^远\.xlsx：文件的表格区域合计约 4,915,200 个单元格，超过 4,000,000 个的上限.*XFD/m);
  });
});
