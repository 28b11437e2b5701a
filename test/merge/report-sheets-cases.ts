// Workbooks written part by part for the worker's report reader: each case a form SheetJS reads
// (the reader must give what SheetJS gives) or one the reader must give up, with the reason.
import { EARLIER_SHEETS } from '../../scripts/tracking/report-worker';
import { NS_MAIN, NS_REL } from '../../scripts/xlsx-writer/xml';
import { HandBook, inline, reportSheets } from './hand-made-book';
import { breakCrc, flagEncrypted } from './hostile/harness';

const [SUMMARY, INFO] = EARLIER_SHEETS;

/** What a case requires: the worker reads it as SheetJS does, or gives it up for a reason matching the pattern. */
export type Outcome = 'read' | RegExp;

export interface HandCase {
  what: string;
  book: HandBook;
  outcome: Outcome;
  /** Values SheetJS gives, asserted so that the case shows the form it is about: [A1 reference in 汇总, value]. */
  shows?: [string, unknown][];
  /** The file's bytes changed after zipping. */
  damage?: (zip: Buffer) => Buffer;
}

/** A 汇总 of rows `rows`, beside the other two sheets read. */
export function summary(rows: string, extra: Partial<HandBook> = {}): HandBook {
  return { sheets: reportSheets(rows), ...extra };
}

const str = (ref: string, v: string): string => `<c r="${ref}" t="str"><v>${v}</v></c>`;
const num = (ref: string, v: string): string => `<c r="${ref}"><v>${v}</v></c>`;
const typed = (ref: string, t: string, v: string | null): string =>
  v === null ? `<c r="${ref}" t="${t}"/>` : `<c r="${ref}" t="${t}"><v>${v}</v></c>`;
const shared = (ref: string, i: number): string => `<c r="${ref}" t="s"><v>${i}</v></c>`;

/** A sheet as Excel saves it: markup-compatibility namespaces, prefixed attributes, and prefixed elements after the cells. */
const EXCEL_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}" ` +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" ' +
  'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" ' +
  'xr:uid="{00000000-0001-0000-0000-000000000000}"><sheetPr filterMode="1"/><dimension ref="A1:D4"/>' +
  '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>' +
  '<selection pane="bottomLeft" activeCell="A4" sqref="A4"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/>' +
  '<cols><col min="1" max="1" width="5" customWidth="1"/></cols><sheetData>' +
  '<row r="1" spans="1:4" x14ac:dyDescent="0.2"><c r="A1" s="1" t="s"><v>0</v></c></row>' +
  '<row r="3" spans="1:4" ht="28.5" x14ac:dyDescent="0.2"><c r="A3" s="2" t="s"><v>1</v></c><c r="B3" s="2" t="s"><v>2</v></c><c r="C3" s="2" t="s"><v>3</v></c></row>' +
  '<row r="4" hidden="1" spans="1:4" x14ac:dyDescent="0.2"><c r="A4"><v>1</v></c><c r="B4" s="3"><v>46351</v></c><c r="C4" t="s"><v>4</v></c>' +
  '<c r="D4" s="4"><f>B4+7</f><v>46358</v></c><c r="E4" s="4"/></row></sheetData>' +
  '<autoFilter ref="A3:D4" xr:uid="{00000000-0009-0000-0000-000000000000}"><filterColumn colId="2"><filters><filter val="整改中"/></filters></filterColumn></autoFilter>' +
  '<phoneticPr fontId="1" type="noConversion"/><conditionalFormatting sqref="A4:D4"><cfRule type="expression" dxfId="0" priority="1"><formula>$C4="整改中"</formula></cfRule></conditionalFormatting>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/>' +
  '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
  '<x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="containsText" priority="2" id="{1}">' +
  '<xm:f>NOT(ISERROR(SEARCH("逾期",C4)))</xm:f></x14:cfRule><xm:sqref>C4</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst></worksheet>';

/** Excel's workbook.xml around the sheets `sheets` (their <sheet> tags). */
function excelWorkbook(sheets: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}" ` +
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" ' +
    'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" ' +
    'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" ' +
    'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">' +
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/><workbookPr defaultThemeVersion="166925"/>' +
    '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15">' +
    '<x15ac:absPath url="C:\\Users\\督查科\\Desktop\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent>' +
    '<xr:revisionPtr revIDLastSave="0" documentId="8_{5D7D0A6B-0000-0000-0000-000000000000}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" ' +
    'xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" ' +
    `windowHeight="15840" xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/></bookViews><sheets>${sheets}</sheets>` +
    '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">汇总!$A$3:$D$4</definedName></definedNames>' +
    '<calcPr calcId="191029"/></workbook>'
  );
}

export const HAND_CASES: HandCase[] = [
  {
    what: 'a report as Excel saves it: namespaces, prefixed attributes and elements, phonetic properties, a formula',
    book: {
      sheets: reportSheets('').map((s, i) => (i === 0 ? { ...s, xml: EXCEL_SHEET } : s)),
      sst: [
        '<t>整改台账汇总</t><phoneticPr fontId="1" type="noConversion"/>',
        '<t>序号</t>',
        '<t>完成时限</t>',
        '<t>整改状态</t>',
        '<t>整改中</t>',
      ],
      edit: (parts) => {
        const sheetTags = parts['xl/workbook.xml'].match(/<sheet [^>]*\/>/g) || [];
        parts['xl/workbook.xml'] = excelWorkbook(sheetTags.join(''));
      },
    },
    outcome: 'read',
    shows: [
      ['A1', '整改台账汇总'],
      ['C4', '整改中'],
      ['D4', 46358],
    ],
  },
  {
    what: 'inline strings: plain, with attributes, rich runs, phonetic runs, empty',
    book: summary(
      '<row r="1">' +
        inline('A1', '问题描述') +
        '<c r="B1" t="inlineStr"><is xml:space="preserve"><t xml:space="preserve"> 前后空格 </t></is></c>' +
        '<c r="C1" t="inlineStr"><is><r><rPr><b/><sz val="11"/></rPr><t>粗</t></r><r><t xml:space="preserve"> 体</t></r></is></c>' +
        '<c r="D1" t="inlineStr"><is><r><t>漢字</t></r><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></is></c>' +
        '<c r="E1" t="inlineStr"><is><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c>' +
        '<c r="F1" t="inlineStr"><is></is></c><c r="G1" t="inlineStr"><is><t/></is></c><c r="H1" t="inlineStr"/>' +
        '<c r="I1" t="inlineStr"><is><t>&amp;lt;&#x4E2D;_x000D_</t></is></c>' +
        '</row>',
    ),
    outcome: 'read',
    shows: [
      ['B1', ' 前后空格 '],
      ['C1', '粗 体'],
      ['D1', '漢字'],
      ['E1', '東京'],
      ['F1', ''],
      ['I1', '&lt;中\r'],
    ],
  },
  {
    what: 't="str": entities unescaped twice, character references, _xHHHH_ codes, CRLF',
    book: summary(
      '<row r="2">' +
        str('A2', '&amp;lt;b&amp;gt; &amp;amp; &lt;') +
        str('B2', '中&#x4E;&#32;&#x7E;') +
        str('C2', 'a&AMP;b&Lt;c') +
        str('D2', 'x_x000D_y_x005F_x0041_z') +
        str('E2', 'line1\r\nline2') +
        str('F2', '&#13;&#10;|_x007F_|😀') +
        str('G2', 'é&#x5f;x0041_') +
        str('H2', '') +
        '<c r="I2" t="str"/>' +
        '</row>',
    ),
    outcome: 'read',
    shows: [
      ['A2', '<b> & <'],
      ['C2', 'a\0b\0c'],
      ['D2', 'x\ryAz'],
      ['E2', 'line1\nline2'],
    ],
  },
  {
    what: 't="b": 1, 0, true, false and what is neither',
    book: summary(
      '<row r="1">' +
        ['1', '0', 'true', 'false', 'TRUE', '2', '', null].map((v, i) => typed(String.fromCharCode(65 + i) + '1', 'b', v)).join('') +
        '</row>',
    ),
    outcome: 'read',
    shows: [
      ['A1', true],
      ['C1', true],
      ['E1', false],
      ['H1', false],
    ],
  },
  {
    what: 't="e": known and unknown error texts',
    book: summary(
      '<row r="1">' +
        ['#DIV/0!', '#N/A', '#NULL!', '#GETTING_DATA', '#SPILL!', '#WTF?', 'constructor', '', null]
          .map((v, i) => typed(String.fromCharCode(65 + i) + '1', 'e', v))
          .join('') +
        '</row>',
    ),
    outcome: 'read',
    shows: [
      ['A1', '#DIV/0!'],
      ['D1', '#GETTING_DATA'],
      ['E1', '#ERROR!'],
      ['F1', '#ERROR!'],
    ],
  },
  {
    what: 'numbers: decimal, exponent, negative, leading zeros, long, odd',
    book: summary(
      '<row r="1">' +
        ['3.25', '1e3', '-1.5E-2', '007', '-0', '.5', ' 42 ', '1234567890123456789', '0.1e-320', 'Infinity', 'abc', '&#49;2', '0x10', ' ']
          .map((v, i) => num(String.fromCharCode(65 + i) + '1', v))
          .join('') +
        '<c r="O1" t="n"><v>5</v></c><c r="P1" t="n"/><c r="Q1"><v></v></c>' +
        '</row>',
    ),
    outcome: 'read',
    shows: [
      ['B1', 1000],
      ['D1', 7],
      ['E1', -0],
      ['G1', 42],
      ['K1', NaN],
      ['L1', 12],
    ],
  },
  {
    what: 'cells and rows without r, counted on from the last one that has it',
    book: summary(
      '<row>' +
        '<c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c></row>' +
        '<row><c r="C2"><v>3</v></c><c><v>4</v></c></row>' +
        '<row r="5"><c><v>5</v></c><c s="1"/><c t="str"><v>F</v></c></row>' +
        '<row><c><v>6</v></c></row>',
    ),
    outcome: 'read',
    shows: [
      ['B1', 2],
      ['D2', 4],
      ['A5', 5],
      ['C5', 'F'],
      ['A6', 6],
    ],
  },
  {
    what: 'self-closing rows and cells',
    book: summary(
      '<row r="1"/><row r="2"><c r="A2"/><c r="B2" s="1"/><c r="C2"><v>1</v></c><c/><c><v>2</v></c></row><row r="3" spans="1:3"/>' +
        '<row r="4" ht="20" customHeight="1"><c r="B4" s="2" t="s"/><c r="C4" t="str"><v>x</v></c></row><row r="9"/>',
    ),
    outcome: 'read',
    shows: [
      ['C2', 1],
      ['E2', 2],
      ['C4', 'x'],
    ],
  },
  {
    what: 'single-quoted attributes, tabs and newlines between attributes',
    book: summary(
      '<row r=\'1\'><c r=\'A1\' t=\'str\'><v>单引号</v></c><c r="B1"\tt="str"\n><v>tab</v></c><c r="C1"\r\n\tt="b"><v>1</v></c></row>' +
        '<row\nr="3"\nspans="1:2"><c r="A3"  t = "str" ><v>3</v></c></row>',
    ),
    outcome: 'read',
    shows: [
      ['A1', '单引号'],
      ['B1', 'tab'],
      ['C1', true],
      ['A3', '3'],
    ],
  },
  {
    what: 'namespace-prefixed attributes (SheetJS drops the prefix)',
    book: summary(
      `<row x:r="1" xmlns:x="${NS_MAIN}" x14ac:dyDescent="0.25"><c x:r="A1" x:t="str"><v>前缀</v></c><c r="B1" x14ac:foo="1"><v>2</v></c></row>`,
    ),
    outcome: 'read',
    shows: [
      ['A1', '前缀'],
      ['B1', 2],
    ],
  },
  {
    what: 'shared strings: rich text, phonetic runs, _xHHHH_, references, CRLF, empty',
    book: summary('<row r="1">' + Array.from({ length: 13 }, (_, i) => shared(String.fromCharCode(65 + i) + '1', i)).join('') + '</row>', {
      sst: [
        '<t>纯文本</t>',
        '<r><rPr><b/></rPr><t>富</t></r><r><t xml:space="preserve"> 文本</t></r>',
        '<t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1" type="noConversion"/>',
        '<r><t>東</t></r><r><t>京</t></r><rPh sb="0" eb="1"><t>トウ</t></rPh><rPh sb="1" eb="2"><t>キョウ</t></rPh>',
        '<t>回车_x000D_换行</t>',
        '<t>_x005F_x0041_</t>',
        '<t>&#x4E2D;&amp;&AMP;&#x1F600;</t>',
        '<t>甲\r\n乙</t>',
        '<t/>',
        '',
        '<t xml:space="preserve">  </t>',
        '<r><t>a</t></r><r><t/></r><r><rPr><sz val="9"/></rPr><t xml:space="preserve">b </t></r>',
        '\n  <t>缩进</t>\n',
      ],
    }),
    outcome: 'read',
    shows: [
      ['B1', '富 文本'],
      ['C1', '漢字'],
      ['D1', '東京'],
      ['E1', '回车\r换行'],
      ['F1', '_x0041_'],
      ['G1', '中&\0\uF600'],
      ['H1', '甲\n乙'],
      ['I1', ''],
      ['J1', ''],
    ],
  },
  {
    what: 'the 1904 date system',
    book: summary('<row r="1"><c r="A1" s="1"><v>45000</v></c></row>', { workbookPr: 'date1904="1"' }),
    outcome: 'read',
  },
  {
    what: 'the 1904 date system written as true',
    book: summary('<row r="1"><c r="A1"><v>45000</v></c></row>', { workbookPr: 'date1904="true" defaultThemeVersion="124226"' }),
    outcome: 'read',
  },
  {
    what: '汇总 hidden',
    book: { sheets: reportSheets('<row r="1"><c r="A1"><v>1</v></c></row>').map((s, i) => (i === 0 ? { ...s, state: 'hidden' } : s)) },
    outcome: 'read',
  },
  {
    what: '汇总 very hidden, 统计 hidden',
    book: {
      sheets: reportSheets('<row r="1"><c r="A1"><v>1</v></c></row>').map((s, i) =>
        i === 0 ? { ...s, state: 'veryHidden' } : i === 2 ? { ...s, state: 'hidden' } : s,
      ),
    },
    outcome: 'read',
  },
  {
    what: 'sheet names with entities and character references',
    book: {
      sheets: [
        { name: 'A&amp;B&lt;C&gt;&AMP;', rows: '<row r="1"><c r="A1"><v>0</v></c></row>' },
        ...reportSheets('<row r="1"><c r="A1"><v>1</v></c></row>').map((s) =>
          s.name === INFO ? { ...s, name: INFO.replace(/./g, (ch) => '&#' + ch.charCodeAt(0) + ';') } : s,
        ),
      ],
    },
    outcome: 'read',
  },
  {
    what: 'an order where 汇总 is not first, among other sheets',
    book: {
      sheets: (() => {
        const [s, i, t] = reportSheets('<row r="2"><c r="B2"><v>2</v></c></row>');
        return [t, { name: '变化', rows: '<row r="1"><c r="A1"><v>9</v></c></row>' }, s, { name: '空表', rows: '' }, i];
      })(),
    },
    outcome: 'read',
  },
  {
    what: 'a shared string index written with leading zeros or spaces',
    book: summary('<row r="1"><c r="A1" t="s"><v>01</v></c><c r="B1" t="s"><v> 0</v></c></row>', { sst: ['<t>甲</t>', '<t>乙</t>'] }),
    outcome: 'read',
    shows: [
      ['A1', '乙'],
      ['B1', '甲'],
    ],
  },
  ...['&#x4E2D;', '&#233;', '_x00E9_', '_xFFFF_', '&#x1F600;'].map(
    (v): HandCase => ({
      what: `t="str" with ${v}, a character beyond ASCII that each SheetJS build decodes its own way`,
      book: summary('<row r="1">' + str('A1', 'a' + v + 'b') + '</row>'),
      outcome: /beyond ASCII/,
    }),
  ),
  {
    what: 'a shared string that is not UTF-8',
    book: summary('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', {
      sst: ['<t>甲</t>'],
      parts: {
        'xl/sharedStrings.xml': Buffer.concat([
          Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS_MAIN}"><si><t>a`),
          Buffer.from([0xff, 0x41, 0x42, 0x43, 0xe4, 0xb8]),
          Buffer.from('</t></si></sst>'),
        ]),
      },
    }),
    outcome: /UTF-8/,
  },
  { what: 'a date cell (t="d")', book: summary('<row r="1"><c r="A1" t="d"><v>2026-11-25</v></c></row>'), outcome: /cell type d/ },
  { what: 'a cell type SheetJS does not know', book: summary('<row r="1"><c r="A1" t="x"><v>1</v></c></row>'), outcome: /cell type x/ },
  { what: 'CDATA in a cell', book: summary('<row r="1"><c r="A1" t="str"><v><![CDATA[a<b]]></v></c></row>'), outcome: /CDATA/ },
  {
    what: 't="str" whose text, once unescaped, opens CDATA (SheetJS unescapes it again)',
    book: summary('<row r="1">' + str('A1', '&lt;![CDATA[a]]&gt;') + '</row>'),
    outcome: /CDATA/,
  },
  {
    what: 'CDATA in a shared string',
    book: summary('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { sst: ['<t><![CDATA[a<b]]></t>'] }),
    outcome: /CDATA/,
  },
  {
    what: 'namespace-prefixed cells (<x:c>) in a plain sheet',
    book: summary(`<row r="1" xmlns:x="${NS_MAIN}"><x:c r="A1" t="str"><x:v>前缀</x:v></x:c></row>`),
    outcome: /another form among rows and cells/,
  },
  {
    what: 'a namespace-prefixed value (<x:v>)',
    book: summary(`<row r="1" xmlns:x="${NS_MAIN}"><c r="A1"><x:v>1</x:v></c></row>`),
    outcome: /prefix/,
  },
  {
    what: 'namespace-prefixed rows (<x:row>)',
    book: summary(`<x:row r="1" xmlns:x="${NS_MAIN}"><c r="A1"><v>1</v></c></x:row>`),
    outcome: /another form among rows and cells/,
  },
  {
    what: 'a namespace-prefixed inline string (<x:is>)',
    book: summary(`<row r="1" xmlns:x="${NS_MAIN}"><c r="A1" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></c></row>`),
    outcome: /prefix/,
  },
  {
    what: 'a namespace-prefixed inline string (<x:is>) in a cell with a value',
    book: summary(`<row r="1" xmlns:x="${NS_MAIN}"><c r="A1" t="inlineStr"><v>0</v><x:is><x:t>前缀</x:t></x:is></c></row>`),
    outcome: /prefix/,
  },
  {
    what: 'a sheet prefixed throughout (<x:worksheet>)',
    book: {
      sheets: reportSheets('').map((s, i) =>
        i === 0
          ? {
              ...s,
              xml: `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${NS_MAIN}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
            }
          : s,
      ),
    },
    outcome: /another form|prefix/,
  },
  {
    what: 'an empty value tag (<v/>)',
    book: summary('<row r="1"><c r="A1" t="s"><v/></c></row>', { sst: ['<t>甲</t>'] }),
    outcome: /value/,
  },
  {
    what: 'a shared string index out of range',
    book: summary('<row r="1"><c r="A1" t="s"><v>2</v></c></row>', { sst: ['<t>甲</t>', '<t>乙</t>'] }),
    outcome: /shared string index/,
  },
  {
    what: 'a damaged part that is not read (CRC)',
    book: summary('<row r="1"><c r="A1"><v>1</v></c></row>', { parts: { 'docProps/app.xml': '<Properties/>' } }),
    damage: (zip) => breakCrc(zip, 'docProps/app.xml'),
    outcome: /damaged part/,
  },
  {
    what: 'a damaged sheet (CRC)',
    book: summary('<row r="1"><c r="A1"><v>1</v></c></row>'),
    damage: (zip) => breakCrc(zip, 'xl/worksheets/sheet1.xml'),
    outcome: /damaged part/,
  },
  {
    what: 'a part flagged encrypted',
    book: summary('<row r="1"><c r="A1"><v>1</v></c></row>'),
    damage: (zip) => flagEncrypted(zip, 'xl/worksheets/sheet2.xml'),
    outcome: /encrypted/,
  },
  {
    what: 'a lower-case cell reference',
    book: summary('<row r="1"><c r="a1"><v>1</v></c></row>'),
    outcome: /cell reference/,
  },
  {
    what: 'formulas, with and without the value they gave',
    book: summary(
      '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C1"><f>A1</f></c>' +
        '<c r="D1"><f t="shared" ref="D1:E1" si="0">A1*2</f><v>4</v></c><c r="E1"><f t="shared" si="0"/><v>4</v></c>' +
        '<c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="G1"><!-- a note --><v>7</v></c></row>',
    ),
    outcome: 'read',
    shows: [
      ['A1', 2],
      ['B1', 'ab'],
      ['C1', null],
      ['E1', 4],
      ['G1', 7],
    ],
  },
  {
    what: 'a row tag whose attributes follow a tab, which SheetJS does not read',
    book: summary('<row r="1"><c r="A1"><v>1</v></c></row><row\tr="3"><c><v>3</v></c></row>'),
    outcome: /another form/,
  },
  ...['R="B1"', 'r_1="B1"', 'x:R="B1"'].map(
    (attribute): HandCase => ({
      what: `a cell reference in an attribute SheetJS takes for r: ${attribute}`,
      book: summary(`<row r="1"><c ${attribute}><v>1</v></c></row>`),
      outcome: /attribute/,
    }),
  ),
  {
    what: 'a cell type in an attribute SheetJS takes for t: T="str"',
    book: summary('<row r="1"><c r="A1" T="str"><v>1</v></c></row>'),
    outcome: /attribute/,
  },
  {
    what: 'a cell without r whose text holds r="…", where SheetJS looks for its column',
    book: summary(`<row r="1"><c t="str"><v>r='C1'</v></c></row>`),
    outcome: /column/,
  },
  {
    what: 'a comment among cells',
    book: summary('<row r="1"><c r="A1"><v>1</v></c><!-- <c r="B1"><v>2</v></c> --></row>'),
    outcome: /another form/,
  },
  {
    what: 'two sheets named 汇总',
    book: {
      sheets: [
        ...reportSheets('<row r="1"><c r="A1"><v>1</v></c></row>'),
        { name: SUMMARY, rows: '<row r="1"><c r="A1"><v>2</v></c></row>' },
      ],
    },
    outcome: /twice/,
  },
  {
    what: 'a sheet tag whose attributes follow a tab, which SheetJS does not see',
    book: summary('<row r="1"><c r="A1"><v>1</v></c></row>', {
      edit: (parts) => {
        parts['xl/workbook.xml'] = parts['xl/workbook.xml'].replace('<sheet name="统计"', '<sheet\tname="统计"');
      },
    }),
    outcome: /another form/,
  },
  {
    what: 'no [Content_Types].xml',
    book: summary('<row r="1"><c r="A1"><v>1</v></c></row>', { parts: { '[Content_Types].xml': null } }),
    outcome: /content types/,
  },
  {
    what: 'content types of another namespace',
    book: summary('<row r="1"><c r="A1"><v>1</v></c></row>', {
      edit: (parts) => {
        parts['[Content_Types].xml'] = parts['[Content_Types].xml'].replace('package/2006/content-types', 'package/2006/other');
      },
    }),
    outcome: /content types/,
  },
  {
    what: 'content types naming another workbook part',
    book: summary('<row r="1"><c r="A1"><v>1</v></c></row>', {
      edit: (parts) => {
        parts['[Content_Types].xml'] = parts['[Content_Types].xml'].replace('/xl/workbook.xml', '/xl/book.xml');
        parts['xl/book.xml'] = parts['xl/workbook.xml'].replace('<sheet name="统计"', '<sheet name="统计表"');
      },
    }),
    outcome: /workbook/,
  },
  {
    what: 'shared strings the content types do not name',
    book: summary('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', {
      sst: ['<t>甲</t>'],
      edit: (parts) => {
        parts['[Content_Types].xml'] = parts['[Content_Types].xml'].replace(/<Override PartName="\/xl\/sharedStrings.xml"[^>]*>/, '');
      },
    }),
    outcome: /shared strings/,
  },
  {
    what: 'a sheet without its relationship, where SheetJS takes every sheet by its place',
    book: {
      sheets: [...reportSheets('<row r="1"><c r="A1"><v>1</v></c></row>'), { name: '变化', rows: '' }],
      edit: (parts) => {
        // 汇总 and 统计 trade parts; 变化's relationship is missing.
        parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels']
          .replace('"worksheets/sheet1.xml"', '"worksheets/sheet9.xml"')
          .replace('"worksheets/sheet3.xml"', '"worksheets/sheet1.xml"')
          .replace('"worksheets/sheet9.xml"', '"worksheets/sheet3.xml"')
          .replace(/<Relationship Id="rId4"[^>]*>/, '');
      },
    },
    outcome: /relationship/,
  },
  {
    what: 'a sheet related by a relationship type SheetJS does not know',
    book: summary('<row r="1"><c r="A1"><v>1</v></c></row>', {
      edit: (parts) => {
        parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels'].replace(
          /Type="[^"]*" Target="worksheets\/sheet1.xml"/,
          'Type="http://example.com/relationships/worksheet" Target="worksheets/sheet1.xml"',
        );
      },
    }),
    outcome: /not a worksheet/,
  },
  {
    what: 'parts named in another case, targets absolute',
    book: summary('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', {
      sst: ['<t>甲</t>'],
      edit: (parts) => {
        parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels']
          .replace(/Target="worksheets\//g, 'Target="/xl/worksheets/')
          .replace('Target="sharedStrings.xml"', 'Target="/xl/SharedStrings.xml"');
      },
    }),
    outcome: 'read',
    shows: [['A1', '甲']],
  },
];
