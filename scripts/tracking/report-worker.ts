// Earlier reports read on a worker thread while the merge reads its inputs: the merge keeps one
// core busy with SheetJS, and reading a report takes a few percent of a merge of the same size
// (a JSON report without a snapshot, parsed whole, a tenth; an .xlsx report a fifth). The worker
// runs the readers' own source (evaluated, not loaded from a file, so the single-file executable
// runs it too) and hands each report over as columns.
import { Worker } from 'worker_threads';
import { ERROR_TEXT } from '../read-workbook';
import { INPUT_LIMITS } from '../input-policy';
import { REPORT_SHEETS } from '../../ledger/sheet-kinds';
import { CompactRead, MAX_JSON_REPORT_BYTES, readCompactJson, SNAPSHOT_LAYOUT } from './compact-json';
import { CELL_KINDS, readReportSheets, SheetsRead, SheetsRequest } from './report-sheets';

/** One earlier report read ahead: a JSON report's columns, or a workbook's sheets. */
export type EarlierRead = { json: CompactRead } | { sheets: SheetsRead };

/** The reads by absolute path. */
export type EarlierReads = Map<string, EarlierRead>;

export interface BackgroundReads {
  /** Every file the worker read; one it did not (it failed, or was stopped) is missing: read it here. */
  done(): Promise<EarlierReads>;
}

/** The sheets of an .xlsx report a comparison reads: 汇总, and 报告信息 and 统计 for the as-of day. */
export const EARLIER_SHEETS = [REPORT_SHEETS.summary, REPORT_SHEETS.info, REPORT_SHEETS.stats];

/** What readReportSheets is asked for. */
export const SHEETS_REQUEST: SheetsRequest = {
  names: EARLIER_SHEETS,
  limits: INPUT_LIMITS,
  kinds: CELL_KINDS,
  errorTexts: Object.keys(ERROR_TEXT).map((code) => ERROR_TEXT[+code]),
};

/** The buffers of a read, handed over rather than copied. */
export function transferables(read: EarlierRead): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  if ('json' in read) {
    if (!read.json.ok) return out;
    const r = read.json.report;
    for (const k of Object.keys(r.text)) out.push(r.text[k as keyof typeof r.text].ends.buffer as ArrayBuffer);
    for (const k of Object.keys(r.coded)) out.push(r.coded[k as keyof typeof r.coded].codes.buffer as ArrayBuffer);
    for (const k of Object.keys(r.numbers)) out.push(r.numbers[k as keyof typeof r.numbers].buffer as ArrayBuffer);
  } else if (read.sheets.ok) {
    const book = read.sheets.book;
    out.push(book.strings.starts.buffer as ArrayBuffer, book.strings.ends.buffer as ArrayBuffer);
    for (const s of book.sheets) for (const c of s.columns) out.push(c.kinds.buffer as ArrayBuffer, c.values.buffer as ArrayBuffer);
  }
  return out;
}

/** Reads one earlier report, by its extension; what the worker runs for each file. */
export function readEarlier(
  file: string,
  req: NodeRequire,
  json: typeof readCompactJson,
  sheets: typeof readReportSheets,
  data: { maxBytes: number; layout: typeof SNAPSHOT_LAYOUT; sheets: SheetsRequest },
): EarlierRead {
  const fs = req('fs') as typeof import('fs');
  if (/\.json$/i.test(file)) return { json: json(file, fs, data.maxBytes, data.layout) };
  const zlib = req('zlib') as typeof import('zlib');
  const { isUtf8 } = req('buffer') as typeof import('buffer');
  const io = { statSync: fs.statSync, readFileSync: fs.readFileSync, inflateRawSync: zlib.inflateRawSync, crc32: zlib.crc32, isUtf8 };
  return { sheets: sheets(file, io, data.sheets) };
}

/** The worker's body, run from its source text: refers to nothing but its arguments. */
function workerBody(
  req: NodeRequire,
  read: typeof readEarlier,
  json: typeof readCompactJson,
  sheets: typeof readReportSheets,
  handOver: typeof transferables,
): void {
  const { parentPort, workerData } = req('worker_threads') as typeof import('worker_threads');
  // Where the merge and this thread share a core, the reads give way to the merge and its garbage
  // collector: they have the whole time the merge reads its inputs to finish. Only Linux gives a
  // thread its own priority; elsewhere this would lower the whole process.
  if (process.platform === 'linux') {
    try {
      (req('os') as typeof import('os')).setPriority(0, 10);
    } catch {
      // Not allowed: the reads run at the merge's priority.
    }
  }
  for (const file of workerData.files as string[]) {
    const result = read(file, req, json, sheets, workerData);
    (parentPort as import('worker_threads').MessagePort).postMessage({ file, result }, handOver(result));
  }
}

const NONE: BackgroundReads = { done: () => Promise.resolve(new Map()) };

/** Starts reading `files` (absolute paths of JSON and .xlsx reports) on a worker thread. */
export function readInBackground(files: string[]): BackgroundReads {
  if (files.length === 0) return NONE;
  let worker: Worker;
  try {
    const parts = [readEarlier, readCompactJson, readReportSheets, transferables].map((f) => f.toString()).join(', ');
    worker = new Worker('(' + workerBody.toString() + ')(require, ' + parts + ')', {
      eval: true,
      workerData: { files, maxBytes: MAX_JSON_REPORT_BYTES, layout: SNAPSHOT_LAYOUT, sheets: SHEETS_REQUEST },
    });
  } catch {
    return NONE;
  }
  // Until asked for, the reads never keep the process alive: a merge that stops early exits at once.
  worker.unref();
  const reads: EarlierReads = new Map();
  const finished = new Promise<EarlierReads>((resolve) => {
    worker.on('message', (m: { file: string; result: EarlierRead }) => {
      reads.set(m.file, m.result);
      if (reads.size === files.length) resolve(reads);
    });
    worker.on('error', () => resolve(reads));
    worker.on('exit', () => resolve(reads));
  });
  return {
    done: () => {
      worker.ref();
      return finished.then((r) => {
        worker.unref();
        return r;
      });
    },
  };
}
