// The WPS adapter of the host interface against the in-memory WPS: what 套用台账规范 writes (and
// replaces), reading values, merges, errors and the 1904 date system, the add-in's own sheets, settings
// kept in custom document properties, and the pane's actions end to end through the controller.
import * as assert from 'assert';
import { PaneController } from '../../addin/pane/controller';
import { CONFIG_KEY, RULES_KEY } from '../../addin/settings';
import { splitParts } from '../../addin/wps/document-settings';
import { wpsHost } from '../../addin/wps/wps-host';
import { setupSheet } from '../../addin/workflows/setup';
import { overdueTable } from '../../addin/overdue';
import { OVERDUE_SHEET_NAME, writeOverdueSheet } from '../../addin/workflows/overdue-sheet';
import { ledgerOf } from '../../addin/workflows/read-ledger';
import { dayFromSerial, dayFromYMD, serialFromDay } from '../../ledger/days';
import { formatSpecs, validationSpecs } from '../../ledger/excel-rules';
import { overdueReport } from '../../ledger/overdue';
import { defaultSchema } from '../../ledger/schema';
import { createExcelHost } from '../excel-host';
import { createWpsHost, WpsHost, WpsHostOptions } from '../wps-host';
import { AS_OF, FIRST_ITEM_ROW, HEADER, HEADER_ROW, ledgerRows, officeHostOf, plainTable, SHEET } from './fixtures';
import { makeWpsHost, wpsHostOf } from './wps-fixtures';

const LAST_ROW = 1048576;

describe('WPS adapter: 套用台账规范', () => {
  it('writes the core validations and formats below the header, the formats first and in the core’s order', async () => {
    const wps = makeWpsHost(20);
    wps.Application.ActiveSheet!.Range('E30').Select();
    const outcome = await setupSheet(wpsHostOf(wps), defaultSchema());
    assert.strictEqual(outcome.kind, 'done');
    const cfs = wps.conditionalFormats(SHEET);
    const layout = {
      columns: outcome.header.columns,
      firstDataRow: FIRST_ITEM_ROW,
      lastRow: LAST_ROW,
      firstCol: 0,
      lastCol: HEADER.length - 1,
    };
    const specs = formatSpecs(layout, defaultSchema(), defaultSchema().warnDays);
    // Written while E30 was the user's active cell: the formulas are still those of each range's first row.
    assert.deepStrictEqual(
      cfs.map((c) => [c.address, c.formula, c.fill, c.stopIfTrue]),
      specs.map((s) => [s.address, s.formula, s.fill, s.stopIfTrue]),
    );
    const dvs = wps.dataValidations(SHEET);
    const want = validationSpecs(layout, defaultSchema());
    assert.deepStrictEqual(dvs.map((d) => d.address).sort(), want.map((v) => v.address).sort());
    const deadline = dvs.find((d) => d.address === 'H4:H' + LAST_ROW)!;
    assert.strictEqual(deadline.rule.custom!.formula, want.find((v) => v.key === 'deadline')!.rule.custom!.formula);
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
    assert.ok(
      again.kind === 'done' && again.written.replacedFormats === count - 1 && again.written.replacedValidations === 4,
      JSON.stringify(again),
    );
    const cfs = wps.conditionalFormats(SHEET);
    assert.strictEqual(cfs.length, count);
    assert.ok(cfs.some((c) => /TODAY\(\)\+4\b/.test(c.formula || '')) && !cfs.some((c) => /TODAY\(\)\+8\b/.test(c.formula || '')));
    assert.deepStrictEqual(cfs[cfs.length - 1], {
      address: 'C4:C9',
      type: 'Custom',
      formula: '=LEN($C4)>20',
      fill: '#FFFF00',
      stopIfTrue: false,
      priority: count - 1,
    });
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
    assert.deepStrictEqual(read.grid.rows, [
      ['标题', ''],
      ['序号', '完成时限'],
      [1, '#N/A'],
    ]);
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
    assert.deepStrictEqual(wps.values('逾期清单'), [
      ['问题', '完成时限'],
      ['=1+1', serialFromDay(AS_OF, true)],
    ]);
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

describe('WPS adapter: reading a sheet by id, writing the cells the user confirmed', () => {
  function twoSheets(extra?: Partial<WpsHostOptions>): WpsHost {
    return createWpsHost({
      sheets: [
        { name: '填表说明', values: [['说明']] },
        { name: SHEET, values: ledgerRows(6) },
      ],
      active: '填表说明',
      ...extra,
    });
  }

  it('reads the sheet with an id as the active one is read, activating and selecting nothing; an unknown id is ItemNotFound', async () => {
    const wps = twoSheets();
    const host = wpsHostOf(wps);
    const byName = await host.readSheet('name:' + SHEET);
    assert.deepStrictEqual(wps.selection(), { sheet: '填表说明', address: 'A1' });
    await host.select(SHEET, 'C5');
    assert.deepStrictEqual(await host.readActiveSheet(), byName);
    await setupSheet(host, defaultSchema());
    const stamped = (await host.listSheets())[1].id;
    wps.Application.ActiveSheet!.Name = '改名后的台账';
    await host.select('填表说明', 'B2');
    const renamed = await host.readSheet(stamped);
    assert.deepStrictEqual([renamed.sheet, renamed.grid.rows], [{ id: stamped, name: '改名后的台账' }, byName.grid.rows]);
    assert.deepStrictEqual(wps.selection(), { sheet: '填表说明', address: 'B2' });
    await assert.rejects(host.readSheet('name:' + SHEET), (e: { code?: string }) => e.code === 'ItemNotFound');
  });

  it('writes numbers as numbers in their format, text as typed (never a date, a number or a formula), and nothing else', async () => {
    const wps = twoSheets();
    const host = wpsHostOf(wps);
    const before = wps.values(SHEET);
    await host.writeCells('name:' + SHEET, [
      { address: 'H4', value: serialFromDay(AS_OF), format: 'yyyy-mm-dd' },
      { address: 'J4', value: '已销号' },
      { address: 'I5', value: '2026-12-01' },
      { address: 'I6', value: '=1+1' },
      { address: 'L5', value: '007' },
    ]);
    const after = wps.values(SHEET);
    assert.deepStrictEqual(
      [after[3][7], after[3][9], after[4][8], after[5][8], after[4][11]],
      [serialFromDay(AS_OF), '已销号', '2026-12-01', '=1+1', '007'],
    );
    assert.strictEqual(wps.numberFormat(SHEET, 'H4'), 'yyyy-mm-dd');
    assert.strictEqual(wps.text(SHEET, 'H4'), '2023-07-15');
    for (const [r, c] of [
      [3, 7],
      [3, 9],
      [4, 8],
      [5, 8],
      [4, 11],
    ])
      after[r][c] = before[r][c];
    assert.deepStrictEqual(after, before, 'no other cell changes');
    assert.deepStrictEqual(wps.selection(), { sheet: '填表说明', address: 'A1' }, 'the active sheet and the selection stay');
  });

  it('writes a date into a 1904 workbook as that workbook counts it; refuses a protected sheet and an unknown id', async () => {
    const wps = twoSheets({ date1904: true });
    const host = wpsHostOf(wps);
    await host.writeCells('name:' + SHEET, [{ address: 'K4', value: serialFromDay(AS_OF), format: 'yyyy-mm-dd' }]);
    assert.strictEqual(wps.values(SHEET)[3][10], serialFromDay(AS_OF, true));
    assert.strictEqual(
      dayFromSerial((await host.readSheet('name:' + SHEET)).grid.rows[3][10] as number, true),
      AS_OF,
      'read back as the day written',
    );
    wps.protect(SHEET);
    await assert.rejects(
      host.writeCells('name:' + SHEET, [{ address: 'J4', value: '已销号' }]),
      (e: { code?: string }) => e.code === 'AccessDenied',
    );
    await assert.rejects(
      host.writeCells('name:没有', [{ address: 'J4', value: '已销号' }]),
      (e: { code?: string }) => e.code === 'ItemNotFound',
    );
  });

  it('销号 and 将文字时限转换为日期 through the controller change just those cells', async () => {
    const wps = makeWpsHost(12);
    wps.setValue(SHEET, 'H7', '2023.07.20');
    const pane = new PaneController(wpsHostOf(wps), AS_OF);
    const before = wps.values(SHEET);
    const checked = await pane.validate({ asOf: '2023-07-15', warnDays: '7' });
    assert.strictEqual(checked.results.first[0].entries.length, 1, JSON.stringify(checked.results.first));
    pane.askConvert();
    const converted = await pane.confirmPending();
    assert.strictEqual(converted.status.kind, 'ok', converted.status.text);
    const view = await pane.check({ asOf: '2023-07-15', warnDays: '7' });
    const row = view.results.last.filter((b) => b.kind === 'sign-off')[0].entries[0].row;
    pane.askClose(row);
    const closed = await pane.confirmPending();
    assert.strictEqual(closed.status.kind, 'ok', closed.status.text);
    const after = wps.values(SHEET);
    assert.strictEqual(after[6][7], serialFromDay(dayFromYMD(2023, 7, 20)));
    assert.deepStrictEqual([after[row - 1][9], after[row - 1][10]], ['已销号', serialFromDay(AS_OF)]);
    after[6][7] = before[6][7];
    after[row - 1][9] = before[row - 1][9];
    after[row - 1][10] = before[row - 1][10];
    assert.deepStrictEqual(after, before);
  });
});

describe('WPS adapter: acting on the ledger a 逾期清单 came from', () => {
  it('finds a ledger the add-in stamped after a rename; one known by its name only is lost, and the pane says to switch', async () => {
    for (const stamped of [true, false]) {
      const wps = makeWpsHost(20);
      const host = wpsHostOf(wps);
      if (stamped) await setupSheet(host, defaultSchema());
      const pane = new PaneController(host, AS_OF);
      await pane.writeList({ asOf: '2023-07-15', warnDays: '7' });
      wps.Application.ActiveWorkbook!.Worksheets.Item(SHEET).Name = '台账（改名）';
      const view = await pane.check({ asOf: '2023-07-15', warnDays: '7' });
      if (stamped) assert.ok(/已按它的来源台账“台账（改名）”处理/.test(view.status.text), view.status.text);
      else
        assert.deepStrictEqual(view.status, {
          text: '“逾期清单”是本加载项生成的逾期清单，不是台账。请先切换到台账工作表，再操作。',
          kind: 'error',
        });
    }
  });
});

describe('WPS adapter: the 逾期清单 sheet', () => {
  const schema = defaultSchema();

  /** The same ledger in both in-memory hosts, and the list the pane makes of it. */
  async function both(extra?: Partial<WpsHostOptions>) {
    const rows = ledgerRows(40);
    rows[FIRST_ITEM_ROW + 2][7] = '下个月';
    rows[FIRST_ITEM_ROW + 2][9] = '整改中';
    const excel = createExcelHost({ sheets: [{ name: SHEET, values: rows }], active: SHEET });
    const wps = createWpsHost({ sheets: [{ name: SHEET, values: rows }], active: SHEET, ...extra });
    const read = await officeHostOf(excel).readActiveSheet();
    const table = overdueTable(overdueReport(ledgerOf(read, schema, AS_OF).items, AS_OF, 7), { sheet: SHEET, schema: schema });
    const office = officeHostOf(excel);
    await writeOverdueSheet(office, table, await office.listSheets(), read.sheet.id);
    const host = wpsHostOf(wps);
    await writeOverdueSheet(host, table, await host.listSheets(), 'name:' + SHEET);
    return { excel, wps, table };
  }

  it('writes the cells, bold title and blocks, fills, links back, frozen rows and print setup as the Office.js adapter does', async () => {
    const { excel, wps, table } = await both();
    const list = OVERDUE_SHEET_NAME;
    const values = wps.values(list);
    assert.deepStrictEqual(values, excel.values(list));
    assert.strictEqual(values[0][0], '逾期清单（截至 2023-07-15）');
    const lastRow = table.title.length + 1 + table.rows.length;
    for (let r = 1; r <= lastRow; r++) {
      for (const col of ['A', 'F', 'I']) {
        const at = col + r;
        const w = wps.cellFormat(list, at);
        const x = excel.cellFormat(list, at);
        assert.deepStrictEqual(
          [w.fill, w.bold, w.fontSize, w.numberFormat, w.wrapText],
          [x.fill, x.bold, x.fontSize, x.numberFormat, x.wrapText],
          at,
        );
        const link = wps.hyperlink(list, at);
        const want = excel.hyperlink(list, at);
        assert.strictEqual(link && link.documentReference, want && want.documentReference, at);
      }
    }
    assert.deepStrictEqual(wps.cellFormat(list, 'A1'), { ...wps.cellFormat(list, 'A1'), bold: true, fontSize: 14 });
    assert.strictEqual(wps.cellFormat(list, 'A4').fill, schema.colors.red);
    assert.ok(wps.hyperlink(list, 'I4'), 'the first item links back');
    assert.strictEqual(wps.text(list, 'I4'), values[3][8], 'and keeps its text');
    assert.deepStrictEqual(wps.pageLayout(list), excel.pageLayout(list));
    assert.deepStrictEqual(wps.pageLayout(list), {
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '1:3',
    });
    assert.strictEqual(wps.frozenRows(list), 3);
    assert.strictEqual(wps.activeSheet(), list);
  });

  it('gives the wrapped columns their width in characters and fits the others to the header and rows, as in Excel', async () => {
    const { wps, excel } = await both();
    const list = OVERDUE_SHEET_NAME;
    assert.strictEqual(
      wps.Application.ActiveSheet!.Range('D1').ColumnWidth,
      18 * 2 + 1,
      '问题描述: 18 Chinese characters of two digit widths, and the sides',
    );
    assert.strictEqual(wps.cellFormat(list, 'D4').wrapText, true);
    assert.strictEqual(wps.cellFormat(list, 'B4').wrapText, false);
    for (const column of ['A', 'B', 'C', 'F', 'G', 'H', 'I'])
      assert.strictEqual(wps.columnWidth(list, column), excel.columnWidth(list, column), column);
    assert.ok(wps.columnWidth(list, 'I') > 48, '所在位置 fits its text');
  });

  it('moves the dates into a 1904 workbook’s date system and replaces the links and fills of the previous list', async () => {
    const { wps, excel, table } = await both({ date1904: true });
    const list = OVERDUE_SHEET_NAME;
    const deadline = wps.values(list)[3][5] as number;
    assert.strictEqual(deadline, (excel.values(list)[3][5] as number) - 1462);
    assert.strictEqual(dayFromSerial(deadline, true), dayFromSerial(table.rows[0].cells[5] as number));
    wps.setValue(SHEET, 'J4:J43', '已销号');
    const host = wpsHostOf(wps);
    await host.select(SHEET, 'A1');
    const read = await host.readActiveSheet();
    const empty = overdueTable(overdueReport(ledgerOf(read, schema, AS_OF).items, AS_OF, 7), { sheet: SHEET, schema: schema });
    await writeOverdueSheet(host, empty, await host.listSheets(), read.sheet.id);
    assert.strictEqual(wps.values(list)[3][0], '没有逾期事项。');
    assert.strictEqual(wps.hyperlink(list, 'I4'), null);
    assert.strictEqual(wps.cellFormat(list, 'A5').fill, null);
  });

  it('writes the list without print setup on a PC without a printer, where WPS refuses PageSetup', async () => {
    const { excel, wps } = await both({ printer: false });
    assert.deepStrictEqual(wps.values(OVERDUE_SHEET_NAME), excel.values(OVERDUE_SHEET_NAME));
    assert.deepStrictEqual(wps.pageLayout(OVERDUE_SHEET_NAME), {
      orientation: 'Portrait',
      paperSize: 'Letter',
      zoom: { scale: 100 },
      printTitleRows: null,
    });
    assert.strictEqual(wps.frozenRows(OVERDUE_SHEET_NAME), 3);
  });
});
