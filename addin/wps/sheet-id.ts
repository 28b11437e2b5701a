// A worksheet's id for the host interface. The ET model has no id that survives renaming (Office.js
// has one), so a sheet the add-in writes to is stamped with a hidden name of its own scope holding a
// generated id; names travel with the sheet when it is renamed and are kept in the file. A sheet never
// written to is known by its name.
import { EtWorkbook, EtWorksheet } from './et-types';
import { hostError } from './errors';

const STAMP_NAME = 'ZGTZ_SHEET_ID';
const BY_NAME = 'name:';

/** The id a stamp holds: '="zgtz-…"' → 'zgtz-…'. */
function stampOf(sheet: EtWorksheet): string | null {
  const names = sheet.Names;
  for (let i = 1; i <= names.Count; i++) {
    const name = names.Item(i);
    const full = String(name.Name);
    if (full.slice(full.lastIndexOf('!') + 1) !== STAMP_NAME) continue;
    const m = /^="(zgtz-[0-9a-z-]+)"$/.exec(String(name.RefersTo));
    if (m) return m[1];
  }
  return null;
}

export function sheetId(sheet: EtWorksheet): string {
  return stampOf(sheet) || BY_NAME + sheet.Name;
}

function newId(): string {
  return 'zgtz-' + new Date().getTime().toString(36) + '-' + Math.floor(Math.random() * 2176782336).toString(36);
}

/** The sheet's stamped id, stamping it first if it has none. */
export function stampedId(sheet: EtWorksheet): string {
  const id = stampOf(sheet);
  if (id) return id;
  const made = newId();
  sheet.Names.Add(STAMP_NAME, '="' + made + '"', false);
  return made;
}

/** Whether `id` names this sheet: its stamp, or its name for a sheet without one. */
export function isSheet(sheet: EtWorksheet, id: string): boolean {
  return id.indexOf(BY_NAME) === 0 ? stampOf(sheet) === null && sheet.Name === id.slice(BY_NAME.length) : stampOf(sheet) === id;
}

/** The worksheet with this id; rejects as Office.js does (ItemNotFound) when there is none. */
export function findSheet(wb: EtWorkbook, id: string): EtWorksheet {
  const sheets = wb.Worksheets;
  for (let i = 1; i <= sheets.Count; i++) if (isSheet(sheets.Item(i), id)) return sheets.Item(i);
  throw hostError('ItemNotFound', 'no worksheet has the id ' + id);
}
