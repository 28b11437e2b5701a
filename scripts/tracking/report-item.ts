// An earlier report's item, made from the columns a report was read into (JSON or workbook).
import { EffectiveDeadline, ItemSource, TrackedItem } from '../../ledger/tracked';
import { sourceRow } from './item-fields';

/** What only a reported change shows of an item, read from the columns when it is asked for. */
export interface ShownFields {
  measures: (i: number) => string;
  owner: (i: number) => string;
  deadline: (i: number) => string;
  file: (i: number) => string;
  sheet: (i: number) => string;
  /** The source row; 0 for none. */
  row: (i: number) => number;
}

/**
 * An item of an earlier report, item `index` of its columns. Every comparison reads the fields
 * set here; the others — what only a reported change shows, and the measures only an unmatched
 * item's matching reads — are read from the columns when asked for, so 100,000 items cost a few
 * strings each.
 */
export class ReportItem implements TrackedItem {
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
    return { file: this.shown.file(i), sheet: this.shown.sheet(i), row: sourceRow(this.shown.row(i)) };
  }
}
