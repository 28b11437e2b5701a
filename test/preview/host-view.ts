// Reads what the preview draws out of the in-memory host, through its inspection API (never Office.js or
// the ET model, so drawing the grid neither counts as a round trip nor disturbs the pane's work).
import { columnLetter } from '../../ledger/cells';
import { WorkbookInspection } from '../excel-host/inspect';
import { FormatRule, parseArea, SheetView, ValidationMark, WorkbookView } from './sheet-view';

export function workbookView(host: WorkbookInspection): WorkbookView {
  const sel = host.selection();
  return {
    sheets: host.sheetNames().filter((n) => host.visibility(n) === 'Visible'),
    active: host.activeSheet(),
    selection: sel ? { sheet: sel.sheet, area: parseArea(sel.address) } : null,
  };
}

function validationMarks(host: WorkbookInspection, sheet: string): ValidationMark[] {
  return host.dataValidations(sheet).map((dv) => {
    const prompt = dv.prompt && dv.prompt.showPrompt ? [dv.prompt.title, dv.prompt.message].filter(Boolean).join('：') : '';
    return { area: parseArea(dv.address), kind: dv.rule && dv.rule.list ? 'list' : 'other', prompt };
  });
}

function formatRules(host: WorkbookInspection, sheet: string): FormatRule[] {
  return host
    .conditionalFormats(sheet)
    .slice()
    .sort((a, b) => a.priority - b.priority)
    .filter((cf) => cf.type.toLowerCase() === 'custom' && typeof cf.formula === 'string')
    .map((cf) => ({
      areas: cf.address.split(',').map(parseArea),
      formula: cf.formula as string,
      fill: cf.fill,
      fontColor: cf.fontColor,
      stopIfTrue: !!cf.stopIfTrue,
    }));
}

export function sheetView(host: WorkbookInspection, sheet: string): SheetView {
  const values = host.values(sheet);
  const texts = values.map((line, r) => line.map((v, c) => (v === null || v === '' ? '' : host.text(sheet, columnLetter(c) + (r + 1)))));
  return {
    name: sheet,
    values,
    texts,
    merges: host.merges(sheet).map(parseArea),
    frozenRows: host.frozenRows(sheet),
    validations: validationMarks(host, sheet),
    formats: formatRules(host, sheet),
  };
}
