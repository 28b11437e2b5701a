// The worker's own reader of earlier .xlsx reports (report-sheets.ts) against SheetJS, which reads
// the departments' ledgers: on every workbook below it either gives, sheet by sheet and cell by
// cell, what readWorkbook gives, or gives up where it must (and SheetJS then reads the file).
// A difference would misreport the changes between two weeks without a word.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as XLSX from 'xlsx';
import { INPUT_LIMITS } from '../../scripts/input-policy';
import { readWorkbook } from '../../scripts/read-workbook';
import { bookOfWorkbook } from '../../scripts/tracking/report-book';
import { EARLIER_SHEETS, SHEETS_REQUEST } from '../../scripts/tracking/report-worker';
import { OutCell, writeXlsx } from '../../scripts/xlsx-writer';
import { rewriteParts } from '../xlsx-parts';
import { tempDir } from './cli-helpers';
import { HandBook, handMadeBook, inline, reportSheets } from './hand-made-book';
import { breakCrc, flagEncrypted } from './hostile/harness';
import { assertGivesUp, assertReadAlike } from './sheets-compare';

const [SUMMARY, INFO, STATS] = EARLIER_SHEETS;
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** What a case requires: the worker reads it as SheetJS does, or gives it up for a reason matching the pattern. */
type Outcome = 'read' | RegExp;

interface HandCase {
  what: string;
  book: HandBook;
  outcome: Outcome;
  /** Values SheetJS gives, asserted so that the case shows the form it is about: [A1 reference in 汇总, value]. */
  shows?: [string, unknown][];
  /** The file's bytes changed after zipping. */
  damage?: (zip: Buffer) => Buffer;
}

/** A 汇总 of rows `rows`, beside the other two sheets read. */
function summary(rows: string, extra: Partial<HandBook> = {}): HandBook {
  return { sheets: reportSheets(rows), ...extra };
}

const str = (ref: string, v: string): string => `<c r="${ref}" t="str"><v>${v}</v></c>`;
const num = (ref: string, v: string): string => `<c r="${ref}"><v>${v}</v></c>`;
const typed = (ref: string, t: string, v: string | null): string =>
  v === null ? `<c r="${ref}" t="${t}"/>` : `<c r="${ref}" t="${t}"><v>${v}</v></c>`;
const shared = (ref: string, i: number): string => `<c r="${ref}" t="s"><v>${i}</v></c>`;

const HAND_CASES: HandCase[] = [
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

// --- the random round ---

/** A small seeded generator (mulberry32): the same texts on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '&',
  '<',
  '>',
  '"',
  "'",
  '&amp;',
  '&lt;',
  '&#x4E2D;',
  '&#20013;',
  '&AMP;',
  '_x0041_',
  '_x005F_',
  '_X000d_',
  '_x000D_',
  '_xD83D_',
  ']]>',
  '<![CDATA[',
  '<t>',
  '</v>',
  '中',
  '文',
  '整改',
  '𠮷',
  '😀',
  '👍🏽',
  'é',
  'ß',
  '\u00a0',
  '\u0085',
  '\u2028',
  '\ufeff',
  '\ufffd',
  '\uffff',
  '\ufffe',
  '\u0001',
  '\u0008',
  '\u000b',
  '\u001f',
  '\u007f',
  '\ud800',
  '\udc00',
  'a',
  'Z',
  '0',
  '-',
  '=',
  '%',
  '1e3',
];

/**
 * What SheetJS reads back from its own t="str" cells in a way the worker does not follow: U+FFFE
 * and U+FFFF, written as _xfffe_ and _xffff_, and a literal _xHHHH_ beyond ASCII, which each of
 * its builds decodes its own way (as any character beyond ASCII an escape gives there); and the
 * text <![CDATA[, which its second unescaping takes for CDATA.
 */
const STR_GIVEN_UP = /[\ufffe\uffff]|_x(?!00[0-7])[\da-f]{4}_|<!\[CDATA\[/i;

/** A text of up to 12 awkward pieces, sometimes plain. */
function awkward(random: () => number, pieces: string[]): string {
  if (random() < 0.1) return '普通文本' + Math.floor(random() * 100);
  let s = '';
  const n = Math.floor(random() * 13);
  for (let i = 0; i < n; i++) s += pieces[Math.floor(random() * pieces.length)];
  return s;
}

function randomValue(random: () => number, pieces: string[]): string | number | boolean | null {
  const x = random();
  if (x < 0.65) return awkward(random, pieces);
  if (x < 0.75) return Math.floor(random() * 1e6) - 5e5;
  if (x < 0.8) return (random() - 0.5) * Math.pow(10, Math.floor(random() * 40) - 20);
  if (x < 0.85) return random() < 0.5;
  return null;
}

type Grid = (string | number | boolean | null)[][];

/** A report-shaped book: the three sheets read and one that is not, holding random values made of `pieces`. */
function randomBook(seed: number, pieces: string[]): { name: string; rows: Grid }[] {
  const random = seeded(seed);
  const grid = (rows: number, cols: number): Grid =>
    Array.from({ length: rows }, () => Array.from({ length: cols }, () => randomValue(random, pieces)));
  return [
    { name: SUMMARY, rows: [['整改事项汇总表'], [], ['序号', '问题描述', '责任部门', '整改进展'], ...grid(300, 8)] },
    { name: STATS, rows: grid(20, 6) },
    { name: '变化', rows: grid(10, 4) },
    { name: INFO, rows: grid(12, 2) },
  ];
}

interface RoundWriter {
  name: string;
  write(book: { name: string; rows: Grid }[]): Buffer;
  /** The texts it writes in a form the worker reads. */
  pieces: string[];
}

function sheetJsBook(book: { name: string; rows: Grid }[]): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  for (const s of book) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(s.rows), s.name);
  return wb;
}

/** A workbook SheetJS wrote with t="str" cells, those cells turned into inline strings of the same text. */
function asInlineStrings(zip: Buffer): Buffer {
  return rewriteParts(zip, (part, text) => {
    if (!/^xl\/worksheets\//.test(part)) return undefined;
    const xml = text().replace(
      / t="str"((?: xml:space="preserve")?)><v(?: xml:space="preserve")?>([^<]*)<\/v>/g,
      ' t="inlineStr"$1><is><t xml:space="preserve">$2</t></is>',
    );
    assert.ok(xml.indexOf(' t="str"') < 0, part + ': every t="str" cell rewritten');
    return xml;
  });
}

/** SheetJS's t="str" cells. */
function sheetJsStr(book: { name: string; rows: Grid }[]): Buffer {
  return XLSX.write(sheetJsBook(book), { type: 'buffer', bookType: 'xlsx', bookSST: false });
}

const ROUND_WRITERS: RoundWriter[] = [
  {
    name: 'our writer',
    write: (book) => Buffer.from(writeXlsx(book.map((s) => ({ name: s.name, rows: s.rows as OutCell[][] })))),
    pieces: PIECES,
  },
  {
    name: 'SheetJS with shared strings',
    write: (book) => XLSX.write(sheetJsBook(book), { type: 'buffer', bookType: 'xlsx', bookSST: true }),
    pieces: PIECES,
  },
  { name: 'SheetJS without (t="str")', write: sheetJsStr, pieces: PIECES.filter((p) => !STR_GIVEN_UP.test(p)) },
  { name: 'SheetJS, as inline strings', write: (book) => asInlineStrings(sheetJsStr(book)), pieces: PIECES },
];

describe('merge --previous: the worker reads an .xlsx report as SheetJS does', function () {
  this.timeout(120000);
  let work: string;

  before(() => {
    work = tempDir('report-sheets-');
  });

  after(() => fs.rmSync(work, { recursive: true, force: true }));

  describe('hand-made parts', () => {
    HAND_CASES.forEach((c, i) => {
      const required = c.outcome === 'read' ? 'reads' : 'gives up';
      it(`${required}: ${c.what}`, () => {
        let bytes = handMadeBook(c.book);
        if (c.damage) bytes = c.damage(bytes);
        const file = path.join(work, `hand-${i}.xlsx`);
        fs.writeFileSync(file, bytes);
        if (c.outcome !== 'read') {
          assertGivesUp(file, c.outcome, c.what);
          return;
        }
        assert.ok(assertReadAlike(file, c.what) > 0, 'cells compared');
        const sheet = bookOfWorkbook(readWorkbook(file, INPUT_LIMITS, EARLIER_SHEETS)).sheet(SUMMARY);
        for (const [ref, value] of c.shows || []) {
          assert.ok(sheet, SUMMARY + ' read');
          const at = XLSX.utils.decode_cell(ref);
          assert.ok(
            Object.is(sheet.cell(at.r, at.c), value),
            `${c.what}: SheetJS gives ${JSON.stringify(sheet.cell(at.r, at.c))} at ${ref}`,
          );
        }
      });
    });

    it('gives up a sheet longer than the row limit, which SheetJS refuses with a message', () => {
      const file = path.join(work, 'long.xlsx');
      const rows = Array.from({ length: 12 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`).join('');
      fs.writeFileSync(file, handMadeBook(summary(rows)));
      const request = { ...SHEETS_REQUEST, limits: { ...SHEETS_REQUEST.limits, rows: 10 } };
      assertGivesUp(file, /limits/, 'row limit', request);
      assert.throws(() => readWorkbook(file, request.limits, EARLIER_SHEETS), /行/);
    });
  });

  describe('a seeded random round of awkward text', () => {
    ROUND_WRITERS.forEach((writer) => {
      it('reads text written by ' + writer.name, () => {
        const file = path.join(work, 'random-' + writer.name.replace(/\W+/g, '-') + '.xlsx');
        fs.writeFileSync(file, writer.write(randomBook(20261125, writer.pieces)));
        assert.ok(assertReadAlike(file, writer.name) > 1000, 'cells compared');
      });
    });

    it('gives up text SheetJS wrote with t="str" holding U+FFFF or <![CDATA[', () => {
      const file = path.join(work, 'random-nonchar.xlsx');
      const book = randomBook(20261125, PIECES);
      assert.ok(
        book.some((s) => s.rows.some((r) => r.some((v) => typeof v === 'string' && STR_GIVEN_UP.test(v)))),
        'the round holds such text',
      );
      fs.writeFileSync(file, sheetJsStr(book));
      assertGivesUp(file, /beyond ASCII|CDATA/, 'U+FFFF or <![CDATA[');
    });
  });
});
