// The 督办提醒 text for one department: its overdue (red) items, most days
// overdue first, a request for a written progress report, then a gentle notice
// of its due-soon (amber) items. Entries with other lights are not mentioned.
// Plain text with \n line breaks: it is pasted into mail, chat or a document.
import { formatDayChinese } from './days';
import { dueLists } from './overdue';
import { NO_DEPARTMENT } from './stats';
import { Classification, Day, Item } from './types';
import { DEFAULT_REPLY_WORKING_DAYS } from './working-days';

export interface ReminderEntry {
  item: Item;
  cls: Classification;
}

const NOT_FILLED = '（未填写）';
const TRAILING_PUNCTUATION = /[。；;，,.\s]+$/;

/** One line per item: inner line breaks collapse, a closing full stop would clash with "；". */
export function oneLine(s: string | undefined): string {
  const t = (s || '').replace(/\s+/g, ' ').replace(TRAILING_PUNCTUATION, '').replace(/^ /, '');
  return t === '' ? NOT_FILLED : t;
}

function deadlineText(item: Item): string {
  return item.deadline.kind === 'date' ? formatDayChinese(item.deadline.day) : oneLine(item.text.deadline);
}

function itemLine(n: number, e: ReminderEntry, daysText: string): string {
  return (
    n +
    '. 问题：' +
    oneLine(e.item.text.problem) +
    '；责任人：' +
    oneLine(e.item.text.owner) +
    '；完成时限：' +
    deadlineText(e.item) +
    '；' +
    daysText +
    '。'
  );
}

function overdueLines(list: ReminderEntry[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < list.length; i++) {
    lines.push(itemLine(i + 1, list[i], '已逾期' + -(list[i].cls.daysLeft as number) + '天'));
  }
  return lines;
}

function dueSoonLines(list: ReminderEntry[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const left = list[i].cls.daysLeft as number;
    lines.push(itemLine(i + 1, list[i], left === 0 ? '今天到期' : '还剩' + left + '天到期'));
  }
  return lines;
}

/** replyWorkingDays: the working days the department has to reply in writing (default 3). */
export function reminderText(department: string, entries: ReminderEntry[], asOf: Day, replyWorkingDays?: number): string {
  const days = replyWorkingDays === undefined ? DEFAULT_REPLY_WORKING_DAYS : replyWorkingDays;
  const lists = dueLists(entries, (e) => e.cls);
  const overdue = lists.overdue;
  const dueSoon = lists.dueSoon;
  const asOfText = '截至' + formatDayChinese(asOf) + '，';
  const lines: string[] = [(department || NO_DEPARTMENT) + '：'];
  if (overdue.length > 0) {
    lines.push(asOfText + '你部门以下' + overdue.length + '项整改事项已超过完成时限：');
    lines.push.apply(lines, overdueLines(overdue));
    lines.push('请于' + days + '个工作日内书面报送整改进展。');
    if (dueSoon.length > 0) {
      lines.push('');
      lines.push('另有以下' + dueSoon.length + '项整改事项即将到期，请抓紧推进、按时完成：');
      lines.push.apply(lines, dueSoonLines(dueSoon));
    }
  } else if (dueSoon.length > 0) {
    lines.push(asOfText + '你部门没有逾期的整改事项；以下' + dueSoon.length + '项整改事项即将到期，请抓紧推进、按时完成：');
    lines.push.apply(lines, dueSoonLines(dueSoon));
  } else {
    lines.push(asOfText + '你部门没有逾期或即将到期的整改事项。');
  }
  return lines.join('\n');
}
