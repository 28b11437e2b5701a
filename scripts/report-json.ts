// The machine-readable report (--json): the same content as the xlsx report.
import { formatDay } from '../ledger/days';
import { COLUMN_KEYS } from '../ledger/schema';
import { ReportModel } from './report-model';
import { itemRuns, trackingJson } from './tracking/json';

export function reportJson(model: ReportModel): string {
  const items = model.items.map((e, i) => {
    const out: { [key: string]: unknown } = {};
    for (const key of COLUMN_KEYS) out[key] = e.fields[key];
    out.light = e.light;
    out.daysLeft = e.daysLeft;
    out.effectiveDeadline =
      e.effectiveDeadline === null || e.effectiveDeadline === 'ongoing' ? e.effectiveDeadline : formatDay(e.effectiveDeadline);
    out.source = e.source;
    const runs = itemRuns(model, i);
    if (runs) out.runs = runs;
    return out;
  });
  const doc = {
    asOf: formatDay(model.asOf),
    warnDays: model.warnDays,
    files: model.files,
    departments: model.departments,
    totals: model.totals,
    items,
    problems: model.problems,
    ...trackingJson(model),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
