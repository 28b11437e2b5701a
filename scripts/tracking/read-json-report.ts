// Reads an earlier report's JSON (--json) back. The JSON holds every field whole, and reads
// many times faster than the workbook: the better --previous for large merges.
import * as fs from 'fs';
import { parseISODay } from '../../ledger/days';
import { emptyDict } from '../../ledger/dict';
import type { CompiledSchema } from '../../ledger/compile';
import { EffectiveDeadline, ItemSource, TrackedItem } from '../../ledger/tracked';
import { Day } from '../../ledger/types';
import { completeItem, isLight, statusReader } from './item-fields';
import { trackMsg } from './messages';
import { EarlierReport, EarlierReportError } from './types';

type Json = { [key: string]: unknown };

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function num(v: unknown): number | null {
  return typeof v === 'number' && isFinite(v) ? v : null;
}

function run(v: unknown): number | undefined {
  const n = num(v);
  return n !== null && n >= 1 ? Math.floor(n) : undefined;
}

/** The source as written, kept as it is when it has the expected shape (no copy of 100,000 objects). */
function source(v: unknown): ItemSource {
  const o = (v && typeof v === 'object' ? v : {}) as Json;
  if (typeof o.file === 'string' && typeof o.sheet === 'string' && typeof o.row === 'number') return o as unknown as ItemSource;
  return { file: str(o.file), sheet: str(o.sheet), row: num(o.row) || 0 };
}

/** The effective deadline as written ('YYYY-MM-DD', 'ongoing' or null); days remembered per text, as a report repeats them. */
function deadlineReader(): (v: unknown) => EffectiveDeadline {
  const days = emptyDict<Day | null>();
  return (v) => {
    if (v === 'ongoing') return 'ongoing';
    if (typeof v !== 'string') return null;
    let day = days[v];
    if (day === undefined) day = days[v] = parseISODay(v);
    return day;
  };
}

/** Reads the JSON report `abs` (shown to the user as `display`); throws EarlierReportError. */
export function readJsonReport(abs: string, display: string, schema: CompiledSchema): EarlierReport {
  let doc: Json;
  try {
    // Decoding the buffer is faster than reading with an encoding (Node 20).
    doc = JSON.parse(fs.readFileSync(abs).toString('utf8')) as Json;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code) throw new EarlierReportError(trackMsg.unreadable(display, code === 'EACCES' || code === 'EPERM' ? '没有读取权限。' : String(code)));
    throw new EarlierReportError(trackMsg.notReport(display, trackMsg.notJson), true);
  }
  const asOf = doc && typeof doc === 'object' ? parseISODay(str(doc.asOf)) : null;
  if (asOf === null || !Array.isArray(doc.items)) throw new EarlierReportError(trackMsg.notReport(display, trackMsg.notReportJson), true);
  const warnDays = num(doc.warnDays) ?? schema.warnDays;
  const statusOf = statusReader(schema);
  const deadline = deadlineReader();
  const items: TrackedItem[] = [];
  for (const raw of doc.items as unknown[]) {
    if (!raw || typeof raw !== 'object') continue;
    const it = raw as Json;
    const status = statusOf(str(it.status));
    const runs = it.runs && typeof it.runs === 'object' ? (it.runs as Json) : null;
    const item: TrackedItem = {
      department: str(it.department),
      id: str(it.id),
      problem: str(it.problem),
      measures: str(it.measures),
      owner: str(it.owner),
      deadlineText: str(it.deadline),
      deadline: deadline(it.effectiveDeadline),
      status: status.status,
      statusText: str(it.status),
      progress: str(it.progress),
      light: isLight(it.light) ? it.light : null,
      daysLeft: num(it.daysLeft),
      source: source(it.source),
      overdueRuns: runs ? run(runs.overdue) : undefined,
      progressRuns: runs ? run(runs.progress) : undefined,
    };
    items.push(completeItem(item, status.standing, asOf, warnDays, true));
  }
  const tool = (doc.tool && typeof doc.tool === 'object' ? doc.tool : {}) as Json;
  const hasRuns = !!doc.previous && typeof doc.previous === 'object';
  return { file: display, snapshot: { asOf, items }, hasRuns, version: str(tool.version), notices: [] };
}
