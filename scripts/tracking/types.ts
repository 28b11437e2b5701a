// What the comparison with earlier reports adds to a report (跟踪问效).
import { CompareOptions, Comparison } from '../../ledger/changes';
import { Snapshot } from '../../ledger/tracked';
import { DepartmentDelta, Trend } from '../../ledger/trend';
import { Day } from '../../ledger/types';

/** An earlier report read back. */
export interface EarlierReport {
  /** As named to the user: relative to the working folder. */
  file: string;
  snapshot: Snapshot;
  /** Its items carry their streaks (it was itself compared with an earlier report). */
  hasRuns: boolean;
  /** The tool version that wrote it; '' when it does not say (written before reports recorded it). */
  version: string;
  /** What cannot be compared with it, in Chinese. */
  notices: string[];
  /** How it was read, for --debug: on the worker thread, or here (and why). */
  readBy: string;
}

export interface Tracking {
  previous: { file: string; asOf: Day };
  options: CompareOptions;
  comparison: Comparison;
  deltas: { departments: DepartmentDelta[]; totals: DepartmentDelta };
  /** Over every earlier report of a folder and this merge; null when a single report was given. */
  trend: Trend | null;
  notices: string[];
}

/** An earlier report that cannot be used; the message is Chinese and names the file. */
export class EarlierReportError extends Error {
  /** The file is not one of our reports at all (rather than one that cannot be read). */
  constructor(
    message: string,
    readonly notOurs = false,
  ) {
    super(message);
  }
}
