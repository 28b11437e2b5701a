// --previous: one earlier report (.xlsx or .json), or a folder of them. From a folder, the newest
// report older than --as-of is 上期 and all of them feed the trend. A report that did not record
// its items' streaks gets them from the report before it, when the folder holds that one.
import * as fs from 'fs';
import * as path from 'path';
import { compareSnapshots, DEFAULT_COMPARE_OPTIONS } from '../../ledger/changes';
import type { CompiledSchema } from '../../ledger/compile';
import { isReportSheetSet } from '../../ledger/sheet-kinds';
import { Day } from '../../ledger/types';
import { byName, displayOf } from '../find-inputs';
import { readSheetNames } from '../read-workbook';
import { trackMsg } from './messages';
import { EarlierReads } from './report-worker';
import { readJsonReport } from './read-json-report';
import { readXlsxReport } from './read-xlsx-report';
import { EarlierReport, EarlierReportError } from './types';

export interface EarlierReports {
  /** 上期: the newest report older than --as-of. */
  previous: EarlierReport;
  /** Every usable report, oldest first, 上期 last; just 上期 when a single file was given. */
  history: EarlierReport[];
  fromFolder: boolean;
}

export type EarlierResult = { ok: true; reports: EarlierReports; notices: string[] } | { ok: false; errors: string[]; notices: string[] };

// A report re-saved by a user in another spreadsheet format still reads.
const WORKBOOKS = ['.xlsx', '.xlsm', '.xls', '.ods'];

function isJson(file: string): boolean {
  return path.extname(file).toLowerCase() === '.json';
}

function readReport(abs: string, display: string, schema: CompiledSchema, reads: EarlierReads): EarlierReport {
  const ext = path.extname(abs).toLowerCase();
  const read = reads.get(abs);
  if (ext === '.json') return readJsonReport(abs, display, schema, read && 'json' in read ? read.json : undefined);
  if (WORKBOOKS.indexOf(ext) >= 0) return readXlsxReport(abs, display, schema, read && 'sheets' in read ? read.sheets : undefined);
  throw new EarlierReportError(trackMsg.wrongType(display));
}

/** The sheet names of a workbook, from its read ahead when there is one; null when it is no workbook. */
function sheetNamesOf(abs: string, reads: EarlierReads): string[] | null {
  const read = reads.get(abs);
  if (read && 'sheets' in read && read.sheets.ok) return read.sheets.book.sheetNames;
  return readSheetNames(abs);
}

/** Report candidates under a folder, in Explorer's order; hidden files and Office lock files left out. */
function candidates(dir: string): string[] {
  const out: string[] = [];
  for (const name of fs.readdirSync(dir).sort(byName)) {
    if (name.startsWith('.') || name.startsWith('~$')) continue;
    const full = path.join(dir, name);
    let st: fs.Stats;
    try {
      st = fs.statSync(full);
    } catch {
      continue;
    }
    if (st.isDirectory()) out.push(...candidates(full));
    else if (st.isFile() && (WORKBOOKS.indexOf(path.extname(name).toLowerCase()) >= 0 || isJson(name))) out.push(full);
  }
  return out;
}

/** JSON reports before workbooks: a workbook whose JSON was written with it is then known to be covered. */
function jsonFirst(files: string[]): string[] {
  return files.sort((a, b) => Number(isJson(b)) - Number(isJson(a)));
}

function stem(file: string): string {
  return file.slice(0, file.length - path.extname(file).length);
}

/**
 * The reports of a folder; files that are no report of ours (ledgers, other JSON) are passed over,
 * and so is a workbook whose JSON was written with it or after it (the same merge, read faster).
 */
function readFolder(
  dir: string,
  cwd: string,
  schema: CompiledSchema,
  reads: EarlierReads,
): { reports: { report: EarlierReport; mtimeMs: number }[]; errors: string[] } {
  const reports: { report: EarlierReport; mtimeMs: number }[] = [];
  const errors: string[] = [];
  const jsonWritten: { [stem: string]: number } = {};
  const files = jsonFirst(candidates(dir));
  for (const abs of files) {
    const display = displayOf(abs, cwd);
    const json = isJson(abs);
    const mtimeMs = fs.statSync(abs).mtimeMs;
    if (!json) {
      if (jsonWritten[stem(abs)] >= mtimeMs) continue;
      const names = sheetNamesOf(abs, reads);
      if (names !== null && !isReportSheetSet(names)) continue;
    }
    try {
      reports.push({ report: readReport(abs, display, schema, reads), mtimeMs });
      if (json) jsonWritten[stem(abs)] = mtimeMs;
    } catch (e) {
      if (!(e instanceof EarlierReportError)) throw e;
      // A JSON file of another shape is someone else's; a report that fails to read is ours, broken.
      if (json && e.notOurs) continue;
      errors.push(e.message);
    }
  }
  return { reports, errors };
}

/** One report per as-of day: the latest written (a JSON written with its workbook comes second). */
function onePerDay(list: { report: EarlierReport; mtimeMs: number }[], notices: string[]): EarlierReport[] {
  const byDay: { [day: number]: { report: EarlierReport; mtimeMs: number } } = {};
  for (const r of list) {
    const day = r.report.snapshot.asOf;
    const kept = byDay[day];
    if (!kept) {
      byDay[day] = r;
      continue;
    }
    const [newer, older] = r.mtimeMs >= kept.mtimeMs ? [r, kept] : [kept, r];
    byDay[day] = newer;
    if (stem(newer.report.file) !== stem(older.report.file))
      notices.push(trackMsg.folderDuplicate(newer.report.file, older.report.file, day));
  }
  return Object.keys(byDay)
    .map((d) => byDay[+d].report)
    .sort((a, b) => a.snapshot.asOf - b.snapshot.asOf);
}

/** Gives 上期 its items' streaks from the reports before it, when it did not record them. */
function chainRuns(history: EarlierReport[]): void {
  const last = history.length - 1;
  if (last < 1 || history[last].hasRuns) return;
  let from = last - 1;
  while (from > 0 && !history[from].hasRuns) from--;
  for (let j = from + 1; j <= last; j++) {
    const c = compareSnapshots(history[j - 1].snapshot, history[j].snapshot, DEFAULT_COMPARE_OPTIONS);
    history[j].snapshot.items.forEach((item, i) => {
      item.overdueRuns = c.overdueRuns[i];
      item.progressRuns = c.progressRuns[i];
    });
    history[j].hasRuns = true;
  }
}

/** Files the worker reads: JSON reports, and .xlsx reports (ours are never .xls or .ods). */
const READ_AHEAD = ['.json', '.xlsx', '.xlsm'];

function readAhead(file: string): boolean {
  return READ_AHEAD.indexOf(path.extname(file).toLowerCase()) >= 0;
}

/**
 * The reports --previous names (absolute `abs`) that can be read ahead: the file itself, or those
 * of the folder, but no workbook whose JSON was written with it or after it (readFolder reads that JSON).
 */
export function reportsToReadAhead(abs: string): string[] {
  try {
    if (!fs.statSync(abs).isDirectory()) return readAhead(abs) ? [abs] : [];
    const files = candidates(abs).filter(readAhead);
    const jsonWritten: { [stem: string]: number } = {};
    for (const f of files) if (isJson(f)) jsonWritten[stem(f)] = fs.statSync(f).mtimeMs;
    return jsonFirst(files.filter((f) => isJson(f) || !(jsonWritten[stem(f)] >= fs.statSync(f).mtimeMs)));
  } catch {
    return [];
  }
}

/**
 * Reads what --previous names (absolute `abs`, as typed `display`) for a merge as of `asOf`;
 * JSON reports already in `reads` are not read again.
 */
export function loadEarlierReports(
  abs: string,
  display: string,
  asOf: Day,
  schema: CompiledSchema,
  cwd: string,
  reads: EarlierReads = new Map(),
): EarlierResult {
  const notices: string[] = [];
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch {
    return { ok: false, errors: [trackMsg.missing(display)], notices };
  }
  if (!st.isDirectory()) {
    let report: EarlierReport;
    try {
      report = readReport(abs, display, schema, reads);
    } catch (e) {
      if (!(e instanceof EarlierReportError)) throw e;
      return { ok: false, errors: [e.message], notices };
    }
    const day = report.snapshot.asOf;
    if (day === asOf) return { ok: false, errors: [trackMsg.sameAsOf(display, day)], notices };
    if (day > asOf) return { ok: false, errors: [trackMsg.newer(display, day, asOf)], notices };
    notices.push(...report.notices);
    return { ok: true, reports: { previous: report, history: [report], fromFolder: false }, notices };
  }

  const read = readFolder(abs, cwd, schema, reads);
  if (read.errors.length > 0) return { ok: false, errors: read.errors.concat(trackMsg.folderUnreadable), notices };
  const usable: { report: EarlierReport; mtimeMs: number }[] = [];
  for (const r of read.reports) {
    const day = r.report.snapshot.asOf;
    if (day === asOf) notices.push(trackMsg.folderSkippedSame(r.report.file, day));
    else if (day > asOf) notices.push(trackMsg.folderSkippedNewer(r.report.file, day));
    else usable.push(r);
  }
  const history = onePerDay(usable, notices);
  if (history.length === 0) return { ok: false, errors: [trackMsg.folderEmpty(display, asOf)], notices };
  chainRuns(history);
  const previous = history[history.length - 1];
  notices.push(...previous.notices);
  return { ok: true, reports: { previous, history, fromFolder: true }, notices };
}
