import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { crc32, deflateRawSync, inflateRawSync } from 'zlib';
import { unzipSync } from 'fflate';
import * as ts from 'typescript';
import * as XLSX from 'xlsx';
import { CellStyle, OutCell, OutSheet, writeXlsx } from '../scripts/xlsx-writer';
import { PartDeflater } from '../scripts/xlsx-writer/zip';
import { convertWith } from './libreoffice';
import { repoRoot } from './repo-root';
import { assertWellFormed, Parts, unzip } from './xlsx-parts';

function read(buf: Uint8Array): XLSX.WorkBook {
  return XLSX.read(buf, { cellStyles: true });
}

/** The elements of styles.xml a cell's s attribute points to. */
interface ResolvedXf {
  xf: string;
  font: string;
  fill: string;
  border: string;
  numFmt: string | undefined;
}

function items(xml: string, section: string, tag: string): string[] {
  const m = new RegExp(`<${section}\\b[^>]*>([\\s\\S]*?)</${section}>`).exec(xml);
  if (!m) return [];
  return m[1].match(new RegExp(`<${tag}\\b(?:[^>]*/>|[\\s\\S]*?</${tag}>)`, 'g')) || [];
}

function attr(xml: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(xml);
  return m ? m[1] : undefined;
}

function cellXml(sheetXml: string, ref: string): string | undefined {
  const m = new RegExp(`<c r="${ref}"(?: [^>]*)?(?:/>|>[\\s\\S]*?</c>)`).exec(sheetXml);
  return m ? m[0] : undefined;
}

function styleOf(parts: Parts, sheetIndex: number, ref: string): ResolvedXf {
  const cell = cellXml(parts[`xl/worksheets/sheet${sheetIndex + 1}.xml`], ref);
  assert.ok(cell, `cell ${ref} written`);
  const styles = parts['xl/styles.xml'];
  const xf = items(styles, 'cellXfs', 'xf')[Number(attr(cell!, 's') || 0)];
  const numFmtId = attr(xf, 'numFmtId');
  const numFmt = items(styles, 'numFmts', 'numFmt').find((n) => attr(n, 'numFmtId') === numFmtId);
  return {
    xf,
    font: items(styles, 'fonts', 'font')[Number(attr(xf, 'fontId'))],
    fill: items(styles, 'fills', 'fill')[Number(attr(xf, 'fillId'))],
    border: items(styles, 'borders', 'border')[Number(attr(xf, 'borderId'))],
    numFmt: numFmt ? attr(numFmt, 'formatCode') : numFmtId,
  };
}

const THIN = /<left style="thin">[\s\S]*<right style="thin">[\s\S]*<top style="thin">[\s\S]*<bottom style="thin">/;

const RED: CellStyle = { fill: '#FF9999' };
const AMBER: CellStyle = { fill: '#ffe699' };
const DATE: CellStyle = { numFmt: 'yyyy-mm-dd' };

function reportSheets(): OutSheet[] {
  return [
    {
      name: '汇总',
      headerRow: 2,
      landscape: true,
      borders: true,
      colWidths: [6, 40, 12, 8],
      rows: [
        [{ v: '整改台账汇总', s: { bold: true, fontSize: 16 } }],
        ['图例：红=逾期，黄=临期'],
        ['序号', '问题描述', '完成时限', '状态灯'],
        [1, '会议材料准备不充分', { v: 45107, s: DATE }, { v: '红', s: RED }],
        [2, '调研不够深入', { v: 45291, s: DATE }, { v: '黄', s: AMBER }],
      ],
      rowStyles: [undefined, { border: false }, { hAlign: 'center', fill: '#D9D9D9', wrap: true }],
    },
    {
      name: '统计',
      headerRow: 0,
      colWidths: [20, 10, 10],
      rows: [
        ['责任部门', '问题总数', '完成率'],
        ['办公室', 2, { v: 0.5, s: { numFmt: '0.0%' } }],
        ['合计', 2, { v: 0.5, s: { numFmt: '0.0%' } }],
      ],
      rowStyles: [undefined, undefined, { bold: true }],
    },
    { name: "O'Brien 表 (1)", rows: [['a', true, false]] },
  ];
}

describe('xlsx writer: row heights', () => {
  const WRAP: CellStyle = { wrap: true };
  const rowTag = (xml: string, r: number) => (xml.match(new RegExp('<row r="' + r + '"[^>]*>')) || [''])[0];
  const heightOf = (xml: string, r: number) => rowTag(xml, r).replace(/^.* ht="([\d.]+)" customHeight="1">$|^.*$/, '$1');
  // 11 pt lines at 1.5 × font size + 2 pt, in whole pixels (0.75 pt): 1 line 18.75, 2 lines 35.25, 3 lines 51.75.

  it('gives a wrapped row the height of its longest cell, CJK counting double, and leaves one-line rows to the default', () => {
    const sheet: OutSheet = {
      name: '汇总',
      colWidths: [11, 30],
      rows: [
        ['短', '一行'],
        ['x', '问题描述很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长'],
        [{ v: '第一行\n第二行\n第三行', s: WRAP }, 'y'],
        ['不换行的长文本不换行的长文本不换行的长文本不换行的长文本', 'z'],
      ],
      rowStyles: [WRAP, WRAP, undefined, undefined],
    };
    const xml = unzip(writeXlsx([sheet]))['xl/worksheets/sheet1.xml'];
    assert.ok(xml.includes('<sheetFormatPr defaultRowHeight="18.75" customHeight="1"/>'), 'a stated default for rows without a height');
    assert.strictEqual(rowTag(xml, 1), '<row r="1">');
    // 38 CJK characters in a 30-wide column (29 usable: 14 a line) → 3 lines.
    assert.strictEqual(heightOf(xml, 2), '51.75');
    assert.strictEqual(heightOf(xml, 3), '51.75');
    assert.strictEqual(rowTag(xml, 4), '<row r="4">');
    const back = read(writeXlsx([sheet])).Sheets['汇总'];
    assert.strictEqual(back.B2.v, sheet.rows[1][1]);
  });

  it('breaks lines where the next character no longer fits, Latin characters a little wider than half', () => {
    const rows: OutCell[][] = [
      ['一二三四五六七八九十'], // 20 units in 19 usable: 9 a line → 2 lines
      ['一二三四五六七八九'], // 18 units: 1 line
      ['0123456789012345678'], // 17 × 1.1 = 18.7 fits 19; the 18th does not → 2 lines
      ['01234567890123456'], // 17 → 1 line
      ['一a二b三c四d五e六f'], // 6 × 2 + 6 × 1.1 = 18.6 → 1 line
    ];
    const xml = unzip(writeXlsx([{ name: 'w', rows, colWidths: [20], rowStyles: rows.map(() => WRAP) }]))['xl/worksheets/sheet1.xml'];
    assert.deepStrictEqual(
      [1, 2, 3, 4, 5].map((r) => heightOf(xml, r)),
      ['35.25', '', '35.25', '', ''],
    );
  });

  it("leaves room for the header's AutoFilter buttons, and uses Excel's default width where none is stated", () => {
    const sheet: OutSheet = {
      name: 'h',
      headerRow: 0,
      colWidths: [9],
      rows: [
        ['来源工作表', '一二三四'],
        ['来源工作表', '一二三四'],
      ],
      rowStyles: [undefined, WRAP],
    };
    const xml = unzip(writeXlsx([sheet]))['xl/worksheets/sheet1.xml'];
    // Header: 9 − 1 − 3 = 5 units, 2 characters a line → 3 lines; below it 8 units, 4 a line → 2 lines,
    // and the unsized column B (8.43: 3 a line) also wraps to 2.
    assert.strictEqual(heightOf(xml, 1), '51.75');
    assert.strictEqual(heightOf(xml, 2), '35.25');
  });

  it('gives a row in a larger font the height of one such line, and scales with the default font', () => {
    const rows: OutCell[][] = [[{ v: '标题', s: { bold: true, fontSize: 14 } }], [{ v: '小字', s: { fontSize: 9 } }], ['正文']];
    const xml = unzip(writeXlsx([{ name: 't', rows }]))['xl/worksheets/sheet1.xml'];
    assert.strictEqual(heightOf(xml, 1), '23.25'); // 14 × 1.5 + 2 = 23 → 23.25
    assert.strictEqual(rowTag(xml, 2), '<row r="2">');
    assert.strictEqual(rowTag(xml, 3), '<row r="3">');
    const big = unzip(writeXlsx([{ name: 't', rows }], { font: { name: 'x', size: 16 } }))['xl/worksheets/sheet1.xml'];
    assert.ok(big.includes('<sheetFormatPr defaultRowHeight="26.25" customHeight="1"/>')); // 16 × 1.5 + 2 = 26 → 26.25
    assert.strictEqual(rowTag(big, 1), '<row r="1">', 'the 14 pt title fits the 16 pt default');
  });

  it('leaves rows without a height free to re-fit on a sheet to fill in', () => {
    const sheet: OutSheet = { name: 'f', refitRows: true, colWidths: [4], rows: [['一二三四五'], ['x']], rowStyles: [WRAP] };
    const xml = unzip(writeXlsx([sheet]))['xl/worksheets/sheet1.xml'];
    assert.ok(xml.includes('<sheetFormatPr defaultRowHeight="18.75"/>'));
    assert.strictEqual(heightOf(xml, 1), '84.75', 'a row of known text still gets its height (5 lines)');
    assert.strictEqual(rowTag(xml, 2), '<row r="2">');
  });

  it("caps a row at Excel's 409 points", () => {
    const xml = unzip(writeXlsx([{ name: 'c', rows: [['行\n'.repeat(100)]], rowStyles: [WRAP] }]))['xl/worksheets/sheet1.xml'];
    assert.strictEqual(heightOf(xml, 1), '409');
  });
});

describe('xlsx writer', () => {
  describe('values read back with SheetJS', () => {
    it('keeps sheet names and order, values and types', () => {
      const wb = read(writeXlsx(reportSheets()));
      assert.deepStrictEqual(wb.SheetNames, ['汇总', '统计', "O'Brien 表 (1)"]);
      const ws = wb.Sheets['汇总'];
      assert.strictEqual(ws['!ref'], 'A1:D5');
      assert.deepStrictEqual([ws.A1.t, ws.A1.v], ['s', '整改台账汇总']);
      assert.deepStrictEqual([ws.B3.t, ws.B3.v], ['s', '问题描述']);
      assert.deepStrictEqual([ws.A4.t, ws.A4.v], ['n', 1]);
      assert.deepStrictEqual([ws.C4.t, ws.C4.v, ws.C4.z, ws.C4.w], ['n', 45107, 'yyyy-mm-dd', '2023-06-30']);
      assert.deepStrictEqual([ws.D5.t, ws.D5.v], ['s', '黄']);
      const stats = wb.Sheets['统计'];
      assert.deepStrictEqual([stats.C2.t, stats.C2.v, stats.C2.w], ['n', 0.5, '50.0%']);
      const third = wb.Sheets["O'Brien 表 (1)"];
      assert.deepStrictEqual([third.B1.t, third.B1.v, third.C1.t, third.C1.v], ['b', true, 'b', false]);
    });

    it('keeps text exactly: Chinese, XML specials, edge spaces, line breaks, formulas as text', () => {
      const texts = [
        '办公室（督查科）',
        'a<b && c>d "q" \'s\'',
        '  前后有空格  ',
        '\t制表',
        '第一行\n第二行',
        '=1+1',
        '=SUM(A1:A2)',
        '+86 10',
        '-',
        '@user',
        'x_x0041_y',
        '_x000D_',
        '😀 表情',
        '&amp;',
        ']]>',
        '0012',
      ];
      const buf = writeXlsx([{ name: '文本', rows: texts.map((t) => [t]) }]);
      const ws = read(buf).Sheets['文本'];
      texts.forEach((t, i) => {
        const cell = ws['A' + (i + 1)];
        assert.strictEqual(cell.t, 's', t);
        assert.strictEqual(cell.v, t, t);
        assert.strictEqual(cell.f, undefined, t);
      });
      const parts = unzip(buf);
      assert.ok(!/<f>/.test(parts['xl/worksheets/sheet1.xml']), 'no formulas written');
      assert.ok(parts['xl/sharedStrings.xml'].includes('<t xml:space="preserve">  前后有空格  </t>'));
      assert.ok(parts['xl/sharedStrings.xml'].includes('<t>x_x005F_x0041_y</t>'));
    });

    it('keeps a carriage return as _x000D_ so XML line-end handling cannot drop it', () => {
      const parts = unzip(writeXlsx([{ name: 'a', rows: [['一\r\n二']] }]));
      assert.ok(parts['xl/sharedStrings.xml'].includes('<t>一_x000D_\n二</t>'));
    });

    it('drops only characters XML 1.0 cannot hold, and marks broken surrogates', () => {
      const buf = writeXlsx([{ name: 'a', rows: [['a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf'], ['x\uD800y'], ['z\uDC00']] }]);
      const ws = read(buf).Sheets.a;
      assert.strictEqual(ws.A1.v, 'abcdef');
      assert.strictEqual(ws.A2.v, 'x\uFFFDy');
      assert.strictEqual(ws.A3.v, 'z\uFFFD');
      assertWellFormed(unzip(buf)['xl/sharedStrings.xml'], 'sharedStrings');
    });

    it('writes finite numbers only, and exactly', () => {
      const nums = [0, -0, 1, -1, 0.1 + 0.2, 1e21, -1.5e-7, 2 ** 53 + 2, 45107.75];
      const buf = writeXlsx([{ name: 'n', rows: [nums, [NaN, Infinity, -Infinity, 'after']] }]);
      const ws = read(buf).Sheets.n;
      nums.forEach((n, i) => {
        const cell = ws[XLSX.utils.encode_cell({ r: 0, c: i })];
        assert.strictEqual(cell.t, 'n');
        assert.strictEqual(cell.v, n === 0 ? 0 : n);
      });
      assert.strictEqual(ws.A2, undefined);
      assert.strictEqual(ws.B2, undefined);
      assert.strictEqual(ws.C2, undefined);
      assert.strictEqual(ws.D2.v, 'after');
      const sheet = unzip(buf)['xl/worksheets/sheet1.xml'];
      assert.ok(!/NaN|Infinity/.test(sheet));
      assert.ok(sheet.includes('<c r="B1"><v>0</v></c>'), '-0 written as 0');
    });

    it('leaves empty rows and empty cells as gaps', () => {
      const buf = writeXlsx([{ name: 'g', rows: [['a'], [], [null, ''], [null, 'b', null]] }]);
      const ws = read(buf).Sheets.g;
      assert.strictEqual(ws['!ref'], 'A1:C4');
      assert.strictEqual(ws.B4.v, 'b');
      assert.strictEqual(ws.A4, undefined);
      assert.strictEqual(ws.B3, undefined);
      const sheet = unzip(buf)['xl/worksheets/sheet1.xml'];
      assert.deepStrictEqual(sheet.match(/<row r="\d+"/g), ['<row r="1"', '<row r="4"']);
    });

    it('reads back column widths and the autofilter, with no merges', () => {
      const wb = read(writeXlsx(reportSheets()));
      const ws = wb.Sheets['汇总'];
      assert.deepStrictEqual(
        ws['!cols']!.map((c) => c && c.width),
        [6, 40, 12, 8],
      );
      assert.deepStrictEqual(ws['!autofilter'], { ref: 'A3:D5' });
      assert.ok(!ws['!merges'] || ws['!merges'].length === 0);
      assert.deepStrictEqual(wb.Sheets['统计']['!autofilter'], { ref: 'A1:C3' });
      assert.strictEqual(wb.Sheets["O'Brien 表 (1)"]['!autofilter'], undefined);
    });

    it('shares repeated strings once', () => {
      const rows = [['部门', '状态']];
      for (let i = 0; i < 300; i++) rows.push([['办公室', '研究室', '代表工作室'][i % 3], i % 2 ? '整改中' : '已销号']);
      const sst = unzip(writeXlsx([{ name: 's', rows, headerRow: 0 }]))['xl/sharedStrings.xml'];
      assert.strictEqual(attr(sst, 'count'), '602');
      assert.strictEqual(attr(sst, 'uniqueCount'), '7');
    });

    it('round-trips a 20,000-row sheet', () => {
      const rows: (string | number | null)[][] = [['序号', '部门', '问题', '剩余天数']];
      for (let i = 0; i < 20000; i++) rows.push([i + 1, '部门' + (i % 40), '问题 ' + i, i % 7 === 3 ? null : i - 10000]);
      const ws = read(writeXlsx([{ name: '大表', rows, headerRow: 0, borders: true }])).Sheets['大表'];
      assert.strictEqual(ws['!ref'], 'A1:D20001');
      assert.deepStrictEqual([ws.A20001.v, ws.B20001.v, ws.C20001.v, ws.D20001.v], [20000, '部门39', '问题 19999', 9999]);
      assert.strictEqual(ws.D5.v, undefined, 'empty bordered cell has no value');
      assert.strictEqual(ws.D2.v, -10000);
    });
  });

  describe('styles', () => {
    it('fills cells with the given colours and bolds the header with thin borders', () => {
      const parts = unzip(writeXlsx(reportSheets()));
      const red = styleOf(parts, 0, 'D4');
      assert.match(red.fill, /<patternFill patternType="solid"><fgColor rgb="FFFF9999"\/>/);
      assert.match(styleOf(parts, 0, 'D5').fill, /<fgColor rgb="FFFFE699"\/>/);
      for (const ref of ['A3', 'B3', 'C3', 'D3']) {
        const header = styleOf(parts, 0, ref);
        assert.match(header.font, /<b\/>/, ref);
        assert.match(header.border, THIN, ref);
        assert.match(header.fill, /<fgColor rgb="FFD9D9D9"\/>/, ref);
        assert.match(header.xf, /<alignment horizontal="center" wrapText="1"\/>/, ref);
      }
      const statsHeader = styleOf(parts, 1, 'A1');
      assert.match(statsHeader.font, /<b\/>/);
      assert.match(statsHeader.border, THIN);
      assert.doesNotMatch(styleOf(parts, 1, 'A2').font, /<b\/>/);
      assert.match(styleOf(parts, 1, 'A3').font, /<b\/>/, 'row style bold on the 合计 row');
    });

    it('gives every table cell a thin border when asked, but not titles, opted-out rows or other sheets', () => {
      const parts = unzip(writeXlsx(reportSheets()));
      for (const ref of ['A4', 'B4', 'C4', 'D4', 'A5', 'D5']) assert.match(styleOf(parts, 0, ref).border, THIN, ref);
      assert.doesNotMatch(styleOf(parts, 0, 'A1').border, THIN);
      assert.doesNotMatch(styleOf(parts, 0, 'A2').border, THIN, 'border:false row');
      assert.doesNotMatch(styleOf(parts, 1, 'A2').border, THIN, 'sheet without borders');
    });

    it('layers cell styles over row styles over the header, field by field', () => {
      const parts = unzip(
        writeXlsx([
          {
            name: 'l',
            headerRow: 0,
            rows: [
              ['a', { v: 'b', s: { fill: '#00FF00', border: false } }],
              ['c', { v: 'd', s: { fontColor: '#0000ff' } }],
            ],
            rowStyles: [{ fill: '#FF0000' }, { bold: true, fill: '#AAAAAA' }],
          },
        ]),
      );
      const a1 = styleOf(parts, 0, 'A1');
      assert.match(a1.fill, /FFFF0000/);
      assert.match(a1.font, /<b\/>/);
      const b1 = styleOf(parts, 0, 'B1');
      assert.match(b1.fill, /FF00FF00/);
      assert.match(b1.font, /<b\/>/, 'header bold kept');
      assert.doesNotMatch(b1.border, THIN, 'border:false wins');
      const b2 = styleOf(parts, 0, 'B2');
      assert.match(b2.font, /<b\/>[\s\S]*<color rgb="FF0000FF"\/>/);
      assert.match(b2.fill, /FFAAAAAA/);
    });

    it('extends a styled row across the table so fills have no gaps', () => {
      const parts = unzip(writeXlsx([{ name: 'w', headerRow: 0, rows: [['a', 'b', 'c'], ['x']], rowStyles: [undefined, RED] }]));
      const sheet = parts['xl/worksheets/sheet1.xml'];
      assert.ok(cellXml(sheet, 'C2'), 'C2 written although the row has one value');
      assert.match(styleOf(parts, 0, 'C2').fill, /FFFF9999/);
    });

    it('deduplicates styles, however many equal style objects are passed', () => {
      const rows: OutCell[][] = [];
      for (let i = 0; i < 500; i++)
        rows.push([
          { v: i, s: { fill: '#FF9999', bold: true } },
          { v: i, s: { numFmt: '0.00' } },
          { v: 'x', s: {} },
        ]);
      const styles = unzip(writeXlsx([{ name: 'd', rows }]))['xl/styles.xml'];
      assert.strictEqual(items(styles, 'cellXfs', 'xf').length, 3);
      assert.strictEqual(items(styles, 'fills', 'fill').length, 3);
      assert.strictEqual(items(styles, 'fonts', 'font').length, 2);
    });

    it('numbers custom formats from 164 and uses built-in ids for standard ones', () => {
      const buf = writeXlsx([
        {
          name: 'f',
          rows: [
            [
              { v: 45107, s: DATE },
              { v: 0.123, s: { numFmt: '0.0%' } },
              { v: 0.5, s: { numFmt: '0.00%' } },
              { v: 3, s: { numFmt: '"第"0"项"' } },
            ],
          ],
        },
      ]);
      const parts = unzip(buf);
      assert.strictEqual(styleOf(parts, 0, 'A1').numFmt, 'yyyy-mm-dd');
      assert.strictEqual(styleOf(parts, 0, 'B1').numFmt, '0.0%');
      assert.strictEqual(styleOf(parts, 0, 'C1').numFmt, '10');
      assert.strictEqual(styleOf(parts, 0, 'D1').numFmt, '&quot;第&quot;0&quot;项&quot;');
      assert.deepStrictEqual(
        items(parts['xl/styles.xml'], 'numFmts', 'numFmt').map((n) => attr(n, 'numFmtId')),
        ['164', '165', '166'],
      );
      const ws = read(buf).Sheets.f;
      assert.deepStrictEqual([ws.A1.w, ws.B1.w, ws.C1.w, ws.D1.w], ['2023-06-30', '12.3%', '50.00%', '第3项']);
    });

    it('uses a solid fill pattern with ARGB colours and the required first two fills', () => {
      const fills = items(unzip(writeXlsx(reportSheets()))['xl/styles.xml'], 'fills', 'fill');
      assert.match(fills[0], /patternType="none"/);
      assert.match(fills[1], /patternType="gray125"/);
      for (const f of fills.slice(2)) assert.match(f, /<patternFill patternType="solid"><fgColor rgb="FF[0-9A-F]{6}"\/>/);
    });
  });

  describe('view and print setup', () => {
    it('freezes the panes below the header row', () => {
      const parts = unzip(writeXlsx(reportSheets()));
      assert.ok(
        parts['xl/worksheets/sheet1.xml'].includes(
          '<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A4" sqref="A4"/>',
        ),
      );
      assert.ok(parts['xl/worksheets/sheet2.xml'].includes('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'));
      assert.ok(!parts['xl/worksheets/sheet3.xml'].includes('<pane'));
      assert.ok(parts['xl/worksheets/sheet1.xml'].includes('tabSelected="1"'));
      assert.ok(!parts['xl/worksheets/sheet2.xml'].includes('tabSelected'));
    });

    it('defines print titles and the filter database per sheet', () => {
      const workbook = unzip(writeXlsx(reportSheets()))['xl/workbook.xml'];
      const names = workbook.match(/<definedName [^>]*>[^<]*<\/definedName>/g);
      assert.deepStrictEqual(names, [
        `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'汇总'!$A$3:$D$5</definedName>`,
        `<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'统计'!$A$1:$C$3</definedName>`,
        `<definedName name="_xlnm.Print_Titles" localSheetId="0">'汇总'!$1:$3</definedName>`,
        `<definedName name="_xlnm.Print_Titles" localSheetId="1">'统计'!$1:$1</definedName>`,
      ]);
      const wb = read(writeXlsx(reportSheets()));
      const titles = (wb.Workbook!.Names || []).filter((n) => n.Name === '_xlnm.Print_Titles');
      assert.deepStrictEqual(
        titles.map((n) => [n.Sheet, n.Ref]),
        [
          [0, "'汇总'!$1:$3"],
          [1, "'统计'!$1:$1"],
        ],
      );
    });

    it('escapes sheet names in the workbook and in defined names', () => {
      const name = 'R&D <一> "x"';
      const buf = writeXlsx([{ name, headerRow: 0, rows: [['a']] }]);
      const workbook = unzip(buf)['xl/workbook.xml'];
      assertWellFormed(workbook, 'workbook');
      assert.ok(workbook.includes(`<sheet name="R&amp;D &lt;一&gt; &quot;x&quot;" sheetId="1" r:id="rId1"/>`));
      assert.ok(
        workbook.includes(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'R&amp;D &lt;一&gt; &quot;x&quot;'!$1:$1</definedName>`),
      );
      assert.deepStrictEqual(read(buf).SheetNames, [name]);
    });

    it('quotes sheet names with apostrophes in defined names', () => {
      const workbook = unzip(writeXlsx([{ name: "It's", headerRow: 0, rows: [['a']] }]))['xl/workbook.xml'];
      assert.ok(workbook.includes(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'It''s'!$1:$1</definedName>`));
      assert.ok(workbook.includes(`<sheet name="It's" sheetId="1" r:id="rId1"/>`));
    });

    it('sets A4 landscape fitted to one page wide, with the given footer on every sheet', () => {
      const parts = unzip(writeXlsx(reportSheets(), { footer: '&C第 &P 页，共 &N 页' }));
      const landscape = parts['xl/worksheets/sheet1.xml'];
      assert.ok(landscape.includes('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'));
      assert.ok(landscape.includes('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'));
      assert.ok(landscape.includes('<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>'));
      const portrait = parts['xl/worksheets/sheet2.xml'];
      assert.ok(portrait.includes('<pageSetup paperSize="9" orientation="portrait"/>'));
      assert.ok(!portrait.includes('fitToPage'));
      assert.ok(portrait.includes('<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>'));
    });

    it('writes no footer unless given one', () => {
      assert.ok(!unzip(writeXlsx(reportSheets()))['xl/worksheets/sheet1.xml'].includes('headerFooter'));
    });

    it('writes worksheet elements in the schema order', () => {
      const order = [
        'sheetPr',
        'dimension',
        'sheetViews',
        'sheetFormatPr',
        'cols',
        'sheetData',
        'autoFilter',
        'pageMargins',
        'pageSetup',
        'headerFooter',
      ];
      const parts = unzip(writeXlsx(reportSheets()));
      for (const i of [1, 2, 3]) {
        const xml = parts[`xl/worksheets/sheet${i}.xml`];
        const inner = xml.replace(/^[\s\S]*?<worksheet[^>]*>/, '').replace(/<\/worksheet>$/, '');
        const children: string[] = [];
        let depth = 0;
        let m: RegExpExecArray | null;
        const tags = /<(\/?)(\w+)[^>]*?(\/?)>/g;
        while ((m = tags.exec(inner)) !== null) {
          if (m[1]) depth--;
          else {
            if (depth === 0) children.push(m[2]);
            if (!m[3]) depth++;
          }
        }
        const positions = children.map((c) => order.indexOf(c));
        assert.ok(
          positions.every((p) => p >= 0),
          `sheet${i}: unknown child in ${children.join(',')}`,
        );
        assert.deepStrictEqual(
          positions,
          [...positions].sort((a, b) => a - b),
          `sheet${i}: ${children.join(',')}`,
        );
        assert.ok(children.includes('sheetData') && children.includes('pageSetup'), `sheet${i}`);
      }
    });
  });

  describe('package', () => {
    it('writes well-formed parts, each listed in [Content_Types].xml and reachable by relationships', () => {
      const parts = unzip(writeXlsx(reportSheets(), { title: '整改台账 <汇总> & 统计', created: new Date(Date.UTC(2023, 6, 15, 8)) }));
      const paths = Object.keys(parts).sort();
      assert.deepStrictEqual(paths, [
        '[Content_Types].xml',
        '_rels/.rels',
        'docProps/app.xml',
        'docProps/core.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/sharedStrings.xml',
        'xl/styles.xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
        'xl/worksheets/sheet2.xml',
        'xl/worksheets/sheet3.xml',
      ]);
      for (const p of paths) assertWellFormed(parts[p], p);
      const types = parts['[Content_Types].xml'];
      for (const p of paths.filter((x) => !x.endsWith('.rels') && x !== '[Content_Types].xml')) {
        assert.ok(types.includes(`<Override PartName="/${p}"`), p);
      }
      const rels = parts['xl/_rels/workbook.xml.rels'];
      for (const p of paths.filter((x) => x.startsWith('xl/') && !x.includes('_rels') && x !== 'xl/workbook.xml')) {
        assert.ok(rels.includes(`Target="${p.slice(3)}"`), p);
      }
      assert.ok(parts['docProps/core.xml'].includes('<dc:title>整改台账 &lt;汇总&gt; &amp; 统计</dc:title>'));
      assert.ok(parts['docProps/core.xml'].includes('>2023-07-15T08:00:00Z</dcterms:created>'));
    });

    it('names the creator, application and default font only as told', () => {
      const plain = unzip(writeXlsx(reportSheets()));
      assert.ok(!plain['docProps/core.xml'].includes('dc:creator'));
      assert.ok(!plain['docProps/app.xml'].includes('<Application>'));
      assert.match(items(plain['xl/styles.xml'], 'fonts', 'font')[0], /<sz val="11"\/><name val="Calibri"\/><family val="2"\/><\/font>/);
      const told = unzip(
        writeXlsx(reportSheets(), {
          creator: 'A & B',
          application: '台账',
          font: { name: '宋体', size: 12, family: 3, charset: 134 },
        }),
      );
      assert.ok(told['docProps/core.xml'].includes('<dc:creator>A &amp; B</dc:creator>'));
      assert.ok(told['docProps/app.xml'].includes('<Application>台账</Application>'));
      for (const font of items(told['xl/styles.xml'], 'fonts', 'font')) {
        assert.match(font, /<name val="宋体"\/><family val="3"\/><charset val="134"\/><\/font>/);
      }
      assert.match(items(told['xl/styles.xml'], 'fonts', 'font')[0], /<sz val="12"\/>/);
    });

    it('writes the same bytes for the same input', () => {
      const created = new Date(Date.UTC(2024, 0, 2));
      assert.deepStrictEqual(writeXlsx(reportSheets(), { created }), writeXlsx(reportSheets(), { created }));
    });
  });

  describe('large parts, deflated as they are written', function () {
    this.timeout(180000);

    /** `data` handed to a deflater in pieces of the given sizes, each through one reused buffer, as a sheet writes it. */
    function deflateInPieces(data: Buffer, sizes: number[]) {
      const part = new PartDeflater('x.xml');
      const scratch = new Uint8Array(Math.max(...sizes));
      for (let at = 0, i = 0; at < data.length; i++) {
        const piece = data.subarray(at, at + sizes[i % sizes.length]);
        scratch.set(piece);
        part.write(scratch.subarray(0, piece.length));
        scratch.fill(0);
        at += piece.length;
      }
      return part.end();
    }

    function xmlText(bytes: number): Buffer {
      const lines: string[] = [];
      for (let n = 0, i = 0; n < bytes; i++) {
        const line = `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${(i * 7919) % 50000}</v></c><c r="B${i + 1}"><v>${46000 + (i % 400)}</v></c></row>`;
        lines.push(line);
        n += line.length;
      }
      return Buffer.from(lines.join(''));
    }

    it('joins the pieces of a part over 4 MB into one deflate stream of every byte written', () => {
      const data = xmlText(9 << 20);
      // Pieces shorter than deflate's 32 KB window too: the bytes before a piece reach back across several.
      const part = deflateInPieces(data, [1 << 20, 3, 20000, 700000, 1]);
      assert.ok(part.chunks.length > 2, 'deflated piece by piece');
      assert.ok(inflateRawSync(Buffer.concat(part.chunks)).equals(data));
      assert.strictEqual(part.size, data.length);
      assert.strictEqual(part.crc, crc32(data));
    });

    it('deflates a part within 4 MB whole, exactly as before it was written in pieces', () => {
      const data = xmlText(3 << 20);
      const part = deflateInPieces(data, [1 << 20, 5000]);
      assert.deepStrictEqual(Buffer.concat(part.chunks), deflateRawSync(data, { level: 6 }));
      assert.strictEqual(part.crc, crc32(data));
    });

    it('writes a sheet of over 4 MB of XML that LibreOffice reads whole', () => {
      const rows: (string | number)[][] = [['序号', '部门', '问题', '剩余天数']];
      for (let i = 0; i < 60000; i++) rows.push([i + 1, '部门' + (i % 40), '问题描述第' + i + '项：需要认真整改落实', i - 30000]);
      const bytes = writeXlsx([{ name: '大表', rows, headerRow: 0, borders: true }]);
      assert.ok(unzipSync(bytes)['xl/worksheets/sheet1.xml'].length > 4 << 20, 'the sheet is a big part');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'writer-big-'));
      try {
        const file = path.join(dir, 'big.xlsx');
        fs.writeFileSync(file, bytes);
        const lines = fs
          .readFileSync(convertWith(file, 'csv:Text - txt - csv (StarCalc):44,34,76', { outDir: dir }), 'utf8')
          .trim()
          .split(/\r?\n/);
        assert.strictEqual(lines.length, rows.length);
        assert.strictEqual(lines[lines.length - 1], '60000,部门39,问题描述第59999项：需要认真整改落实,29999');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('module boundary', () => {
    it('imports only its own files, fflate and zlib: nothing of the product', () => {
      const dir = path.join(repoRoot(), 'scripts', 'xlsx-writer');
      const files = fs
        .readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.ts'));
      assert.ok(files.length >= 5, 'writer sources not found in ' + dir);
      const offenders: string[] = [];
      for (const f of files) {
        const imports = ts.preProcessFile(fs.readFileSync(path.join(dir, f), 'utf8'), true, true).importedFiles;
        for (const { fileName } of imports) {
          if (!/^\.\/[\w-]+$/.test(fileName) && fileName !== 'fflate' && fileName !== 'zlib') offenders.push(f + ' → ' + fileName);
        }
      }
      assert.deepStrictEqual(offenders, []);
    });
  });

  describe('refuses what Excel would reject', () => {
    const cases: [string, OutSheet[], RegExp][] = [
      ['no sheets', [], /至少需要一个工作表/],
      ['empty name', [{ name: '', rows: [] }], /名称不能为空/],
      [
        'name over 31 characters',
        [{ name: '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二', rows: [] }],
        /超过 31 个字符/,
      ],
      ['name with a slash', [{ name: '2023/7', rows: [] }], /不允许的字符/],
      ['name starting with an apostrophe', [{ name: "'a", rows: [] }], /单引号/],
      [
        'duplicate names in another case',
        [
          { name: 'Data', rows: [] },
          { name: 'DATA', rows: [] },
        ],
        /重复/,
      ],
      ['name with an _xHHHH_ escape', [{ name: 'a_x0041_', rows: [] }], /_xHHHH_/],
      ['reserved History', [{ name: 'history', rows: [] }], /History/],
      ['header row past the end', [{ name: 'a', rows: [['x']], headerRow: 1 }], /表头行号 1/],
      ['colour not #RRGGBB', [{ name: 'a', rows: [[{ v: 1, s: { fill: 'red' } }]] }], /颜色格式无效：“red”/],
      ['negative width', [{ name: 'a', rows: [], colWidths: [-1] }], /列宽无效/],
      ['text longer than a cell holds', [{ name: 'a', rows: [['x'.repeat(32768)]] }], /A1 的文本有 32768 个字符/],
      ['a hidden first sheet', [{ name: 'a', rows: [], hidden: true }], /第一个工作表“a”.*不能隐藏/],
      ['a uid that is not a GUID', [{ name: 'a', rows: [], uid: 'abc' }], /标识“abc”/],
      [
        'a rule range that is not an address',
        [{ name: 'a', rows: [], conditionalFormats: [{ sqref: 'A1:B', formula: 'TRUE' }] }],
        /规则范围“A1:B”/,
      ],
      ['a formula starting with =', [{ name: 'a', rows: [], conditionalFormats: [{ sqref: 'A1', formula: '=TRUE' }] }], /不以 = 开头/],
      [
        'a prompt title over 32 characters',
        [
          {
            name: 'a',
            rows: [],
            validations: [{ sqref: 'A1', type: 'custom', formula1: 'TRUE', prompt: { title: 'x'.repeat(33), message: '' } }],
          },
        ],
        /提示标题超过 32/,
      ],
      [
        'an error message over 225 characters',
        [
          {
            name: 'a',
            rows: [],
            validations: [
              { sqref: 'A1', type: 'custom', formula1: 'TRUE', error: { style: 'stop', title: 't', message: 'x'.repeat(226) } },
            ],
          },
        ],
        /出错信息超过 225/,
      ],
      [
        'an inline list over 255 characters',
        [{ name: 'a', rows: [], validations: [{ sqref: 'A1', type: 'list', formula1: '"' + 'x'.repeat(256) + '"' }] }],
        /下拉列表超过/,
      ],
    ];
    for (const [title, sheets, message] of cases) {
      it(title, () => assert.throws(() => writeXlsx(sheets), message));
    }
    const names: [string, string, RegExp][] = [
      ['a name like a cell address', 'AB12', /名称“AB12”无效/],
      ['a name with a space', '状态 列表', /无效/],
      ['a name starting with a digit', '1列表', /无效/],
      ['R1C1-like', 'R2C3', /无效/],
    ];
    for (const [title, name, message] of names) {
      it(title, () => assert.throws(() => writeXlsx([{ name: 'a', rows: [] }], { names: [{ name, ref: 'a!$A$1' }] }), message));
    }
    it('a name given twice', () => {
      assert.throws(
        () =>
          writeXlsx([{ name: 'a', rows: [] }], {
            names: [
              { name: 'x', ref: 'a!$A$1' },
              { name: 'X', ref: 'a!$A$2' },
            ],
          }),
        /名称“X”重复/,
      );
    });
  });

  describe('rules, names, hidden sheets and an add-in', () => {
    const ledger: OutSheet = {
      name: '台账',
      headerRow: 0,
      rows: [
        ['状态', '时限'],
        ['整改中', 45000],
      ],
      uid: '{00000000-0001-0000-0000-000000000000}',
      validations: [
        {
          sqref: 'A2:A10',
          type: 'list',
          formula1: '状态列表',
          prompt: { title: '整改状态', message: '请选择 <未启动> & "整改中"' },
          error: { style: 'stop', title: '无效', message: '只能选择列表中的状态' },
        },
        {
          sqref: 'B2:B10',
          type: 'custom',
          formula1: 'OR(ISNUMBER($B2),$B2="长期坚持")',
          allowBlank: false,
          error: { style: 'warning', title: '提醒', message: '应为日期' },
        },
        { sqref: 'C2:C10', type: 'date', operator: 'between', formula1: 'DATE(1990,1,1)', formula2: 'TODAY()' },
      ],
      conditionalFormats: [
        { sqref: 'A2:B1048576', formula: 'AND($A2="已销号",$B2<>"")', fill: '#D9D9D9', stopIfTrue: true },
        { sqref: 'A2:B1048576', formula: '$B2<TODAY()', fill: '#ffc7ce', fontColor: '#9C0006', stopIfTrue: true },
        { sqref: 'B2:B1048576', formula: 'TRIM($B2)=""', fill: '#D9D9D9' },
      ],
    };
    const dictionary: OutSheet = { name: '字典', rows: [['状态'], ['未启动'], ['整改中']], hidden: true };
    const options = {
      names: [{ name: '状态列表', ref: "'字典'!$A$2:$A$3" }],
      webExtension: {
        instanceId: '{4A1B2C3D-0000-4000-8000-000000000001}',
        reference: { id: '9661fd6c-30b3-4e9e-8b61-8b100f1f21ca', version: '1.0.0.0', store: 'developer', storeType: 'Registry' },
        alternateReferences: [
          { id: '9661fd6c-30b3-4e9e-8b61-8b100f1f21ca', version: '1.0.0.0', store: 'EXCatalog', storeType: 'EXCatalog' },
        ],
        settings: { 'a.config': { warnDays: 5, colors: { red: '#FF0000' }, note: '引号"与<尖括号>' }, 'a.flag': true },
      },
    };
    const parts = (): Parts => unzip(writeXlsx([ledger, dictionary], options));

    it("writes data validation in the schema's order, with prompts and alerts escaped", () => {
      const xml = parts()['xl/worksheets/sheet1.xml'];
      assert.ok(xml.indexOf('<autoFilter') < xml.indexOf('<conditionalFormatting'));
      assert.ok(xml.indexOf('<conditionalFormatting') < xml.indexOf('<dataValidations'));
      assert.ok(xml.indexOf('</dataValidations>') < xml.indexOf('<pageMargins'));
      assert.ok(xml.includes('<dataValidations count="3">'));
      assert.ok(
        xml.includes(
          '<dataValidation type="list" allowBlank="1" showInputMessage="1" promptTitle="整改状态" ' +
            'prompt="请选择 &lt;未启动&gt; &amp; &quot;整改中&quot;" showErrorMessage="1" errorTitle="无效" error="只能选择列表中的状态" ' +
            'sqref="A2:A10"><formula1>状态列表</formula1></dataValidation>',
        ),
      );
      assert.ok(
        xml.includes(
          '<dataValidation type="custom" errorStyle="warning" showErrorMessage="1" errorTitle="提醒" error="应为日期" ' +
            'sqref="B2:B10"><formula1>OR(ISNUMBER($B2),$B2=&quot;长期坚持&quot;)</formula1></dataValidation>',
        ),
      );
      assert.ok(
        xml.includes(
          '<dataValidation type="date" allowBlank="1" sqref="C2:C10"><formula1>DATE(1990,1,1)</formula1><formula2>TODAY()</formula2></dataValidation>',
        ),
      );
    });

    it('writes conditional formats in priority order with their fills as differential formats', () => {
      const p = parts();
      const xml = p['xl/worksheets/sheet1.xml'];
      const rules = xml.match(/<conditionalFormatting[\s\S]*?<\/conditionalFormatting>/g) || [];
      assert.deepStrictEqual(rules, [
        '<conditionalFormatting sqref="A2:B1048576"><cfRule type="expression" dxfId="0" priority="1" stopIfTrue="1"><formula>AND($A2=&quot;已销号&quot;,$B2&lt;&gt;&quot;&quot;)</formula></cfRule></conditionalFormatting>',
        '<conditionalFormatting sqref="A2:B1048576"><cfRule type="expression" dxfId="1" priority="2" stopIfTrue="1"><formula>$B2&lt;TODAY()</formula></cfRule></conditionalFormatting>',
        '<conditionalFormatting sqref="B2:B1048576"><cfRule type="expression" dxfId="0" priority="3"><formula>TRIM($B2)=&quot;&quot;</formula></cfRule></conditionalFormatting>',
      ]);
      const dxfs = items(p['xl/styles.xml'], 'dxfs', 'dxf');
      assert.deepStrictEqual(dxfs, [
        '<dxf><fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor rgb="FFD9D9D9"/></patternFill></fill></dxf>',
        '<dxf><font><color rgb="FF9C0006"/></font><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>',
      ]);
      assert.ok(p['xl/styles.xml'].includes('<dxfs count="2">'));
    });

    it('hides a sheet, names ranges and gives a sheet its uid, as SheetJS reads them back', () => {
      const p = parts();
      assert.ok(p['xl/workbook.xml'].includes('<sheet name="字典" sheetId="2" state="hidden" r:id="rId2"/>'));
      assert.ok(p['xl/workbook.xml'].includes('<definedName name="状态列表">\'字典\'!$A$2:$A$3</definedName>'));
      assert.match(
        p['xl/worksheets/sheet1.xml'],
        /<worksheet [^>]*xmlns:mc="[^"]+" xmlns:xr="[^"]+" mc:Ignorable="xr" xr:uid="\{00000000-0001-0000-0000-000000000000\}">/,
      );
      const wb = read(writeXlsx([ledger, dictionary], options));
      assert.deepStrictEqual(
        wb.Workbook!.Sheets!.map((s) => s.Hidden),
        [0, 1],
      );
      assert.deepStrictEqual(
        wb.Workbook!.Names!.filter((n) => !n.Name.startsWith('_xlnm')).map((n) => [n.Name, n.Ref]),
        [['状态列表', "'字典'!$A$2:$A$3"]],
      );
      assert.strictEqual(wb.Sheets['台账'].A2.v, '整改中');
    });

    it("stores an add-in's settings as JSON in its web extension part, anchored by a task pane part", () => {
      const p = parts();
      for (const path of Object.keys(p)) if (path.endsWith('.xml') || path.endsWith('.rels')) assertWellFormed(p[path], path);
      assert.ok(
        p['_rels/.rels'].includes(
          'Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"',
        ),
      );
      assert.ok(
        p['[Content_Types].xml'].includes(
          '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>',
        ),
      );
      assert.ok(
        p['[Content_Types].xml'].includes(
          '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>',
        ),
      );
      assert.ok(p['xl/webextensions/_rels/taskpanes.xml.rels'].includes('Target="webextension1.xml"'));
      assert.match(
        p['xl/webextensions/taskpanes.xml'],
        /<wetp:taskpane dockstate="right" visibility="0" width="350" row="1"><wetp:webextensionref [^>]*r:id="rId1"\/>/,
      );
      const ext = p['xl/webextensions/webextension1.xml'];
      assert.ok(ext.includes('id="{4A1B2C3D-0000-4000-8000-000000000001}"'));
      assert.ok(
        ext.includes('<we:reference id="9661fd6c-30b3-4e9e-8b61-8b100f1f21ca" version="1.0.0.0" store="developer" storeType="Registry"/>'),
      );
      assert.ok(
        ext.includes(
          '<we:alternateReferences><we:reference id="9661fd6c-30b3-4e9e-8b61-8b100f1f21ca" version="1.0.0.0" store="EXCatalog" storeType="EXCatalog"/></we:alternateReferences>',
        ),
      );
      const props: { [name: string]: unknown } = {};
      const re = /<we:property name="([^"]*)" value="([^"]*)"\/>/g;
      let m: RegExpExecArray | null;
      const unescape = (t: string) =>
        t
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&');
      while ((m = re.exec(ext))) props[unescape(m[1])] = JSON.parse(unescape(m[2]));
      assert.deepStrictEqual(props, options.webExtension.settings);
      assert.ok(!unzip(writeXlsx([ledger, dictionary]))['[Content_Types].xml'].includes('webextension'), 'no add-in unless asked');
    });
  });
});
