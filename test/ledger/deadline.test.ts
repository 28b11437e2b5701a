import * as assert from 'assert';
import * as fc from 'fast-check';
import { cellText } from '../../ledger/cells';
import { dayFromSerial, dayFromYMD, formatDay, isValidYMD, serialFromDay } from '../../ledger/days';
import { DEADLINE_HINT, DateContext, parseDateCell, parseDeadline } from '../../ledger/deadline';
import { compileSchema } from '../../ledger/compile';
import { defaultSchema } from '../../ledger/schema';
import { CellValue, DateParse } from '../../ledger/types';

const schema = compileSchema(defaultSchema());
const ctx: DateContext = { year: 2023 };

function parsed(v: CellValue, c: DateContext = ctx): string {
  const r = parseDeadline(v, c, schema);
  return r.kind === 'date' ? formatDay(r.day) : r.kind;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1..31 in Chinese numerals: 六, 十, 十二, 二十, 三十一. */
function chinese(n: number): string {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return (tens === 0 ? '' : (tens === 1 ? '' : CN[tens]) + '十') + CN[units];
}

function fullWidth(s: string): string {
  return s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

function lastDay(y: number, m: number): number {
  return m === 12 ? 31 : dayFromYMD(y, m + 1, 1) - dayFromYMD(y, m, 1);
}

describe('deadline: text forms', () => {
  const cases: [string, string][] = [
    ['2023-06-30', '2023-06-30'],
    ['2023/6/30', '2023-06-30'],
    ['2023.6.30', '2023-06-30'],
    ['20230630', '2023-06-30'],
    ['2023年6月30日', '2023-06-30'],
    ['2023年6月30号', '2023-06-30'],
    ['2023年06月05日', '2023-06-05'],
    ['2023年6月底', '2023-06-30'],
    ['2023年2月底', '2023-02-28'],
    ['2024年2月底', '2024-02-29'],
    ['2023年6月末', '2023-06-30'],
    ['2023年6月', '2023-06-30'],
    ['2023年6月份', '2023-06-30'],
    ['2023.6', '2023-06-30'],
    ['2023-6', '2023-06-30'],
    ['6月30日', '2023-06-30'],
    ['6月30号', '2023-06-30'],
    ['6月底', '2023-06-30'],
    ['6月底前', '2023-06-30'],
    ['6月30日前', '2023-06-30'],
    ['6月30日之前', '2023-06-30'],
    ['6月底以前', '2023-06-30'],
    ['6月', '2023-06-30'],
    ['年底前', '2023-12-31'],
    ['年底', '2023-12-31'],
    ['年末', '2023-12-31'],
    ['今年年底', '2023-12-31'],
    ['年内', '2023-12-31'],
    ['2023年底', '2023-12-31'],
    ['2024年底前', '2024-12-31'],
    ['2023年年底前', '2023-12-31'],
    ['2023年内', '2023-12-31'],
    ['2023年12月31日前', '2023-12-31'],
    ['6月上旬', '2023-06-10'],
    ['6月中旬前', '2023-06-20'],
    ['6月下旬', '2023-06-30'],
    ['上半年', '2023-06-30'],
    ['下半年', '2023-12-31'],
    ['2024年上半年', '2024-06-30'],
    ['上半年末前', '2023-06-30'],
    ['一季度', '2023-03-31'],
    ['第二季度', '2023-06-30'],
    ['3季度', '2023-09-30'],
    ['2023年第四季度', '2023-12-31'],
    ['二季度末前', '2023-06-30'],
    ['六月底', '2023-06-30'],
    ['十二月三十一日', '2023-12-31'],
    ['十月十日', '2023-10-10'],
    ['２０２３年６月３０日', '2023-06-30'],
    ['２０２３－０６－３０', '2023-06-30'],
    [' 2023 年 6 月 30 日 ', '2023-06-30'],
    ['2023年\n6月底', '2023-06-30'],
    ['2023年\u30006月\u300030日', '2023-06-30'],
  ];
  for (const [text, want] of cases) {
    it(text.replace(/\n/g, '\\n') + ' → ' + want, () => assert.strictEqual(parsed(text), want));
  }

  it('accepts the usual decorations around a date', () => {
    assert.strictEqual(parsed('于2023年6月30日前'), '2023-06-30');
    assert.strictEqual(parsed('截至6月底'), '2023-06-30');
    assert.strictEqual(parsed('力争6月底前完成'), '2023-06-30');
    assert.strictEqual(parsed('计划于年底前完成整改'), '2023-12-31');
    assert.strictEqual(parsed('2023年6月30日。'), '2023-06-30');
    assert.strictEqual(parsed('6月底前办结'), '2023-06-30');
  });

  it('drops a time after a numeric date', () => {
    assert.strictEqual(parsed('2023-06-30 00:00:00'), '2023-06-30');
    assert.strictEqual(parsed('2023/6/30 17:30'), '2023-06-30');
    assert.strictEqual(parsed('2023-06-30T08:00:00.000'), '2023-06-30');
    assert.strictEqual(parsed('2023-06-30 25点'), 'invalid');
  });

  it('reads a range as its end date', () => {
    assert.strictEqual(parsed('2023年3月至6月'), '2023-06-30');
    assert.strictEqual(parsed('3月至6月底'), '2023-06-30');
    assert.strictEqual(parsed('2024年3月至6月'), '2024-06-30');
    assert.strictEqual(parsed('2023年11月至2024年1月'), '2024-01-31');
    assert.strictEqual(parsed('2023年3月-6月'), '2023-06-30');
    assert.strictEqual(parsed('2023.3-2023.6'), '2023-06-30');
    assert.strictEqual(parsed('2023年6月1日至6月15日'), '2023-06-15');
    assert.strictEqual(parsed('2023年6月至6月15日'), '2023-06-15');
    assert.strictEqual(parsed('从3月到5月'), '2023-05-31');
    assert.strictEqual(parsed('3月—6月'), '2023-06-30');
    assert.strictEqual(parsed('3月～6月底前'), '2023-06-30');
    assert.strictEqual(parsed('2023-06-01~2023-06-30'), '2023-06-30');
  });

  it('uses the ledger year for year-less forms', () => {
    assert.strictEqual(parsed('6月底', { year: 2025 }), '2025-06-30');
    assert.strictEqual(parsed('年底前', { year: 2025 }), '2025-12-31');
    assert.strictEqual(parsed('2月29日', { year: 2024 }), '2024-02-29');
    assert.strictEqual(parsed('2月29日', { year: 2023 }), 'invalid');
  });

  const invalid = [
    '2023-02-30',
    '2023-13-01',
    '2023/6/31',
    '2023/6-30',
    '6月32日',
    '13月',
    '0月',
    '1989-12-31',
    '2101-01-01',
    '23年6月',
    '2023年',
    '6月前',
    '上半年前',
    '年内前',
    '二季度前',
    '五季度',
    '年前',
    '前',
    '完成',
    '下周',
    'TBD',
    '待定',
    '6.30',
    '45107',
    '2023-06-30-',
    '2023年10月至3月',
    '3-6',
    '2023-2024',
    '二十二月',
    '6月十十日',
    '。',
  ];
  for (const text of invalid) {
    it('rejects ' + text, () => assert.deepStrictEqual(parseDeadline(text, ctx, schema), { kind: 'invalid', text: text }));
  }

  it('keeps the cell text (trimmed, as typed) in an invalid result', () => {
    assert.deepStrictEqual(parseDeadline('  ２０２３年２月３０日 ', ctx, schema), { kind: 'invalid', text: '２０２３年２月３０日' });
  });

  it('reads empty cells as empty', () => {
    for (const v of [null, undefined, '', '   ', '\u3000\n']) assert.deepStrictEqual(parseDeadline(v, ctx, schema), { kind: 'empty' });
  });

  it('describes the accepted forms in its hint', () => {
    for (const part of ['2023-06-30', '2023年6月30日', '6月底前', '年底前', '长期坚持', '持续推进', '常态化']) {
      assert.ok(DEADLINE_HINT.indexOf(part) >= 0, part);
    }
  });
});

describe('deadline: standing commitments', () => {
  it('reads each ongoing word, alone, decorated or inside longer text', () => {
    for (const text of [
      '长期坚持',
      '持续推进',
      '常态化',
      '长 期 坚 持',
      '长期坚持，每季度报告',
      '建立长效机制，常态化开展',
      '6月底前完成，此后长期坚持',
    ]) {
      assert.deepStrictEqual(parseDeadline(text, ctx, schema), { kind: 'ongoing' }, text);
    }
  });

  it("uses the schema's words, including configured ones", () => {
    const custom = defaultSchema();
    custom.ongoingDeadlines = ['长期'];
    assert.deepStrictEqual(parseDeadline('长期执行', ctx, compileSchema(custom)), { kind: 'ongoing' });
    assert.deepStrictEqual(parseDeadline('常态化', ctx, compileSchema(custom)).kind, 'invalid');
    assert.deepStrictEqual(parseDeadline('常态化', ctx, schema), { kind: 'ongoing' });
  });

  it('date cells (销号日期) take no ongoing words', () => {
    assert.deepStrictEqual(parseDateCell('长期坚持', ctx), { kind: 'invalid', text: '长期坚持' });
    const r = parseDateCell('2023年7月3日', ctx);
    assert.deepStrictEqual(r, { kind: 'date', day: dayFromYMD(2023, 7, 3) });
    assert.deepStrictEqual(parseDateCell(45110, ctx), { kind: 'date', day: dayFromYMD(2023, 7, 3) });
    assert.deepStrictEqual(parseDateCell('', ctx), { kind: 'empty' });
  });
});

describe('deadline: numbers and other cell values', () => {
  it('reads Excel serials in the 1900 system, dropping the time', () => {
    assert.strictEqual(parsed(45107), '2023-06-30');
    assert.strictEqual(parsed(45107.75), '2023-06-30');
    assert.strictEqual(parsed(32874), '1990-01-01');
    assert.strictEqual(parsed(73415), '2100-12-31');
  });

  it('honours the 1904 date system', () => {
    const c1904: DateContext = { year: 2023, date1904: true };
    assert.strictEqual(parsed(43645, c1904), '2023-06-30');
    assert.strictEqual(parsed(45107, c1904), formatDay(dayFromSerial(45107, true)));
    assert.strictEqual(parsed('2023-06-30', c1904), '2023-06-30');
  });

  it('reads an 8-digit number as YYYYMMDD', () => {
    assert.strictEqual(parsed(20230630), '2023-06-30');
    assert.strictEqual(parsed(20230230), 'invalid');
  });

  it('rejects absurd numbers', () => {
    for (const n of [0, -1, 1, 59, 60, 61, 2023, 2023.6, 32873, 73416, 19891231, 21010101, 1e12, NaN, Infinity, -Infinity]) {
      const r = parseDeadline(n, ctx, schema);
      assert.strictEqual(r.kind, 'invalid', String(n));
      assert.strictEqual((r as { text: string }).text, cellText(n));
    }
  });

  it('rejects booleans', () => {
    assert.deepStrictEqual(parseDeadline(true, ctx, schema), { kind: 'invalid', text: 'TRUE' });
  });
});

describe('deadline: Date values @tz', () => {
  it('reads the local calendar date of a Date', () => {
    assert.strictEqual(parsed(new Date(2023, 5, 30)), '2023-06-30');
    assert.strictEqual(parsed(new Date(2023, 5, 30, 23, 59, 59)), '2023-06-30');
    assert.strictEqual(parsed(new Date(2023, 5, 30, 0, 0, 1)), '2023-06-30');
  });

  it('rejects invalid and absurd Dates', () => {
    assert.strictEqual(parsed(new Date(NaN)), 'invalid');
    assert.deepStrictEqual(parseDeadline(new Date(1899, 11, 31), ctx, schema), { kind: 'invalid', text: '1899-12-31' });
  });

  it('any Date in range reads as the day it shows, at any hour', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 23 }),
        (y, m, d, h) => {
          fc.pre(isValidYMD(y, m, d));
          assert.deepStrictEqual(parseDeadline(new Date(y, m - 1, d, h, 30), ctx, schema), { kind: 'date', day: dayFromYMD(y, m, d) });
        },
      ),
    );
  });
});

describe('deadline: properties', () => {
  const date = fc
    .record({ y: fc.integer({ min: 1990, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
    .filter((t) => isValidYMD(t.y, t.m, t.d));

  const dayForms: ((y: number, m: number, d: number) => string)[] = [
    (y, m, d) => y + '-' + pad2(m) + '-' + pad2(d),
    (y, m, d) => y + '-' + m + '-' + d,
    (y, m, d) => y + '/' + m + '/' + d,
    (y, m, d) => y + '.' + m + '.' + d,
    (y, m, d) => '' + y + pad2(m) + pad2(d),
    (y, m, d) => y + '年' + m + '月' + d + '日',
    (y, m, d) => y + '年' + pad2(m) + '月' + pad2(d) + '号',
    (y, m, d) => y + '年' + m + '月' + d + '日前',
    (y, m, d) => y + '年' + chinese(m) + '月' + chinese(d) + '日',
    (y, m, d) => fullWidth(y + '年' + m + '月' + d + '日'),
    (y, m, d) => fullWidth(y + '-' + pad2(m) + '-' + pad2(d)),
    (y, m, d) => ' ' + y + ' 年 ' + m + ' 月 ' + d + ' 日 ',
    (y, m, d) => y + '-' + pad2(m) + '-' + pad2(d) + ' 12:00:00',
  ];

  it('every day form of every date parses back to that date', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: dayForms.length - 1 }), (t, f) => {
        const text = dayForms[f](t.y, t.m, t.d);
        assert.deepStrictEqual(parseDeadline(text, ctx, schema), { kind: 'date', day: dayFromYMD(t.y, t.m, t.d) }, text);
      }),
    );
  });

  it('year-less forms take the ledger year', () => {
    fc.assert(
      fc.property(date, fc.boolean(), (t, before) => {
        const text = t.m + '月' + t.d + '日' + (before ? '前' : '');
        assert.deepStrictEqual(parseDeadline(text, { year: t.y }, schema), { kind: 'date', day: dayFromYMD(t.y, t.m, t.d) }, text);
      }),
    );
  });

  it('month-end forms give the last day of the month', () => {
    const forms = [
      (y: number, m: number) => y + '年' + m + '月底',
      (y: number, m: number) => y + '年' + m + '月末前',
      (y: number, m: number) => y + '年' + m + '月',
      (y: number, m: number) => y + '.' + m,
      (y: number, m: number) => y + '年' + chinese(m) + '月底前',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: forms.length - 1 }),
        (y, m, f) => {
          const text = forms[f](y, m);
          assert.deepStrictEqual(parseDeadline(text, ctx, schema), { kind: 'date', day: dayFromYMD(y, m, lastDay(y, m)) }, text);
        },
      ),
    );
  });

  it('impossible days are invalid, never rolled over', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 35 }), (y, m, d) => {
        fc.pre(!isValidYMD(y, m, d));
        for (const form of dayForms) assert.strictEqual(parseDeadline(form(y, m, d), ctx, schema).kind, 'invalid', form(y, m, d));
      }),
    );
  });

  it('serials of both date systems read back to their day', () => {
    fc.assert(
      fc.property(date, fc.boolean(), fc.double({ min: 0, max: 0.999, noNaN: true }), (t, d1904, time) => {
        const day = dayFromYMD(t.y, t.m, t.d);
        const serial = serialFromDay(day, d1904) + time;
        assert.deepStrictEqual(parseDeadline(serial, { year: 2023, date1904: d1904 }, schema), { kind: 'date', day: day });
      }),
    );
  });

  it('any text gives a well-formed result and never a date outside 1990..2100', () => {
    const lo = dayFromYMD(1990, 1, 1);
    const hi = dayFromYMD(2100, 12, 31);
    const pieces = fc.constantFrom(
      '2023',
      '6',
      '30',
      '年',
      '月',
      '日',
      '底',
      '前',
      '至',
      '-',
      '/',
      '.',
      '季度',
      '上半年',
      '长期',
      '坚持',
      ' ',
      '十',
      '三',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces, { maxLength: 8 }).map((a) => a.join('')),
        ),
        (text) => {
          const r: DateParse = parseDeadline(text, ctx, schema);
          if (r.kind === 'date') assert.ok(r.day >= lo && r.day <= hi, text);
          else if (r.kind === 'invalid') assert.strictEqual(r.text, text.trim());
          else if (r.kind === 'empty') assert.strictEqual(text.replace(/\s/g, ''), '');
        },
      ),
    );
  });
});

describe('deadline: results are independent values', () => {
  it('changing one result does not change the next', () => {
    const first = parseDeadline('2023年6月底前', ctx, schema);
    (first as { day: number }).day = 0;
    assert.deepStrictEqual(parseDeadline('2023年6月底前', ctx, schema), { kind: 'date', day: dayFromYMD(2023, 6, 30) });
    assert.deepStrictEqual(parseDeadline('2023年6月底前', { year: 2024 }, schema), { kind: 'date', day: dayFromYMD(2023, 6, 30) });
    assert.deepStrictEqual(parseDeadline('6月底前', { year: 2024 }, schema), { kind: 'date', day: dayFromYMD(2024, 6, 30) });
    assert.deepStrictEqual(parseDeadline('6月底前', ctx, schema), { kind: 'date', day: dayFromYMD(2023, 6, 30) });
  });

  it('other white space is ignored too', () => {
    assert.strictEqual(parsed('2023年6月\u2009底\u200B'), '2023-06-30');
    assert.strictEqual(parsed('\uFEFF2023-06-30'), '2023-06-30');
  });
});
