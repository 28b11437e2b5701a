// The 督办通知单: one per department with overdue or due-soon items, numbered in the order of
// the report's statistics, asking for a written reply within N working days.
import { entriesByDepartment } from '../../ledger/by-department';
import { chineseDate } from '../../ledger/chinese-numerals';
import { formatDayChinese, replyDateText, ymdOfDay } from '../../ledger/days';
import { DepartmentStats } from '../../ledger/types';
import { addWorkingDays } from '../../ledger/working-days';
import { ItemEntry, ReportModel } from '../report-model';
import { NoticeConfig } from '../../ledger/notice-config';
import { Block, DocumentSpec, Section, sectionBlocks, TableSpec } from './outline';
import { daysText, FORM, ledgerCell, ledgerLine } from './wording';

export interface NoticeForm {
  /** As the statistics name it. */
  department: string;
  number: string;
  spec: DocumentSpec;
}

const NOT_FILLED = ledgerLine('');

function itemsTable(entries: ItemEntry[]): TableSpec {
  // In characters of the table's type with padding, and room for the space some programs set
  // between digits and Chinese: a date (2026年11月30日) and the header 逾期/剩余天数 each on one line.
  const widths = [2.5, 9.7, 4, 9.4, 4, 7.2];
  return {
    columns: FORM.tableHeaders.map((header, i) => ({ header, width: widths[i], center: i !== 1 })),
    rows: entries.map((e, i) => [
      String(i + 1),
      ledgerCell(e.fields.problem) || NOT_FILLED,
      ledgerCell(e.fields.owner) || NOT_FILLED,
      formatDayChinese(e.effectiveDeadline as number),
      ledgerCell(e.fields.status) || NOT_FILLED,
      daysText(e.daysLeft as number),
    ]),
  };
}

function formSpec(d: DepartmentStats, entries: ItemEntry[], number: string, model: ReportModel, notice: NoticeConfig): DocumentSpec {
  const reply = replyDateText(addWorkingDays(model.asOf, notice.replyDays), model.asOf);
  const requirements: Block[] = [];
  if (d.overdue > 0) requirements.push({ kind: 'paragraph', text: FORM.overdueRequirement });
  if (d.dueSoon > 0) requirements.push({ kind: 'paragraph', text: FORM.dueSoonRequirement });
  requirements.push({ kind: 'paragraph', text: FORM.reply(reply, notice.replyTo) });
  const sections: Section[] = [
    { title: FORM.itemsTitle, blocks: [{ kind: 'table', table: itemsTable(entries) }] },
    { title: FORM.requirementsTitle, blocks: requirements },
  ];
  const opening: Block = { kind: 'paragraph', text: FORM.opening(model.asOf, d.overdue, d.dueSoon, model.warnDays) };
  return {
    title: [FORM.title],
    number,
    addressee: ledgerLine(d.name),
    body: [opening, ...sectionBlocks(sections)],
    signature: { issuer: notice.issuer, date: chineseDate(model.asOf) },
    receipt: true,
  };
}

/** Most overdue first, then the soonest due; ties keep the report's order (sort is stable). */
function byDaysLeft(a: ItemEntry, b: ItemEntry): number {
  return (a.daysLeft as number) - (b.daysLeft as number);
}

export function formSpecs(model: ReportModel, notice: NoticeConfig): NoticeForm[] {
  const urgent = model.items.filter((e) => e.light === 'red' || e.light === 'amber').sort(byDaysLeft);
  const byDepartment = entriesByDepartment(urgent, (e) => e.fields.department);
  const year = ymdOfDay(model.asOf).y;
  const out: NoticeForm[] = [];
  for (const d of model.departments) {
    const entries = byDepartment[d.name];
    if (!entries) continue;
    const number = FORM.number(notice.numberPrefix, year, notice.firstNumber + out.length);
    out.push({ department: d.name, number, spec: formSpec(d, entries, number, model, notice) });
  }
  return out;
}
