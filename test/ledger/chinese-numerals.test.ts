import * as assert from 'assert';
import { dayFromYMD } from '../../ledger/days';
import { chineseDate, chineseNumber, chineseYear } from '../../ledger/chinese-numerals';

describe('Chinese numerals', () => {
  it('counts as formal documents write heading numbers', () => {
    const cases: [number, string][] = [
      [0, '零'],
      [1, '一'],
      [9, '九'],
      [10, '十'],
      [11, '十一'],
      [20, '二十'],
      [28, '二十八'],
      [99, '九十九'],
      [100, '一百'],
      [101, '一百零一'],
      [110, '一百一十'],
      [1010, '一千零一十'],
      [2005, '二千零五'],
      [9999, '九千九百九十九'],
    ];
    for (const [n, text] of cases) assert.strictEqual(chineseNumber(n), text, String(n));
  });

  it('falls back to Arabic digits outside 0..9999 or for fractions', () => {
    assert.strictEqual(chineseNumber(10000), '10000');
    assert.strictEqual(chineseNumber(-1), '-1');
    assert.strictEqual(chineseNumber(1.5), '1.5');
  });

  it('writes a year digit by digit with 〇 and a date in full', () => {
    assert.strictEqual(chineseYear(2026), '二〇二六');
    assert.strictEqual(chineseDate(dayFromYMD(2026, 11, 28)), '二〇二六年十一月二十八日');
    assert.strictEqual(chineseDate(dayFromYMD(2030, 1, 10)), '二〇三〇年一月十日');
    assert.strictEqual(chineseDate(dayFromYMD(2027, 10, 31)), '二〇二七年十月三十一日');
  });
});
