// Earlier JSON reports read on a worker thread while the merge reads its inputs: the merge keeps
// one core busy with SheetJS, and reading a report takes a few percent of a merge of the same
// size (a report without a snapshot, parsed whole, a tenth). The worker runs readCompactJson's own
// source (evaluated, not loaded from a file, so the single-file executable runs it too) and hands
// each report over as columns.
import { Worker } from 'worker_threads';
import { CompactRead, MAX_JSON_REPORT_BYTES, readCompactJson, SNAPSHOT_LAYOUT } from './compact-json';

/** The reads by absolute path. */
export type CompactReads = Map<string, CompactRead>;

export interface BackgroundReads {
  /** Every file the worker read; one it did not (it failed, or was stopped) is missing: read it here. */
  done(): Promise<CompactReads>;
}

/** The worker's body, run from its source text: refers to nothing but its arguments. */
function workerBody(req: NodeRequire, read: typeof readCompactJson): void {
  const { parentPort, workerData } = req('worker_threads') as typeof import('worker_threads');
  const fs = req('fs') as typeof import('fs');
  for (const file of workerData.files as string[]) {
    const result = read(file, fs, workerData.maxBytes as number, workerData.layout);
    // The typed arrays are handed over, not copied.
    const transfer: ArrayBuffer[] = [];
    if (result.ok) {
      const r = result.report;
      for (const k of Object.keys(r.text)) transfer.push(r.text[k as keyof typeof r.text].ends.buffer as ArrayBuffer);
      for (const k of Object.keys(r.coded)) transfer.push(r.coded[k as keyof typeof r.coded].codes.buffer as ArrayBuffer);
      for (const k of Object.keys(r.numbers)) transfer.push(r.numbers[k as keyof typeof r.numbers].buffer as ArrayBuffer);
    }
    (parentPort as import('worker_threads').MessagePort).postMessage({ file, result }, transfer);
  }
}

const NONE: BackgroundReads = { done: () => Promise.resolve(new Map()) };

/** Starts reading `files` (absolute paths of JSON reports) on a worker thread. */
export function readInBackground(files: string[]): BackgroundReads {
  if (files.length === 0) return NONE;
  let worker: Worker;
  try {
    worker = new Worker('(' + workerBody.toString() + ')(require, ' + readCompactJson.toString() + ')', {
      eval: true,
      workerData: { files, maxBytes: MAX_JSON_REPORT_BYTES, layout: SNAPSHOT_LAYOUT },
    });
  } catch {
    return NONE;
  }
  // Until asked for, the reads never keep the process alive: a merge that stops early exits at once.
  worker.unref();
  const reads: CompactReads = new Map();
  const finished = new Promise<CompactReads>((resolve) => {
    worker.on('message', (m: { file: string; result: CompactRead }) => {
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
