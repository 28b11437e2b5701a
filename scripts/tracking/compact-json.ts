// An earlier JSON report (--json) read into columns: of each item only what a comparison reads,
// each text field of all items as one string with the end of every value, each number field as
// one typed array. Columns cross from a worker thread to the merge for little more than a copy of
// their bytes, where 100,000 item objects would cost more to receive than the JSON costs to parse.
//
// readCompactJson is self-contained: it refers to nothing outside its own body and reaches the
// file system only through the `fs` it is given, because its source text is also what the worker
// runs (see json-worker.ts): the single-file executable has no script file a worker could load.

/** The text fields read, in the JSON's item keys (source.file and source.sheet as file, sheet). */
export type CompactTextField =
  | 'department'
  | 'id'
  | 'problem'
  | 'measures'
  | 'owner'
  | 'deadline'
  | 'effectiveDeadline'
  | 'status'
  | 'progress'
  | 'light'
  | 'file'
  | 'sheet';

/** The number fields read: NaN where an item has none. */
export type CompactNumberField = 'daysLeft' | 'row' | 'overdueRuns' | 'progressRuns';

/** One text field of every item: item i's value is all.slice(ends[i - 1] || 0, ends[i]). */
export interface TextColumn {
  all: string;
  ends: Int32Array;
}

export interface CompactReport {
  /** Items read (entries of `items` that are no object are passed over); the columns may be longer. */
  items: number;
  /** As written (a 'YYYY-MM-DD' string in a report of ours); the reader checks it. */
  asOf: unknown;
  warnDays: unknown;
  /** It was itself compared with an earlier report, so its items record their streaks. */
  hasRuns: boolean;
  version: string;
  text: { [F in CompactTextField]: TextColumn };
  numbers: { [F in CompactNumberField]: Float64Array };
}

export type CompactRead =
  | { ok: true; report: CompactReport }
  /** errno: the file could not be read; tooLarge: its size in bytes; notJson: it is no JSON; notReport: JSON, but no report of ours. */
  | { ok: false; errno?: string; tooLarge?: number; notJson?: boolean; notReport?: boolean };

/**
 * The largest JSON report read back: a larger one decodes to more characters than a JavaScript
 * string holds (2^29), even as ASCII. About 600,000 items.
 */
export const MAX_JSON_REPORT_BYTES = 512 * 1024 * 1024;

/** The file functions readCompactJson uses. */
export interface JsonFs {
  statSync(file: string): { size: number };
  readFileSync(file: string): Buffer;
}

/**
 * Reads the JSON report `file`. Values of another type than a report writes are read as a report
 * writer would have written them, or as missing ('' and NaN): a report someone edited is read,
 * not refused.
 */
export function readCompactJson(file: string, fs: JsonFs, maxBytes: number): CompactRead {
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > maxBytes) return { ok: false, tooLarge: size };
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
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc.items) || typeof doc.asOf !== 'string') return { ok: false, notReport: true };
  const list = doc.items as unknown[];
  const n = list.length;
  const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
  const num = (v: unknown): number => (typeof v === 'number' && isFinite(v) ? v : NaN);
  const textFields: CompactTextField[] = [
    'department',
    'id',
    'problem',
    'measures',
    'owner',
    'deadline',
    'effectiveDeadline',
    'status',
    'progress',
    'light',
    'file',
    'sheet',
  ];
  const parts: string[][] = textFields.map(() => []);
  const ends = textFields.map(() => new Int32Array(n));
  const length = textFields.map(() => 0);
  const numbers: { [F in CompactNumberField]: Float64Array } = {
    daysLeft: new Float64Array(n),
    row: new Float64Array(n),
    overdueRuns: new Float64Array(n),
    progressRuns: new Float64Array(n),
  };
  let i = 0;
  for (let k = 0; k < n; k++) {
    const raw = list[k];
    if (!raw || typeof raw !== 'object') continue;
    const item = raw as { [key: string]: unknown };
    const source = (item.source && typeof item.source === 'object' ? item.source : {}) as { [key: string]: unknown };
    const runs = (item.runs && typeof item.runs === 'object' ? item.runs : {}) as { [key: string]: unknown };
    for (let f = 0; f < textFields.length; f++) {
      const key = textFields[f];
      const v = key === 'file' || key === 'sheet' ? str(source[key]) : str(item[key]);
      parts[f].push(v);
      length[f] += v.length;
      ends[f][i] = length[f];
    }
    numbers.daysLeft[i] = num(item.daysLeft);
    numbers.row[i] = num(source.row);
    numbers.overdueRuns[i] = num(runs.overdue);
    numbers.progressRuns[i] = num(runs.progress);
    i++;
  }
  const text = {} as { [F in CompactTextField]: TextColumn };
  for (let f = 0; f < textFields.length; f++) text[textFields[f]] = { all: parts[f].join(''), ends: ends[f] };
  const tool = (doc.tool && typeof doc.tool === 'object' ? doc.tool : {}) as { [key: string]: unknown };
  return {
    ok: true,
    report: {
      items: i,
      asOf: doc.asOf,
      warnDays: doc.warnDays,
      hasRuns: !!doc.previous && typeof doc.previous === 'object',
      version: str(tool.version),
      text,
      numbers,
    },
  };
}
