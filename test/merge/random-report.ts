// Seeded random rounds for the worker's report reader: report-shaped workbooks full of awkward
// text, as our writer and SheetJS's write them; and the same cells in markup varied as writers vary it.
import * as assert from 'assert';
import * as XLSX from 'xlsx';
import { EARLIER_SHEETS } from '../../scripts/tracking/report-worker';
import { OutCell, writeXlsx } from '../../scripts/xlsx-writer';
import { rewriteParts } from '../xlsx-parts';
import { bookParts, HandBook, reportSheets } from './hand-made-book';

const [SUMMARY, INFO, STATS] = EARLIER_SHEETS;

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

export const PIECES = [
  // white space and markup
  ...[' ', '  ', '\n', '\r\n', '\r', '\t', '&', '<', '>', '"', "'", '&amp;', '&lt;', '&#x4E2D;', '&#20013;', '&AMP;'],
  // escapes and markup SheetJS decodes in text
  ...['_x0041_', '_x005F_', '_X000d_', '_x000D_', '_xD83D_', ']]>', '<![CDATA[', '<t>', '</v>'],
  // CJK, astral characters, accents, odd spaces, non-characters
  ...['中', '文', '整改', '𠮷', '😀', '👍🏽', 'é', 'ß', '\u00a0', '\u0085', '\u2028', '\ufeff', '\ufffd', '\uffff', '\ufffe'],
  // control characters and lone surrogates
  ...['\u0001', '\u0008', '\u000b', '\u001f', '\u007f', '\ud800', '\udc00'],
  ...['a', 'Z', '0', '-', '=', '%', '1e3'],
];

/**
 * What SheetJS reads back from its own t="str" cells in a way the worker does not follow: U+FFFE
 * and U+FFFF, written as _xfffe_ and _xffff_, and a literal _xHHHH_ beyond ASCII, which each of
 * its builds decodes its own way (as any character beyond ASCII an escape gives there); and the
 * text <![CDATA[, which its second unescaping takes for CDATA.
 */
export const STR_GIVEN_UP = /[\ufffe\uffff]|_x(?!00[0-7])[\da-f]{4}_|<!\[CDATA\[/i;

/** Picks one of a list with `random`. */
function picker(random: () => number): <T>(list: T[]) => T {
  return (list) => list[Math.floor(random() * list.length)];
}

/** A text of up to 12 awkward pieces, sometimes plain. */
function awkward(random: () => number, pieces: string[]): string {
  if (random() < 0.1) return '普通文本' + Math.floor(random() * 100);
  const pick = picker(random);
  let s = '';
  const n = Math.floor(random() * 13);
  for (let i = 0; i < n; i++) s += pick(pieces);
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

export type Grid = (string | number | boolean | null)[][];

/** A report-shaped book: the three sheets read and one that is not, holding random values made of `pieces`. */
export function randomBook(seed: number, pieces: string[]): { name: string; rows: Grid }[] {
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

export interface RoundWriter {
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
export function sheetJsStr(book: { name: string; rows: Grid }[]): Buffer {
  return XLSX.write(sheetJsBook(book), { type: 'buffer', bookType: 'xlsx', bookSST: false });
}

export const ROUND_WRITERS: RoundWriter[] = [
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

// --- the same content in the forms writers vary ---

const VARIED_ROWS =
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1"><v>3.5</v></c></row>' +
  '<row r="2"><c r="A2" t="inlineStr"><is><t>内联 a&amp;b</t></is></c><c r="B2" t="str"><v>x&amp;amp;y</v></c><c r="C2" t="b"><v>1</v></c>' +
  '<c r="D2" t="e"><v>#N/A</v></c></row>' +
  '<row r="4"><c r="A4" s="1"><v>42</v></c><c r="B4" s="2"/><c r="C4" t="s"><v>2</v></c></row>';
const VARIED_STRINGS = [
  '<t>甲</t>',
  '<r><rPr><b/></rPr><t>乙</t></r><r><t xml:space="preserve"> 丙</t></r>',
  '<t xml:space="preserve"> 丁 </t>',
];

/** Ways writers (and hands) vary a sheet's markup, each applied at random places. */
function sheetVariations(random: () => number): ((xml: string) => string)[] {
  const pick = picker(random);
  const sometimes = (p: number, yes: string, no: string): string => (random() < p ? yes : no);
  return [
    (x) => x.replace(/ (?=[a-z]+=")/g, () => pick([' ', '\t', '\n', '\r\n', '  '])),
    (x) => x.replace(/ ([a-z]+)="([^"]*)"/g, (m, a, v) => sometimes(0.3, ` ${a}='${v}'`, m)),
    (x) => x.replace(/ r="[A-Z]+\d+"/g, (m) => sometimes(0.3, '', m)),
    (x) => x.replace(/<row r="\d+"/g, (m) => sometimes(0.3, '<row', m)),
    (x) => x.replace(/<\/row>/g, (m) => sometimes(0.3, m + '<row r="9' + Math.floor(random() * 9) + '"/>', m)),
    (x) => x.replace(/<\/c>|<\/row>/g, (m) => sometimes(0.3, m + pick(['\n', '  ', '\r\n\t']), m)),
    (x) => x.replace(/<v>/g, (m) => sometimes(0.3, pick(['<v xml:space="preserve">', '<v >']), m)),
    (x) =>
      x.replace(/(<c [^>]*?)(\/?>)/g, (m, a, b) =>
        sometimes(0.3, a + pick([' s="3"', ' foo="bar"', ' x14ac:foo="1"', ' cm="1"', ' ph="1"']) + b, m),
      ),
    (x) =>
      x.replace(/(<row [^>]*?)(\/?>)/g, (m, a, b) =>
        sometimes(0.3, a + pick([' spans="1:4"', ' x14ac:dyDescent="0.25"', ' ht="20" customHeight="1"', ' hidden="1"']) + b, m),
      ),
    (x) => x.replace(/=/g, (m) => sometimes(0.1, pick([' =', '= ', ' = ']), m)),
    (x) =>
      x.replace(/<v>(\d+(\.\d+)?)<\/v>/g, (m, n) =>
        sometimes(
          0.3,
          '<v>' + pick([' ' + n, n + ' ', '0' + n, n + '.0', '+' + n, n + 'e0', '&#' + n.charCodeAt(0) + ';' + n.slice(1)]) + '</v>',
          m,
        ),
      ),
    (x) =>
      x.replace(/>([^<>]+)</g, (m, t) =>
        sometimes(
          0.3,
          '>' + t.replace(/[a-z]/, (c: string) => pick(['&#' + c.charCodeAt(0) + ';', '&#x' + c.charCodeAt(0).toString(16) + ';'])) + '<',
          m,
        ),
      ),
    (x) => x.replace(/<c /g, (m) => sometimes(0.1, '<!-- c --><c ', m)),
    (x) => x.replace(/(<c [^>]*>)(<v>)/g, (m, a, b) => sometimes(0.2, a + pick(['<f>1+1</f>', '\n', '<f t="shared" si="0"/>']) + b, m)),
    (x) => x.replace(/<v>[^<]*<\/v>/g, (m) => sometimes(0.1, '<v></v>', m)),
  ];
}

/** Ways writers vary the package's other parts. */
function partVariations(random: () => number): ((xml: string) => string)[] {
  const pick = picker(random);
  return [
    (x) => x.replace(/ (?=[A-Za-z:]+=")/g, () => pick([' ', '\n', '\r\n', '  ', ' \t'])),
    (x) => x.replace(/ ([A-Za-z:]+)="([^"]*)"/g, (m, a, v) => (random() < 0.3 ? ` ${a}='${v}'` : m)),
    (x) => x.replace(/></g, (m) => (random() < 0.2 ? '>\n  <' : m)),
    (x) => x.replace(/\/>/g, (m) => (random() < 0.2 ? ' />' : m)),
  ];
}

/** `count` report-shaped books holding the same cells, each written in a varied form. */
export function variedBooks(seed: number, count: number): HandBook[] {
  const random = seeded(seed);
  const pick = picker(random);
  const sheet = sheetVariations(random);
  const other = partVariations(random);
  const books: HandBook[] = [];
  for (let n = 0; n < count; n++) {
    let rows = VARIED_ROWS;
    const times = 1 + Math.floor(random() * 4);
    for (let i = 0; i < times; i++) rows = pick(sheet)(rows);
    const book: HandBook = {
      sheets: reportSheets(rows),
      sst: VARIED_STRINGS.map((si) => (random() < 0.3 ? si.replace('<t>', pick(['<t xml:space="preserve">', '\n<t>'])) : si)),
      workbookPr: random() < 0.3 ? 'date1904="1"' : undefined,
    };
    const parts = bookParts(book);
    book.parts = {};
    for (const p of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '_rels/.rels', '[Content_Types].xml', 'xl/sharedStrings.xml'])
      if (random() < 0.3) book.parts[p] = pick(other)(parts[p] as string);
    books.push(book);
  }
  return books;
}
