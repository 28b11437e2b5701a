// The comparison a merge makes with earlier reports (--previous): read them (on a worker thread
// while the merge reads its inputs), compare, and the console's summary. Loaded
// only when --previous is given.
import * as path from 'path';
import type { CompiledSchema } from '../../ledger/compile';
import { CHANGE_KINDS, CHANGE_NAMES, compareSnapshots, CompareOptions, DEFAULT_COMPARE_OPTIONS } from '../../ledger/changes';
import { isExtended } from '../../ledger/lights';
import { EffectiveDeadline, ItemSource, Snapshot, TrackedItem } from '../../ledger/tracked';
import { Light, Status } from '../../ledger/types';
import { buildTrend, departmentDeltas } from '../../ledger/trend';
import { ItemEntry, ReportModel } from '../report-model';
import { loadEarlierReports, reportsToReadAhead } from './earlier-reports';
import { BackgroundReads, EarlierReads, readInBackground } from './report-worker';
import { READ_BY, trackMsg } from './messages';
import { Tracking } from './types';

export interface TrackRequest {
  /** --previous as typed; nothing is compared without it. */
  previous?: string;
  /** --stale-after: 进展未更新 from this many merges. */
  staleAfter?: number;
  /** --overdue-after: 连续逾期 from this many merges. */
  overdueAfter?: number;
  /** --debug: say how each earlier report was read. */
  debug?: boolean;
}

export interface TrackOutcome {
  /** null when no comparison could be made (the reasons are on stderr). */
  tracking: Tracking | null;
  failed: boolean;
}

/**
 * A merged item as a comparison reads it: the report model's entry seen through TrackedItem's
 * fields, with no copy of them, so a large merge makes little garbage for the comparison.
 */
class EntryItem implements TrackedItem {
  constructor(private readonly e: ItemEntry) {}

  get department(): string {
    return this.e.fields.department;
  }

  get id(): string {
    return this.e.fields.id;
  }

  get problem(): string {
    return this.e.fields.problem;
  }

  get measures(): string {
    return this.e.fields.measures;
  }

  get owner(): string {
    return this.e.fields.owner;
  }

  get deadlineText(): string {
    return this.e.fields.deadline;
  }

  get deadline(): EffectiveDeadline {
    return this.e.effectiveDeadline;
  }

  get status(): Status | null {
    return this.e.status;
  }

  get statusText(): string {
    return this.e.fields.status;
  }

  get progress(): string {
    return this.e.fields.progress;
  }

  get extended(): boolean {
    return isExtended(this.e);
  }

  get light(): Light | null {
    return this.e.light;
  }

  get daysLeft(): number | null {
    return this.e.daysLeft;
  }

  get source(): ItemSource {
    return this.e.source;
  }
}

/** The merge's items as a later comparison will read them back from its report. */
export function currentSnapshot(model: ReportModel): Snapshot {
  return { asOf: model.asOf, items: model.items.map((e) => new EntryItem(e)) };
}

/** Starts reading the reports --previous names (`previous`, as typed), to be compared with once the merge is done. */
export function startReadingEarlier(previous: string, cwd: string): BackgroundReads {
  return readInBackground(reportsToReadAhead(path.resolve(cwd, previous)));
}

/**
 * Compares the merge, as `model` reports it, with the earlier reports --previous names; `reads`
 * holds those of them already read.
 */
export function trackChanges(
  model: ReportModel,
  schema: CompiledSchema,
  request: TrackRequest,
  cwd: string,
  err: (line: string) => void,
  reads?: EarlierReads,
): TrackOutcome {
  if (request.previous === undefined) return { tracking: null, failed: false };
  const loaded = loadEarlierReports(path.resolve(cwd, request.previous), request.previous, model.asOf, schema, cwd, reads);
  loaded.notices.forEach(err);
  if (loaded.ok && request.debug) for (const r of loaded.reports.history) err(READ_BY.line(r.file, r.readBy));
  if (!loaded.ok) {
    loaded.errors.forEach(err);
    return { tracking: null, failed: true };
  }
  const options: CompareOptions = {
    progressMerges: request.staleAfter === undefined ? DEFAULT_COMPARE_OPTIONS.progressMerges : request.staleAfter,
    overdueMerges: request.overdueAfter === undefined ? DEFAULT_COMPARE_OPTIONS.overdueMerges : request.overdueAfter,
  };
  const current = currentSnapshot(model);
  const { previous, history, fromFolder } = loaded.reports;
  // Streaks of two need only 上期; longer ones are counted from 上期 when it did not record them.
  const notices = loaded.notices.slice();
  if (!previous.hasRuns && (options.progressMerges > 2 || options.overdueMerges > 2)) {
    notices.push(trackMsg.noRuns(previous.file));
    err(trackMsg.noRuns(previous.file));
  }
  const comparison = compareSnapshots(previous.snapshot, current, options);
  return {
    tracking: {
      previous: { file: previous.file, asOf: previous.snapshot.asOf },
      options,
      comparison,
      deltas: departmentDeltas(previous.snapshot, current, comparison),
      trend: fromFolder ? buildTrend(history.map((r) => r.snapshot).concat([current])) : null,
      notices,
    },
    failed: false,
  };
}

/** The console's summary: one line per kind of change, with its count. */
export function trackingSummary(t: Tracking): string[] {
  const lines = [trackMsg.summaryHeader(t.previous.asOf, t.previous.file)];
  for (const kind of CHANGE_KINDS) lines.push(trackMsg.kindLine(CHANGE_NAMES[kind], t.comparison.counts[kind]));
  if (t.trend) lines.push(trackMsg.trendLine(t.trend.asOf.length));
  return lines;
}
