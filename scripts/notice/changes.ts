// What the 通报 says of the changes since the last merge (--previous), under 三、存在的问题: deadlines
// moved later without the ledger marking them 延期, items gone from the ledgers, progress that
// stood still.
import { Change } from '../../ledger/changes';
import { parseISODay } from '../../ledger/days';
import { ReportModel } from '../report-model';
import { departmentSections } from './department-sections';
import { Block, Section } from './outline';
import { BULLETIN, ledgerLine } from './wording';

function paragraph(text: string): Block {
  return { kind: 'paragraph', text };
}

function section(
  model: ReportModel,
  title: string,
  lead: (departments: number) => string,
  changes: Change[],
  item: (c: Change) => string,
): Section | null {
  if (changes.length === 0) return null;
  const departments = departmentSections(model, changes, (c) => c.department, item);
  return { title, blocks: [paragraph(lead(departments.length))], sections: departments };
}

/** The sections on the changes since the earlier merge; none without a comparison, or where nothing of the kind changed. */
export function changeSections(model: ReportModel): Section[] {
  const t = model.tracking;
  if (!t) return [];
  const W = BULLETIN.changes;
  const since = t.previous.asOf;
  const of = (pick: (c: Change) => boolean) => t.comparison.changes.filter(pick);
  const line = (c: Change) => ({ problem: ledgerLine(c.problem), owner: ledgerLine(c.owner) });
  const moved = of((c) => c.kind === 'deadline' && c.unexplained === true);
  const vanished = of((c) => c.kind === 'vanished');
  const stale = of((c) => c.kind === 'progressStale');
  const sections = [
    section(
      model,
      W.unexplainedTitle,
      (d) => W.unexplainedLead(since, d, moved.length),
      moved,
      (c) => W.unexplainedItem(line(c), parseISODay(c.before) as number, parseISODay(c.after) as number, c.days as number),
    ),
    section(
      model,
      W.vanishedTitle,
      (d) => W.vanishedLead(since, d, vanished.length),
      vanished,
      (c) => W.vanishedItem(line(c)),
    ),
    section(
      model,
      W.staleTitle,
      (d) => W.staleLead(t.options.progressMerges, d, stale.length),
      stale,
      (c) => W.staleItem(line(c), c.merges as number),
    ),
  ];
  return sections.filter((s): s is Section => s !== null);
}
