import * as assert from 'assert';
import * as fc from 'fast-check';
import {
  dayFromDate,
  dayFromSerial,
  dayFromYMD,
  formatDay,
  formatDayChinese,
  isValidYMD,
  parseISODay,
  serialFromDay,
  todayDay,
  ymdOfDay,
} from '../../ledger/days';

const MS_PER_DAY = 86400000;

/** A valid civil date, 100..9999 (Date.UTC maps years 0..99 to 1900+). */
const ymd = fc
  .record({ y: fc.integer({ min: 100, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .filter((t) => isValidYMD(t.y, t.m, t.d));

describe('days: civil-date arithmetic', () => {
  it('counts days from 1970-01-01', () => {
    assert.strictEqual(dayFromYMD(1970, 1, 1), 0);
    assert.strictEqual(dayFromYMD(1969, 12, 31), -1);
    assert.strictEqual(dayFromYMD(2000, 3, 1), 11017);
    assert.strictEqual(dayFromYMD(2023, 6, 30), 19538);
  });

  it('agrees with UTC millisecond arithmetic for any valid date', () => {
    fc.assert(fc.property(ymd, (t) => dayFromYMD(t.y, t.m, t.d) === Date.UTC(t.y, t.m - 1, t.d) / MS_PER_DAY));
  });

  it('ymdOfDay inverts dayFromYMD', () => {
    fc.assert(fc.property(ymd, (t) => assert.deepStrictEqual(ymdOfDay(dayFromYMD(t.y, t.m, t.d)), { y: t.y, m: t.m, d: t.d })));
    fc.assert(
      fc.property(fc.integer({ min: -700000, max: 2900000 }), (day) => {
        const t = ymdOfDay(day);
        return isValidYMD(t.y, t.m, t.d) && dayFromYMD(t.y, t.m, t.d) === day;
      }),
    );
  });

  it('validates dates, leap years included', () => {
    assert.ok(isValidYMD(2024, 2, 29));
    assert.ok(isValidYMD(2000, 2, 29));
    assert.ok(!isValidYMD(2023, 2, 29));
    assert.ok(!isValidYMD(1900, 2, 29));
    assert.ok(!isValidYMD(2023, 4, 31));
    assert.ok(isValidYMD(2023, 12, 31));
    assert.ok(!isValidYMD(2023, 13, 1));
    assert.ok(!isValidYMD(2023, 0, 1));
    assert.ok(!isValidYMD(2023, 1, 0));
    assert.ok(!isValidYMD(2023, 1.5, 1));
    assert.ok(!isValidYMD(NaN, 1, 1));
  });

  it('formats days', () => {
    assert.strictEqual(formatDay(dayFromYMD(2023, 6, 5)), '2023-06-05');
    assert.strictEqual(formatDay(0), '1970-01-01');
    assert.strictEqual(formatDayChinese(dayFromYMD(2023, 6, 5)), '2023年6月5日');
    assert.strictEqual(formatDayChinese(dayFromYMD(2023, 12, 31)), '2023年12月31日');
  });

  it('parses strict ISO days only', () => {
    assert.strictEqual(parseISODay('2023-06-30'), dayFromYMD(2023, 6, 30));
    assert.strictEqual(parseISODay('2024-02-29'), dayFromYMD(2024, 2, 29));
    for (const bad of ['2023-6-30', '2023-02-30', ' 2023-06-30', '2023-06-30x', '2023/06/30', '', '20230630']) {
      assert.strictEqual(parseISODay(bad), null, bad);
    }
    fc.assert(fc.property(ymd, (t) => parseISODay(formatDay(dayFromYMD(t.y, t.m, t.d))) === dayFromYMD(t.y, t.m, t.d)));
  });
});

describe('days: Excel serials', () => {
  it('reads the 1900 system, including its fictitious 1900-02-29', () => {
    assert.strictEqual(formatDay(dayFromSerial(1)), '1900-01-01');
    assert.strictEqual(formatDay(dayFromSerial(59)), '1900-02-28');
    assert.strictEqual(formatDay(dayFromSerial(60)), '1900-02-28');
    assert.strictEqual(formatDay(dayFromSerial(61)), '1900-03-01');
    assert.strictEqual(dayFromSerial(25569), 0);
    assert.strictEqual(formatDay(dayFromSerial(45107)), '2023-06-30');
  });

  it('drops the time of day', () => {
    assert.strictEqual(formatDay(dayFromSerial(45107.999988)), '2023-06-30');
    assert.strictEqual(formatDay(dayFromSerial(45107.5)), '2023-06-30');
    assert.strictEqual(formatDay(dayFromSerial(45107.5, true)), formatDay(dayFromSerial(45107, true)));
  });

  it('reads floating-point noise just below a whole serial as that day (Excel times stop at milliseconds)', () => {
    assert.strictEqual(formatDay(dayFromSerial(45108 - 1e-12)), '2023-07-01');
    assert.strictEqual(formatDay(dayFromSerial(45108 - 1e-7)), '2023-06-30');
  });

  it('reads the 1904 system', () => {
    assert.strictEqual(formatDay(dayFromSerial(0, true)), '1904-01-01');
    assert.strictEqual(formatDay(dayFromSerial(43645, true)), '2023-06-30');
    assert.strictEqual(serialFromDay(dayFromYMD(2023, 6, 30), true), 43645);
    assert.strictEqual(serialFromDay(dayFromYMD(1904, 1, 1), true), 0);
  });

  it('writes serials that read back to the same day, never serial 60', () => {
    assert.strictEqual(serialFromDay(dayFromYMD(1900, 2, 28)), 59);
    assert.strictEqual(serialFromDay(dayFromYMD(1900, 3, 1)), 61);
    assert.strictEqual(serialFromDay(dayFromYMD(2023, 6, 30)), 45107);
    fc.assert(
      fc.property(fc.integer({ min: dayFromYMD(1900, 1, 1), max: dayFromYMD(9999, 12, 31) }), fc.boolean(), (day, d1904) => {
        const serial = serialFromDay(day, d1904);
        return dayFromSerial(serial, d1904) === day && (d1904 || serial !== 60);
      }),
    );
  });

  it('dayFromSerial inverts serialFromDay for every real serial', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), fc.double({ min: 0, max: 0.9999, noNaN: true }), (serial, time) => {
        if (serial === 60) return true;
        return serialFromDay(dayFromSerial(serial + time)) === serial && serialFromDay(dayFromSerial(serial, true), true) === serial;
      }),
    );
  });
});

describe('days: local calendar dates @tz', () => {
  it('dayFromDate is the calendar date the Date shows, at any hour', () => {
    fc.assert(
      fc.property(ymd, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (t, h, min) => {
        return dayFromDate(new Date(t.y, t.m - 1, t.d, h, min)) === dayFromYMD(t.y, t.m, t.d);
      }),
    );
  });

  it('midnight and the last minute of a day are the same day', () => {
    assert.strictEqual(dayFromDate(new Date(2023, 5, 30, 0, 0, 0)), dayFromYMD(2023, 6, 30));
    assert.strictEqual(dayFromDate(new Date(2023, 5, 30, 23, 59, 59, 999)), dayFromYMD(2023, 6, 30));
    assert.strictEqual(dayFromDate(new Date(2024, 2, 10, 2, 30)), dayFromYMD(2024, 3, 10));
  });

  it('todayDay reads the local date of now', () => {
    assert.strictEqual(todayDay(new Date(2023, 6, 15, 23, 30)), dayFromYMD(2023, 7, 15));
    const now = new Date();
    const today = todayDay();
    assert.ok(today === dayFromDate(now) || today === dayFromDate(now) + 1);
  });
});
