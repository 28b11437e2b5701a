import * as assert from 'assert';
import { dayFromYMD } from '../../ledger/days';
import { deadlineProblem } from '../../ledger/deadline';
import { classify } from '../../ledger/lights';
import { ReminderEntry, reminderText } from '../../ledger/reminder';
import { DateParse, Item, Status } from '../../ledger/types';

const asOf = dayFromYMD(2023, 7, 15);

function entry(
  problem: string,
  owner: string,
  deadline: DateParse,
  status: Status | null = '整改中',
  extra: Item['text'] = {},
): ReminderEntry {
  const item: Item = {
    row: 5,
    text: { problem: problem, owner: owner, department: '办公室', measures: '建立台账，每周清理', ...extra },
    raw: {},
    category: '其他',
    department: '办公室',
    departmentFrom: 'cell',
    deadline: deadline,
    status: status,
    standing: false,
    extension: null,
    closedOn: { kind: 'empty' },
    originalDeadline: { kind: 'empty' },
    extendedDays: null,
  };
  return { item: item, cls: classify(item, asOf, 7) };
}

function on(y: number, m: number, d: number): DateParse {
  return { kind: 'date', day: dayFromYMD(y, m, d) };
}

describe('reminder: 督办提醒 text', () => {
  it('names the department, lists overdue items with their measures, most days overdue first, and asks for a report by a date', () => {
    const text = reminderText(
      '办公室',
      [
        entry('调研成果转化不够', '李四', on(2023, 7, 10), '整改中', { leader: '周建国' }),
        entry('统筹谋划不够，工作计划性不强', '张三', on(2023, 6, 30), '整改中', { leader: '吴志远' }),
      ],
      asOf,
      // Friday 2023-07-14: three working days on is Wednesday 2023-07-19.
      { written: dayFromYMD(2023, 7, 14), issuer: '办公室督查科' },
    );
    assert.strictEqual(
      text,
      [
        '办公室：',
        '截至2023年7月15日，办公室以下2项整改事项已超过完成时限：',
        '1. 问题：统筹谋划不够，工作计划性不强；整改措施：建立台账，每周清理；责任人：张三；完成时限：2023年6月30日；已逾期15天。',
        '2. 问题：调研成果转化不够；整改措施：建立台账，每周清理；责任人：李四；完成时限：2023年7月10日；已逾期5天。',
        '',
        '请于7月19日前书面报送整改进展。',
        '',
        '抄送：吴志远、周建国',
        '',
        '办公室督查科',
        '2023年7月14日',
      ].join('\n'),
    );
  });

  it('adds a gentle notice of due-soon items, soonest first, and mentions nothing else', () => {
    const text = reminderText(
      '研究室',
      [
        entry('甲', '王五', on(2023, 7, 20)),
        entry('乙', '赵六', on(2023, 7, 14)),
        entry('丙', '钱七', on(2023, 7, 15)),
        entry('丁', '孙八', on(2023, 6, 1), '已完成'),
        entry('戊', '周九', on(2023, 12, 31)),
        entry('己', '吴十', { kind: 'ongoing' }),
      ],
      asOf,
      { replyWorkingDays: 5 },
    );
    assert.strictEqual(
      text,
      [
        '研究室：',
        '截至2023年7月15日，研究室以下1项整改事项已超过完成时限：',
        '1. 问题：乙；整改措施：建立台账，每周清理；责任人：赵六；完成时限：2023年7月14日；已逾期1天。',
        '',
        '另有以下2项整改事项即将到期，请抓紧推进、按时完成：',
        '1. 问题：丙；整改措施：建立台账，每周清理；责任人：钱七；完成时限：2023年7月15日；今天到期。',
        '2. 问题：甲；整改措施：建立台账，每周清理；责任人：王五；完成时限：2023年7月20日；还剩5天到期。',
        '',
        '请于7月21日前书面报送整改进展。',
      ].join('\n'),
    );
  });

  it('lists the items whose deadline cannot be read, saying why, and asks for them too', () => {
    const text = reminderText(
      '代表工作室',
      [entry('联络站设施老化', '孙磊', { kind: 'invalid', text: '2023-11-31' }), entry('签到松散', '赵敏', { kind: 'empty' })],
      asOf,
    );
    assert.strictEqual(
      text,
      [
        '代表工作室：',
        '截至2023年7月15日，代表工作室以下2项整改事项的完成时限无法识别，无法判断是否逾期，请核实后填写具体日期：',
        '1. 问题：联络站设施老化；整改措施：建立台账，每周清理；责任人：孙磊；完成时限：2023-11-31（11月没有31日）。',
        '2. 问题：签到松散；整改措施：建立台账，每周清理；责任人：赵敏；完成时限：（未填写）。',
        '',
        '请于7月19日前书面报送整改进展。',
      ].join('\n'),
    );
    const mixed = reminderText(
      '代表工作室',
      [entry('甲', '孙磊', on(2023, 7, 1)), entry('乙', '孙磊', { kind: 'invalid', text: '下个月' })],
      asOf,
    ).split('\n');
    assert.strictEqual(mixed[3], '');
    assert.strictEqual(mixed[4], '另有以下1项整改事项的完成时限无法识别，无法判断是否逾期，请核实后填写具体日期：');
    assert.strictEqual(mixed[5], '1. 问题：乙；整改措施：建立台账，每周清理；责任人：孙磊；完成时限：下个月（不是可识别的日期）。');
  });

  it('keeps the input order for items equally overdue', () => {
    const text = reminderText('办公室', [entry('B', '乙', on(2023, 7, 1)), entry('A', '甲', on(2023, 7, 1))], asOf);
    assert.ok(text.indexOf('1. 问题：B') > 0 && text.indexOf('2. 问题：A') > 0, text);
  });

  it('says so when only due-soon items are left, and asks for no report', () => {
    const text = reminderText('办公室', [entry('甲', '王五', on(2023, 7, 18))], asOf);
    assert.strictEqual(
      text,
      '办公室：\n截至2023年7月15日，办公室没有逾期的整改事项；以下1项整改事项即将到期，请抓紧推进、按时完成：\n' +
        '1. 问题：甲；整改措施：建立台账，每周清理；责任人：王五；完成时限：2023年7月18日；还剩3天到期。',
    );
  });

  it('says so when nothing is overdue or due soon', () => {
    const expected = '办公室：\n截至2023年7月15日，办公室没有逾期或即将到期的整改事项。';
    assert.strictEqual(reminderText('办公室', [], asOf), expected);
    assert.strictEqual(reminderText('办公室', [entry('甲', '王五', on(2023, 9, 1))], asOf), expected);
  });

  it('writes the reply date with its year when the year turns', () => {
    const lines = reminderText('办公室', [entry('甲', '王五', on(2023, 7, 1))], dayFromYMD(2023, 12, 29)).split('\n');
    assert.strictEqual(lines[lines.length - 1], '请于2024年1月3日前书面报送整改进展。');
  });

  it('keeps each item on one line and names missing cells', () => {
    const text = reminderText('', [entry('会议材料\n准备不充分。', '', on(2023, 7, 1), '整改中', { measures: '' })], asOf);
    assert.strictEqual(text.split('\n')[0], '（未填部门）：');
    assert.strictEqual(
      text.split('\n')[2],
      '1. 问题：会议材料 准备不充分；整改措施：（未填写）；责任人：（未填写）；完成时限：2023年7月1日；已逾期14天。',
    );
  });

  it('shows workbook text as plain text', () => {
    const text = reminderText('<b>办公室</b>', [entry('<script>alert(1)</script>', '=HYPERLINK("x")', on(2023, 7, 1))], asOf);
    assert.ok(text.indexOf('<b>办公室</b>：') === 0);
    assert.ok(text.indexOf('问题：<script>alert(1)</script>；整改措施：建立台账，每周清理；责任人：=HYPERLINK("x")；') > 0);
  });
});

describe('deadlineProblem: why a 完成时限 gives no light', () => {
  it('names the impossible day, month or year, and says when it is just not a date', () => {
    const cases: [DateParse, string][] = [
      [{ kind: 'invalid', text: '2026-11-31' }, '11月没有31日'],
      [{ kind: 'invalid', text: '2026年11月31日' }, '11月没有31日'],
      [{ kind: 'invalid', text: '２０２６／２／３０' }, '2月没有30日'],
      [{ kind: 'invalid', text: '2027-02-29' }, '2027年2月没有29日'],
      [{ kind: 'invalid', text: '十一月三十一日' }, '11月没有31日'],
      [{ kind: 'invalid', text: '2026.13.01' }, '没有13月'],
      [{ kind: 'invalid', text: '3026-01-01' }, '年份3026不在1990至2100年之间'],
      [{ kind: 'invalid', text: '尽快' }, '不是可识别的日期'],
      [{ kind: 'empty' }, '未填写完成时限'],
      [{ kind: 'date', day: asOf }, ''],
      [{ kind: 'ongoing' }, ''],
    ];
    for (const [deadline, why] of cases) assert.strictEqual(deadlineProblem(deadline, 2026), why, JSON.stringify(deadline));
  });
});
