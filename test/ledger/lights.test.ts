import * as assert from 'assert';
import { dayFromYMD } from '../../ledger/days';
import { classify, isClosedLate } from '../../ledger/lights';
import { DateParse, Status } from '../../ledger/types';

const asOf = dayFromYMD(2023, 7, 15);

function date(day: number): DateParse {
  return { kind: 'date', day: day };
}

function open(status: Status | null, deadline: DateParse, standing = false) {
  return { status: status, deadline: deadline, standing: standing };
}

describe('lights: open items against their deadline', () => {
  for (const status of [null, '未启动', '整改中'] as (Status | null)[]) {
    describe('status ' + String(status), () => {
      for (const w of [0, 1, 7, 30]) {
        it('window ' + w + ': red before as-of, amber from as-of to as-of+' + w + ', green after', () => {
          assert.deepStrictEqual(classify(open(status, date(asOf - 100)), asOf, w), { light: 'red', daysLeft: -100 });
          assert.deepStrictEqual(classify(open(status, date(asOf - 1)), asOf, w), { light: 'red', daysLeft: -1 });
          assert.deepStrictEqual(classify(open(status, date(asOf)), asOf, w), { light: 'amber', daysLeft: 0 });
          assert.deepStrictEqual(classify(open(status, date(asOf + w)), asOf, w), { light: 'amber', daysLeft: w });
          assert.deepStrictEqual(classify(open(status, date(asOf + w + 1)), asOf, w), { light: 'green', daysLeft: w + 1 });
        });
      }
    });
  }

  it('a standing status is green whatever the deadline', () => {
    assert.deepStrictEqual(classify(open('整改中', date(asOf - 30), true), asOf, 7), { light: 'green', daysLeft: null });
    assert.deepStrictEqual(classify(open('整改中', { kind: 'empty' }, true), asOf, 7), { light: 'green', daysLeft: null });
  });

  it('an ongoing deadline is green', () => {
    assert.deepStrictEqual(classify(open('未启动', { kind: 'ongoing' }), asOf, 7), { light: 'green', daysLeft: null });
    assert.deepStrictEqual(classify(open(null, { kind: 'ongoing' }), asOf, 7), { light: 'green', daysLeft: null });
  });

  it('has no light without a valid deadline', () => {
    assert.deepStrictEqual(classify(open('整改中', { kind: 'empty' }), asOf, 7), { light: null, daysLeft: null });
    assert.deepStrictEqual(classify(open(null, { kind: 'invalid', text: '下周' }), asOf, 7), { light: null, daysLeft: null });
  });
});

describe('lights: finished items', () => {
  it('已完成 is blue and 已销号 grey, with no days left, whatever the deadline', () => {
    for (const deadline of [date(asOf - 10), date(asOf + 3), { kind: 'ongoing' } as DateParse, { kind: 'empty' } as DateParse]) {
      assert.deepStrictEqual(classify(open('已完成', deadline), asOf, 7), { light: 'blue', daysLeft: null });
      assert.deepStrictEqual(classify(open('已销号', deadline), asOf, 7), { light: 'grey', daysLeft: null });
      assert.deepStrictEqual(classify(open('已销号', deadline, true), asOf, 7), { light: 'grey', daysLeft: null });
    }
  });
});

describe('lights: 超期完成', () => {
  const deadline = date(asOf);
  it('is a 已销号 item closed after its deadline', () => {
    assert.strictEqual(isClosedLate({ status: '已销号', deadline: deadline, closedOn: date(asOf + 1) }), true);
    assert.strictEqual(isClosedLate({ status: '已销号', deadline: deadline, closedOn: date(asOf) }), false);
    assert.strictEqual(isClosedLate({ status: '已销号', deadline: deadline, closedOn: date(asOf - 5) }), false);
  });

  it('needs the status 已销号 and two dates', () => {
    assert.strictEqual(isClosedLate({ status: '已完成', deadline: deadline, closedOn: date(asOf + 1) }), false);
    assert.strictEqual(isClosedLate({ status: '已销号', deadline: { kind: 'ongoing' }, closedOn: date(asOf + 1) }), false);
    assert.strictEqual(isClosedLate({ status: '已销号', deadline: deadline, closedOn: { kind: 'empty' } }), false);
    assert.strictEqual(isClosedLate({ status: '已销号', deadline: deadline, closedOn: { kind: 'invalid', text: 'x' } }), false);
  });
});
