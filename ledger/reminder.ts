// The 督办提醒 text for one department: its overdue (red) items, most days overdue first, then a
// gentle notice of its due-soon (amber) items, then its open items whose 完成时限 cannot be read;
// a request for a written report by a date, the responsible leaders copied in, the issuer and the
// date. Entries with other lights are not mentioned. Formal wording, fixed here; plain text with
// \n line breaks, for pasting into mail, chat (钉钉, 企业微信, 政务微信) or a document.
import { deadlineProblem } from './deadline';
import { formatDayChinese, replyDateText, ymdOfDay } from './days';
import { dueLists } from './overdue';
import { NO_DEPARTMENT } from './stats';
import { Classification, Day, Item } from './types';
import { addWorkingDays, DEFAULT_REPLY_WORKING_DAYS } from './working-days';

export interface ReminderEntry {
  item: Item;
  cls: Classification;
}

export interface ReminderOptions {
  /** The day the reminder is written: signed with, and the reply counted from (default: the as-of day). */
  written?: Day;
  /** Working days the department has to reply in writing (default DEFAULT_REPLY_WORKING_DAYS). */
  replyWorkingDays?: number;
  /** Who sends it, signed under it (e.g. 办公室督查科); none: unsigned. */
  issuer?: string;
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

function itemLine(n: number, item: Item, deadline: string, tail: string): string {
  return (
    n +
    '. 问题：' +
    oneLine(item.text.problem) +
    '；整改措施：' +
    oneLine(item.text.measures) +
    '；责任人：' +
    oneLine(item.text.owner) +
    '；完成时限：' +
    deadline +
    tail +
    '。'
  );
}

function overdueLines(list: ReminderEntry[]): string[] {
  return list.map((e, i) => itemLine(i + 1, e.item, deadlineText(e.item), '；已逾期' + -(e.cls.daysLeft as number) + '天'));
}

function dueSoonLines(list: ReminderEntry[]): string[] {
  return list.map((e, i) => {
    const left = e.cls.daysLeft as number;
    return itemLine(i + 1, e.item, deadlineText(e.item), '；' + (left === 0 ? '今天到期' : '还剩' + left + '天到期'));
  });
}

function unjudgedLines(list: ReminderEntry[], year: number): string[] {
  return list.map((e, i) => {
    const d = e.item.deadline;
    return itemLine(i + 1, e.item, d.kind === 'invalid' ? oneLine(d.text) + '（' + deadlineProblem(d, year) + '）' : NOT_FILLED, '');
  });
}

/** The responsible leaders of the listed items, each once, in order. */
function leaders(entries: ReminderEntry[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const name = (entries[i].item.text.leader || '').replace(/\s+/g, ' ');
    if (name !== '' && out.indexOf(name) < 0) out.push(name);
  }
  return out;
}

/**
 * The department's reminder: `entries` are its items with their lights (others than red, amber and
 * none are left out), `asOf` the day the lights are for.
 */
export function reminderText(department: string, entries: ReminderEntry[], asOf: Day, options?: ReminderOptions): string {
  const opts = options || {};
  const written = opts.written === undefined ? asOf : opts.written;
  const replyDays = opts.replyWorkingDays === undefined ? DEFAULT_REPLY_WORKING_DAYS : opts.replyWorkingDays;
  const lists = dueLists(entries, (e) => e.cls);
  const unjudged = entries.filter((e) => e.cls.light === null);
  const name = department || NO_DEPARTMENT;
  const asOfText = '截至' + formatDayChinese(asOf) + '，' + name;
  // concat, not push(...): the core's ES5 library has no iterators to spread with.
  let lines: string[] = [name + '：'];
  const { overdue, dueSoon } = lists;
  if (overdue.length > 0) {
    lines.push(asOfText + '以下' + overdue.length + '项整改事项已超过完成时限：');
    lines = lines.concat(overdueLines(overdue));
  }
  if (dueSoon.length > 0) {
    if (overdue.length > 0) lines.push('', '另有以下' + dueSoon.length + '项整改事项即将到期，请抓紧推进、按时完成：');
    else lines.push(asOfText + '没有逾期的整改事项；以下' + dueSoon.length + '项整改事项即将到期，请抓紧推进、按时完成：');
    lines = lines.concat(dueSoonLines(dueSoon));
  }
  if (unjudged.length > 0) {
    const lead = overdue.length + dueSoon.length > 0 ? '' : asOfText;
    if (lead === '') lines.push('');
    lines.push(
      (lead === '' ? '另有' : lead) + '以下' + unjudged.length + '项整改事项的完成时限无法识别，无法判断是否逾期，请核实后填写具体日期：',
    );
    lines = lines.concat(unjudgedLines(unjudged, ymdOfDay(asOf).y));
  }
  if (overdue.length + dueSoon.length + unjudged.length === 0) lines.push(asOfText + '没有逾期或即将到期的整改事项。');
  if (overdue.length + unjudged.length > 0) {
    lines.push('', '请于' + replyDateText(addWorkingDays(written, replyDays), written) + '前书面报送整改进展。');
  }
  const copied = leaders(overdue.concat(dueSoon, unjudged));
  if (copied.length > 0) lines.push('', '抄送：' + copied.join('、'));
  if (opts.issuer) lines.push('', opts.issuer, formatDayChinese(written));
  return lines.join('\n');
}
