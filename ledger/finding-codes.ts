// Every finding code, with the severities it comes with and what it means: the
// list JSON consumers and the README's table rely on (a test keeps them equal).
import { FindingCode, Severity } from './types';

export interface FindingCodeSpec {
  severities: Severity[];
  meaning: string;
}

export const FINDING_CODES: { [C in FindingCode]: FindingCodeSpec } = {
  'header-not-found': {
    severities: ['error', 'info'],
    meaning:
      'No ledger header: in no sheet of a file (error; nothing of it is merged), or on one sheet of a file ' +
      'whose other sheets hold a ledger (info; sheets named like 填表说明 are not reported)',
  },
  'column-missing': {
    severities: ['error'],
    meaning:
      'A required column is missing from the header, so no row can give its value; for 责任部门, only when ' +
      'neither the sheet nor the file name names a department',
  },
  'required-empty': {
    severities: ['error'],
    meaning:
      'A required cell is empty: 问题描述, 整改措施, 责任人, 完成时限, 整改状态, or 责任部门 when neither the ' +
      'sheet nor the file name names a department',
  },
  'deadline-invalid': {
    severities: ['error'],
    meaning: '完成时限 is neither a date nor a standing commitment (长期坚持 …)',
  },
  'status-unknown': { severities: ['error'], meaning: '整改状态 is no status word of the schema' },
  'closed-without-date': {
    severities: ['error', 'warning'],
    meaning: 'An item is 已销号 with an empty 销号日期 (error), or a sheet has 已销号 items and no 销号日期 column (warning)',
  },
  'closed-date-invalid': { severities: ['error'], meaning: '销号日期 is not a date' },
  'closed-date-future': { severities: ['warning'], meaning: '销号日期 is later than the as-of date' },
  'original-deadline-invalid': { severities: ['warning'], meaning: '原定时限 (the deadline before an extension) is not a date' },
  'duplicate-id': { severities: ['warning'], meaning: '序号 repeats an earlier row’s within the same ledger' },
  'category-unknown': { severities: ['info'], meaning: '问题类别 is not in the category list' },
  'sheet-hidden': { severities: ['info'], meaning: 'A hidden sheet, not merged' },
  'file-unreadable': {
    severities: ['error'],
    meaning: 'The file cannot be read: empty, damaged, password-protected, not a spreadsheet, or not readable',
  },
  'own-report': {
    severities: ['info'],
    meaning: 'The file is a report of the merge command itself; skipped, so that nothing is counted twice',
  },
  'file-skipped': {
    severities: ['info'],
    meaning:
      'A folder entry that is not read — another file type, an Office lock file (`~$…`), a hidden file or folder, ' +
      'a link to nothing — with the reason',
  },
  'row-skipped': {
    severities: ['info'],
    meaning:
      'A non-blank row that is no item — 合计, a section label (its text becomes the category below), a repeated ' +
      'header, column numbers, a sign-off or 附件 line, the title of a ledger stacked below — with the reason',
  },
};
