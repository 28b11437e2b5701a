// Reads an earlier report's JSON (--json) back. The JSON holds every field whole, and reads
// many times faster than the workbook: the better --previous for large merges. The file is read
// into columns (compact-json.ts), usually on a worker thread while the merge runs; the items are
// made from the columns here.
import * as fs from 'fs';
import type { CompiledSchema } from '../../ledger/compile';
import { parseISODay } from '../../ledger/days';
import { emptyDict } from '../../ledger/dict';
import { EffectiveDeadline, ItemSource, TrackedItem } from '../../ledger/tracked';
import { Day } from '../../ledger/types';
import { CompactRead, MAX_JSON_REPORT_BYTES, readCompactJson, TextColumn } from './compact-json';
import { completeItem, isLight, statusReader } from './item-fields';
import { trackMsg } from './messages';
import { EarlierReport, EarlierReportError } from './types';

/** Item i's value of a text column. */
function values(c: TextColumn): (i: number) => string {
  const all = c.all;
  const ends = c.ends;
  return (i) => all.slice(i === 0 ? 0 : ends[i - 1], ends[i]);
}

/**
 * Item i's value of a column of few distinct values (department, status …), read in item order:
 * a value equal to the one before is that same string, so look-ups keyed by it find it at once.
 */
function repeatedValues(c: TextColumn): (i: number) => string {
  const all = c.all;
  const ends = c.ends;
  let last = '';
  return (i) => {
    const start = i === 0 ? 0 : ends[i - 1];
    if (ends[i] - start === last.length && all.startsWith(last, start)) return last;
    return (last = all.slice(start, ends[i]));
  };
}

/** What only a reported change shows of an item, read from the columns when it is asked for. */
interface ShownFields {
  measures: (i: number) => string;
  owner: (i: number) => string;
  deadline: (i: number) => string;
  file: (i: number) => string;
  sheet: (i: number) => string;
  row: Float64Array;
}

/**
 * An item of a JSON report. Every comparison reads the fields set here; the others — what only a
 * reported change shows, and the measures only an unmatched item's matching reads — are read
 * from the columns when asked for, so 100,000 items cost a few strings each.
 */
class ReportItem implements TrackedItem {
  constructor(
    private readonly shown: ShownFields,
    private readonly index: number,
    public department: string,
    public id: string,
    public problem: string,
    public deadline: EffectiveDeadline,
    public status: TrackedItem['status'],
    public statusText: string,
    public progress: string,
    public light: TrackedItem['light'],
    public daysLeft: number | null,
    public overdueRuns: number | undefined,
    public progressRuns: number | undefined,
  ) {}

  get measures(): string {
    return this.shown.measures(this.index);
  }

  get owner(): string {
    return this.shown.owner(this.index);
  }

  get deadlineText(): string {
    return this.shown.deadline(this.index);
  }

  get source(): ItemSource {
    const i = this.index;
    return { file: this.shown.file(i), sheet: this.shown.sheet(i), row: orNull(this.shown.row[i]) || 0 };
  }
}

/** The effective deadline as written ('YYYY-MM-DD', 'ongoing', or '' for none); days remembered per text, as a report repeats them. */
function deadlineReader(): (text: string) => EffectiveDeadline {
  const days = emptyDict<Day | null>();
  return (text) => {
    if (text === 'ongoing') return 'ongoing';
    let day = days[text];
    if (day === undefined) day = days[text] = parseISODay(text);
    return day;
  };
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
export function readJsonReport(
  abs: string,
  display: string,
  schema: CompiledSchema,
  read: CompactRead = readCompactJson(abs, fs, MAX_JSON_REPORT_BYTES),
): EarlierReport {
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
  const statusOf = statusReader(schema);
  const deadlineOf = deadlineReader();
  const t = r.text;
  const n = r.numbers;
  const shown: ShownFields = {
    measures: values(t.measures),
    owner: values(t.owner),
    deadline: values(t.deadline),
    file: values(t.file),
    sheet: values(t.sheet),
    row: n.row,
  };
  const [department, effective, status, light] = [t.department, t.effectiveDeadline, t.status, t.light].map(repeatedValues);
  const [id, problem, progress] = [t.id, t.problem, t.progress].map(values);
  const items: TrackedItem[] = [];
  for (let i = 0; i < r.items; i++) {
    const statusText = status(i);
    const parsed = statusOf(statusText);
    const lightText = light(i);
    const item = new ReportItem(
      shown,
      i,
      department(i),
      id(i),
      problem(i),
      deadlineOf(effective(i)),
      parsed.status,
      statusText,
      progress(i),
      isLight(lightText) ? lightText : null,
      orNull(n.daysLeft[i]),
      run(n.overdueRuns[i]),
      run(n.progressRuns[i]),
    );
    items.push(completeItem(item, parsed.standing, asOf, warnDays, true));
  }
  return { file: display, snapshot: { asOf, items }, hasRuns: r.hasRuns, version: r.version, notices: [] };
}
