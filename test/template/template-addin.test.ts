// The template and the add-in agree (in the in-memory Excel): the settings the template stores are
// what 套用台账规范 stores for the same rules, and the add-in opening a template takes the
// template's rules for its own — replacing them, never stacking a second set.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as XLSX from 'xlsx';
import { setupSheet } from '../../addin/workflows/setup';
import { CONFIG_KEY, documentSchema, RememberedRules, RULES_KEY } from '../../addin/settings';
import { createExcelHost, ExcelHost } from '../excel-host';
import { officeHostOf, run, storeOf } from '../addin/fixtures';
import { tempDir } from '../merge/cli-helpers';
import { conditionalFormats, dataValidations, documentSettings, dxfFills, makeTemplates, parts, Parts } from './fixtures';

const SHEET = '办公室整改台账';
const TEMPLATE_SHEET_ID = '{00000000-0001-0000-0000-000000000000}';
const ROWS = 50;

type Settings = { [name: string]: unknown };

/** The ledger sheet's values as the in-memory Excel's starting cells. */
function ledgerValues(file: string): (string | number | boolean | null)[][] {
  const wb = XLSX.read(fs.readFileSync(file));
  return XLSX.utils
    .sheet_to_json<(string | number | boolean | null)[]>(wb.Sheets[SHEET], { header: 1, defval: null, blankrows: true })
    .slice(0, 3);
}

function hostWith(file: string, settings: Settings): ExcelHost {
  return createExcelHost({ sheets: [{ name: SHEET, values: ledgerValues(file) }], settings, apiVersion: 'latest' });
}

function sheetIdOf(host: ExcelHost): Promise<string> {
  return run(host, async (context) => {
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.load('id');
    await context.sync();
    return sheet.id;
  });
}

/** Loads the template's rules into the host, as Excel does when it opens the file. */
async function loadTemplateRules(host: ExcelHost, p: Parts): Promise<void> {
  const sheetXml = p['xl/worksheets/sheet1.xml'];
  const fills = dxfFills(p['xl/styles.xml']);
  await run(host, async (context) => {
    const sheet = context.workbook.worksheets.getItem(SHEET);
    conditionalFormats(sheetXml).forEach((f, i) => {
      const cf = sheet.getRange(f.sqref).conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=' + f.formula;
      if (f.dxfId !== undefined) cf.custom.format.fill.color = fills[f.dxfId];
      cf.stopIfTrue = f.stopIfTrue;
      cf.priority = i;
    });
    for (const v of dataValidations(sheetXml)) {
      // eslint-disable-next-line office-addins/load-object-before-read -- a navigation property: only its members are written
      const dv = sheet.getRange(v.sqref).dataValidation;
      if (v.type === 'list') dv.rule = { list: { inCellDropDown: true, source: '=' + v.formula1 } };
      else if (v.type === 'custom') dv.rule = { custom: { formula: '=' + v.formula1 } };
      else dv.rule = { date: { formula1: '=' + v.formula1, formula2: '=' + v.formula2, operator: 'Between' } };
      const title = (/promptTitle="([^"]*)"/.exec(v.attrs) || [])[1];
      if (title) dv.prompt = { showPrompt: true, title, message: '' };
    }
    await context.sync();
  });
}

/** 套用台账规范 as the pane runs it; what it wrote, or a failure naming why nothing was. */
async function setup(host: ExcelHost) {
  const schema = documentSchema(storeOf(host)).schema;
  const outcome = await setupSheet(officeHostOf(host), schema);
  if (outcome.kind !== 'done') throw new Error('套用台账规范 wrote nothing: ' + outcome.kind);
  return { header: outcome.header, ...outcome.written };
}

/** Settings with the template's remembered rules filed under another sheet id. */
function rulesUnder(settings: Settings, id: string): Settings {
  const rules = settings[RULES_KEY] as { [id: string]: RememberedRules };
  return { ...settings, [RULES_KEY]: { [id]: rules[TEMPLATE_SHEET_ID] } };
}

describe('ledger template and the add-in (in-memory Excel)', () => {
  let work: string;
  let file: string;
  let p: Parts;
  let settings: Settings;

  before(() => {
    work = tempDir('template-addin-');
    const r = makeTemplates(['--departments', '办公室', '--out-dir', '.', '--rows', String(ROWS)], work);
    assert.strictEqual(r.code, 0, r.stderr);
    file = path.join(work, '办公室整改台账.xlsx');
    p = parts(file);
    settings = documentSettings(p);
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('stores what 套用台账规范 stores for the same rules (its validations over the prepared rows only)', async () => {
    const host = hostWith(file, {});
    const result = await setup(host);
    assert.ok(result.header, 'the add-in finds the template’s header');
    const stored = host.settings()[RULES_KEY] as { [id: string]: RememberedRules };
    const addin = stored[await sheetIdOf(host)];
    const template = (settings[RULES_KEY] as { [id: string]: RememberedRules })[TEMPLATE_SHEET_ID];
    assert.deepStrictEqual(template.formats, addin.formats);
    const lastRow = (address: string) => Number(address.split(':')[1].replace(/[A-Z]+/, ''));
    assert.deepStrictEqual(
      template.validations.map((v) => lastRow(v.address)),
      addin.validations.map(() => 3 + ROWS),
    );
    const toEnd = (address: string) => address.replace(/\d+$/, '1048576');
    assert.deepStrictEqual(
      template.validations.map((v) => ({ ...v, address: toEnd(v.address) })),
      addin.validations,
    );
  });

  it('stores settings the add-in reads back as the template’s schema', () => {
    const host = hostWith(file, settings);
    const { schema, errors } = documentSchema(storeOf(host));
    assert.deepStrictEqual(errors, []);
    assert.strictEqual(schema.warnDays, 7);
    assert.deepStrictEqual(settings[CONFIG_KEY], { warnDays: schema.warnDays, colors: schema.colors });
  });

  it('has 套用台账规范 replace the template’s formats when the add-in finds the same ones to write', async () => {
    const host = hostWith(file, settings);
    await loadTemplateRules(host, p);
    const before = host.conditionalFormats(SHEET).length;
    assert.ok(before > 5);
    const result = await setup(host);
    assert.strictEqual(result.replacedFormats, before);
    assert.strictEqual(host.conditionalFormats(SHEET).length, before, 'no second set');
    assert.strictEqual(host.dataValidations(SHEET).length, dataValidations(p['xl/worksheets/sheet1.xml']).length);
  });

  it('has 套用台账规范 recognise the template’s rules by what it remembered, after the warning window changed', async () => {
    // Excel reports the sheet's xr:uid as its id; the host has ids of its own, so the rules are filed under it.
    const probe = hostWith(file, {});
    const id = await sheetIdOf(probe);
    const changed = rulesUnder({ ...settings, [CONFIG_KEY]: { ...(settings[CONFIG_KEY] as object), warnDays: 3 } }, id);
    const host = hostWith(file, changed);
    await loadTemplateRules(host, p);
    const before = host.conditionalFormats(SHEET).length;
    const result = await setup(host);
    assert.strictEqual(result.replacedFormats, before, 'every template format taken as the add-in’s own');
    assert.strictEqual(result.replacedValidations, dataValidations(p['xl/worksheets/sheet1.xml']).length);
    const after = host.conditionalFormats(SHEET);
    assert.strictEqual(after.length, before, 'no second set');
    assert.ok(
      after.some((c) => (c.formula || '').includes('TODAY()+4')),
      'the 3-day window now',
    );
  });
});
