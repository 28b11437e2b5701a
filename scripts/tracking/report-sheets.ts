// An earlier .xlsx report's sheets read without SheetJS, fast enough for a worker thread to finish
// while the merge reads its inputs (SheetJS takes longer to parse a 100,000-item report than the
// merge takes). It gives the values SheetJS gives, decoded the way SheetJS decodes them — the
// tests compare the two on reports written by this tool, re-saved by LibreOffice, and edited by
// hand — and reads nothing it is unsure of: zip64, encryption, a damaged part, a namespace prefix,
// CDATA, a date-typed cell, a chart sheet where a sheet is asked for, any limit reached, text that
// is not UTF-8, an escape SheetJS's builds decode each their own way, a tag, attribute or package
// layout SheetJS reads otherwise than it looks. Then it gives up (`ok: false`) and the report is
// read by SheetJS as before, which also words every error: this reader never reports one of its own.
//
// What it checks of the archive is what zip-unpack.ts checks (every part inflates to its declared
// size and CRC, within the input limits); of the sheets it reads, their rows and cells as
// readWorkbook does. It does not count the cells of the sheets it does not read.
//
// readReportSheets is self-contained like readCompactJson: its source text is what the worker runs.

/** A cell's kind in a SheetColumn. */
export interface CellKinds {
  empty: number;
  /** The value is the index of a string in the book's `strings`. */
  string: number;
  number: number;
  true: number;
  false: number;
}

export const CELL_KINDS: CellKinds = { empty: 0, string: 1, number: 2, true: 3, false: 4 };

/** String i is all.slice(starts[i], ends[i]). */
export interface StringTable {
  all: string;
  starts: Int32Array;
  ends: Int32Array;
}

/** One column of a sheet: row r's cell is of kind kinds[r] with value values[r] (rows past the end are empty). */
export interface SheetColumn {
  kinds: Uint8Array;
  values: Float64Array;
}

export interface ReadSheet {
  name: string;
  hidden: boolean;
  /** Rows down to the last with a cell. */
  rows: number;
  columns: SheetColumn[];
}

export interface SheetsBook {
  /** Every sheet name, in workbook order. */
  sheetNames: string[];
  date1904: boolean;
  /** Every string of the sheets read: the shared strings, then each sheet's own. */
  strings: StringTable;
  /** The sheets asked for that the workbook has, in workbook order. */
  sheets: ReadSheet[];
}

export type SheetsRead = { ok: true; book: SheetsBook } | { ok: false; why: string };

export interface SheetsRequest {
  names: string[];
  limits: { fileBytes: number; unzippedBytes: number; zipEntries: number; rows: number; cells: number };
  kinds: CellKinds;
  /** The error texts SheetJS knows; any other error cell reads as '#ERROR!'. */
  errorTexts: string[];
}

/** The file and zlib functions readReportSheets uses. */
export interface SheetsIo {
  statSync(file: string): { size: number };
  readFileSync(file: string): Buffer;
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number; chunkSize: number }): Buffer;
  crc32(data: Uint8Array): number;
  isUtf8(data: Uint8Array): boolean;
}

/** Reads the sheets `request.names` of the workbook `file`; `ok: false` (with why, for tests) when SheetJS must read it. */
export function readReportSheets(file: string, io: SheetsIo, request: SheetsRequest): SheetsRead {
  class GiveUp {
    constructor(readonly why: string) {}
  }
  const giveUp = (why: string): never => {
    throw new GiveUp(why);
  };
  const limits = request.limits;
  const K = request.kinds;

  // --- the archive ---
  interface Part {
    method: number;
    crc: number;
    compressed: number;
    size: number;
    local: number;
  }
  const unzip = (buf: Buffer): Map<string, Part> => {
    let end = -1;
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
      if (buf.readUInt32LE(i) === 0x06054b50) {
        end = i;
        break;
      }
    }
    if (end < 0) giveUp('no zip directory');
    const count = buf.readUInt16LE(end + 10);
    let p = buf.readUInt32LE(end + 16);
    if (count === 0xffff || p === 0xffffffff) giveUp('zip64');
    if (count > limits.zipEntries) giveUp('too many parts');
    const parts = new Map<string, Part>();
    let declared = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) giveUp('damaged directory');
      const flags = buf.readUInt16LE(p + 8);
      const part: Part = {
        method: buf.readUInt16LE(p + 10),
        crc: buf.readUInt32LE(p + 16),
        compressed: buf.readUInt32LE(p + 20),
        size: buf.readUInt32LE(p + 24),
        local: buf.readUInt32LE(p + 42),
      };
      const nameLength = buf.readUInt16LE(p + 28);
      const skip = nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
      if (p + 46 + skip > buf.length) giveUp('damaged directory');
      if (flags & (0x0001 | 0x0040 | 0x2000)) giveUp('encrypted');
      if (part.method !== 0 && part.method !== 8) giveUp('compression method');
      if (part.size === 0xffffffff || part.compressed === 0xffffffff || part.local === 0xffffffff) giveUp('zip64');
      declared += part.size;
      parts.set(buf.toString('latin1', p + 46, p + 46 + nameLength).toLowerCase(), part);
      p += 46 + skip;
    }
    if (declared > limits.unzippedBytes) giveUp('too large inflated');
    return parts;
  };
  const inflate = (buf: Buffer, part: Part): Buffer => {
    const at = part.local;
    if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) giveUp('damaged part');
    const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    if (start + part.compressed > buf.length) giveUp('damaged part');
    const input = buf.subarray(start, start + part.compressed);
    let data: Buffer = input;
    if (part.method === 8) {
      try {
        data = io.inflateRawSync(input, { maxOutputLength: Math.max(1, part.size), chunkSize: Math.max(64, part.size + 1) });
      } catch {
        giveUp('damaged part');
      }
    }
    if (data.length !== part.size || io.crc32(data) >>> 0 !== part.crc) giveUp('damaged part');
    return data;
  };

  // --- XML text, decoded as SheetJS decodes it ---
  const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
  const CODE = /_x([\da-fA-F]{4})_/gi;
  const NAMED: { [entity: string]: string } = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };
  /** SheetJS's unescapexml, quirks included (an upper-case entity name is a NUL, as there). */
  const unescape = (s: string, crlf: boolean): string => {
    let out = s;
    if (out.indexOf('&') >= 0)
      out = out.replace(
        ENTITY,
        (m: string, code: string) => NAMED[m] || String.fromCharCode(parseInt(code, m.indexOf('x') > -1 ? 16 : 10)) || m,
      );
    if (out.indexOf('_x') >= 0 || out.indexOf('_X') >= 0)
      out = out.replace(CODE, (_m: string, c: string) => String.fromCharCode(parseInt(c, 16)));
    return crlf && out.indexOf('\r') >= 0 ? out.replace(/\r\n/g, '\n') : out;
  };
  const ATTR = /\s([^"\s?>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  /**
   * A tag's attributes named as SheetJS's parsexmltag names them: a namespace prefix dropped (r:id
   * is id, xmlns:r is xmlnsr), an unprefixed name cut at an underscore, and each also in lower case.
   */
  const attributes = (tag: string): { [name: string]: string } => {
    const out: { [name: string]: string } = {};
    ATTR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ATTR.exec(tag)) !== null) {
      const name = m[1];
      const colon = name.indexOf(':');
      const cut = name.indexOf('_');
      const key =
        colon < 0
          ? cut > 0
            ? name.slice(0, cut)
            : name
          : (colon === 5 && name.slice(0, 5) === 'xmlns' ? 'xmlns' : '') + name.slice(colon + 1);
      out[key] = out[key.toLowerCase()] = m[2] !== undefined ? m[2] : m[3];
    }
    // An unquoted value, which SheetJS reads.
    if (tag.replace(ATTR, '').indexOf('=') >= 0) giveUp('attribute of another form');
    return out;
  };
  const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
  /** The character after a tag's name: the name ends there. */
  const isTagEnd = (c: number): boolean => isSpace(c) || c === 62 || c === 47;
  const text = (data: Buffer): string => {
    // Looked for in the bytes, before decoding: several times faster than in a string.
    if (data.indexOf('<![CDATA[') >= 0) giveUp('CDATA');
    // Bytes that are not UTF-8 each SheetJS build decodes its own way.
    if (!io.isUtf8(data)) giveUp('not UTF-8');
    let s = '';
    try {
      s = data.toString('utf8');
    } catch {
      giveUp('part too long for a string');
    }
    return s;
  };
  /**
   * Every `<tag …>` of a part, as attributes. SheetJS knows a tag by what precedes its first space
   * or line break: it passes over `<tag>` and `<tag/>`, and over a tag whose name a tab ends.
   */
  const tags = (xml: string, tag: string): { [name: string]: string }[] => {
    const out: { [name: string]: string }[] = [];
    let p = xml.indexOf('<' + tag);
    while (p >= 0) {
      const next = xml.charCodeAt(p + tag.length + 1);
      const end = xml.indexOf('>', p);
      if (next === 9) giveUp('tag of another form');
      if (next === 32 || next === 10 || next === 13) out.push(attributes(xml.slice(p, end)));
      p = xml.indexOf('<' + tag, end);
    }
    return out;
  };
  /** The text of a shared string or inline string body, as SheetJS's parse_si reads it. */
  const RUN_TEXT = /<t\b[^<>]*>([^<]*)<\/t>/g;
  const PHONETIC = /<rPh\b[^<>]*>[\s\S]*?<\/rPh>/g;
  const stringBody = (x: string): string => {
    if (x === '') return '';
    if (/^<t[\s>]/.test(x)) {
      const body = x.slice(x.indexOf('>') + 1);
      const close = body.indexOf('</t>');
      return unescape(close >= 0 ? body.slice(0, close) : body, true);
    }
    if (x === '<t/>') return '';
    if (!/<r[\s>]/.test(x)) giveUp('string without text');
    let joined = '';
    const runs = x.replace(PHONETIC, '');
    RUN_TEXT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RUN_TEXT.exec(runs)) !== null) joined += m[1];
    return unescape(joined, true);
  };

  /** An inline string cell's text: its <is> element's, or '' without one. */
  const inlineString = (body: string): string => {
    const m = /<is(?:\s[^<>]*)?>/.exec(body);
    if (!m) return '';
    const close = body.indexOf('</is>', m.index);
    if (close < 0) return '';
    const inner = body.slice(m.index + m[0].length, close);
    const trimmed = inner.trim();
    if (trimmed === '' && inner !== '') giveUp('inline string of spaces');
    return stringBody(trimmed);
  };

  /** Characters beyond ASCII in s. */
  const beyondAscii = (s: string): number => {
    let n = 0;
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) n++;
    return n;
  };
  /**
   * A t="str" value, which SheetJS unescapes, decodes from UTF-8 and unescapes again. A character
   * beyond ASCII that the first unescaping gives is decoded again as if it were bytes, and each
   * SheetJS build does that its own way; CDATA it gives opens CDATA for the second.
   */
  const twiceUnescaped = (raw: string): string => {
    const once = unescape(raw, false);
    if (once !== raw) {
      if (once.indexOf('<![CDATA[') >= 0) giveUp('CDATA');
      if (beyondAscii(once) > beyondAscii(raw)) giveUp('an escape beyond ASCII in a t="str" cell');
    }
    return unescape(once, true);
  };

  // --- strings, all in one table ---
  // Most shared strings are plain text, which the shared strings part's own text holds as it is:
  // such a string is kept as its place in that text (`base`); any other is added after it.
  let base = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const added: string[] = [];
  let addedLength = 0;
  const own = (s: string): number => {
    added.push(s);
    starts.push(~addedLength);
    addedLength += s.length;
    ends.push(addedLength);
    return starts.length - 1;
  };
  const PRESERVE = '<t xml:space="preserve">';
  /** Where the text from `from` of a plain <si><t>…</t></si> ends; -1 when decoding would change it. */
  const plainText = (xml: string, from: number): number => {
    const to = xml.indexOf('<', from);
    if (to < 0 || !xml.startsWith('</t></si>', to)) return -1;
    for (let i = from; i < to; i++) {
      const c = xml.charCodeAt(i);
      if (c === 38 || c === 13 || (c === 95 && (xml.charCodeAt(i + 1) | 32) === 120)) return -1;
    }
    return to;
  };
  const sharedStrings = (xml: string): number => {
    base = xml;
    if (xml.indexOf('<sst') < 0 || /<\w+:si[\s>]/.test(xml)) giveUp('shared strings of another form');
    let p = xml.indexOf('<si');
    while (p >= 0) {
      const next = xml.charCodeAt(p + 3);
      if (next !== 62) {
        if (next === 32 || next === 47 || next === 9 || next === 10 || next === 13) giveUp('shared string of another form');
        p = xml.indexOf('<si', p + 3);
        continue;
      }
      const from = xml.startsWith('<t>', p + 4) ? p + 7 : xml.startsWith(PRESERVE, p + 4) ? p + 4 + PRESERVE.length : -1;
      const to = from < 0 ? -1 : plainText(xml, from);
      if (to >= 0) {
        starts.push(from);
        ends.push(to);
        p = xml.indexOf('<si', to);
        continue;
      }
      const close = xml.indexOf('</si>', p);
      if (close < 0) giveUp('damaged shared strings');
      own(stringBody(xml.slice(p + 4, close).trim()));
      p = xml.indexOf('<si', close);
    }
    return starts.length;
  };

  // --- a sheet ---
  const errorTexts = request.errorTexts;
  const sheet = (xml: string, name: string, hidden: boolean, shared: number): ReadSheet => {
    const columns: SheetColumn[] = [];
    let capacity = 1024;
    let rows = 0;
    const put = (r: number, c: number, kind: number, value: number): void => {
      if (r >= limits.rows || c >= 16384) giveUp('beyond the limits');
      if (r >= capacity) {
        while (r >= capacity) capacity *= 2;
        for (let k = 0; k < columns.length; k++) {
          const col = columns[k];
          if (!col) continue;
          const kinds = new Uint8Array(capacity);
          kinds.set(col.kinds);
          const values = new Float64Array(capacity);
          values.set(col.values);
          columns[k] = { kinds, values };
        }
      }
      let col = columns[c];
      if (!col) col = columns[c] = { kinds: new Uint8Array(capacity), values: new Float64Array(capacity) };
      col.kinds[r] = kind;
      col.values[r] = value;
      if (r >= rows) rows = r + 1;
    };
    // The r and t attributes of the tag at [from, to), found without slicing it (a sheet has
    // millions of cells): their values' positions, -1 when absent.
    let rFrom = -1;
    let rTo = -1;
    let tFrom = -1;
    let tTo = -1;
    const scanTag = (from: number, to: number): void => {
      rFrom = rTo = tFrom = tTo = -1;
      let i = from + 1;
      while (i < to && !isSpace(xml.charCodeAt(i))) i++;
      for (;;) {
        while (i < to && isSpace(xml.charCodeAt(i))) i++;
        if (i >= to || xml.charCodeAt(i) === 47) return;
        const nameStart = i;
        let nameFrom = i;
        while (i < to && xml.charCodeAt(i) !== 61 && !isSpace(xml.charCodeAt(i))) {
          if (xml.charCodeAt(i) === 58 && nameFrom === nameStart) nameFrom = i + 1;
          i++;
        }
        const nameTo = i;
        while (i < to && isSpace(xml.charCodeAt(i))) i++;
        if (xml.charCodeAt(i) !== 61) giveUp('attribute without value');
        i++;
        while (i < to && isSpace(xml.charCodeAt(i))) i++;
        const quote = xml.charCodeAt(i);
        if (quote !== 34 && quote !== 39) giveUp('attribute unquoted');
        const valueTo = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
        if (valueTo < 0 || valueTo > to) giveUp('damaged attribute');
        // As SheetJS names attributes (see attributes()): r, x:r, R, r_1 are all r to it.
        const c = xml.charCodeAt(nameFrom);
        const xmlns = nameFrom === nameStart + 6 && xml.startsWith('xmlns', nameStart);
        if (nameTo === nameFrom + 1 && !xmlns) {
          if (c === 114) {
            rFrom = i + 1;
            rTo = valueTo;
          } else if (c === 116) {
            tFrom = i + 1;
            tTo = valueTo;
          } else if (c === 82 || c === 84) giveUp('attribute of another form');
        } else if (nameFrom === nameStart && (c === 114 || c === 116 || c === 82 || c === 84) && xml.charCodeAt(nameFrom + 1) === 95)
          giveUp('attribute of another form');
        i = valueTo + 1;
      }
    };
    /** Where r=" or r=' first is in [from, to], as SheetJS finds a cell's column; -1 if nowhere. */
    const referenceAt = (from: number, to: number): number => {
      for (let i = from; i <= to; i++) {
        if (xml.charCodeAt(i) !== 114 || xml.charCodeAt(i + 1) !== 61) continue;
        const quote = xml.charCodeAt(i + 2);
        if (quote === 34 || quote === 39) return i;
      }
      return -1;
    };
    /** A value of digits alone, read in place; -1 for any other. */
    const digits = (from: number, to: number): number => {
      if (to <= from || to - from > 15) return -1;
      let n = 0;
      for (let i = from; i < to; i++) {
        const d = xml.charCodeAt(i) - 48;
        if (d < 0 || d > 9) return -1;
        n = n * 10 + d;
      }
      return n;
    };

    // Nearly every cell is in the form this tool's writer, Excel and LibreOffice write —
    // <c r="B3" s="13" t="s"><v>2067</v></c>, a number without t, or no value (<c r="B3" s="1"/>) —
    // and is read here in one pass; plainCell gives -1 for any other form, read by the general path.
    let plainRow = 0;
    let plainColumn = 0;
    let plainKind = 0;
    let plainValue = 0;
    const attributeAt = (i: number, name: number): boolean =>
      xml.charCodeAt(i) === 32 && xml.charCodeAt(i + 1) === name && xml.charCodeAt(i + 2) === 61 && xml.charCodeAt(i + 3) === 34;
    const plainCell = (q: number): number => {
      if (!attributeAt(q + 2, 114)) return -1;
      let i = q + 6;
      let column = 0;
      let code = xml.charCodeAt(i) - 64;
      if (code < 1 || code > 26) return -1;
      while (code >= 1 && code <= 26) {
        column = 26 * column + code;
        code = xml.charCodeAt(++i) - 64;
      }
      let row = 0;
      let d = xml.charCodeAt(i) - 48;
      if (d < 1 || d > 9) return -1;
      while (d >= 0 && d <= 9) {
        row = row * 10 + d;
        d = xml.charCodeAt(++i) - 48;
      }
      if (xml.charCodeAt(i++) !== 34) return -1;
      if (attributeAt(i, 115)) {
        i += 4;
        while ((d = xml.charCodeAt(i) - 48) >= 0 && d <= 9) i++;
        if (xml.charCodeAt(i++) !== 34) return -1;
      }
      let isShared = false;
      if (attributeAt(i, 116)) {
        const t = xml.charCodeAt(i + 4);
        if ((t !== 115 && t !== 110) || xml.charCodeAt(i + 5) !== 34) return -1;
        isShared = t === 115;
        i += 6;
      }
      plainRow = row - 1;
      plainColumn = column - 1;
      if (xml.charCodeAt(i) === 47 && xml.charCodeAt(i + 1) === 62) {
        plainKind = K.empty;
        return i + 2;
      }
      if (xml.charCodeAt(i) !== 62 || !xml.startsWith('<v>', i + 1)) return -1;
      const from = i + 4;
      let to = from;
      for (;;) {
        const ch = xml.charCodeAt(to);
        // Digits; a number's sign, point and exponent too (no character there that unescaping changes).
        if ((ch >= 48 && ch <= 57) || (!isShared && (ch === 46 || ch === 45 || ch === 43 || ch === 101 || ch === 69))) to++;
        else break;
      }
      if (to === from || !xml.startsWith('</v></c>', to)) return -1;
      let n = digits(from, to);
      if (isShared) {
        if (n < 0 || n >= shared) return -1;
        plainKind = K.string;
      } else {
        if (n < 0) n = parseFloat(xml.slice(from, to));
        plainKind = K.number;
      }
      plainValue = n;
      return to + 8;
    };

    // SheetJS reads a namespace-prefixed element (<x:row>, <x:c>, <x:v>, <x:is>) as the element
    // itself; this reader looks for unprefixed ones, and for nothing but white space between them.
    const blank = (from: number, to: number): void => {
      for (let i = from; i < to; i++) if (!isSpace(xml.charCodeAt(i))) giveUp('an element of another form among rows and cells');
    };
    const PREFIXED = /<\/?[\w.-]+:/;

    if (!/<worksheet[\s>]/.test(xml)) giveUp('sheet of another form');
    const start = xml.indexOf('<sheetData');
    const end = xml.indexOf('</sheetData>');
    if (start < 0 && /<[\w.-]+:sheetData[\s/>]/.test(xml)) giveUp('namespace prefix');
    let p = start < 0 || end < 0 ? -1 : xml.indexOf('<row', start);
    let gapFrom = start < 0 || end < 0 ? -1 : xml.indexOf('>', start) + 1;
    let rowNumber = 0;
    while (p >= 0 && p < end) {
      blank(gapFrom, p);
      const tagEnd = xml.indexOf('>', p);
      // SheetJS reads no attribute of a row tag whose name a tab ends (when no space follows either).
      if (!isTagEnd(xml.charCodeAt(p + 4)) || xml.charCodeAt(p + 4) === 9) giveUp('row of another form');
      if (xml.charCodeAt(tagEnd - 1) === 47) {
        gapFrom = tagEnd + 1;
        p = xml.indexOf('<row', tagEnd);
        continue;
      }
      scanTag(p, tagEnd);
      if (rFrom >= 0) {
        rowNumber = digits(rFrom, rTo);
        if (rowNumber < 0) rowNumber = parseInt(xml.slice(rFrom, rTo), 10);
      } else rowNumber++;
      if (!(rowNumber >= 1)) giveUp('row number');
      const rowEnd = xml.indexOf('</row>', tagEnd);
      if (rowEnd < 0) giveUp('damaged row');
      let column = -1;
      // Whether SheetJS counts columns from where this reader does (see below).
      let counted = true;
      let q = xml.indexOf('<c', tagEnd);
      gapFrom = tagEnd + 1;
      while (q >= 0 && q < rowEnd) {
        // A cell is <c followed by a space, / or > (as SheetJS splits them).
        const after = xml.charCodeAt(q + 2);
        if (after !== 32 && after !== 47 && after !== 62) {
          if (isSpace(after)) giveUp('cell tag of another form');
          q = xml.indexOf('<c', q + 2);
          continue;
        }
        blank(gapFrom, q);
        const plainEnd = plainCell(q);
        if (plainEnd >= 0) {
          column = plainColumn;
          counted = true;
          if (plainKind !== K.empty) put(plainRow, plainColumn, plainKind, plainValue);
          gapFrom = plainEnd;
          q = xml.charCodeAt(plainEnd) === 60 && xml.charCodeAt(plainEnd + 1) === 99 ? plainEnd : xml.indexOf('<c', plainEnd);
          continue;
        }
        const cTagEnd = xml.indexOf('>', q);
        const selfClosing = xml.charCodeAt(cTagEnd - 1) === 47;
        const cellEnd = selfClosing ? cTagEnd : xml.indexOf('</c>', cTagEnd);
        if (cellEnd < 0 || cellEnd > rowEnd) giveUp('damaged cell');
        gapFrom = selfClosing ? cTagEnd + 1 : cellEnd + 4;
        scanTag(q, cTagEnd);
        let row = rowNumber - 1;
        if (rFrom >= 0) {
          let c = 0;
          let i = rFrom;
          for (; i < rTo; i++) {
            const code = xml.charCodeAt(i) - 64;
            if (code < 1 || code > 26) break;
            c = 26 * c + code;
          }
          column = c - 1;
          row = digits(i, rTo) - 1;
          if (row < 0 || column < 0) giveUp('cell reference');
          counted = rFrom === q + 6 || referenceAt(q, rFrom - 3) === rFrom - 3;
        } else {
          // SheetJS counts on a cell without r from the first r="…" in the previous cell's text, or
          // takes its column from one in its own.
          if (!counted || referenceAt(q, cellEnd) >= 0) giveUp('a column SheetJS counts its own way');
          column++;
        }
        // The value: <v>…</v>, positions in the sheet's text.
        let vFrom = -1;
        let vTo = -1;
        const vAt = selfClosing ? -1 : xml.indexOf('<v', cTagEnd);
        if (vAt >= 0 && vAt < cellEnd) {
          const vNext = xml.charCodeAt(vAt + 2);
          if (vNext !== 62 && vNext !== 32) giveUp('value of another form');
          const vEnd = xml.indexOf('>', vAt);
          if (xml.charCodeAt(vEnd - 1) === 47) giveUp('empty value tag');
          const vClose = xml.indexOf('</v>', vEnd);
          if (vClose < 0 || vClose > cellEnd) giveUp('damaged value');
          if (vClose > vEnd + 1) {
            vFrom = vEnd + 1;
            vTo = vClose;
          }
        }
        const t = tFrom < 0 ? 110 : tTo === tFrom + 1 ? xml.charCodeAt(tFrom) : -1;
        if (!selfClosing && !(vAt >= 0 && vAt < cellEnd) && PREFIXED.test(xml.slice(cTagEnd + 1, cellEnd))) giveUp('namespace prefix');
        const v = (): string => unescape(xml.slice(vFrom, vTo), false);
        if (t === 110) {
          if (vFrom >= 0) {
            const n = digits(vFrom, vTo);
            put(row, column, K.number, n >= 0 ? n : parseFloat(v()));
          }
        } else if (t === 115) {
          if (vFrom >= 0) {
            let index = digits(vFrom, vTo);
            if (index < 0) index = parseInt(v(), 10);
            if (!(index >= 0 && index < shared)) giveUp('shared string index');
            put(row, column, K.string, index);
          }
        } else if (t === 98) {
          const b = vFrom >= 0 ? v() : '';
          put(row, column, b === '1' || b === 'true' ? K.true : K.false, 0);
        } else if (t === 101) {
          const e = vFrom >= 0 ? v() : '';
          put(row, column, K.string, own(errorTexts.indexOf(e) >= 0 ? e : '#ERROR!'));
        } else {
          const type = xml.slice(tFrom, tTo);
          if (type === 'str') put(row, column, K.string, own(vFrom >= 0 ? twiceUnescaped(xml.slice(vFrom, vTo)) : ''));
          else if (type === 'inlineStr') {
            const body = xml.slice(cTagEnd + 1, cellEnd);
            if (PREFIXED.test(body)) giveUp('namespace prefix');
            put(row, column, K.string, own(inlineString(body)));
          } else giveUp('cell type ' + type);
        }
        q = xml.indexOf('<c', selfClosing ? cTagEnd : cellEnd);
      }
      blank(gapFrom, rowEnd);
      gapFrom = rowEnd + 6;
      p = xml.indexOf('<row', rowEnd);
    }
    if (gapFrom >= 0) blank(gapFrom, end);
    if (rows * columns.length > limits.cells) giveUp('beyond the limits');
    for (let c = 0; c < columns.length; c++) if (!columns[c]) columns[c] = { kinds: new Uint8Array(0), values: new Float64Array(0) };
    return { name, hidden, rows, columns };
  };

  // --- the workbook ---
  try {
    if (io.statSync(file).size > limits.fileBytes) giveUp('file too large');
    const buf = io.readFileSync(file);
    const parts = unzip(buf);
    const checked = new Set<string>();
    const part = (name: string): Buffer => {
      const key = name.toLowerCase();
      const entry = parts.get(key);
      if (entry === undefined) return giveUp('missing part ' + name);
      checked.add(key);
      return inflate(buf, entry);
    };
    const relsOf = (xml: string, base: string): { id: string; type: string; target: string }[] =>
      tags(xml, 'Relationship').map((a) => {
        let target = a.Target || '';
        target = target.charAt(0) === '/' ? target.slice(1) : base + target;
        return { id: a.Id || '', type: a.Type || '', target };
      });
    // SheetJS takes other packages for other formats, finds the workbook and the shared strings by
    // their content types, and every sheet by its place when one has no relationship.
    if (parts.has('meta-inf/manifest.xml') || parts.has('objectdata.xml') || parts.has('index/document.iwa')) giveUp('another format');
    if (!parts.has('[content_types].xml')) giveUp('no content types');
    const contentTypes = text(part('[Content_Types].xml'));
    const typesRoot = tags(contentTypes, 'Types')[0];
    if (!typesRoot || typesRoot.xmlns !== 'http://schemas.openxmlformats.org/package/2006/content-types')
      giveUp('content types of another form');
    const overrides = tags(contentTypes, 'Override');
    const partOf = (type: RegExp): string => {
      const o = overrides.filter((x) => type.test(x.ContentType || ''))[0];
      return o ? (o.PartName || '').replace(/^\//, '').toLowerCase() : '';
    };
    const workbookPart = partOf(/^application\/vnd\.(openxmlformats-officedocument\.spreadsheetml|ms-excel)\.[\w.]*main(\+xml)?$/);
    if (workbookPart !== '' && workbookPart !== 'xl/workbook.xml') giveUp('workbook elsewhere');
    const root = relsOf(text(part('_rels/.rels')), '').filter((r) => /\/officeDocument$/.test(r.type))[0];
    if (!root || root.target.toLowerCase() !== 'xl/workbook.xml') giveUp('workbook elsewhere');
    const workbook = text(part('xl/workbook.xml'));
    if (!/<workbook[\s>]/.test(workbook)) giveUp('workbook of another form');
    const rels = relsOf(text(part('xl/_rels/workbook.xml.rels')), 'xl/');
    const props = tags(workbook, 'workbookPr')[0] || {};
    const date1904 = props.date1904 === '1' || props.date1904 === 'true';
    const sheetTags = tags(workbook, 'sheet');
    const sharedRel = rels.filter((r) => /\/sharedStrings$/.test(r.type))[0];
    if (
      (sharedRel ? sharedRel.target.toLowerCase() : '') !==
      partOf(/^application\/vnd\.(openxmlformats-officedocument\.spreadsheetml|ms-excel)\.sharedStrings(\+xml)?$/)
    )
      giveUp('shared strings elsewhere');
    if (!sharedRel && parts.has('xl/sharedstrings.xml')) giveUp('shared strings not related');
    const shared = sharedRel ? sharedStrings(text(part(sharedRel.target))) : 0;
    const sheetNames = sheetTags.map((a) => unescape(a.name || '', false));
    // The two worksheet relationships SheetJS knows (it leaves out a sheet of any other).
    const WORKSHEET =
      /^http:\/\/(schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships|purl\.oclc\.org\/ooxml\/officeDocument\/relationships)\/worksheet$/;
    sheetNames.forEach((name, i) => {
      if (sheetNames.indexOf(name) !== i) giveUp('a sheet name twice');
      if (!rels.some((r) => r.id === sheetTags[i].id)) giveUp('a sheet without relationship');
    });
    const sheets: ReadSheet[] = [];
    sheetTags.forEach((a, i) => {
      const name = sheetNames[i];
      if (request.names.indexOf(name) < 0) return;
      const rel = rels.filter((r) => r.id === a.id)[0];
      if (!rel || !WORKSHEET.test(rel.type)) giveUp('not a worksheet: ' + name);
      sheets.push(sheet(text(part(rel.target)), name, a.state === 'hidden' || a.state === 'veryHidden', shared));
    });
    // Every other part is checked too, as zip-unpack.ts checks them: a damaged report is SheetJS's to word.
    parts.forEach((entry, name) => {
      if (!checked.has(name)) inflate(buf, entry);
    });
    let rows = 0;
    for (const s of sheets) if (!s.hidden) rows += s.rows;
    if (rows > limits.rows) giveUp('beyond the limits');
    const table: StringTable = { all: base + added.join(''), starts: new Int32Array(starts.length), ends: new Int32Array(ends.length) };
    for (let i = 0; i < starts.length; i++) {
      const added = starts[i] < 0;
      table.starts[i] = added ? ~starts[i] + base.length : starts[i];
      table.ends[i] = added ? ends[i] + base.length : ends[i];
    }
    return { ok: true, book: { sheetNames, date1904, strings: table, sheets } };
  } catch (e) {
    if (e instanceof GiveUp) return { ok: false, why: e.why };
    return { ok: false, why: 'unreadable: ' + (e instanceof Error ? e.message : String(e)) };
  }
}
