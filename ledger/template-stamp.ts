// A ledger template's stamp. The template's own sheet, which holds its dropdown lists, also names
// the template and the department it was sent to, so the merge recognises a returned copy and
// matches it to that department, whatever the file has been renamed to. Cells, not file
// properties: every format a department may save in (xlsx, xls, et, ods) keeps them.
import { cellText } from './cells';
import { CellValue, SheetGrid } from './types';

/** The template's own sheet: its stamp, then its dropdown lists. Hidden in the template. */
export const TEMPLATE_SHEET = '字典';
const ID_LABEL = '模板编号';
const DEPARTMENT_LABEL = '填报部门';
/** Template ids: ZGTZ- and 12 hexadecimal digits. */
const TEMPLATE_ID = /^ZGTZ-[0-9A-F]{12}$/;

export interface TemplateStamp {
  id: string;
  /** '' for a template sent to no department in particular. */
  department: string;
}

export function isTemplateId(id: string): boolean {
  return TEMPLATE_ID.test(id);
}

/** Rows the stamp takes at the top of the template sheet. */
export const STAMP_ROWS = 2;

/** The stamp's cells: rows 1 and 2 of the template sheet, from column A. */
export function stampRows(stamp: TemplateStamp): CellValue[][] {
  if (!isTemplateId(stamp.id)) throw new Error('not a template id: ' + stamp.id);
  return [
    [ID_LABEL, stamp.id],
    [DEPARTMENT_LABEL, stamp.department],
  ];
}

function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  const line = grid.rows[row - (grid.firstRow || 0)];
  return line ? line[col - (grid.firstCol || 0)] : null;
}

/** The stamp a sheet carries, or null when it is not a template's own sheet. */
export function readTemplateStamp(grid: SheetGrid): TemplateStamp | null {
  if (grid.name !== TEMPLATE_SHEET) return null;
  if (cellText(cellAt(grid, 0, 0)) !== ID_LABEL || cellText(cellAt(grid, 1, 0)) !== DEPARTMENT_LABEL) return null;
  const id = cellText(cellAt(grid, 0, 1));
  if (!isTemplateId(id)) return null;
  return { id: id, department: cellText(cellAt(grid, 1, 1)) };
}
