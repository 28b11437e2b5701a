// 检查逾期's words and sheet: the core's overdue report (ledger/overdue.ts) in the pane's
// language, laid out as the rows of the 逾期清单 sheet.
import { serialFromDay } from '../ledger/days';
import { OverdueReport } from '../ledger/overdue';
import { t } from './i18n';
import { SheetTable } from './excel/write-overdue-sheet';

/** "逾期 5 天" / "今天到期" / "还剩 3 天" for an overdue or due-soon entry. */
export function daysLabel(daysLeft: number): string {
  if (daysLeft < 0) return t('entryOverdue', { days: -daysLeft });
  if (daysLeft === 0) return t('entryDueToday');
  return t('entryDueSoon', { days: daysLeft });
}

/** The 逾期清单 sheet: one row per entry, deadlines as date serials. */
export function overdueTable(report: OverdueReport, sheetName: string, date1904?: boolean): SheetTable {
  const header = [
    t('sheetLight'),
    t('sheetDepartment'),
    t('sheetOwner'),
    t('sheetId'),
    t('sheetProblem'),
    t('sheetDeadline'),
    t('sheetDays'),
    t('sheetStatus'),
    t('sheetSource'),
  ];
  const formats = ['General', 'General', 'General', 'General', 'General', 'yyyy-mm-dd', '0', 'General', 'General'];
  const rows: (string | number)[][] = [];
  for (let g = 0; g < report.groups.length; g++) {
    const group = report.groups[g];
    for (let o = 0; o < group.owners.length; o++) {
      const entries = group.owners[o].entries;
      for (let i = 0; i < entries.length; i++) {
        const item = entries[i].item;
        const daysLeft = entries[i].cls.daysLeft as number;
        rows.push([
          entries[i].cls.light === 'red' ? t('sheetOverdue') : t('sheetDueSoon'),
          group.department,
          group.owners[o].owner,
          item.text.id || '',
          item.text.problem || '',
          item.deadline.kind === 'date' ? serialFromDay(item.deadline.day, date1904) : item.text.deadline || '',
          -daysLeft,
          item.text.status || '',
          t('sheetSourceRow', { sheet: sheetName, row: item.row }),
        ]);
      }
    }
  }
  return { header: header, rows: rows, formats: formats };
}

