// An earlier JSON report (--json) read into columns: of each item only what a comparison reads,
// each free-text field of all items as one string with the end of every value, each field of few
// distinct values as those values and every item's index among them, each number field as one
// typed array. Columns cross from a worker thread to the merge for little more than a copy of
// their bytes, where 100,000 item objects would cost more to receive than the JSON costs to parse.
//
// A report written by this version opens with its `snapshot` (snapshot-json.ts): these columns,
// as JSON on the report's second line. Only that line is read and parsed, a fraction of the file.
// A report without one (written before it existed), or whose snapshot this version does not
// know, is parsed whole and its `items` are turned into the same columns.
//
// readCompactJson is self-contained: it refers to nothing outside its own body and reaches the
// file system only through the `fs` it is given, because its source text is also what the worker
// runs (see json-worker.ts): the single-file executable has no script file a worker could load.

/** Free-text fields, in the JSON's item keys. */
export type CompactTextField = 'id' | 'problem' | 'measures' | 'deadline' | 'progress';

/** Fields of few distinct values (source.file and source.sheet as file, sheet). */
export type CompactCodedField = 'department' | 'owner' | 'effectiveDeadline' | 'status' | 'light' | 'file' | 'sheet';

/** Number fields (source.row as row, runs.overdue and runs.progress as overdueRuns, progressRuns): NaN where an item has none. */
export type CompactNumberField = 'daysLeft' | 'row' | 'overdueRuns' | 'progressRuns';

/** The fields of a report's snapshot and how each is stored; its format names this layout. */
export interface SnapshotLayout {
  /** The report's first key, whose value is written on one line. */
  key: string;
  format: number;
  text: CompactTextField[];
  coded: CompactCodedField[];
  numbers: CompactNumberField[];
}

/** What the report writer puts in `snapshot`, and what the reader expects of it. */
export const SNAPSHOT_LAYOUT: SnapshotLayout = {
  key: 'snapshot',
  format: 1,
  text: ['id', 'problem', 'measures', 'deadline', 'progress'],
  coded: ['department', 'owner', 'effectiveDeadline', 'status', 'light', 'file', 'sheet'],
  numbers: ['daysLeft', 'row', 'overdueRuns', 'progressRuns'],
};

/** One text field of every item: item i's value is all.slice(ends[i - 1] || 0, ends[i]). */
export interface TextColumn {
  all: string;
  ends: Int32Array;
}

/** One field of few distinct values: item i's value is values[codes[i]]. */
export interface CodedColumn {
  values: string[];
  codes: Int32Array;
}

export interface CompactReport {
  /** Items read (entries of `items` that are no object are passed over). */
  items: number;
  /** As written (a 'YYYY-MM-DD' string in a report of ours); the reader checks it. */
  asOf: unknown;
  warnDays: unknown;
  /** It was itself compared with an earlier report, so its items record their streaks. */
  hasRuns: boolean;
  version: string;
  text: { [F in CompactTextField]: TextColumn };
  coded: { [F in CompactCodedField]: CodedColumn };
  numbers: { [F in CompactNumberField]: Float64Array };
}

export type CompactRead =
  | { ok: true; report: CompactReport }
  /** errno: the file could not be read; tooLarge: its size in bytes; notJson: it is no JSON; notReport: JSON, but no report of ours. */
  | { ok: false; errno?: string; tooLarge?: number; notJson?: boolean; notReport?: boolean };

/**
 * The largest JSON report parsed whole: a larger one decodes to more characters than a JavaScript
 * string holds (2^29), even as ASCII. About 600,000 items; a report with a snapshot is read
 * whatever its size, as long as the snapshot itself is no larger.
 */
export const MAX_JSON_REPORT_BYTES = 512 * 1024 * 1024;

/** The file functions readCompactJson uses. */
export interface JsonFs {
  statSync(file: string): { size: number };
  openSync(file: string, flags: string): number;
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  closeSync(fd: number): void;
  readFileSync(file: string): Buffer;
}

/**
 * Reads the JSON report `file`: its snapshot when it has one `layout` describes, else its items.
 * Values of another type than a report writes are read as a report writer would have written
 * them, or as missing ('' and NaN): a report someone edited is read, not refused.
 */
export function readCompactJson(file: string, fs: JsonFs, maxBytes: number, layout: SnapshotLayout): CompactRead {
  const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
  const num = (v: unknown): number => (typeof v === 'number' && isFinite(v) ? v : NaN);
  const isCount = (v: unknown): v is number => typeof v === 'number' && v >= 0 && Math.floor(v) === v;

  /** The second line's text after the key, when the file starts as a report with a snapshot does; null otherwise. */
  const snapshotLine = (size: number): string | null => {
    // The second line's key as report-json.ts writes it, after a first line of '{' (its end CRLF if an editor made it so).
    const key = Buffer.from('  ' + JSON.stringify(layout.key) + ': ', 'utf8');
    const chunks: Buffer[] = [];
    let total = 0;
    let start = 0;
    let chunkSize = 1 << 20;
    const fd = fs.openSync(file, 'r');
    try {
      for (;;) {
        if (total >= size || total > maxBytes) return null;
        const chunk = Buffer.allocUnsafe(Math.min(chunkSize, size - total));
        const n = fs.readSync(fd, chunk, 0, chunk.length, total);
        if (n <= 0) return null;
        chunks.push(n < chunk.length ? chunk.subarray(0, n) : chunk);
        total += n;
        chunkSize *= 2;
        if (chunks.length === 1) {
          const lineEnd = chunk[1] === 13 ? 2 : 1;
          start = lineEnd + 1 + key.length;
          if (n < start || chunk[0] !== 123 || chunk[lineEnd] !== 10 || !chunk.subarray(lineEnd + 1, start).equals(key)) return null;
        }
        const newline = chunks[chunks.length - 1].indexOf(10, chunks.length === 1 ? start : 0);
        if (newline < 0) continue;
        const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
        let end = total - n + newline;
        // A CRLF line end, and the comma before the next key.
        while (end > start && (bytes[end - 1] === 13 || bytes[end - 1] === 32)) end--;
        if (bytes[end - 1] === 44) end--;
        return bytes.toString('utf8', start, end);
      }
    } finally {
      fs.closeSync(fd);
    }
  };

  /** The columns of a snapshot of `layout`'s format; null when it is none (another format, or damaged). */
  const fromSnapshot = (s: unknown): CompactReport | null => {
    if (!s || typeof s !== 'object') return null;
    const block = s as { [key: string]: unknown };
    const n = block.items;
    if (block.format !== layout.format || typeof block.asOf !== 'string' || !isCount(n)) return null;
    const groups = [block.text, block.coded, block.numbers].map((g) => (g && typeof g === 'object' ? g : {}) as { [key: string]: unknown });
    const text = {} as CompactReport['text'];
    for (const f of layout.text) {
      const c = (groups[0][f] || {}) as { all?: unknown; lengths?: unknown };
      const lengths = c.lengths;
      if (typeof c.all !== 'string' || !Array.isArray(lengths) || lengths.length !== n) return null;
      const ends = new Int32Array(n);
      let at = 0;
      for (let i = 0; i < n; i++) {
        const length = lengths[i];
        if (!isCount(length)) return null;
        at += length;
        ends[i] = at;
      }
      if (at !== c.all.length) return null;
      text[f] = { all: c.all, ends };
    }
    const coded = {} as CompactReport['coded'];
    for (const f of layout.coded) {
      const c = (groups[1][f] || {}) as { values?: unknown; codes?: unknown };
      const values = c.values;
      const list = c.codes;
      if (!Array.isArray(values) || !values.every((v) => typeof v === 'string') || !Array.isArray(list) || list.length !== n) return null;
      const codes = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const code = list[i];
        if (!isCount(code) || code >= values.length) return null;
        codes[i] = code;
      }
      coded[f] = { values: values as string[], codes };
    }
    const numbers = {} as CompactReport['numbers'];
    for (const f of layout.numbers) {
      const list = groups[2][f];
      const column = new Float64Array(n);
      if (list === undefined) column.fill(NaN);
      else if (!Array.isArray(list) || list.length !== n) return null;
      else for (let i = 0; i < n; i++) column[i] = num(list[i]);
      numbers[f] = column;
    }
    return {
      items: n,
      asOf: block.asOf,
      warnDays: block.warnDays,
      hasRuns: block.compared === true,
      version: str(block.version),
      text,
      coded,
      numbers,
    };
  };

  /** The columns of a report's items, for a report without a snapshot. */
  const fromItems = (doc: { [key: string]: unknown }): CompactReport => {
    const list = doc.items as unknown[];
    const n = list.length;
    const parts: string[][] = layout.text.map(() => []);
    const ends = layout.text.map(() => new Int32Array(n));
    const length = layout.text.map(() => 0);
    const values: string[][] = layout.coded.map(() => []);
    const codes = layout.coded.map(() => new Int32Array(n));
    const known = layout.coded.map(() => Object.create(null) as { [value: string]: number });
    const numbers = {} as CompactReport['numbers'];
    for (const f of layout.numbers) numbers[f] = new Float64Array(n);
    let i = 0;
    for (let k = 0; k < n; k++) {
      const raw = list[k];
      if (!raw || typeof raw !== 'object') continue;
      const item = raw as { [key: string]: unknown };
      const source = (item.source && typeof item.source === 'object' ? item.source : {}) as { [key: string]: unknown };
      const runs = (item.runs && typeof item.runs === 'object' ? item.runs : {}) as { [key: string]: unknown };
      for (let f = 0; f < layout.text.length; f++) {
        const v = str(item[layout.text[f]]);
        parts[f].push(v);
        length[f] += v.length;
        ends[f][i] = length[f];
      }
      for (let f = 0; f < layout.coded.length; f++) {
        const key = layout.coded[f];
        const v = key === 'file' || key === 'sheet' ? str(source[key]) : str(item[key]);
        let code = known[f][v];
        if (code === undefined) code = known[f][v] = values[f].push(v) - 1;
        codes[f][i] = code;
      }
      for (const f of layout.numbers) {
        numbers[f][i] = num(f === 'row' ? source.row : f === 'overdueRuns' ? runs.overdue : f === 'progressRuns' ? runs.progress : item[f]);
      }
      i++;
    }
    const text = {} as CompactReport['text'];
    layout.text.forEach((f, k) => (text[f] = { all: parts[k].join(''), ends: ends[k] }));
    const coded = {} as CompactReport['coded'];
    layout.coded.forEach((f, k) => (coded[f] = { values: values[k], codes: codes[k] }));
    const tool = (doc.tool && typeof doc.tool === 'object' ? doc.tool : {}) as { [key: string]: unknown };
    return {
      items: i,
      asOf: doc.asOf,
      warnDays: doc.warnDays,
      hasRuns: !!doc.previous && typeof doc.previous === 'object',
      version: str(tool.version),
      text,
      coded,
      numbers,
    };
  };

  let size: number;
  let line: string | null;
  try {
    size = fs.statSync(file).size;
    line = snapshotLine(size);
  } catch (e) {
    return { ok: false, errno: String((e as NodeJS.ErrnoException).code || 'EIO') };
  }
  if (line !== null) {
    let snapshot: CompactReport | null = null;
    try {
      snapshot = fromSnapshot(JSON.parse(line));
    } catch {
      // Not a line of JSON (the report was re-formatted, or cut short): read it whole.
    }
    if (snapshot) return { ok: true, report: snapshot };
  }
  if (size > maxBytes) return { ok: false, tooLarge: size };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, errno: String((e as NodeJS.ErrnoException).code || 'EIO') };
  }
  let json: string;
  try {
    // Decoding the buffer is faster than reading with an encoding (Node 20).
    json = bytes.toString('utf8');
  } catch {
    return { ok: false, tooLarge: bytes.length };
  }
  let doc: { [key: string]: unknown };
  try {
    doc = JSON.parse(json);
  } catch {
    return { ok: false, notJson: true };
  }
  if (!doc || typeof doc !== 'object') return { ok: false, notReport: true };
  const snapshot = fromSnapshot(doc[layout.key]);
  if (snapshot) return { ok: true, report: snapshot };
  if (!Array.isArray(doc.items) || typeof doc.asOf !== 'string') return { ok: false, notReport: true };
  return { ok: true, report: fromItems(doc) };
}
