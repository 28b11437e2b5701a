// How many cells SheetJS would create from a file, counted from its bytes
// before parsing: parsing costs memory in proportion to the cells, and a small
// file can declare millions of them (an ODS row repeated a million times).
// Counts never fall short of what SheetJS creates; they may exceed it a little.

const LT = 0x3c;
const COLON = 0x3a;
const LETTER_C = 0x63;
const MAX_PREFIX = 32;

function isNameByte(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x5f || b === 0x2d || b === 0x2e;
}

function endsName(b: number): boolean {
  return b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;
}

/** `<c …>` elements (cells of SpreadsheetML), with or without a namespace prefix. */
export function xmlCells(xml: Uint8Array): number {
  let count = 0;
  const n = xml.length - 2;
  for (let i = 0; i < n; i++) {
    if (xml[i] !== LT) continue;
    let name = i + 1;
    let k = name;
    while (k < n && k - name < MAX_PREFIX && isNameByte(xml[k])) k++;
    if (xml[k] === COLON) name = k + 1;
    if (xml[name] === LETTER_C && endsName(xml[name + 1])) count++;
  }
  return count;
}

const ODS_TAG = /<(?:[\w.-]+:)?(table-row|table-cell|covered-table-cell)(?=[\s>/])([^>]*)>/g;
const ROWS_REPEATED = /(?:^|\s)(?:[\w.-]+:)?number-rows-repeated\s*=\s*["']\s*(\d+)/;
const COLUMNS_REPEATED = /(?:^|\s)(?:[\w.-]+:)?number-columns-repeated\s*=\s*["']\s*(\d+)/;
const VALUE_TYPE = /(?:^|\s)(?:[\w.-]+:)?value-type\s*=/;

function repeat(attrs: string, re: RegExp): number {
  const m = re.exec(attrs);
  return m ? Math.max(1, Number(m[1])) : 1;
}

/**
 * Cells of an ODS content.xml as SheetJS expands them: a cell with content
 * counts once per repeated column in each repeated row; an empty cell
 * (self-closing, no value type) counts nothing, however often repeated.
 */
export function odsCells(contentXml: Uint8Array): number {
  const xml = Buffer.from(contentXml.buffer, contentXml.byteOffset, contentXml.length).toString('latin1');
  let count = 0;
  let rows = 1;
  let m: RegExpExecArray | null;
  ODS_TAG.lastIndex = 0;
  while ((m = ODS_TAG.exec(xml)) !== null) {
    const attrs = m[2];
    if (m[1] === 'table-row') {
      rows = repeat(attrs, ROWS_REPEATED);
      continue;
    }
    const empty = attrs.charAt(attrs.length - 1) === '/' && !VALUE_TYPE.test(attrs);
    if (!empty) count += rows * repeat(attrs, COLUMNS_REPEATED);
  }
  return count;
}

/** At most one cell per field of delimited text: every separator SheetJS may pick, and every line, ends one. */
export function textCells(text: string): number {
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x09 || c === 0x3b || c === 0x7c || c === 0x0a || c === 0x0d) count++;
  }
  return count;
}

const MARKUP_CELL = /<(?:[\w.-]+:)?(?:t[dh]|cell)[\s>/]/gi;

/** Cells of an HTML table or an XML Spreadsheet 2003: one per <td>, <th> or <Cell> (spans make merges, not cells). */
export function markupCells(text: string): number {
  let count = 0;
  MARKUP_CELL.lastIndex = 0;
  while (MARKUP_CELL.exec(text) !== null) count++;
  return count;
}

// BIFF records that hold one cell (BIFF2–8: LABELSST, NUMBER, RK, LABEL, BOOLERR, FORMULA, RSTRING, INTEGER).
const ONE_CELL_RECORDS = [0x00fd, 0x0203, 0x027e, 0x0204, 0x0205, 0x0006, 0x00d6, 0x0002, 0x0003, 0x0004, 0x0005, 0x0406];
const MULRK = 0x00bd;

/** Cells of a BIFF workbook stream (.xls, .et): one per value record, one per number in a MULRK. */
export function biffCells(stream: Uint8Array): number {
  let count = 0;
  for (let p = 0; p + 4 <= stream.length; ) {
    const type = stream[p] | (stream[p + 1] << 8);
    const size = stream[p + 2] | (stream[p + 3] << 8);
    if (type === MULRK) count += Math.max(0, Math.floor((size - 6) / 6));
    else if (ONE_CELL_RECORDS.indexOf(type) >= 0) count++;
    p += 4 + size;
  }
  return count;
}

// BIFF12 (.xlsb) cell records: BrtCellRk … BrtFmlaError (2–11) and their short forms (13–18); blanks (1, 12) make no cell.
function isXlsbCell(type: number): boolean {
  return (type >= 2 && type <= 11) || (type >= 13 && type <= 18);
}

/** Cells of an .xlsb worksheet part: one per cell record. */
export function xlsbCells(part: Uint8Array): number {
  let count = 0;
  let p = 0;
  while (p < part.length) {
    let type = part[p++];
    if (type & 0x80) type = (type & 0x7f) | ((part[p++] & 0x7f) << 7);
    let size = 0;
    for (let shift = 0; shift < 28 && p < part.length; shift += 7) {
      const b = part[p++];
      size |= (b & 0x7f) << shift;
      if (!(b & 0x80)) break;
    }
    if (isXlsbCell(type)) count++;
    p += size;
  }
  return count;
}
