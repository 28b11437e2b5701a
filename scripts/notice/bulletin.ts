// The 督查通报: the campaign's progress as of the merge, in the report's own figures (the
// statistics and the overdue list of the report model), under four numbered parts.
import { chineseDate } from '../../ledger/chinese-numerals';
import { emptyDict } from '../../ledger/dict';
import { NoticeConfig } from '../../ledger/notice-config';
import { DepartmentStats } from '../../ledger/types';
import { ItemEntry, ReportModel } from '../report-model';
import { changeSections } from './changes';
import { departmentSections } from './department-sections';
import { Block, DocumentSpec, Section, sectionBlocks, TableSpec } from './outline';
import { BULLETIN, ledgerCell, ledgerLine, percent } from './wording';

function paragraph(text: string): Block {
  return { kind: 'paragraph', text };
}

function overallSection(model: ReportModel): Section {
  const t = model.totals;
  const allDone = model.departments.filter((d) => d.total > 0 && d.closed + d.done === d.total).map((d) => ledgerLine(d.name));
  const late = model.departments.filter((d) => d.overdue > 0);
  const blocks = [paragraph(BULLETIN.completed(t)), paragraph(BULLETIN.open(t))];
  if (allDone.length > 0) blocks.push(paragraph(BULLETIN.allDone(allDone)));
  blocks.push(paragraph(late.length > 0 ? BULLETIN.lateDepartments(late.length, t.overdue) : BULLETIN.noneLate));
  return { title: BULLETIN.sections.overall, blocks };
}

function statsRow(d: DepartmentStats, name: string): string[] {
  return [name, d.total, d.closed, d.done, d.inProgress, d.notStarted, d.overdue].map(String).concat(percent(d.completionRate));
}

function departmentsSection(model: ReportModel): Section {
  // In characters of the table's type with padding: a department's name, then seven figures.
  const table: TableSpec = {
    columns: BULLETIN.tableHeaders.map((header, i) => ({ header, width: i === 0 ? 9.6 : 3.9, center: i > 0 })),
    rows: model.departments.map((d) => statsRow(d, ledgerCell(d.name))).concat([statsRow(model.totals, model.totals.name)]),
    totals: true,
  };
  return { title: BULLETIN.sections.departments, blocks: [paragraph(BULLETIN.tableLead), { kind: 'table', table }] };
}

/** Overdue items under their departments, in the statistics' order, most days overdue first. */
function overdueSection(model: ReportModel): Section {
  const departments = departmentSections(
    model,
    model.overdue,
    (e) => e.fields.department,
    (e: ItemEntry) =>
      BULLETIN.overdueItem(ledgerLine(e.fields.problem), ledgerLine(e.fields.owner), e.effectiveDeadline as number, e.daysLeft as number),
  );
  const lead =
    departments.length > 0 ? BULLETIN.overdueLead(model.asOf, departments.length, model.overdue.length) : BULLETIN.overdueNone(model.asOf);
  return { title: BULLETIN.overdueTitle, blocks: [paragraph(lead)], sections: departments };
}

function dataSection(model: ReportModel): Section | null {
  if (model.counts.problems === 0) return null;
  const files = emptyDict<true>();
  for (const p of model.problems) if (p.severity !== 'info') files[p.file] = true;
  return { title: BULLETIN.dataTitle, blocks: [paragraph(BULLETIN.dataProblems(model.counts.problems, Object.keys(files).length))] };
}

/**
 * The 通报 as a document spec. 三、存在的问题 is a list of sections: overdue items, the changes
 * since an earlier merge when the merge was compared with one, then the data problems.
 */
export function bulletinSpec(model: ReportModel, notice: NoticeConfig): DocumentSpec {
  const data = dataSection(model);
  const problems: Section[] = [overdueSection(model), ...changeSections(model)];
  if (data) problems.push(data);
  const sections: Section[] = [
    overallSection(model),
    departmentsSection(model),
    { title: BULLETIN.sections.problems, blocks: [], sections: problems },
    { title: BULLETIN.sections.requirements, blocks: notice.requirements.map(paragraph) },
  ];
  return {
    title: notice.title.split('\n'),
    addressee: notice.addressee,
    body: [paragraph(BULLETIN.opening(model.asOf, model.departments.length, model.totals, model.warnDays)), ...sectionBlocks(sections)],
    signature: { issuer: notice.issuer, date: chineseDate(model.asOf) },
  };
}
