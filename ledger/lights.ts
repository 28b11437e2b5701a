// Traffic lights (红黄绿灯) per DESIGN.md. "Not done" is 未启动, 整改中, and also a
// missing or unknown status: until a status says otherwise an item is treated,
// conservatively, as still open, so a late item is never hidden by a typo.
import { Classification, Day, Item } from './types';

/**
 * The light of one item on day asOf with a warning window of warnDays.
 * daysLeft is deadline − asOf for open items with a date deadline only: for
 * blue (已完成) and grey (已销号) items it is null, because a "−30 days" next to
 * a finished item would read as overdue in reports.
 */
export function classify(item: Pick<Item, 'status' | 'deadline' | 'standing'>, asOf: Day, warnDays: number): Classification {
  if (item.status === '已销号') return { light: 'grey', daysLeft: null };
  if (item.status === '已完成') return { light: 'blue', daysLeft: null };
  if (item.standing || item.deadline.kind === 'ongoing') return { light: 'green', daysLeft: null };
  if (item.deadline.kind !== 'date') return { light: null, daysLeft: null };
  const daysLeft = item.deadline.day - asOf;
  if (daysLeft < 0) return { light: 'red', daysLeft: daysLeft };
  return { light: daysLeft <= warnDays ? 'amber' : 'green', daysLeft: daysLeft };
}

/** 延期: the status says the deadline is being or has been extended, or it is later than its 原定时限. */
export function isExtended(item: Pick<Item, 'extension' | 'extendedDays'>): boolean {
  return item.extension !== null || (item.extendedDays !== null && item.extendedDays > 0);
}

/** 超期完成: closed (已销号) on a day after its date deadline. */
export function isClosedLate(item: Pick<Item, 'status' | 'deadline' | 'closedOn'>): boolean {
  return (
    item.status === '已销号' && item.deadline.kind === 'date' && item.closedOn.kind === 'date' && item.closedOn.day > item.deadline.day
  );
}
