// The WPS adapter of the host interface against the in-memory WPS: what 套用台账规范 writes (and
// replaces), reading values, merges, errors and the 1904 date system, the add-in's own sheets, settings
// kept in custom document properties, and the pane's actions end to end through the controller.
import * as assert from 'assert';
import { PaneController } from '../../addin/pane/controller';
import { CONFIG_KEY, RULES_KEY } from '../../addin/settings';
import { splitParts } from '../../addin/wps/document-settings';
import { wpsHost } from '../../addin/wps/wps-host';
import { setupSheet } from '../../addin/workflows/setup';
import { serialFromDay, dayFromSerial } from '../../ledger/days';
import { formatSpecs, validationSpecs } from '../../ledger/excel-rules';
import { defaultSchema } from '../../ledger/schema';
import { createWpsHost } from '../wps-host';
import { AS_OF, FIRST_ITEM_ROW, HEADER, HEADER_ROW, plainTable, SHEET } from './fixtures';
import { makeWpsHost, wpsHostOf } from './wps-fixtures';

const LAST_ROW = 1048576;

describe('WPS adapter: 套用台账规范', () => {
  it('writes the core validations and formats below the header, the formats first and in the core’s order', async () => {
    const wps = makeWpsHost(20);
    wps.Application.ActiveSheet!.Range('E30').Select();
    const outcome = await setupSheet(wpsHostOf(wps), defaultSchema());
    assert.strictEqual(outcome.kind, 'done');
    const cfs = wps.conditionalFormats(SHEET);
    const layout = { columns: (outcome as { header: { columns: {} } }).header.columns, firstDataRow: FIRST_ITEM_ROW, lastRow: LAST_ROW, firstCol: 0, lastCol: HEADER.length - 1 };
    const specs = formatSpecs(layout, defaultSchema(), defaultSchema().warnDays);
    // Written while E30 was the user's active cell: the formulas are still those of each range's first row.
    assert.deepStrictEqual(cfs.map((c) => [c.address, c.formula, c.fill, c.stopIfTrue]), specs.map((s) => [s.address, s.formula, s.fill, s.stopIfTrue]));
    const dvs = wps.dataValidations(SHEET);
    const want = validationSpecs(layout, defaultSchema());
    assert.deepStrictEqual(dvs.map((d) => d.address).sort(), want.map((v) => v.address).sort());
    const deadline = dvs.find((d) => d.address === 'H4:H' + LAST_ROW)!;
    assert.strictEqual(deadline.rule.custom.formula, want.find((v) => v.key === 'deadline')!.rule.custom.formula);
    assert.strictEqual(deadline.prompt.title, '完成时限');
    assert.strictEqual(dvs.find((d) => d.address === 'J4:J' + LAST_ROW)!.errorAlert.style, 'Stop');
    assert.strictEqual(wps.frozenRows(SHEET), HEADER_ROW);
    assert.strictEqual(wps.autoFilter(SHEET), 'A3:L' + (HEADER_ROW + 20));
    assert.deepStrictEqual(wps.selection(), { sheet: SHEET, address: 'E30' }, 'the user’s selection is put back');
  });

  it('a second run replaces its own rules only: the user’s format and the values stay', async () => {
    const wps = makeWpsHost(10);
    const sheet = wps.Application.ActiveSheet!;
    const values = wps.values(SHEET);
    const host = wpsHostOf(wps);
    await setupSheet(host, defaultSchema());
    sheet.Range('C4').Select();
    const mine = sheet.Range('C4:C9').FormatConditions.Add(2, undefined, '=LEN($C4)>20');
    mine.Interior.Color = 0x00ffff;
    const count = wps.conditionalFormats(SHEET).length;
    const again = await setupSheet(host, { ...defaultSchema(), warnDays: 3 });
    assert.ok(again.kind === 'done' && again.written.replacedFormats === count - 1 && again.written.replacedValidations === 4, JSON.stringify(again));
    const cfs = wps.conditionalFormats(SHEET);
    assert.strictEqual(cfs.length, count);
    assert.ok(cfs.some((c) => /TODAY\(\)\+4\b/.test(c.formula || '')) && !cfs.some((c) => /TODAY\(\)\+8\b/.test(c.formula || '')));
    assert.deepStrictEqual(cfs[cfs.length - 1], { address: 'C4:C9', type: 'Custom', formula: '=LEN($C4)>20', fill: '#FFFF00', stopIfTrue: false, priority: count - 1 });
    assert.deepStrictEqual(wps.values(SHEET), values);
  });

  it('a protected sheet is refused with AccessDenied before anything is written', async () => {
    const wps = makeWpsHost(5);
    wps.protect(SHEET);
    await assert.rejects(setupSheet(wpsHostOf(wps), defaultSchema()), (e: { code?: string }) => e.code === 'AccessDenied');
    assert.deepStrictEqual(wps.conditionalFormats(SHEET), []);
    assert.deepStrictEqual(wps.documentProperties(), {});
  });
});

describe('WPS adapter: reading the sheet', () => {
  it('reads values, merged header cells, formula errors as their text and the 1904 flag', async () => {
    const wps = createWpsHost({
      sheets: [{ name: 'S', values: [[], ['', '标题'], ['', '序号', '完成时限'], ['', 1, 45000]], merges: ['B2:C2'] }],
      date1904: true,
    });
    wps.setError('S', 'C4', '#N/A');
    const read = await wpsHostOf(wps).readActiveSheet();
    assert.strictEqual(read.grid.firstRow, 1);
    assert.strictEqual(read.grid.firstCol, 1);
    assert.deepStrictEqual(read.grid.rows, [['标题', ''], ['序号', '完成时限'], [1, '#N/A']]);
    assert.deepStrictEqual(read.grid.merges, [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }]);
    assert.strictEqual(read.grid.date1904, true);
    assert.deepStrictEqual([read.lastRow, read.lastCol], [3, 2]);
    assert.strictEqual(read.sheet.id, 'name:S');
  });

  it('finds merges without asking every cell, and a one-cell sheet reads as one value', async () => {
    const wps = makeWpsHost(300);
    wps.resetCounters();
    await wpsHostOf(wps).readActiveSheet();
    assert.ok(wps.counters.calls < 300, 'calls: ' + wps.counters.calls);
    const one = createWpsHost({ sheets: [{ name: 'S', values: [['x']] }] });
    assert.deepStrictEqual((await wpsHostOf(one).readActiveSheet()).grid.rows, [['x']]);
  });
});

describe('WPS adapter: sheets and settings', () => {
  it('keeps settings in custom document properties of at most 255 characters, read back whole', async () => {
    const wps = makeWpsHost(3);
    const host = wpsHostOf(wps);
    const config = { categories: ['作风建设𠀀'.repeat(40)], warnDays: 5 };
    host.settings.set(CONFIG_KEY, config);
    await host.settings.save();
    const props = wps.documentProperties();
    const names = Object.keys(props).filter((n) => n.indexOf(CONFIG_KEY + '|') === 0);
    assert.ok(names.length > 1 && names.every((n) => props[n].length <= 255), JSON.stringify(names));
    assert.deepStrictEqual(wpsHost(wps.Application).settings.get(CONFIG_KEY), config);
    for (const part of splitParts('𠀀'.repeat(300))) assert.ok(!/[\ud800-\udbff]$/.test(part), 'no part ends inside a surrogate pair');
    host.settings.set(CONFIG_KEY, { warnDays: 2 });
    await host.settings.save();
    assert.deepStrictEqual(Object.keys(wps.documentProperties()), [CONFIG_KEY + '|1']);
  });

  it('remembers its rules by a stamped sheet id that survives renaming the sheet', async () => {
    const wps = makeWpsHost(5);
    const host = wpsHostOf(wps);
    await setupSheet(host, defaultSchema());
    const id = (await host.listSheets())[0].id;
    assert.ok(/^zgtz-/.test(id), id);
    wps.Application.ActiveSheet!.Name = '改名后的台账';
    assert.deepStrictEqual(await host.listSheets(), [{ id: id, name: '改名后的台账' }]);
    assert.ok(Object.prototype.hasOwnProperty.call(host.settings.get(RULES_KEY), id));
  });

  it('adds sheets after the last one, writes tables with dates for the workbook’s date system, selects cells', async () => {
    const wps = makeWpsHost(5, { date1904: true });
    const host = wpsHostOf(wps);
    const created = await host.createSheet('整改台账', HEADER);
    assert.deepStrictEqual(wps.sheetNames(), [SHEET, '整改台账']);
    assert.strictEqual(wps.activeSheet(), '整改台账');
    assert.deepStrictEqual(wps.values('整改台账')[0], HEADER);
    const serial = serialFromDay(AS_OF);
    const table = plainTable(['问题', '完成时限'], [['=1+1', serial]], ['General', 'yyyy-mm-dd']);
    const written = await host.writeTableSheet({ name: '逾期清单' }, table);
    assert.deepStrictEqual(wps.values('逾期清单'), [['问题', '完成时限'], ['=1+1', serialFromDay(AS_OF, true)]]);
    assert.strictEqual(dayFromSerial(wps.values('逾期清单')[1][1] as number, true), AS_OF);
    assert.strictEqual(wps.numberFormat('逾期清单', 'B2'), 'yyyy-mm-dd');
    assert.strictEqual(wps.frozenRows('逾期清单'), 1);
    const again = await host.writeTableSheet({ id: written.id }, plainTable(['问题'], []));
    assert.strictEqual(again.id, written.id);
    assert.deepStrictEqual(wps.values('逾期清单'), [['问题']]);
    await host.select(SHEET, 'A7:L7');
    assert.deepStrictEqual(wps.selection(), { sheet: SHEET, address: 'A7:L7' });
    assert.notStrictEqual(created.id, written.id);
  });
});

describe('WPS adapter: the pane controller over WPS', () => {
  it('checks overdue items and lists them as over Office.js', async () => {
    const wps = makeWpsHost(30);
    const pane = new PaneController(wpsHostOf(wps), AS_OF);
    const view = await pane.check({ asOf: '2023-07-15', warnDays: '7' });
    assert.strictEqual(view.status.kind, 'ok', view.status.text);
    assert.ok(view.results.departments.length > 0, 'overdue items listed');
    const list = await pane.writeList({ asOf: '2023-07-15', warnDays: '7' });
    assert.strictEqual(list.status.kind, 'ok', list.status.text);
    assert.deepStrictEqual(wps.sheetNames(), [SHEET, '逾期清单']);
    // Back on the ledger, with the list sheet protected since.
    wps.protect('逾期清单');
    await pane.select(5, '');
    const protectedView = await pane.writeList({ asOf: '2023-07-15', warnDays: '7' });
    assert.strictEqual(protectedView.status.kind, 'error');
    assert.ok(/保护/.test(protectedView.status.text), protectedView.status.text);
  });
});
