import * as assert from 'assert';
import * as XLSX from 'xlsx';
import { CellStyle, OutCell, OutSheet, writeXlsx } from '../scripts/xlsx-writer';
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

describe('xlsx writer: row heights for wrapped text', () => {
  const WRAP: CellStyle = { wrap: true };
  const rowTag = (xml: string, r: number) => (xml.match(new RegExp('<row r="' + r + '"[^>]*>')) || [''])[0];

  it('gives a wrapped row the height of its longest cell, CJK counting double, and leaves short rows alone', () => {
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
    assert.strictEqual(rowTag(xml, 1), '<row r="1">');
    // 38 CJK characters = 76 units in a 30-wide column (29 usable) → 3 lines.
    assert.strictEqual(rowTag(xml, 2), '<row r="2" ht="42.75" customHeight="1">');
    assert.strictEqual(rowTag(xml, 3), '<row r="3" ht="42.75" customHeight="1">');
    assert.strictEqual(rowTag(xml, 4), '<row r="4">');
    const back = read(writeXlsx([sheet])).Sheets['汇总'];
    assert.strictEqual(back.B2.v, sheet.rows[1][1]);
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
        '办公室（督查科）', 'a<b && c>d "q" \'s\'', '  前后有空格  ', '\t制表', '第一行\n第二行', '=1+1', '=SUM(A1:A2)',
        '+86 10', '-', '@user', 'x_x0041_y', '_x000D_', '😀 表情', '&amp;', ']]>', '0012',
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
      assert.deepStrictEqual(ws['!cols']!.map((c) => c && c.width), [6, 40, 12, 8]);
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
      const parts = unzip(writeXlsx([{
        name: 'l',
        headerRow: 0,
        rows: [['a', { v: 'b', s: { fill: '#00FF00', border: false } }], ['c', { v: 'd', s: { fontColor: '#0000ff' } }]],
        rowStyles: [{ fill: '#FF0000' }, { bold: true, fill: '#AAAAAA' }],
      }]));
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
      for (let i = 0; i < 500; i++) rows.push([{ v: i, s: { fill: '#FF9999', bold: true } }, { v: i, s: { numFmt: '0.00' } }, { v: 'x', s: {} }]);
      const styles = unzip(writeXlsx([{ name: 'd', rows }]))['xl/styles.xml'];
      assert.strictEqual(items(styles, 'cellXfs', 'xf').length, 3);
      assert.strictEqual(items(styles, 'fills', 'fill').length, 3);
      assert.strictEqual(items(styles, 'fonts', 'font').length, 2);
    });

    it('numbers custom formats from 164 and uses built-in ids for standard ones', () => {
      const buf = writeXlsx([{
        name: 'f',
        rows: [[{ v: 45107, s: DATE }, { v: 0.123, s: { numFmt: '0.0%' } }, { v: 0.5, s: { numFmt: '0.00%' } }, { v: 3, s: { numFmt: '"第"0"项"' } }]],
      }]);
      const parts = unzip(buf);
      assert.strictEqual(styleOf(parts, 0, 'A1').numFmt, 'yyyy-mm-dd');
      assert.strictEqual(styleOf(parts, 0, 'B1').numFmt, '0.0%');
      assert.strictEqual(styleOf(parts, 0, 'C1').numFmt, '10');
      assert.strictEqual(styleOf(parts, 0, 'D1').numFmt, '&quot;第&quot;0&quot;项&quot;');
      assert.deepStrictEqual(items(parts['xl/styles.xml'], 'numFmts', 'numFmt').map((n) => attr(n, 'numFmtId')), ['164', '165', '166']);
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
      assert.ok(parts['xl/worksheets/sheet1.xml'].includes(
        '<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A4" sqref="A4"/>'));
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
      assert.deepStrictEqual(titles.map((n) => [n.Sheet, n.Ref]), [[0, "'汇总'!$1:$3"], [1, "'统计'!$1:$1"]]);
    });

    it('escapes sheet names in the workbook and in defined names', () => {
      const name = 'R&D <一> "x"';
      const buf = writeXlsx([{ name, headerRow: 0, rows: [['a']] }]);
      const workbook = unzip(buf)['xl/workbook.xml'];
      assertWellFormed(workbook, 'workbook');
      assert.ok(workbook.includes(`<sheet name="R&amp;D &lt;一&gt; &quot;x&quot;" sheetId="1" r:id="rId1"/>`));
      assert.ok(workbook.includes(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'R&amp;D &lt;一&gt; &quot;x&quot;'!$1:$1</definedName>`));
      assert.deepStrictEqual(read(buf).SheetNames, [name]);
    });

    it('quotes sheet names with apostrophes in defined names', () => {
      const workbook = unzip(writeXlsx([{ name: "It's", headerRow: 0, rows: [['a']] }]))['xl/workbook.xml'];
      assert.ok(workbook.includes(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'It''s'!$1:$1</definedName>`));
      assert.ok(workbook.includes(`<sheet name="It's" sheetId="1" r:id="rId1"/>`));
    });

    it('sets A4 landscape fitted to one page wide, with page numbers in the footer', () => {
      const parts = unzip(writeXlsx(reportSheets()));
      const landscape = parts['xl/worksheets/sheet1.xml'];
      assert.ok(landscape.includes('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'));
      assert.ok(landscape.includes('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'));
      assert.ok(landscape.includes('<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>'));
      const portrait = parts['xl/worksheets/sheet2.xml'];
      assert.ok(portrait.includes('<pageSetup paperSize="9" orientation="portrait"/>'));
      assert.ok(!portrait.includes('fitToPage'));
    });

    it('writes worksheet elements in the schema order', () => {
      const order = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'autoFilter', 'pageMargins', 'pageSetup', 'headerFooter'];
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
        assert.ok(positions.every((p) => p >= 0), `sheet${i}: unknown child in ${children.join(',')}`);
        assert.deepStrictEqual(positions, [...positions].sort((a, b) => a - b), `sheet${i}: ${children.join(',')}`);
        assert.ok(children.includes('sheetData') && children.includes('pageSetup'), `sheet${i}`);
      }
    });
  });

  describe('package', () => {
    it('writes well-formed parts, each listed in [Content_Types].xml and reachable by relationships', () => {
      const parts = unzip(writeXlsx(reportSheets(), { title: '整改台账 <汇总> & 统计', created: new Date(Date.UTC(2023, 6, 15, 8)) }));
      const paths = Object.keys(parts).sort();
      assert.deepStrictEqual(paths, [
        '[Content_Types].xml', '_rels/.rels', 'docProps/app.xml', 'docProps/core.xml', 'xl/_rels/workbook.xml.rels',
        'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml',
        'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml',
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

    it('writes the same bytes for the same input', () => {
      const created = new Date(Date.UTC(2024, 0, 2));
      assert.deepStrictEqual(writeXlsx(reportSheets(), { created }), writeXlsx(reportSheets(), { created }));
    });
  });

  describe('refuses what Excel would reject', () => {
    const cases: [string, OutSheet[], RegExp][] = [
      ['no sheets', [], /至少需要一个工作表/],
      ['empty name', [{ name: '', rows: [] }], /名称不能为空/],
      ['name over 31 characters', [{ name: '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二', rows: [] }], /超过 31 个字符/],
      ['name with a slash', [{ name: '2023/7', rows: [] }], /不允许的字符/],
      ['name starting with an apostrophe', [{ name: "'a", rows: [] }], /单引号/],
      ['duplicate names in another case', [{ name: 'Data', rows: [] }, { name: 'DATA', rows: [] }], /重复/],
      ['name with an _xHHHH_ escape', [{ name: 'a_x0041_', rows: [] }], /_xHHHH_/],
      ['reserved History', [{ name: 'history', rows: [] }], /History/],
      ['header row past the end', [{ name: 'a', rows: [['x']], headerRow: 1 }], /表头行号 1/],
      ['colour not #RRGGBB', [{ name: 'a', rows: [[{ v: 1, s: { fill: 'red' } }]] }], /颜色格式无效：“red”/],
      ['negative width', [{ name: 'a', rows: [], colWidths: [-1] }], /列宽无效/],
      ['text longer than a cell holds', [{ name: 'a', rows: [['x'.repeat(32768)]] }], /A1 的文本有 32768 个字符/],
    ];
    for (const [title, sheets, message] of cases) {
      it(title, () => assert.throws(() => writeXlsx(sheets), message));
    }
  });
});
