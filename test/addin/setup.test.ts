// 套用台账规范 through the Office.js host against the in-memory Excel: the rules land where the core
// says, re-runs replace only the add-in's own rules, round trips do not grow with rows, old Excel degrades.
import * as assert from 'assert';
import { RULES_KEY } from '../../addin/settings';
import { createLedgerSheet } from '../../addin/workflows/ledger-sheet';
import { OVERDUE_SHEET_NAME, writeOverdueSheet } from '../../addin/workflows/overdue-sheet';
import { SetupOutcome, setupSheet, SHEET_LAST_ROW } from '../../addin/workflows/setup';
import { formatSpecs, RuleLayout, validationSpecs } from '../../ledger/excel-rules';
import { defaultSchema, Schema } from '../../ledger/schema';
import { createExcelHost, ExcelHost } from '../excel-host';
import { FIRST_ITEM_ROW, HEADER, HEADER_ROW, makeHost, officeHostOf, plainTable, run, SHEET, storeOf } from './fixtures';

const schema = defaultSchema();

type Done = Extract<SetupOutcome, { kind: 'done' }>;

/** 套用台账规范 on the active sheet, which must hold a ledger. */
async function setup(host: ExcelHost, withSchema: Schema = schema): Promise<Done> {
  const outcome = await setupSheet(officeHostOf(host), withSchema);
  assert.strictEqual(outcome.kind, 'done', 'set up ' + outcome.sheet);
  return outcome as Done;
}

/** The layout of the fixture, written out by hand: header in row 3, columns A..L in schema order. */
function fixtureLayout(): RuleLayout {
  return {
    columns: {
      id: 0,
      category: 1,
      problem: 2,
      measures: 3,
      department: 4,
      owner: 5,
      leader: 6,
      deadline: 7,
      progress: 8,
      status: 9,
      closedOn: 10,
      notes: 11,
    },
    firstDataRow: FIRST_ITEM_ROW,
    lastRow: SHEET_LAST_ROW,
    firstCol: 0,
    lastCol: 11,
  };
}

describe('addin setup (套用台账规范)', () => {
  it('writes the core’s validations and conditional formats below a header under title rows', async () => {
    const host = makeHost(20);
    const result = await setup(host);
    assert.strictEqual(result.header.row, HEADER_ROW);
    assert.deepStrictEqual(result.missing, []);

    const expectedDv = validationSpecs(fixtureLayout(), schema);
    const dv = host.dataValidations(SHEET);
    assert.deepStrictEqual(dv.map((d) => d.address).sort(), expectedDv.map((s) => s.address).sort());
    for (const spec of expectedDv) {
      const got = dv.filter((d) => d.address === spec.address)[0];
      assert.deepStrictEqual(got.rule, JSON.parse(JSON.stringify(spec.rule)));
      assert.strictEqual(got.prompt.message, spec.prompt.message);
      assert.strictEqual(got.errorAlert.message, spec.errorAlert.message);
    }
    assert.ok(
      dv.some((d) => d.address === 'J4:J1048576'),
      'status dropdown on 整改状态 from row 4 down',
    );

    const expectedCf = formatSpecs(fixtureLayout(), schema, 7);
    const cf = host.conditionalFormats(SHEET).sort((a, b) => a.priority - b.priority);
    assert.deepStrictEqual(
      cf.map((c) => [c.address, c.formula, c.stopIfTrue]),
      expectedCf.map((s) => [s.address, s.formula, s.stopIfTrue]),
    );
    assert.strictEqual(result.written.formats, expectedCf.length);
    assert.strictEqual(result.written.validations, expectedDv.length);
    assert.strictEqual(host.frozenRows(SHEET), HEADER_ROW);
    assert.strictEqual(host.autoFilter(SHEET), 'A3:L' + (HEADER_ROW + 20));
  });

  it('re-run replaces its own rules, never stacks them, and leaves a user-made format alone', async () => {
    const host = makeHost(10);
    await run(host, async (context) => {
      const cf = context.workbook.worksheets.getItem(SHEET).getRange('C4:C20').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=LEN(C4)>50';
      cf.custom.format.fill.color = '#123456';
      await context.sync();
    });
    await setup(host);
    const first = host.conditionalFormats(SHEET);
    const firstDv = host.dataValidations(SHEET);
    const second = await setup(host);
    const after = host.conditionalFormats(SHEET);
    assert.strictEqual(after.length, first.length, 'no duplicates');
    assert.strictEqual(second.written.replacedFormats, first.length - 1);
    assert.deepStrictEqual(host.dataValidations(SHEET), firstDv);
    const user = after.filter((c) => c.formula === '=LEN(C4)>50');
    assert.strictEqual(user.length, 1);
    assert.strictEqual(user[0].address, 'C4:C20');
    assert.strictEqual(user[0].fill, '#123456');
    assert.strictEqual(user[0].priority, after.length - 1, 'the add-in’s rules come first');
  });

  it('recognises its formats even when the remembered list is gone, so nothing stacks', async () => {
    const host = makeHost(10);
    await setup(host);
    const count = host.conditionalFormats(SHEET).length;
    const store = storeOf(host);
    store.set(RULES_KEY, {});
    await store.save();
    await setup(host);
    assert.strictEqual(host.conditionalFormats(SHEET).length, count);
  });

  it('remembers its rules in the document settings', async () => {
    const host = makeHost(5);
    await setup(host);
    const saved = host.settings()[RULES_KEY] as { [id: string]: { formats: { address: string; formula: string }[] } };
    const ids = Object.keys(saved);
    assert.strictEqual(ids.length, 1);
    assert.strictEqual(saved[ids[0]].formats.length, host.conditionalFormats(SHEET).length);
  });

  it('uses a constant number of syncs and queued operations at 100 and 5,000 rows', async () => {
    const counts: { syncs: number; ops: number }[] = [];
    for (const n of [100, 5000]) {
      const host = makeHost(n);
      await setup(host); // the second run also recognises and deletes the first run's rules
      host.resetCounters();
      await setup(host);
      counts.push({ syncs: host.counters.syncs, ops: host.counters.queuedOps });
    }
    assert.deepStrictEqual(counts[1], counts[0]);
    assert.strictEqual(counts[0].syncs, 3, 'read; recognise the earlier rules; write');
  });

  it('on ExcelApi 1.1 reports every missing feature and writes nothing', async () => {
    const host = makeHost(10, { apiVersion: '1.1' });
    const before = host.values(SHEET);
    const result = await setup(host);
    assert.deepStrictEqual(result.missing, ['dataValidation', 'conditionalFormats', 'freezePanes', 'autoFilter']);
    assert.strictEqual(host.dataValidations(SHEET).length, 0);
    assert.strictEqual(host.conditionalFormats(SHEET).length, 0);
    assert.deepStrictEqual(host.values(SHEET), before);
  });

  it('on ExcelApi 1.6 writes conditional formats and skips validation, frozen panes and filter', async () => {
    const host = makeHost(10, { apiVersion: '1.6' });
    const result = await setup(host);
    assert.deepStrictEqual(result.missing, ['dataValidation', 'freezePanes', 'autoFilter']);
    assert.ok(host.conditionalFormats(SHEET).length > 0);
    assert.strictEqual(host.dataValidations(SHEET).length, 0);
  });

  it('finds no header on a notes sheet; the new 整改台账 sheet then sets up', async () => {
    const host = createExcelHost({ sheets: [{ name: '填表说明', values: [['请按要求填写'], ['1. 每个问题一行']] }] });
    const none = await setupSheet(officeHostOf(host), schema);
    assert.deepStrictEqual(none, { kind: 'noHeader', sheet: '填表说明' });
    assert.strictEqual(host.conditionalFormats('填表说明').length, 0);
    const created = await createLedgerSheet(officeHostOf(host), schema);
    assert.strictEqual(created.name, '整改台账');
    assert.strictEqual(host.activeSheet(), '整改台账');
    assert.deepStrictEqual(host.values('整改台账')[0], HEADER);
    const done = await setup(host);
    assert.strictEqual(done.header.row, 1);
    assert.ok(host.dataValidations('整改台账').some((d) => d.address === 'J2:J1048576'));
    assert.strictEqual((await createLedgerSheet(officeHostOf(host), schema)).name, '整改台账 (2)');
  });

  it('refuses the add-in’s own 逾期清单 sheet: it is an output, not a ledger', async () => {
    const host = makeHost(10);
    const table = plainTable(
      ['问题描述', '整改措施', '责任部门', '责任人', '完成时限', '整改状态'],
      [['问题', '措施', '办公室', '张三', 45000, '整改中']],
    );
    const office = officeHostOf(host);
    const ledger = (await office.readActiveSheet()).sheet.id;
    await writeOverdueSheet(office, table, await office.listSheets(), ledger);
    assert.strictEqual(host.activeSheet(), OVERDUE_SHEET_NAME);
    assert.deepStrictEqual(await setupSheet(office, schema), { kind: 'ownSheet', sheet: OVERDUE_SHEET_NAME });
    assert.deepStrictEqual(host.conditionalFormats(OVERDUE_SHEET_NAME), []);
    assert.deepStrictEqual(host.dataValidations(OVERDUE_SHEET_NAME), []);
    assert.strictEqual(host.autoFilter(OVERDUE_SHEET_NAME), null);
  });

  it('a ledger starting at C6 gets its rules from row 7 in columns C..N, a frozen header and a filter on C6', async () => {
    const values: (string | number | null)[][] = [['说明：本表从 C6 开始'], [], [], [], [], [null, null, ...HEADER]];
    for (let i = 0; i < 5; i++)
      values.push([null, null, i + 1, '制度落实', '问题' + i, '措施', '办公室', '张三', '', 45000 + i, '', '整改中', '', '']);
    const host = createExcelHost({ sheets: [{ name: 'C6', values }], active: 'C6' });
    const result = await setup(host);
    assert.strictEqual(result.header.row, 6);
    assert.ok(
      host.dataValidations('C6').some((d) => d.address === 'L7:L1048576'),
      '整改状态 is column L',
    );
    assert.ok(host.conditionalFormats('C6').some((c) => c.address === 'C7:N1048576' && /\$J7/.test(c.formula || '')));
    assert.strictEqual(host.frozenRows('C6'), 6);
    assert.strictEqual(host.autoFilter('C6'), 'C6:N11');
  });

  it('a two-row merged header: rules start below the second header row, which is frozen and filtered', async () => {
    const values: (string | number | null)[][] = [
      ['研究室问题整改台账'],
      ['序号', '问题描述', '整改措施', '责任', '', '完成时限', '整改状态'],
      ['', '', '', '责任部门', '责任人', '', ''],
      [1, '问题', '措施', '研究室', '李四', 45000, '整改中'],
    ];
    const merges = ['A1:G1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3', 'G2:G3'];
    const host = createExcelHost({ sheets: [{ name: 'T', values, merges }], active: 'T' });
    const result = await setup(host);
    assert.deepStrictEqual([result.header.row, result.header.lastRow], [2, 3]);
    assert.ok(host.dataValidations('T').some((d) => d.address === 'G4:G1048576'));
    assert.strictEqual(host.frozenRows('T'), 3);
    assert.strictEqual(host.autoFilter('T'), 'A3:G4');
  });

  it('a new warning window replaces the light formats, keeping the user’s own format and validation on other columns', async () => {
    const host = makeHost(10);
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      const cf = sheet.getRange('M4:M100').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=M4>5';
      cf.custom.format.fill.color = '#00FF00';
      sheet.getRange('E4:E100').dataValidation.rule = { list: { inCellDropDown: true, source: '办公室,研究室' } };
      await context.sync();
    });
    await setup(host);
    const count = host.conditionalFormats(SHEET).length;
    await setup(host, { ...schema, warnDays: 3 });
    const after = host.conditionalFormats(SHEET);
    assert.strictEqual(after.length, count);
    assert.ok(after.some((c) => /TODAY\(\)\+4\b/.test(c.formula || '')));
    assert.ok(!after.some((c) => /TODAY\(\)\+8\b/.test(c.formula || '')));
    assert.strictEqual(after.filter((c) => c.formula === '=M4>5' && c.address === 'M4:M100').length, 1);
    assert.ok(host.dataValidations(SHEET).some((d) => d.address === 'E4:E100' && d.rule.list?.source === '办公室,研究室'));
  });
  it('leaves a user’s own validation alone where a remembered add-in validation used to be', async () => {
    const host = makeHost(10);
    await setup(host);
    // As after columns were inserted: the remembered 整改状态 list now points at column M,
    // where the user has a list of their own.
    const store = storeOf(host);
    const remembered = JSON.parse(JSON.stringify(store.get(RULES_KEY)));
    const sheetId = Object.keys(remembered)[0];
    const status = remembered[sheetId].validations.find((v: { address: string }) => /^J/.test(v.address));
    status.address = 'M4:M' + SHEET_LAST_ROW;
    store.set(RULES_KEY, remembered);
    await store.save();
    await run(host, async (context) => {
      const dv = context.workbook.worksheets.getItem(SHEET).getRange('M4:M' + SHEET_LAST_ROW).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: '甲,乙' } };
      dv.prompt = { showPrompt: true, title: '我的下拉', message: '自定义' };
      await context.sync();
    });
    await setup(host);
    assert.ok(host.dataValidations(SHEET).some((d) => d.address === 'M4:M' + SHEET_LAST_ROW && d.rule.list?.source === '甲,乙'));
  });
});
