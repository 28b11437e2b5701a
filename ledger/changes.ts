// What changed between two merges (跟踪问效): items matched across the merges (match.ts), then
// every kind of change the 督查科 follows, each found once per item. Items read from a report
// carry how many merges in a row they have been overdue or without new progress, so a
// comparison with the last report alone counts streaks over many merges.
import { formatDay } from './days';
import { matchItems, MatchResult } from './match';
import { LIGHT_MEANINGS } from './schema';
import { sameComparableText } from './similarity';
import { EffectiveDeadline, isDone, ItemSource, Snapshot, TrackedField, TrackedItem } from './tracked';
import { Status } from './types';

export type ChangeKind =
  | 'added'
  | 'vanished'
  | 'closed'
  | 'completed'
  | 'regressed'
  | 'deadline'
  | 'newlyOverdue'
  | 'stillOverdue'
  | 'progressStale'
  | 'rewritten'
  | 'unmatched';

/** Every kind, in the order reports list them. */
export const CHANGE_KINDS: ChangeKind[] = [
  'added',
  'vanished',
  'closed',
  'completed',
  'regressed',
  'deadline',
  'newlyOverdue',
  'stillOverdue',
  'progressStale',
  'rewritten',
  'unmatched',
];

export const CHANGE_NAMES: { [K in ChangeKind]: string } = {
  added: '新增事项',
  vanished: '事项消失',
  closed: '新销号',
  completed: '新完成',
  regressed: '状态倒退',
  deadline: '时限变更',
  newlyOverdue: '新逾期',
  stillOverdue: '连续逾期',
  progressStale: '进展未更新',
  rewritten: '内容改写',
  unmatched: '无法对应',
};

export interface Change {
  kind: ChangeKind;
  /** The current item's, or the earlier one's when it has no current item. */
  department: string;
  id: string;
  problem: string;
  owner: string;
  /** The value before and after, as shown to a clerk; '' when there is none. */
  before: string;
  after: string;
  /** 时限变更 between two days: days added (negative when the deadline moved earlier). */
  days?: number;
  /** 时限变更 to a later day that the ledger does not mark as 延期 (no 申请延期/已延期, no 原定时限). */
  unexplained?: boolean;
  /** 连续逾期 and 进展未更新: merges in a row, this one included. */
  merges?: number;
  /** A word on the change, e.g. 延期 31 天, or the candidates of an item that could not be matched. */
  note: string;
  source: ItemSource | null;
  previousSource: ItemSource | null;
}

/** The changes that need a field of the earlier merge. */
export const CHANGES_NEEDING: { [F in TrackedField]: ChangeKind[] } = {
  status: ['closed', 'completed', 'regressed'],
  deadline: ['deadline'],
  light: ['newlyOverdue', 'stillOverdue'],
  progress: ['progressStale'],
};

export interface CompareOptions {
  /** 进展未更新 from this many merges with the same 整改进展 (default 2). */
  progressMerges: number;
  /**
   * 连续逾期 from this many merges overdue in a row (default 3: an item overdue in two merges is
   * on 逾期清单 both times; a third makes it chronic).
   */
  overdueMerges: number;
}

export const DEFAULT_COMPARE_OPTIONS: CompareOptions = { progressMerges: 2, overdueMerges: 3 };

export const CHANGE_RULES = {
  /** A matched problem less similar than this (bigram Dice) was rewritten (内容改写). */
  rewrittenBelow: 0.8,
};

export interface Comparison {
  changes: Change[];
  counts: { [K in ChangeKind]: number };
  /** Per current item: its overdue and unchanged-progress streaks, as the report records them. */
  overdueRuns: number[];
  progressRuns: number[];
  match: MatchResult;
}

const EMPTY = '（空）';
const UNEXPLAINED = '，台账未注明延期';
const ONGOING = '长期';

function deadlineText(deadline: EffectiveDeadline, typed: string): string {
  if (deadline === 'ongoing') return ONGOING;
  if (deadline === null) return typed || EMPTY;
  return formatDay(deadline);
}

function statusText(item: TrackedItem): string {
  return item.statusText || EMPTY;
}

/** 整改中，完成时限 2026-11-30 */
function summary(item: TrackedItem): string {
  return statusText(item) + '，完成时限 ' + deadlineText(item.deadline, item.deadlineText);
}

function lightText(item: TrackedItem): string {
  if (item.light === 'red' && item.daysLeft !== null) return '逾期' + -item.daysLeft + '天';
  if (item.light === 'amber' && item.daysLeft !== null) return '临期（剩余' + item.daysLeft + '天）';
  if (item.light) return LIGHT_MEANINGS[item.light];
  return '未定';
}

function statusRank(status: Status): number {
  switch (status) {
    case '未启动':
      return 0;
    case '已完成':
      return 2;
    case '已销号':
      return 3;
    default:
      return 1;
  }
}

/** 已完成 → 整改中 and the like; anything after 已销号, which is final. */
function isRegression(before: Status | null, after: Status | null): boolean {
  if (before === '已销号') return after !== '已销号';
  return before !== null && after !== null && statusRank(after) < statusRank(before);
}

function deadlineNote(before: EffectiveDeadline, after: EffectiveDeadline): { note: string; days?: number } {
  if (typeof before === 'number' && typeof after === 'number') {
    const days = after - before;
    return { note: days > 0 ? '延期 ' + days + ' 天' : '提前 ' + -days + ' 天', days: days };
  }
  return { note: after === 'ongoing' ? '改为长期' : '由长期改为具体日期' };
}

function sameDeadline(a: EffectiveDeadline, b: EffectiveDeadline): boolean {
  return a === null || b === null || a === b;
}

function where(source: ItemSource): string {
  return source.file + ' ' + source.sheet + ' 第' + source.row + '行';
}

function emptyCounts(): { [K in ChangeKind]: number } {
  const out = {} as { [K in ChangeKind]: number };
  for (let i = 0; i < CHANGE_KINDS.length; i++) out[CHANGE_KINDS[i]] = 0;
  return out;
}

function change(kind: ChangeKind, shown: TrackedItem, now: TrackedItem | null, then: TrackedItem | null): Change {
  return {
    kind: kind,
    department: shown.department,
    id: shown.id,
    problem: shown.problem,
    owner: shown.owner,
    before: '',
    after: '',
    note: '',
    source: now ? now.source : null,
    previousSource: then ? then.source : null,
  };
}

/** Streaks carried by an earlier item: unrecorded means it began there. */
function carried(runs: number | undefined): number {
  return runs === undefined || runs < 1 ? 1 : runs;
}

/**
 * Compares the current merge with an earlier one. Conservation holds: every earlier item is
 * matched, vanished or unmatched (无法对应); every current item is matched, added or unmatched.
 */
export function compareSnapshots(previous: Snapshot, current: Snapshot, options: CompareOptions): Comparison {
  const prev = previous.items;
  const cur = current.items;
  const match = matchItems(prev, cur);
  const byKind: { [K in ChangeKind]?: Change[] } = {};
  const skipped: { [K in ChangeKind]?: true } = {};
  const unknown = previous.unknown || [];
  for (let i = 0; i < unknown.length; i++) {
    const kinds = CHANGES_NEEDING[unknown[i]];
    for (let k = 0; k < kinds.length; k++) skipped[kinds[k]] = true;
  }
  const progressKnown = unknown.indexOf('progress') < 0;
  const add = (c: Change): void => {
    if (skipped[c.kind]) return;
    const list = byKind[c.kind];
    if (list) list.push(c);
    else byKind[c.kind] = [c];
  };
  const overdueRuns: number[] = [];
  const progressRuns: number[] = [];

  for (let c = 0; c < cur.length; c++) {
    const now = cur[c];
    const p = match.previousOf[c];
    const then = p >= 0 ? prev[p] : null;
    const red = now.light === 'red';
    const open = !isDone(now.status);
    if (then === null) {
      overdueRuns.push(red ? 1 : 0);
      progressRuns.push(open ? 1 : 0);
      continue;
    }
    const wasRed = then.light === 'red';
    const overdue = red ? (wasRed ? carried(then.overdueRuns) + 1 : 1) : 0;
    const stale = open && progressKnown && !isDone(then.status) && sameComparableText(then.progress, now.progress);
    const progress = open ? (stale ? carried(then.progressRuns) + 1 : 1) : 0;
    overdueRuns.push(overdue);
    progressRuns.push(progress);

    if (now.status === '已销号' && then.status !== '已销号') {
      const x = change('closed', now, now, then);
      x.before = statusText(then);
      x.after = statusText(now);
      add(x);
    } else if (now.status === '已完成' && !isDone(then.status)) {
      const x = change('completed', now, now, then);
      x.before = statusText(then);
      x.after = statusText(now);
      add(x);
    }
    if (isRegression(then.status, now.status)) {
      const x = change('regressed', now, now, then);
      x.before = statusText(then);
      x.after = statusText(now);
      add(x);
    }
    if (!sameDeadline(then.deadline, now.deadline)) {
      const x = change('deadline', now, now, then);
      x.before = deadlineText(then.deadline, then.deadlineText);
      x.after = deadlineText(now.deadline, now.deadlineText);
      const moved = deadlineNote(then.deadline, now.deadline);
      x.note = moved.note;
      if (moved.days !== undefined) x.days = moved.days;
      if (moved.days !== undefined && moved.days > 0 && now.extended === false) {
        x.unexplained = true;
        x.note += UNEXPLAINED;
      }
      add(x);
    }
    if (red && !wasRed) {
      const x = change('newlyOverdue', now, now, then);
      x.before = lightText(then);
      x.after = lightText(now);
      add(x);
    }
    if (red && wasRed && overdue >= options.overdueMerges) {
      const x = change('stillOverdue', now, now, then);
      x.before = lightText(then);
      x.after = lightText(now);
      x.merges = overdue;
      x.note = '连续 ' + overdue + ' 期逾期';
      add(x);
    }
    if (stale && progress >= options.progressMerges) {
      const x = change('progressStale', now, now, then);
      x.before = then.progress || EMPTY;
      x.after = now.progress || EMPTY;
      x.merges = progress;
      x.note = '连续 ' + progress + ' 期未更新';
      add(x);
    }
    if (match.similarity[c] < CHANGE_RULES.rewrittenBelow) {
      const x = change('rewritten', now, now, then);
      x.before = then.problem;
      x.after = now.problem;
      x.note = '相似度 ' + Math.round(match.similarity[c] * 100) + '%';
      add(x);
    }
  }
  for (let k = 0; k < match.added.length; k++) {
    const now = cur[match.added[k]];
    const x = change('added', now, now, null);
    x.after = summary(now);
    add(x);
  }
  for (let k = 0; k < match.vanished.length; k++) {
    const then = prev[match.vanished[k]];
    const x = change('vanished', then, null, then);
    x.before = summary(then);
    add(x);
  }
  for (let g = 0; g < match.unresolved.length; g++) {
    const group = match.unresolved[g];
    const prevWhere = group.previous.map((p) => where(prev[p].source)).join('；');
    const curWhere = group.current.map((c) => where(cur[c].source)).join('；');
    for (let k = 0; k < group.previous.length; k++) {
      const then = prev[group.previous[k]];
      const x = change('unmatched', then, null, then);
      x.before = summary(then);
      x.note = '上期事项，可能对应本期：' + curWhere;
      add(x);
    }
    for (let k = 0; k < group.current.length; k++) {
      const now = cur[group.current[k]];
      const x = change('unmatched', now, now, null);
      x.after = summary(now);
      x.note = '本期事项，可能对应上期：' + prevWhere;
      add(x);
    }
  }

  const changes: Change[] = [];
  const counts = emptyCounts();
  for (let i = 0; i < CHANGE_KINDS.length; i++) {
    const list = byKind[CHANGE_KINDS[i]];
    if (!list) continue;
    counts[CHANGE_KINDS[i]] = list.length;
    for (let k = 0; k < list.length; k++) changes.push(list[k]);
  }
  return { changes: changes, counts: counts, overdueRuns: overdueRuns, progressRuns: progressRuns, match: match };
}
