import * as assert from 'assert';
import { dayFromYMD } from '../../ledger/days';
import { classify } from '../../ledger/lights';
import { ReminderEntry, reminderText } from '../../ledger/reminder';
import { DateParse, Item, Status } from '../../ledger/types';

const asOf = dayFromYMD(2023, 7, 15);

function entry(problem: string, owner: string, deadline: DateParse, status: Status | null = '整改中'): ReminderEntry {
  const item: Item = {
    row: 5,
    text: { problem: problem, owner: owner, department: '办公室' },
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
  it('lists overdue items, most days overdue first, and asks for a written report', () => {
    const text = reminderText(
      '办公室',
      [
        entry('调研成果转化不够', '李四', on(2023, 7, 10)),
        entry('统筹谋划不够，工作计划性不强', '张三', on(2023, 6, 30)),
      ],
      asOf,
    );
    assert.strictEqual(
      text,
      [
        '办公室：',
        '截至2023年7月15日，你部门以下2项整改事项已超过完成时限：',
        '1. 问题：统筹谋划不够，工作计划性不强；责任人：张三；完成时限：2023年6月30日；已逾期15天。',
        '2. 问题：调研成果转化不够；责任人：李四；完成时限：2023年7月10日；已逾期5天。',
        '请于3个工作日内书面报送整改进展。',
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
      5,
    );
    assert.strictEqual(
      text,
      [
        '研究室：',
        '截至2023年7月15日，你部门以下1项整改事项已超过完成时限：',
        '1. 问题：乙；责任人：赵六；完成时限：2023年7月14日；已逾期1天。',
        '请于5个工作日内书面报送整改进展。',
        '',
        '另有以下2项整改事项即将到期，请抓紧推进、按时完成：',
        '1. 问题：丙；责任人：钱七；完成时限：2023年7月15日；今天到期。',
        '2. 问题：甲；责任人：王五；完成时限：2023年7月20日；还剩5天到期。',
      ].join('\n'),
    );
  });

  it('keeps the input order for items equally overdue', () => {
    const text = reminderText('办公室', [entry('B', '乙', on(2023, 7, 1)), entry('A', '甲', on(2023, 7, 1))], asOf);
    assert.ok(text.indexOf('1. 问题：B') > 0 && text.indexOf('2. 问题：A') > 0, text);
  });

  it('says so when only due-soon items are left', () => {
    const text = reminderText('办公室', [entry('甲', '王五', on(2023, 7, 18))], asOf);
    assert.strictEqual(
      text,
      '办公室：\n截至2023年7月15日，你部门没有逾期的整改事项；以下1项整改事项即将到期，请抓紧推进、按时完成：\n' +
        '1. 问题：甲；责任人：王五；完成时限：2023年7月18日；还剩3天到期。',
    );
  });

  it('says so when nothing is overdue or due soon', () => {
    const expected = '办公室：\n截至2023年7月15日，你部门没有逾期或即将到期的整改事项。';
    assert.strictEqual(reminderText('办公室', [], asOf), expected);
    assert.strictEqual(reminderText('办公室', [entry('甲', '王五', on(2023, 9, 1))], asOf), expected);
  });

  it('keeps each item on one line and names missing cells', () => {
    const text = reminderText('', [entry('会议材料\n准备不充分。', '', on(2023, 7, 1))], asOf);
    assert.strictEqual(text.split('\n')[0], '（未填部门）：');
    assert.strictEqual(text.split('\n')[2], '1. 问题：会议材料 准备不充分；责任人：（未填写）；完成时限：2023年7月1日；已逾期14天。');
  });

  it('shows workbook text as plain text', () => {
    const text = reminderText('<b>办公室</b>', [entry('<script>alert(1)</script>', '=HYPERLINK("x")', on(2023, 7, 1))], asOf);
    assert.ok(text.indexOf('<b>办公室</b>：') === 0);
    assert.ok(text.indexOf('问题：<script>alert(1)</script>；责任人：=HYPERLINK("x")；') > 0);
  });
});
