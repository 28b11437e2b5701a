// Working days (工作日) for reply deadlines such as "3个工作日内书面报送": Monday to Friday.
// Public holidays and the weekend days swapped into working days (调休) are set each year by
// the State Council and are not known here; a deadline that spans them needs a human look.
import { Day } from './types';

/** Working days a department is given to reply in writing, unless configured otherwise. */
export const DEFAULT_REPLY_WORKING_DAYS = 3;

/**
 * 0 = Monday … 6 = Sunday. Day 0 (1970-01-01) was a Thursday.
 * @example weekday(dayFromYMD(2026, 11, 28)) // 5 (Saturday)
 */
export function weekday(day: Day): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function isWorkingDay(day: Day): boolean {
  return weekday(day) < 5;
}

/**
 * The day n working days after `day`, which itself does not count, so a reply asked for
 * on a Friday within 1 working day is due on Monday. n = 0 gives `day`.
 * @example addWorkingDays(dayFromYMD(2026, 11, 25), 3) // 2026-11-30 (Wednesday → Monday)
 */
export function addWorkingDays(day: Day, n: number): Day {
  let d = day;
  let left = n;
  while (left > 0) {
    d++;
    if (isWorkingDay(d)) left--;
  }
  return d;
}
