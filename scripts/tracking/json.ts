// What the comparison adds to the JSON report (--json).
import { Change, CHANGE_NAMES } from '../../ledger/changes';
import { formatDay } from '../../ledger/days';
import { ReportModel } from '../report-model';
import { PRODUCT_NAME, productVersion } from '../product';

/** Top-level fields: the tool always; previous, changes, deltas, trend and notices after a comparison. */
export function trackingJson(model: ReportModel): { [key: string]: unknown } {
  const out: { [key: string]: unknown } = { tool: { name: PRODUCT_NAME, version: productVersion() } };
  const t = model.tracking;
  if (!t) return out;
  out.previous = { file: t.previous.file, asOf: formatDay(t.previous.asOf) };
  out.compareOptions = { staleAfter: t.options.progressMerges, overdueAfter: t.options.overdueMerges };
  out.changeCounts = t.comparison.counts;
  out.changes = t.comparison.changes;
  out.deltas = t.deltas;
  out.trend = t.trend && { ...t.trend, asOf: t.trend.asOf.map(formatDay) };
  out.comparisonNotices = t.notices;
  return out;
}

/** One change as the JSON lists it (the report writes `changes` one element at a time). */
export function changeJson(c: Change): { [key: string]: unknown } {
  const { kind, ...rest } = c;
  return { kind, kindName: CHANGE_NAMES[kind], ...rest };
}

/** An item's streaks, after a comparison: merges in a row overdue, and with the same 整改进展. */
export function itemRuns(model: ReportModel, index: number): { overdue: number; progress: number } | undefined {
  const t = model.tracking;
  if (!t) return undefined;
  return { overdue: t.comparison.overdueRuns[index], progress: t.comparison.progressRuns[index] };
}
