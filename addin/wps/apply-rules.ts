// Writes a RulesPlan on the active sheet through the ET model, replacing the add-in's own rules of an
// earlier run (remembered in the document settings by sheet id). Values are never written.
import { RulesPlan, RulesWritten, SheetRead } from '../host';
import { rememberedRules, rememberRules, SettingsStore } from '../settings';
import { keepingSelection } from './anchor';
import { EtApplication } from './et-types';
import { hostError } from './errors';
import { removeFormats, writeFormats } from './formats';
import { activeSheet, activeWorkbook, readSheet } from './read-sheet';
import { stampedId } from './sheet-id';
import { removeValidations, writeValidations } from './validations';
import { addAutoFilter, freezeRows } from './view';

export function applyRules(
  app: EtApplication,
  plan: (read: SheetRead) => RulesPlan | null,
  store: SettingsStore,
): { read: SheetRead; written: RulesWritten | null } {
  const sheet = activeSheet(app);
  const first = readSheet(activeWorkbook(app), sheet);
  const rules = plan(first);
  if (!rules) return { read: first, written: null };
  if (sheet.ProtectContents) throw hostError('AccessDenied', 'the sheet is protected');

  const id = stampedId(sheet);
  const read: SheetRead = { sheet: { id: id, name: first.sheet.name }, grid: first.grid, lastRow: first.lastRow, lastCol: first.lastCol };
  const before = rememberedRules(store, id);
  const written = keepingSelection(app, sheet, () => {
    const replacedFormats = removeFormats(sheet, before.formats.concat(rules.formats));
    const replacedValidations = removeValidations(sheet, before.validations);
    const formats = writeFormats(sheet, rules.formats);
    const validations = writeValidations(sheet, rules.validations);
    freezeRows(app.ActiveWindow, rules.freezeRows);
    return {
      remembered: { formats: formats, validations: validations },
      autoFilter: addAutoFilter(sheet, rules.filterAddress),
      replacedFormats: replacedFormats,
      replacedValidations: replacedValidations,
    };
  });
  rememberRules(store, id, written.remembered);
  return {
    read: read,
    written: {
      validations: written.remembered.validations.length,
      formats: written.remembered.formats.length,
      frozen: true,
      autoFilter: written.autoFilter,
      replacedFormats: written.replacedFormats,
      replacedValidations: written.replacedValidations,
    },
  };
}
