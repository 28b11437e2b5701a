// The machine-readable report (--json): the same content as the xlsx report.
// Written in chunks, element by element of its long lists: as one string, a
// 200,000-item report would need several hundred MB at once.
import { formatDay } from '../ledger/days';
import { COLUMN_KEYS } from '../ledger/schema';
import { effectiveDeadlineJson, ItemEntry, ReportModel } from './report-model';
import { changeJson, itemRuns, trackingJson } from './tracking/json';
import { SNAPSHOT_LAYOUT } from './tracking/compact-json';
import { snapshotPieces } from './tracking/snapshot-json';

/** Text is handed on in pieces of about this many characters. */
const CHUNK_CHARS = 1 << 18;

function itemJson(model: ReportModel, e: ItemEntry, index: number): { [key: string]: unknown } {
  const out: { [key: string]: unknown } = {};
  for (const key of COLUMN_KEYS) out[key] = e.fields[key];
  out.light = e.light;
  out.daysLeft = e.daysLeft;
  out.extendedDays = e.extendedDays;
  out.effectiveDeadline = effectiveDeadlineJson(e.effectiveDeadline);
  out.source = e.source;
  const runs = itemRuns(model, index);
  if (runs) out.runs = runs;
  return out;
}

/** A value given as JSON text on one line, in pieces: written on its key's line as it is. */
export class JsonLine {
  constructor(readonly pieces: () => Iterable<string>) {}
}

/** JSON.stringify(value, null, 2) nested `depth` levels deep. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, '\n' + '  '.repeat(depth));
}

/**
 * The text of JSON.stringify(doc, null, 2) + '\n', in pieces: the lists named
 * in `long` are stringified one element at a time (mapped by `each`), and a JsonLine
 * value is written on one line.
 */
export function* jsonPieces(
  doc: { [key: string]: unknown },
  long: { [key: string]: (element: never, index: number) => unknown },
): Generator<string> {
  const keys = Object.keys(doc).filter((k) => doc[k] !== undefined);
  yield '{\n';
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const value = doc[key];
    const comma = k < keys.length - 1 ? ',' : '';
    const each = long[key];
    if (value instanceof JsonLine) {
      yield '  ' + JSON.stringify(key) + ': ';
      yield* value.pieces();
      yield comma + '\n';
    } else if (each && Array.isArray(value) && value.length > 0) {
      yield '  ' + JSON.stringify(key) + ': [\n';
      for (let i = 0; i < value.length; i++) {
        yield '    ' + nested(each(value[i] as never, i), 2) + (i < value.length - 1 ? ',\n' : '\n');
      }
      yield '  ]' + comma + '\n';
    } else {
      yield '  ' + JSON.stringify(key) + ': ' + nested(value, 1) + comma + '\n';
    }
  }
  yield '}\n';
}

/** Pieces of text gathered into UTF-8 chunks of a useful size for writing. */
export function* utf8Chunks(pieces: Iterable<string>): Generator<Uint8Array> {
  let pending: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    pending.push(piece);
    length += piece.length;
    if (length >= CHUNK_CHARS) {
      yield Buffer.from(pending.join(''), 'utf8');
      pending = [];
      length = 0;
    }
  }
  if (pending.length > 0) yield Buffer.from(pending.join(''), 'utf8');
}

/** The JSON report, as chunks produced while they are written. */
export function reportJson(model: ReportModel): () => Iterable<Uint8Array> {
  // The snapshot first: a later comparison reads the report's first two lines alone.
  const doc = {
    [SNAPSHOT_LAYOUT.key]: new JsonLine(() => snapshotPieces(model)),
    asOf: formatDay(model.asOf),
    warnDays: model.warnDays,
    files: model.files,
    departments: model.departments,
    totals: model.totals,
    items: model.items,
    problems: model.problems,
    ...trackingJson(model),
  };
  const identity = (x: unknown) => x;
  const item = (e: ItemEntry, i: number) => itemJson(model, e, i);
  return () => utf8Chunks(jsonPieces(doc, { items: item, files: identity, problems: identity, changes: changeJson }));
}
