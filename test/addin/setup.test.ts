// 套用台账规范 against the in-memory Excel: the rules land where the core says, re-runs replace
// only the add-in's own rules, round trips do not grow with rows, old Excel degrades.
import * as assert from 'assert';
import { setupLedger, SHEET_LAST_ROW } from '../../addin/excel/apply-rules';
import { createLedgerSheet } from '../../addin/excel/create-ledger-sheet';
import { RULES_KEY } from '../../addin/settings';
import { formatSpecs, RuleLayout, validationSpecs } from '../../ledger/excel-rules';
import { defaultSchema } from '../../ledger/schema';
import { createExcelHost, ExcelHost } from '../excel-host';
import { capsOf, FIRST_ITEM_ROW, HEADER, HEADER_ROW, makeHost, run, SHEET, storeOf } from './fixtures';

const schema = defaultSchema();

function setup(host: ExcelHost) {
  return run(host, (ctx) => setupLedger(ctx, { caps: capsOf(host), schema, warnDays: 7, store: storeOf(host) }));
}

/** The layout of the fixture, written out by hand: header in row 3, columns A..L in schema order. */
function fixtureLayout(): RuleLayout {
  return {
    columns: {
      id: 0, category: 1, problem: 2, measures: 3, department: 4, owner: 5,
      leader: 6, deadline: 7, progress: 8, status: 9, closedOn: 10, notes: 11,
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
    assert.ok(result.header);
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
    assert.ok(dv.some((d) => d.address === 'J4:J1048576'), 'status dropdown on 整改状态 from row 4 down');

    const expectedCf = formatSpecs(fixtureLayout(), schema, 7);
    const cf = host.conditionalFormats(SHEET).sort((a, b) => a.priority - b.priority);
    assert.deepStrictEqual(
      cf.map((c) => [c.address, c.formula, c.stopIfTrue]),
      expectedCf.map((s) => [s.address, s.formula, s.stopIfTrue]),
    );
    assert.strictEqual(result.formats, expectedCf.length);
    assert.strictEqual(result.validations, expectedDv.length);
    assert.strictEqual(host.frozenRows(SHEET), HEADER_ROW);
    assert.strictEqual(host.autoFilter(SHEET), 'A3:L' + (HEADER_ROW + 20));
  });

  it('re-run replaces its own rules, never stacks them, and leaves a user-made format alone', async () => {
    const host = makeHost(10);
    await run(host, async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem(SHEET).getRange('C4:C20').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=LEN(C4)>50';
      cf.custom.format.fill.color = '#123456';
      await ctx.sync();
    });
    await setup(host);
    const first = host.conditionalFormats(SHEET);
    const firstDv = host.dataValidations(SHEET);
    const second = await setup(host);
    const after = host.conditionalFormats(SHEET);
    assert.strictEqual(after.length, first.length, 'no duplicates');
    assert.strictEqual(second.replacedFormats, first.length - 1);
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
    assert.ok(counts[0].syncs <= 3, 'at most 3 syncs, got ' + counts[0].syncs);
  });

  it('on ExcelApi 1.1 reports every missing feature and writes nothing', async () => {
    const host = makeHost(10, { apiVersion: '1.1' });
    const before = host.values(SHEET);
    const result = await setup(host);
    assert.ok(result.header);
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
    const none = await setup(host);
    assert.strictEqual(none.header, null);
    assert.strictEqual(host.conditionalFormats('填表说明').length, 0);
    const name = await run(host, (ctx) => createLedgerSheet(ctx, schema));
    assert.strictEqual(name, '整改台账');
    assert.strictEqual(host.activeSheet(), '整改台账');
    assert.deepStrictEqual(host.values('整改台账')[0], HEADER);
    const done = await setup(host);
    assert.ok(done.header);
    assert.strictEqual(done.header.row, 1);
    assert.ok(host.dataValidations('整改台账').some((d) => d.address === 'J2:J1048576'));
    assert.strictEqual(await run(host, (ctx) => createLedgerSheet(ctx, schema)), '整改台账 (2)');
  });
});
