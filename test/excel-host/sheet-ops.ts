// Workbook-level rules for sheets: names, visibility, activation and deletion, as Excel enforces them.
import { ErrorCodes, hostError } from './errors';
import { SheetModel, Visibility, WorkbookModel } from './workbook';

export function checkSheetName(wb: WorkbookModel, name: string, self: SheetModel | null): void {
  if (
    typeof name !== 'string' ||
    name.length === 0 ||
    name.length > 31 ||
    /[[\]:*?/\\]/.test(name) ||
    name.charAt(0) === "'" ||
    name.charAt(name.length - 1) === "'"
  ) {
    throw hostError(ErrorCodes.invalidArgument, 'The worksheet name is invalid: ' + String(name));
  }
  const other = wb.find(name);
  if (other && other !== self) throw hostError(ErrorCodes.itemAlreadyExists, 'A worksheet named ' + name + ' already exists.');
}

export function liveSheets(wb: WorkbookModel): SheetModel[] {
  return wb.sheets.filter((s) => !s.deleted);
}

export function sheetOrNull(sheet: SheetModel | null): SheetModel | null {
  return sheet && !sheet.deleted ? sheet : null;
}

function visibleCount(wb: WorkbookModel): number {
  return liveSheets(wb).filter((s) => s.visibility === 'Visible').length;
}

/** Moves activation off a sheet that is being hidden or deleted, to the next visible one. */
function leave(wb: WorkbookModel, sheet: SheetModel): void {
  if (wb.active !== sheet) return;
  const live = liveSheets(wb);
  const at = live.indexOf(sheet);
  const after = live.slice(at + 1).concat(live.slice(0, at).reverse());
  for (const s of after)
    if (s !== sheet && s.visibility === 'Visible') {
      wb.active = s;
      return;
    }
}

export function setVisibility(wb: WorkbookModel, sheet: SheetModel, v: Visibility): void {
  if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden')
    throw hostError(ErrorCodes.invalidArgument, 'Unknown visibility ' + String(v));
  if (v !== 'Visible' && sheet.visibility === 'Visible' && visibleCount(wb) <= 1) {
    throw hostError(ErrorCodes.invalidOperation, 'A workbook must contain at least one visible worksheet.');
  }
  if (v !== 'Visible') leave(wb, sheet);
  sheet.visibility = v;
}

export function deleteSheet(wb: WorkbookModel, sheet: SheetModel): void {
  if (sheet.visibility === 'Visible' && visibleCount(wb) <= 1) {
    throw hostError(ErrorCodes.invalidOperation, 'A workbook must contain at least one visible worksheet.');
  }
  leave(wb, sheet);
  sheet.deleted = true;
  wb.sheets = wb.sheets.filter((s) => s !== sheet);
}

export function activateSheet(wb: WorkbookModel, sheet: SheetModel): void {
  if (sheet.visibility !== 'Visible') throw hostError(ErrorCodes.invalidOperation, 'Cannot activate a hidden worksheet.');
  wb.active = sheet;
}

export function moveSheet(wb: WorkbookModel, sheet: SheetModel, position: number): void {
  const rest = wb.sheets.filter((s) => s !== sheet);
  if (!(position >= 0 && position <= rest.length)) throw hostError(ErrorCodes.invalidArgument, 'Invalid sheet position ' + position);
  rest.splice(position, 0, sheet);
  wb.sheets = rest;
}

/** The name Excel gives a new sheet: the first free SheetN. */
export function defaultSheetName(wb: WorkbookModel): string {
  for (let n = 1; ; n++) if (!wb.find('Sheet' + n)) return 'Sheet' + n;
}
