// The JSON report's snapshot: of each item what a later comparison reads, as columns in the
// layout compact-json.ts reads (SNAPSHOT_LAYOUT). It is the report's first key, written on one
// line, so that a later merge given the report by --previous reads and parses that line alone.
import { formatDay } from '../../ledger/days';
import { effectiveDeadlineJson, ItemEntry, ReportModel } from '../report-model';
import { productVersion } from '../product';
import { CompactCodedField, CompactNumberField, CompactTextField, SNAPSHOT_LAYOUT } from './compact-json';

/** Each field's value, as the item's own entry in `items` states it. */
const TEXT: { [F in CompactTextField]: (e: ItemEntry) => string } = {
  id: (e) => e.fields.id,
  problem: (e) => e.fields.problem,
  measures: (e) => e.fields.measures,
  deadline: (e) => e.fields.deadline,
  progress: (e) => e.fields.progress,
};

const CODED: { [F in CompactCodedField]: (e: ItemEntry) => string } = {
  department: (e) => e.fields.department,
  owner: (e) => e.fields.owner,
  effectiveDeadline: (e) => effectiveDeadlineJson(e.effectiveDeadline) || '',
  status: (e) => e.fields.status,
  light: (e) => e.light || '',
  file: (e) => e.source.file,
  sheet: (e) => e.source.sheet,
};

/** Each number field's values; undefined for the streaks of a report that was not compared (it has none). */
function numberValues(model: ReportModel, f: CompactNumberField): (number | null)[] | undefined {
  const t = model.tracking;
  switch (f) {
    case 'daysLeft':
      return model.items.map((e) => e.daysLeft);
    case 'row':
      return model.items.map((e) => e.source.row);
    case 'overdueRuns':
      return t && t.comparison.overdueRuns;
    case 'progressRuns':
      return t && t.comparison.progressRuns;
  }
}

function textColumn(items: ItemEntry[], value: (e: ItemEntry) => string): string {
  const parts: string[] = [];
  const lengths: number[] = [];
  for (const e of items) {
    const v = value(e);
    parts.push(v);
    lengths.push(v.length);
  }
  return '{"all":' + JSON.stringify(parts.join('')) + ',"lengths":' + JSON.stringify(lengths) + '}';
}

function codedColumn(items: ItemEntry[], value: (e: ItemEntry) => string): string {
  const known = new Map<string, number>();
  const codes: number[] = [];
  for (const e of items) {
    const v = value(e);
    let code = known.get(v);
    if (code === undefined) known.set(v, (code = known.size));
    codes.push(code);
  }
  return '{"values":' + JSON.stringify(Array.from(known.keys())) + ',"codes":' + JSON.stringify(codes) + '}';
}

/** The snapshot as JSON text on one line, in pieces (a column at a time). */
export function* snapshotPieces(model: ReportModel): Generator<string> {
  const items = model.items;
  const head = {
    format: SNAPSHOT_LAYOUT.format,
    asOf: formatDay(model.asOf),
    warnDays: model.warnDays,
    compared: !!model.tracking,
    version: productVersion(),
    items: items.length,
  };
  const open = JSON.stringify(head);
  yield open.slice(0, -1) + ',"text":{';
  for (const [k, f] of SNAPSHOT_LAYOUT.text.entries()) yield (k > 0 ? ',' : '') + JSON.stringify(f) + ':' + textColumn(items, TEXT[f]);
  yield '},"coded":{';
  for (const [k, f] of SNAPSHOT_LAYOUT.coded.entries()) yield (k > 0 ? ',' : '') + JSON.stringify(f) + ':' + codedColumn(items, CODED[f]);
  yield '},"numbers":{';
  let first = true;
  for (const f of SNAPSHOT_LAYOUT.numbers) {
    const values = numberValues(model, f);
    if (values === undefined) continue;
    yield (first ? '' : ',') + JSON.stringify(f) + ':' + JSON.stringify(values);
    first = false;
  }
  yield '}}';
}
