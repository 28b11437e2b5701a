// 检查逾期, 校验台账 and the 逾期清单 sheet through the Office.js host against the in-memory Excel: few
// round trips, chunked reads only past the payload limit, old Excel works, and no value the user typed
// ever changes.
import * as assert from 'assert';
import { SheetTable } from '../../addin/host';
import { overdueTable } from '../../addin/overdue';
import { overdueReport } from '../../ledger/overdue';
import { OVERDUE_SHEET_NAME, writeOverdueSheet } from '../../addin/workflows/overdue-sheet';
import { ledgerOf } from '../../addin/workflows/read-ledger';
import { setupSheet } from '../../addin/workflows/setup';
import { classify } from '../../ledger/lights';
import { defaultSchema } from '../../ledger/schema';
import { formatDay, serialFromDay } from '../../ledger/days';
import { Item } from '../../ledger/types';
import { createExcelHost, ExcelHost } from '../excel-host';
import { AS_OF, FIRST_ITEM_ROW, ledgerRows, makeHost, officeHostOf, plainTable, run, SHEET } from './fixtures';

const schema = defaultSchema();

async function read(host: ExcelHost) {
  const sheet = await officeHostOf(host).readActiveSheet();
  return { read: sheet, ledger: ledgerOf(sheet, schema, AS_OF) };
}

/** The 逾期清单 as the pane writes it: the workbook's sheets listed, then the table written. */
async function writeTable(host: ExcelHost, table: SheetTable): Promise<string> {
  const office = officeHostOf(host);
  return (await writeOverdueSheet(office, table, await office.listSheets(), '{ledger}')).name;
}

function listOf(r: { read: { grid: { name: string } }; ledger: { items: Item[] } }): SheetTable {
  return overdueTable(overdueReport(r.ledger.items, AS_OF, 7), { sheet: r.read.grid.name, schema: schema });
}

async function writeList(host: ExcelHost): Promise<string> {
  return writeTable(host, listOf(await read(host)));
}

describe('addin check overdue (检查逾期)', () => {
  it('reads every item in exactly 1 sync at 100 and 5,000 rows', async () => {
    for (const n of [100, 5000]) {
      const host = makeHost(n);
      const r = await read(host);
      assert.strictEqual(r.ledger.items.length, n);
      assert.strictEqual(host.counters.syncs, 1, n + ' rows');
    }
  });

  it('groups overdue and due-soon items by department, then owner, most overdue first', async () => {
    const host = makeHost(60);
    const r = await read(host);
    const report = overdueReport(r.ledger.items, AS_OF, 7);
    const expected = r.ledger.items.filter((it) => {
      const light = classify(it, AS_OF, 7).light;
      return light === 'red' || light === 'amber';
    });
    let listed = 0;
    for (const g of report.groups) {
      for (const o of g.owners) {
        for (const e of o.entries) {
          assert.strictEqual(e.item.department, g.department);
          assert.strictEqual(e.item.text.owner, o.owner);
        }
        listed += o.entries.length;
      }
      for (let i = 1; i < g.entries.length; i++) {
        assert.ok((g.entries[i - 1].cls.daysLeft as number) <= (g.entries[i].cls.daysLeft as number));
      }
    }
    assert.ok(expected.length > 0);
    assert.strictEqual(listed, expected.length);
    assert.strictEqual(report.counts.red + report.counts.amber, expected.length);
  });

  it('works on ExcelApi 1.1 (volume-licensed Office 2016)', async () => {
    const host = makeHost(30, { apiVersion: '1.1' });
    const r = await read(host);
    assert.strictEqual(r.ledger.items.length, 30);
    const report = overdueReport(r.ledger.items, AS_OF, 7);
    assert.ok(report.counts.red > 0);
    await officeHostOf(host).select(SHEET, 'F10');
    assert.deepStrictEqual(host.selection(), { sheet: SHEET, address: 'F10' });
    const sheet = await writeList(host);
    assert.strictEqual(sheet, OVERDUE_SHEET_NAME);
  });

  it('reads in chunks only past the payload limit, and still returns every row', async () => {
    const small = makeHost(3000, { payloadLimitBytes: 150 * 1024 });
    const r = await read(small);
    assert.ok(small.counters.syncs > 2, 'a chunked read needs more round trips');
    assert.strictEqual(r.ledger.items.length, 3000);
    assert.strictEqual(r.ledger.items[2999].row, FIRST_ITEM_ROW + 2999);
    assert.strictEqual(r.ledger.items[2999].text.problem, '问题3000：会议纪要归档不及时');
    const roomy = makeHost(3000);
    const same = await read(roomy);
    assert.strictEqual(roomy.counters.syncs, 1);
    assert.deepStrictEqual(same.read.grid.rows, r.read.grid.rows);
  });

  it('selects a row or a cell on another sheet, activating it, in 1 sync', async () => {
    const host = createExcelHost({
      sheets: [
        { name: '填表说明', values: [['说明']] },
        { name: SHEET, values: ledgerRows(10) },
      ],
      active: '填表说明',
    });
    await officeHostOf(host).select(SHEET, 'A7:L7');
    assert.deepStrictEqual(host.selection(), { sheet: SHEET, address: 'A7:L7' });
    assert.strictEqual(host.counters.syncs, 1);
    await officeHostOf(host).select(SHEET, 'H8');
    assert.deepStrictEqual(host.selection(), { sheet: SHEET, address: 'H8' });
  });

  it('never changes a value: setup, validate, check and the 逾期清单 sheet leave the ledger as typed', async () => {
    const host = makeHost(40);
    host.setValue(SHEET, 'C5', '=SUM(1,2)');
    host.setValue(SHEET, 'H6', '2023-06-30');
    const before = host.values(SHEET);
    await setupSheet(officeHostOf(host), schema);
    await read(host);
    await writeList(host);
    assert.deepStrictEqual(host.values(SHEET), before);
  });
});

describe('addin 逾期清单 sheet', () => {
  it('writes dates as serials with a yyyy-mm-dd format and text as text, in 2 syncs (list the sheets, write)', async () => {
    const rows = ledgerRows(20);
    rows[4][2] = '=HYPERLINK("http://x","点我")';
    rows[4][0] = '007';
    const host = createExcelHost({ sheets: [{ name: SHEET, values: rows }], active: SHEET });
    const r = await read(host);
    const report = overdueReport(r.ledger.items, AS_OF, 7);
    const table = listOf(r);
    host.resetCounters();
    await writeTable(host, table);
    assert.strictEqual(host.counters.syncs, 2);
    const values = host.values(OVERDUE_SHEET_NAME);
    const top = table.title.length + 1;
    assert.strictEqual(values.length, top + table.rows.length);
    const first = report.groups[0].owners[0].entries[0];
    assert.strictEqual(values[top][5], serialFromDay((first.item.deadline as { day: number }).day));
    assert.strictEqual(host.numberFormat(OVERDUE_SHEET_NAME, 'F' + (top + 1)), 'yyyy-mm-dd');
    assert.strictEqual(host.text(OVERDUE_SHEET_NAME, 'F' + (top + 1)), formatDay((first.item.deadline as { day: number }).day));
    const formulaRow = values.findIndex((line) => line[3] === '=HYPERLINK("http://x","点我")');
    assert.ok(formulaRow > 0, 'the formula-like problem text is listed');
    const address = 'D' + (formulaRow + 1);
    assert.strictEqual(host.text(OVERDUE_SHEET_NAME, address), '=HYPERLINK("http://x","点我")', 'stored as text, not as a formula');
    const idRow = values.findIndex((line) => line[0] === '007');
    assert.ok(idRow > 0, 'a 序号 like 007 stays text');
  });

  it('writes a list too large for one request in blocks, every row intact', async () => {
    const host = makeHost(5);
    const header = ['序号', '责任部门', '责任人', '问题描述', '完成时限'];
    const rows: (string | number)[][] = [];
    for (let i = 0; i < 40000; i++) {
      rows.push([i + 1, '代表工作室', '张三' + i, '问题' + i + '：联络站活动频次不高，部分站点一年不足四次活动', serialFromDay(AS_OF - i)]);
    }
    const table = plainTable(header, rows, ['General', 'General', 'General', 'General', 'yyyy-mm-dd']);
    host.resetCounters();
    await writeTable(host, table);
    assert.ok(host.counters.syncs > 2, 'more than one write request');
    const values = host.values(OVERDUE_SHEET_NAME);
    assert.strictEqual(values.length, rows.length + 1);
    assert.deepStrictEqual(values[0], header);
    assert.deepStrictEqual(values[1], rows[0]);
    assert.deepStrictEqual(values[rows.length], rows[rows.length - 1]);
    assert.strictEqual(host.numberFormat(OVERDUE_SHEET_NAME, 'E40001'), 'yyyy-mm-dd');
  });

  it('replaces its own sheet on each run and never touches a user sheet of the same name', async () => {
    const host = createExcelHost({
      sheets: [
        { name: SHEET, values: ledgerRows(30) },
        { name: OVERDUE_SHEET_NAME, values: [['我自己的清单，不要动']] },
      ],
      active: SHEET,
    });
    const first = await writeList(host);
    assert.strictEqual(first, OVERDUE_SHEET_NAME + ' (2)');
    await run(host, async (context) => {
      context.workbook.worksheets.getItem(SHEET).activate();
      await context.sync();
    });
    const second = await writeList(host);
    assert.strictEqual(second, first);
    assert.deepStrictEqual(host.sheetNames(), [SHEET, OVERDUE_SHEET_NAME, OVERDUE_SHEET_NAME + ' (2)']);
    assert.deepStrictEqual(host.values(OVERDUE_SHEET_NAME), [['我自己的清单，不要动']]);
  });
});

describe('addin 逾期清单 sheet: print-ready', () => {
  async function written(apiVersion?: '1.1' | '1.6' | '1.8' | 'latest') {
    const rows = ledgerRows(40);
    rows[FIRST_ITEM_ROW + 2][7] = '下个月';
    rows[FIRST_ITEM_ROW + 2][9] = '整改中';
    const host = createExcelHost({ sheets: [{ name: SHEET, values: rows }], active: SHEET, apiVersion: apiVersion || 'latest' });
    const r = await read(host);
    const report = overdueReport(r.ledger.items, AS_OF, 7);
    host.resetCounters();
    await writeTable(host, listOf(r));
    return { host, report, values: host.values(OVERDUE_SHEET_NAME) };
  }

  it('has a title with the as-of day, the overdue items with days overdue as positive numbers, then 临期 and 无法判断 blocks named so', async () => {
    const { host, report, values } = await written();
    assert.strictEqual(values[0][0], '逾期清单（截至 2023-07-15）');
    assert.deepStrictEqual(host.cellFormat(OVERDUE_SHEET_NAME, 'A1'), {
      ...host.cellFormat(OVERDUE_SHEET_NAME, 'A1'),
      bold: true,
      fontSize: 14,
    });
    assert.strictEqual(
      values[1][0],
      '来源：办公室台账。逾期 ' + report.counts.red + ' 项，临期 ' + report.counts.amber + ' 项（预警 7 天），无法判断 1 项。',
    );
    assert.deepStrictEqual(values[2], [
      '序号',
      '责任部门',
      '责任人',
      '问题描述',
      '整改措施',
      '完成时限',
      '逾期天数',
      '整改状态',
      '所在位置',
    ]);
    const overdue = values.slice(3, 3 + report.counts.red);
    assert.ok(
      overdue.length > 0 && overdue.every((line) => typeof line[6] === 'number' && (line[6] as number) > 0),
      'days overdue, positive',
    );
    const dueSoonAt = values.findIndex((line) => /^临期清单（\d+ 项，7 天内到期）$/.test(String(line[0])));
    assert.strictEqual(dueSoonAt, 3 + report.counts.red + 1, 'after a blank row');
    assert.strictEqual(values[dueSoonAt + 1][6], '剩余天数');
    const dueSoon = values.slice(dueSoonAt + 2, dueSoonAt + 2 + report.counts.amber);
    assert.ok(
      dueSoon.every((line) => typeof line[6] === 'number' && (line[6] as number) >= 0),
      'days left',
    );
    const unjudgedAt = values.findIndex((line) => String(line[0]).indexOf('无法判断（1 项') === 0);
    assert.strictEqual(values[unjudgedAt + 1][6], '无法判断的原因');
    assert.deepStrictEqual(values[unjudgedAt + 2].slice(5, 7), ['下个月', '不是可识别的日期']);
    const colors = defaultSchema().colors;
    assert.strictEqual(host.cellFormat(OVERDUE_SHEET_NAME, 'A4').fill, colors.red);
    assert.strictEqual(host.cellFormat(OVERDUE_SHEET_NAME, 'I' + (dueSoonAt + 3)).fill, colors.amber);
    assert.strictEqual(host.cellFormat(OVERDUE_SHEET_NAME, 'A' + (dueSoonAt + 1)).bold, true, 'a block’s title in bold');
  });

  it('links 所在位置 back to the row, and is set up for A4 landscape, one page wide, title and header on every page', async () => {
    const { host, values } = await written();
    const source = String(values[3][8]);
    const row = Number((/第 (\d+) 行$/.exec(source) as RegExpExecArray)[1]);
    assert.deepStrictEqual(host.hyperlink(OVERDUE_SHEET_NAME, 'I4'), { documentReference: "'办公室台账'!A" + row, textToDisplay: source });
    assert.strictEqual(host.values(SHEET)[row - 1][2], values[3][3], 'the link leads to the listed item');
    assert.deepStrictEqual(host.pageLayout(OVERDUE_SHEET_NAME), {
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '1:3',
    });
    assert.strictEqual(host.frozenRows(OVERDUE_SHEET_NAME), 3);
    assert.strictEqual(host.columnWidth(OVERDUE_SHEET_NAME, 'D'), 18 * 12 + 6, '问题描述 wraps at a readable width');
    assert.strictEqual(host.cellFormat(OVERDUE_SHEET_NAME, 'D4').wrapText, true);
    assert.strictEqual(host.counters.syncs, 2);
  });

  it('writes the same list where Excel lacks links and page setup (ExcelApi 1.6) or nearly everything (1.1)', async () => {
    const full = (await written()).values;
    for (const version of ['1.6', '1.1'] as const) {
      const { host, values } = await written(version);
      assert.deepStrictEqual(values, full, version);
      assert.strictEqual(host.hyperlink(OVERDUE_SHEET_NAME, 'I4'), null, version);
      assert.strictEqual(host.pageLayout(OVERDUE_SHEET_NAME).paperSize, 'Letter', version);
    }
  });

  it('replaces the links and fills of the previous list', async () => {
    const host = makeHost(30);
    await writeList(host);
    const before = host.values(OVERDUE_SHEET_NAME).length;
    host.setValue(SHEET, 'J4:J40', '已销号');
    await run(host, async (context) => {
      context.workbook.worksheets.getItem(SHEET).activate();
      await context.sync();
    });
    await writeList(host);
    const values = host.values(OVERDUE_SHEET_NAME);
    assert.ok(values.length < before);
    assert.strictEqual(values[3][0], '没有逾期事项。');
    assert.strictEqual(host.hyperlink(OVERDUE_SHEET_NAME, 'I4'), null);
    assert.strictEqual(host.cellFormat(OVERDUE_SHEET_NAME, 'A5').fill, null);
  });
});
