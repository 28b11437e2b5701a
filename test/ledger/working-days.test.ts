import * as assert from 'assert';
import * as fc from 'fast-check';
import { dayFromYMD, formatDay } from '../../ledger/days';
import { addWorkingDays, isWorkingDay, weekday } from '../../ledger/working-days';

const MS_PER_DAY = 86400000;

describe('working days', () => {
  it('knows the weekday of any day (checked against UTC dates)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), (day) => {
        const utc = new Date(day * MS_PER_DAY).getUTCDay(); // 0 = Sunday
        return weekday(day) === (utc + 6) % 7;
      }),
    );
    assert.strictEqual(weekday(dayFromYMD(2026, 11, 28)), 5);
  });

  it('skips Saturdays and Sundays and does not count the start day', () => {
    const wed = dayFromYMD(2026, 11, 25);
    assert.strictEqual(formatDay(addWorkingDays(wed, 0)), '2026-11-25');
    assert.strictEqual(formatDay(addWorkingDays(wed, 2)), '2026-11-27');
    assert.strictEqual(formatDay(addWorkingDays(wed, 3)), '2026-11-30');
    assert.strictEqual(formatDay(addWorkingDays(dayFromYMD(2026, 11, 27), 1)), '2026-11-30'); // Friday → Monday
    assert.strictEqual(formatDay(addWorkingDays(dayFromYMD(2026, 11, 28), 1)), '2026-11-30'); // Saturday → Monday
    assert.strictEqual(formatDay(addWorkingDays(wed, 10)), '2026-12-09');
  });

  it('always lands on a working day with exactly n working days after the start', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50000, max: 50000 }), fc.integer({ min: 1, max: 40 }), (day, n) => {
        const end = addWorkingDays(day, n);
        let counted = 0;
        for (let d = day + 1; d <= end; d++) if (isWorkingDay(d)) counted++;
        return isWorkingDay(end) && counted === n;
      }),
    );
  });
});
