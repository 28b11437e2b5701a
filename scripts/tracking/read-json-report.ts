// Reads an earlier report's JSON (--json) back. The JSON holds every field whole. The file is
// read into columns (compact-json.ts), usually on a worker thread while the merge runs; the items
// are made from the columns here.
import * as fs from 'fs';
import type { CompiledSchema } from '../../ledger/compile';
import { parseISODay } from '../../ledger/days';
import { EffectiveDeadline, TrackedItem } from '../../ledger/tracked';
import { CodedColumn, CompactRead, MAX_JSON_REPORT_BYTES, readCompactJson, SNAPSHOT_LAYOUT, TextColumn } from './compact-json';
import { parseStatus } from '../../ledger/status';
import { completeItem, isLight } from './item-fields';
import { ReportItem, ShownFields } from './report-item';
import { READ_BY, trackMsg } from './messages';
import { EarlierReport, EarlierReportError } from './types';

/** Item i's value of a text column. */
function values(c: TextColumn): (i: number) => string {
  const all = c.all;
  const ends = c.ends;
  return (i) => all.slice(i === 0 ? 0 : ends[i - 1], ends[i]);
}

/** Item i's value of a coded column: a value repeated is the same string, so look-ups keyed by it find it at once. */
function codedValues(c: CodedColumn): (i: number) => string {
  const list = c.values;
  const codes = c.codes;
  return (i) => list[codes[i]];
}

/** The effective deadline as written: 'YYYY-MM-DD', 'ongoing', or '' for none. */
function effectiveDeadline(text: string): EffectiveDeadline {
  return text === 'ongoing' ? 'ongoing' : parseISODay(text);
}

function orNull(n: number): number | null {
  return n === n ? n : null;
}

function run(n: number): number | undefined {
  return n >= 1 ? Math.floor(n) : undefined;
}

/**
 * The JSON report `abs` (shown to the user as `display`), from its columns `read` when they were
 * read already; throws EarlierReportError.
 */
export function readJsonReport(abs: string, display: string, schema: CompiledSchema, readAhead?: CompactRead): EarlierReport {
  const read = readAhead || readCompactJson(abs, fs, MAX_JSON_REPORT_BYTES, SNAPSHOT_LAYOUT);
  if (!read.ok) {
    if (read.tooLarge !== undefined) throw new EarlierReportError(trackMsg.tooLarge(display, read.tooLarge, MAX_JSON_REPORT_BYTES));
    if (read.errno)
      throw new EarlierReportError(
        trackMsg.unreadable(display, read.errno === 'EACCES' || read.errno === 'EPERM' ? '没有读取权限。' : read.errno),
      );
    throw new EarlierReportError(trackMsg.notReport(display, read.notJson ? trackMsg.notJson : trackMsg.notReportJson), true);
  }
  const r = read.report;
  const asOf = typeof r.asOf === 'string' ? parseISODay(r.asOf) : null;
  if (asOf === null) throw new EarlierReportError(trackMsg.notReport(display, trackMsg.notReportJson), true);
  const warnDays = typeof r.warnDays === 'number' && isFinite(r.warnDays) ? r.warnDays : schema.warnDays;
  const t = r.text;
  const c = r.coded;
  const n = r.numbers;
  const shown: ShownFields = {
    measures: values(t.measures),
    owner: codedValues(c.owner),
    deadline: values(t.deadline),
    file: codedValues(c.file),
    sheet: codedValues(c.sheet),
    row: (i) => orNull(n.row[i]) || 0,
  };
  const [id, problem, progress] = [t.id, t.problem, t.progress].map(values);
  const department = codedValues(c.department);
  // Words of few distinct values are read once per value.
  const statuses = c.status.values.map((text) => ({ text, parsed: parseStatus(text, schema) }));
  const deadlines = c.effectiveDeadline.values.map(effectiveDeadline);
  const lights = c.light.values.map((text) => (isLight(text) ? text : null));
  const items: TrackedItem[] = [];
  for (let i = 0; i < r.items; i++) {
    const status = statuses[c.status.codes[i]];
    const item = new ReportItem(
      shown,
      i,
      department(i),
      id(i),
      problem(i),
      deadlines[c.effectiveDeadline.codes[i]],
      status.parsed.status,
      status.text,
      progress(i),
      lights[c.light.codes[i]],
      orNull(n.daysLeft[i]),
      run(n.overdueRuns[i]),
      run(n.progressRuns[i]),
    );
    items.push(completeItem(item, status.parsed.standing, asOf, warnDays, true));
  }
  const readBy = readAhead ? READ_BY.worker : READ_BY.here;
  return { file: display, snapshot: { asOf, items }, hasRuns: r.hasRuns, version: r.version, notices: [], readBy };
}
