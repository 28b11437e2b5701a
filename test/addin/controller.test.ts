// The pane controller in Node, over the Office.js host and the in-memory Excel: what each action shows
// (the view model the DOM view draws) and exactly how many round trips it takes.
import * as assert from 'assert';
import { LedgerHost } from '../../addin/host';
import { CONFIG_KEY, OVERDUE_SHEET_KEY } from '../../addin/settings';
import { PaneController, PaneFields, PaneView } from '../../addin/pane/controller';
import { lightKey, NO_RESULTS } from '../../addin/pane/results';
import { SettingsController } from '../../addin/pane/settings-form';
import { OVERDUE_SHEET_NAME } from '../../addin/workflows/overdue-sheet';
import { ledgerOf } from '../../addin/workflows/read-ledger';
import { dayFromYMD, formatDay, serialFromDay } from '../../ledger/days';
import { classify } from '../../ledger/lights';
import { defaultSchema } from '../../ledger/schema';
import { createExcelHost, ExcelHost, HostOptions } from '../excel-host';
import { AS_OF, FIRST_ITEM_ROW, HEADER, HEADER_ROW, ledgerRows, makeHost, officeHostOf, run, SHEET } from './fixtures';

const FIELDS: PaneFields = { asOf: formatDay(AS_OF), warnDays: '7' };

function paneOn(host: ExcelHost): PaneController {
  return new PaneController(officeHostOf(host), AS_OF);
}

/** Runs an action from a fresh count; returns its view and its round trips. */
async function measured(host: ExcelHost, action: () => Promise<PaneView>): Promise<{ view: PaneView; syncs: number }> {
  host.resetCounters();
  const view = await action();
  return { view, syncs: host.counters.syncs };
}

function notesSheet(extra?: Partial<HostOptions>): ExcelHost {
  return createExcelHost({ sheets: [{ name: '填表说明', values: [['请按要求填写'], ['1. 每个问题一行']] }], ...extra });
}

async function activate(host: ExcelHost, sheet: string): Promise<void> {
  await run(host, async (context) => {
    context.workbook.worksheets.getItem(sheet).activate();
    await context.sync();
  });
}

describe('pane controller: start', () => {
  it('proposes today and the document’s warning window, and names what this Excel lacks', () => {
    const pane = paneOn(makeHost(5));
    assert.deepStrictEqual(pane.view.fill, { asOf: '2023-07-15', warnDays: '7' });
    assert.deepStrictEqual(pane.view.status, { text: '', kind: null });
    assert.strictEqual(pane.view.capabilities, '');
    assert.strictEqual(pane.view.setupAvailable, true);
    const old = paneOn(makeHost(5, { apiVersion: '1.1' }));
    assert.strictEqual(
      old.view.capabilities,
      '此版本 Excel 不支持：数据验证（下拉列表、日期校验）、条件格式（红黄绿灯着色、必填提示）、冻结表头、筛选，因此无法套用台账规范；校验台账、检查逾期和生成逾期清单可正常使用。',
    );
    assert.strictEqual(old.view.setupAvailable, false);
    assert.strictEqual(old.view.primary, 'check', 'the one primary action is one this Excel can run');
    const mid = paneOn(makeHost(5, { apiVersion: '1.6' }));
    assert.strictEqual(mid.view.capabilities, '此版本 Excel 不支持：数据验证（下拉列表、日期校验）、冻结表头、筛选。其余功能可正常使用。');
    assert.strictEqual(mid.view.setupAvailable, true);
  });

  it('uses the settings saved in the document, and says so when they are invalid', () => {
    const saved = paneOn(makeHost(5, { settings: { [CONFIG_KEY]: { warnDays: 3 } } }));
    assert.strictEqual(saved.view.fill && saved.view.fill.warnDays, '3');
    const broken = paneOn(makeHost(5, { settings: { [CONFIG_KEY]: { warnDays: 'x' } } }));
    assert.strictEqual(broken.view.status.kind, 'error');
    assert.match(broken.view.status.text, /^本工作簿保存的设置有误，已改用默认设置：/);
    assert.strictEqual(broken.view.fill && broken.view.fill.warnDays, '7');
  });
});

describe('pane controller: 检查逾期 and 校验台账', () => {
  it('检查逾期 takes exactly 1 sync and shows the core’s counts, grouped entries and the as-of date', async () => {
    const host = makeHost(60);
    const pane = paneOn(host);
    const seen: PaneView[] = [];
    pane.onChange = (v) => seen.push(v);
    const { view, syncs } = await measured(host, () => pane.check(FIELDS));
    assert.strictEqual(syncs, 1);
    assert.strictEqual(view.busy, false);
    assert.ok(
      seen.some((v) => v.busy && v.status.text === '正在处理，请稍候…'),
      'busy while it runs',
    );
    assert.strictEqual(seen[seen.length - 1], view);

    const lights = { red: 0, amber: 0, green: 0, blue: 0, grey: 0 };
    const items = ledgerOf(await officeHostOf(host).readActiveSheet(), defaultSchema(), AS_OF).items;
    assert.strictEqual(items.length, 60);
    for (const item of items) {
      const light = classify(item, AS_OF, 7).light;
      if (light) lights[light]++;
    }
    assert.deepStrictEqual(view.counts, {
      kind: 'chips',
      chips: [
        { light: 'red', text: '逾期 ' + lights.red, color: defaultSchema().colors.red },
        { light: 'amber', text: '临期 ' + lights.amber, color: defaultSchema().colors.amber },
        { light: 'green', text: '正常 ' + lights.green, color: defaultSchema().colors.green },
        { light: 'blue', text: '待销号 ' + lights.blue, color: defaultSchema().colors.blue },
        { light: 'grey', text: '已销号 ' + lights.grey, color: defaultSchema().colors.grey },
      ],
    });
    assert.deepStrictEqual(view.status, {
      text: `截至 2023-07-15：逾期 ${lights.red} 项，临期 ${lights.amber} 项，无法判断 0 项。`,
      kind: 'ok',
    });
    const entries = view.results.departments.reduce((n, g) => n + g.owners.reduce((m, o) => m + o.entries.length, 0), 0);
    assert.strictEqual(entries, lights.red + lights.amber);
    const first = view.results.departments[0];
    assert.strictEqual(first.reminderLabel, '“' + first.name + '”的督办提醒');
    assert.match(first.owners[0].entries[0].badge, /^逾期 \d+ 天$/);
    assert.match(first.owners[0].entries[0].meta, /^时限 \d{4}-\d{2}-\d{2}$/);
    assert.strictEqual(view.compact, true, 'the controls fold once results are shown');
  });

  it('校验台账 takes exactly 1 sync and lists findings by row, clickable where they name a row', async () => {
    const rows = ledgerRows(10);
    rows[FIRST_ITEM_ROW][7] = '下个月';
    rows[FIRST_ITEM_ROW + 1][9] = '差不多了';
    const host = createExcelHost({ sheets: [{ name: SHEET, values: rows }], active: SHEET });
    const { view, syncs } = await measured(host, () => paneOn(host).validate(FIELDS));
    assert.strictEqual(syncs, 1);
    assert.strictEqual(view.status.kind, 'ok');
    assert.match(view.status.text, /^校验完成：10 项事项，发现 \d+ 个问题。$/);
    const deadline = view.results.findings.filter((g) => g.title === '第 ' + (FIRST_ITEM_ROW + 1) + ' 行')[0];
    assert.ok(deadline, 'the row of the bad deadline has its group');
    assert.strictEqual(deadline.entries[0].column, 'H');
    assert.strictEqual(deadline.entries[0].badge, '错误 H', 'the severity in words, not by colour alone');
    assert.match(deadline.entries[0].text, /^完成时限：/);
    assert.strictEqual(view.counts.kind, 'text');
    assert.match(view.counts.kind === 'text' ? view.counts.text : '', /^错误 \d+ · 警告 \d+ · 提示 \d+$/);
  });

  it('refuses an invalid as-of date or warning window without touching the workbook, marking the field', async () => {
    const host = makeHost(5);
    const pane = paneOn(host);
    let r = await measured(host, () => pane.check({ asOf: '2023-02-30', warnDays: '7' }));
    assert.strictEqual(r.syncs, 0);
    assert.deepStrictEqual(r.view.invalid, { asOf: true, warnDays: false });
    assert.strictEqual(r.view.focus, 'as-of');
    assert.deepStrictEqual(r.view.status, { text: '截至日期应为有效日期，例如 2023-07-15、2023/7/15 或 2023年7月15日。', kind: 'error' });
    r = await measured(host, () => pane.writeList({ asOf: '2023-07-15', warnDays: '400' }));
    assert.strictEqual(r.syncs, 0);
    assert.deepStrictEqual(r.view.invalid, { asOf: false, warnDays: true });
    assert.strictEqual(r.view.focus, 'warn-days');
    // 校验台账 needs no warning window: it checks the date only.
    r = await measured(host, () => pane.validate({ asOf: ' 2023-07-15 ', warnDays: 'x' }));
    assert.strictEqual(r.syncs, 1);
    assert.deepStrictEqual(r.view.invalid, { asOf: false, warnDays: true });
    assert.strictEqual(r.view.focus, null);
  });

  it('on a sheet without a ledger, or on its own 逾期清单, clears the results and says why', async () => {
    const host = notesSheet();
    const pane = paneOn(host);
    const { view, syncs } = await measured(host, () => pane.check(FIELDS));
    assert.strictEqual(syncs, 1);
    assert.deepStrictEqual(view.status, {
      text: '当前工作表“填表说明”未找到台账表头。表头需包含问题描述、整改措施、责任人、完成时限等列。',
      kind: 'error',
    });
    assert.deepStrictEqual(view.counts, lightKey(defaultSchema().colors), 'the colour key again');
    assert.strictEqual(view.results, NO_RESULTS);

    const both = createExcelHost({
      sheets: [
        { name: SHEET, values: ledgerRows(30) },
        { name: '填表说明', values: [['说明']] },
      ],
      active: SHEET,
    });
    const onBoth = paneOn(both);
    await onBoth.check(FIELDS);
    assert.ok(onBoth.reminderFor('办公室'));
    await activate(both, '填表说明');
    await onBoth.check(FIELDS);
    assert.strictEqual(onBoth.reminderFor('办公室'), null, 'no reminder from a refused read');
  });

  it('reads in row blocks only past the payload limit, and then shows every item', async () => {
    const host = makeHost(3000, { payloadLimitBytes: 150 * 1024 });
    const { view, syncs } = await measured(host, () => paneOn(host).validate(FIELDS));
    assert.ok(syncs > 2, 'the refused read, the shape, then the blocks: ' + syncs);
    assert.match(view.status.text, /^校验完成：3000 项事项/);
  });
});

describe('pane controller: navigation and reminders', () => {
  it('a click selects the item’s row across the table, or the finding’s cell, in exactly 1 sync', async () => {
    const host = makeHost(20);
    const pane = paneOn(host);
    assert.strictEqual((await measured(host, () => pane.select(5, ''))).syncs, 0, 'nothing listed yet');
    await pane.check(FIELDS);
    let r = await measured(host, () => pane.select(FIRST_ITEM_ROW + 2, ''));
    assert.strictEqual(r.syncs, 1);
    assert.deepStrictEqual(host.selection(), { sheet: SHEET, address: 'A' + (FIRST_ITEM_ROW + 2) + ':L' + (FIRST_ITEM_ROW + 2) });
    r = await measured(host, () => pane.select(FIRST_ITEM_ROW, 'H'));
    assert.strictEqual(r.syncs, 1);
    assert.deepStrictEqual(host.selection(), { sheet: SHEET, address: 'H' + FIRST_ITEM_ROW });
    assert.strictEqual((await measured(host, () => pane.select(0, ''))).syncs, 0, 'a sheet-level finding has no row');
  });

  it('gives each listed department its reminder; the clipboard’s refusal leaves the text, the next action takes it away', async () => {
    const host = makeHost(30);
    const pane = paneOn(host);
    const view = await pane.check(FIELDS);
    const name = view.results.departments[0].name;
    const text = pane.reminderFor(name);
    assert.ok(text && text.indexOf(name + '：') === 0, String(text));
    assert.strictEqual(pane.reminderFor('不存在的部门'), null);
    assert.deepStrictEqual(pane.copied(name).status, {
      text: '已复制“' + name + '”的督办提醒，可粘贴到钉钉、企业微信或政务微信。',
      kind: 'ok',
    });
    const failed = pane.copyFailed();
    assert.deepStrictEqual(failed.status, { text: '无法自动复制：提醒文本已选中，请按 Ctrl+C 复制。', kind: 'error' });
  });
});

describe('pane controller: 生成逾期清单', () => {
  it('takes exactly 2 syncs, the second run too: read with the sheet list, then write', async () => {
    const host = makeHost(40);
    const pane = paneOn(host);
    const first = await measured(host, () => pane.writeList(FIELDS));
    assert.strictEqual(first.syncs, 2);
    assert.match(
      first.view.status.text,
      /^已生成工作表“逾期清单”：逾期 \d+ 项，临期 \d+ 项，无法判断 0 项。点“所在位置”可回到“办公室台账”中的该行。$/,
    );
    assert.strictEqual(host.activeSheet(), OVERDUE_SHEET_NAME);
    const id = host.settings()[OVERDUE_SHEET_KEY];
    assert.ok(typeof id === 'string' && id !== '');
    await activate(host, SHEET);
    const second = await measured(host, () => pane.writeList(FIELDS));
    assert.strictEqual(second.syncs, 2);
    assert.deepStrictEqual(host.sheetNames(), [SHEET, OVERDUE_SHEET_NAME]);
    assert.strictEqual(host.settings()[OVERDUE_SHEET_KEY], id);
    assert.ok(second.view.results.departments.length > 0, 'the list’s content stays on show');
  });
});

describe('pane controller: 套用台账规范', () => {
  it('takes 2 syncs on a fresh sheet and 3 when it replaces its earlier rules, whatever the rows', async () => {
    for (const n of [10, 3000]) {
      const host = makeHost(n);
      const pane = paneOn(host);
      const first = await measured(host, () => pane.setup());
      assert.strictEqual(first.syncs, 2, n + ' rows, first run');
      assert.deepStrictEqual(first.view.status, {
        text: '已为“办公室台账”第 4 行起的各行（含今后新填的行）设置下拉选项和日期检查；逾期的行将自动标红，临期的标黄。 表头已冻结。 已添加筛选。',
        kind: 'ok',
      });
      assert.doesNotMatch(first.view.status.text, /数据验证|条件格式/, 'plain words, not the rules’ names');
      assert.strictEqual(first.view.primary, 'check', 'once set up, 检查逾期 is the primary action');
      const again = await measured(host, () => pane.setup());
      assert.strictEqual(again.syncs, 3, n + ' rows, re-run');
      assert.strictEqual(
        again.view.status.text,
        '已为“办公室台账”第 4 行起的各行（含今后新填的行）设置下拉选项和日期检查；逾期的行将自动标红，临期的标黄。 上次套用的规则已更新。 表头已冻结。 已有筛选，保持不变。',
      );
    }
  });

  it('on ExcelApi 1.1 refuses without touching the workbook; on 1.6 writes the formats only', async () => {
    const old = makeHost(10, { apiVersion: '1.1' });
    const r = await measured(old, () => paneOn(old).setup());
    assert.strictEqual(r.syncs, 0);
    assert.deepStrictEqual(r.view.status, { text: '此版本 Excel 不支持套用台账规范；校验台账和检查逾期仍可使用。', kind: 'error' });
    const mid = makeHost(10, { apiVersion: '1.6' });
    const pane = paneOn(mid);
    assert.strictEqual((await measured(mid, () => pane.setup())).syncs, 2);
    const again = await measured(mid, () => pane.setup());
    assert.strictEqual(again.syncs, 3);
    assert.strictEqual(
      again.view.status.text,
      '已为“办公室台账”第 4 行起的各行（含今后新填的行）设置自动着色：逾期的行标红，临期的标黄。 上次套用的规则已更新。',
    );
  });

  it('offers a new ledger sheet where there is no header (2 syncs), creates and sets it up on consent (4 syncs)', async () => {
    const host = createExcelHost({
      sheets: [
        { name: '填表说明', values: [['请按要求填写']] },
        { name: '整改台账', values: [['旧表']] },
      ],
      active: '填表说明',
    });
    const pane = paneOn(host);
    const offered = await measured(host, () => pane.setup());
    assert.strictEqual(offered.syncs, 2);
    assert.strictEqual(
      offered.view.offer,
      '当前工作表“填表说明”没有找到台账表头。要新建工作表“整改台账 (2)”并写入标准表头吗？ 工作簿中已有工作表“整改台账”；如要使用它，请点“取消”并切换到该工作表。',
    );
    assert.strictEqual(offered.view.focus, 'confirm-create');
    assert.strictEqual(offered.view.busy, false, 'the focus lands on an enabled button');
    assert.strictEqual(offered.view.status.kind, 'error');
    const created = await measured(host, () => pane.confirmCreate());
    assert.strictEqual(created.syncs, 4);
    assert.strictEqual(created.view.offer, null);
    assert.match(created.view.status.text, /^已新建工作表“整改台账 \(2\)”。 已为“整改台账 \(2\)”第 2 行起的各行/);
    assert.deepStrictEqual(host.values('整改台账 (2)')[0], HEADER);
    await activate(host, '填表说明');
    await pane.setup();
    const cancelled = pane.cancelCreate();
    assert.strictEqual(cancelled.offer, null);
    assert.deepStrictEqual(cancelled.status, { text: '', kind: null });
  });

  it('refuses its own 逾期清单 sheet in 1 sync', async () => {
    const host = makeHost(20);
    const pane = paneOn(host);
    await pane.writeList(FIELDS);
    const r = await measured(host, () => pane.setup());
    assert.strictEqual(r.syncs, 1);
    assert.match(r.view.status.text, /^“逾期清单”是本加载项生成的逾期清单，不是台账。请先切换到台账工作表，再套用台账规范。$/);
    assert.deepStrictEqual(host.conditionalFormats(OVERDUE_SHEET_NAME), []);
  });
});

describe('pane controller: errors and overlapping clicks', () => {
  it('names an Excel error in Chinese, keeps the code of an unknown one, and is usable again', async () => {
    const host = makeHost(10);
    const office = officeHostOf(host);
    const failing = (e: unknown): LedgerHost => ({ ...office, readActiveSheet: () => Promise.reject(e) });
    let view = await new PaneController(failing({ code: 'AccessDenied', message: 'Access denied.' }), AS_OF).check(FIELDS);
    assert.strictEqual(view.busy, false);
    assert.deepStrictEqual(view.status, {
      text: '操作失败：工作表或工作簿受保护，或没有编辑权限。请在“审阅”选项卡撤消工作表保护后重试。',
      kind: 'error',
    });
    view = await new PaneController(failing({ code: 'GeneralException', message: 'Something broke.' }), AS_OF).validate(FIELDS);
    assert.strictEqual(view.status.text, '操作失败：Something broke.（错误代码 GeneralException）');
    const pane = new PaneController(failing({ code: 'InvalidOperationInCellEditMode', message: '' }), AS_OF);
    await pane.check(FIELDS);
    assert.strictEqual((await pane.setup()).status.kind, 'ok', 'the next action runs');
  });

  it('ignores a second action while one runs', async () => {
    const host = makeHost(10);
    const pane = paneOn(host);
    host.resetCounters();
    const first = pane.check(FIELDS);
    const second = await pane.writeList(FIELDS);
    assert.strictEqual(second.busy, true, 'answered with the running action’s view');
    await first;
    assert.strictEqual(host.counters.syncs, 1);
    assert.deepStrictEqual(host.sheetNames(), [SHEET]);
  });
});

describe('settings controller', () => {
  it('fills the form from the document, saves a valid one for the next actions, and refuses an invalid one', async () => {
    const host = makeHost(10, { settings: { [CONFIG_KEY]: { warnDays: 5, categories: ['作风建设'] } } });
    const office = officeHostOf(host);
    const pane = new PaneController(office, AS_OF);
    const settings = new SettingsController(office.settings);
    const form = settings.initialForm(pane.currentSchema());
    assert.strictEqual(form.warnDays, '5');
    assert.strictEqual(form.colors.red, defaultSchema().colors.red);
    assert.deepStrictEqual(JSON.parse(form.extra), { categories: ['作风建设'] });

    const bad = await settings.save({ ...form, extra: '{“categories”: []}' });
    assert.strictEqual(bad.saved, false);
    assert.match(bad.message, /^设置有误，未保存： 扩展配置不是有效的 JSON：含有中文全角标点 “ ”/);
    assert.deepStrictEqual(pane.settingsSaved(bad).status.kind, 'error');
    assert.deepStrictEqual((host.settings()[CONFIG_KEY] as { warnDays: number }).warnDays, 5, 'not saved');

    const good = await settings.save({ ...form, warnDays: '3', colors: { ...form.colors, red: '#ff0000' } });
    assert.strictEqual(good.saved, true);
    const view = pane.settingsSaved(good);
    assert.deepStrictEqual(view.fill, { warnDays: '3' });
    assert.strictEqual(view.status.text, '设置已保存到本工作簿。再次“套用台账规范”后，着色按新设置生效。');
    assert.deepStrictEqual(host.settings()[CONFIG_KEY], {
      categories: ['作风建设'],
      warnDays: 3,
      colors: { ...defaultSchema().colors, red: '#FF0000' },
    });
    assert.strictEqual(pane.currentSchema().warnDays, 3);

    assert.deepStrictEqual(settings.defaultForm(), {
      warnDays: String(defaultSchema().warnDays),
      colors: defaultSchema().colors,
      issuer: '督查科',
      extra: '',
    });
    assert.strictEqual(settings.swatch('#12ab34'), '#12ab34');
    assert.strictEqual(settings.swatch('#12ab3'), 'transparent');
  });
});

describe('pane controller: what cannot be judged stays in sight', () => {
  it('lists open items without a readable deadline apart, saying why, counts them everywhere, and jumps to the cell', async () => {
    const rows = ledgerRows(10);
    rows[FIRST_ITEM_ROW][7] = '2023-11-31';
    rows[FIRST_ITEM_ROW + 3][7] = '';
    rows[FIRST_ITEM_ROW + 3][9] = '整改中';
    const host = createExcelHost({ sheets: [{ name: SHEET, values: rows }], active: SHEET });
    const pane = paneOn(host);
    const view = await pane.check(FIELDS);
    assert.match(view.status.text, /，无法判断 2 项。$/);
    assert.ok(
      view.counts.kind === 'chips' && view.counts.chips.some((c) => c.light === null && c.text === '无法判断 2'),
      JSON.stringify(view.counts),
    );
    const block = view.results.last.filter((b) => b.kind === 'unjudged')[0];
    assert.ok(block, 'a block of its own');
    assert.strictEqual(block.title, '无法判断（2 项）');
    assert.deepStrictEqual(
      block.entries.map((e) => [e.row, e.column, e.meta]),
      [
        [FIRST_ITEM_ROW + 1, 'H', '研究室 · 李四 · 时限“2023-11-31”：11月没有31日'],
        [FIRST_ITEM_ROW + 4, 'H', '研究室 · 张三 · 未填写完成时限'],
      ],
    );
    const research = view.results.departments.filter((d) => d.name === '研究室')[0];
    assert.match(research.meta, / · 无法判断 2$/);
    assert.match(pane.reminderFor('研究室') as string, /完成时限：2023-11-31（11月没有31日）。/);
    host.resetCounters();
    await pane.select(FIRST_ITEM_ROW + 1, 'H');
    assert.deepStrictEqual(host.selection(), { sheet: SHEET, address: 'H' + (FIRST_ITEM_ROW + 1) });
    await pane.writeList(FIELDS);
    const listed = host.values(OVERDUE_SHEET_NAME).filter((line) => line[8] === SHEET + ' 第 ' + (FIRST_ITEM_ROW + 1) + ' 行');
    assert.strictEqual(listed.length, 1, 'in the 逾期清单 too');
    assert.strictEqual(listed[0][6], '11月没有31日');
  });
});

describe('pane controller: text deadlines turned into dates, when asked', () => {
  it('names each text deadline with its date, asks before rewriting, then writes just those cells in 1 sync', async () => {
    const rows = ledgerRows(10);
    rows[FIRST_ITEM_ROW][7] = '2023年10月底';
    rows[FIRST_ITEM_ROW + 1][7] = '2023.12.15';
    const host = createExcelHost({ sheets: [{ name: SHEET, values: rows }], active: SHEET });
    const before = host.values(SHEET);
    const pane = paneOn(host);
    const view = await pane.validate(FIELDS);
    assert.match(view.status.text, /另有 2 个完成时限写成了文字/);
    assert.ok(view.counts.kind === 'text' && / · 文字时限 2$/.test(view.counts.text));
    const block = view.results.first[0];
    assert.deepStrictEqual(
      block.entries.map((e) => [e.badge, e.text]),
      [
        ['H' + (FIRST_ITEM_ROW + 1), '“2023年10月底” → 2023-10-31'],
        ['H' + (FIRST_ITEM_ROW + 2), '“2023.12.15” → 2023-12-15'],
      ],
    );
    assert.strictEqual(block.action, '将文字时限转换为日期');
    assert.deepStrictEqual(host.values(SHEET), before, 'nothing changes before the user asks');
    const asked = pane.askConvert();
    assert.deepStrictEqual(asked.pending, {
      kind: 'convert',
      text: '将把上面 2 个单元格改写为对应的日期（只改这些单元格，其他内容不变）。确定吗？',
    });
    assert.strictEqual(pane.cancelPending().pending, null);
    assert.deepStrictEqual(host.values(SHEET), before, 'nor when the user cancels');
    pane.askConvert();
    const done = await measured(host, () => pane.confirmPending());
    assert.strictEqual(done.syncs, 1);
    assert.deepStrictEqual(done.view.status, { text: '已将 2 个文字时限改写为日期；这些行现在随日期自动着色。', kind: 'ok' });
    assert.deepStrictEqual(done.view.results.first, [], 'nothing left to convert');
    const after = host.values(SHEET);
    assert.strictEqual(after[FIRST_ITEM_ROW][7], serialFromDay(dayFromYMD(2023, 10, 31)));
    assert.strictEqual(after[FIRST_ITEM_ROW + 1][7], serialFromDay(dayFromYMD(2023, 12, 15)));
    assert.strictEqual(host.numberFormat(SHEET, 'H' + (FIRST_ITEM_ROW + 1)), 'yyyy-mm-dd');
    after[FIRST_ITEM_ROW][7] = before[FIRST_ITEM_ROW][7];
    after[FIRST_ITEM_ROW + 1][7] = before[FIRST_ITEM_ROW + 1][7];
    assert.deepStrictEqual(after, before, 'every other cell as it was');
    assert.deepStrictEqual((await pane.validate(FIELDS)).results.first, [], 'the next check finds no text deadline');
  });
});

describe('pane controller: 销号 and 延期', () => {
  it('lists the items awaiting sign-off; 销号 asks, then writes 已销号 and today’s date into that row in 1 sync', async () => {
    const host = makeHost(12);
    const today = dayFromYMD(2023, 7, 20);
    const pane = new PaneController(officeHostOf(host), today);
    const view = await pane.check(FIELDS);
    const block = view.results.last.filter((b) => b.kind === 'sign-off')[0];
    const rows = block.entries.map((e) => e.row);
    assert.deepStrictEqual(rows, [FIRST_ITEM_ROW + 2, FIRST_ITEM_ROW + 7], 'the 已完成 rows');
    assert.deepStrictEqual(block.entries[0].close, { text: '销号', label: '第 ' + (FIRST_ITEM_ROW + 2) + ' 行销号' });
    const row = rows[0];
    const asked = pane.askClose(row);
    assert.deepStrictEqual(asked.pending, {
      kind: 'close',
      row,
      text: '将第 ' + row + ' 行“问题3：会议纪要归档不及时”标记为已销号，销号日期填 2023-07-20。确定吗？',
    });
    const before = host.values(SHEET);
    const done = await measured(host, () => pane.confirmPending());
    assert.strictEqual(done.syncs, 1);
    assert.deepStrictEqual(done.view.status, { text: '第 ' + row + ' 行已销号，销号日期 2023-07-20。', kind: 'ok' });
    const after = host.values(SHEET);
    assert.strictEqual(after[row - 1][9], '已销号');
    assert.strictEqual(after[row - 1][10], serialFromDay(today));
    assert.strictEqual(host.numberFormat(SHEET, 'K' + row), 'yyyy-mm-dd');
    after[row - 1][9] = before[row - 1][9];
    after[row - 1][10] = before[row - 1][10];
    assert.deepStrictEqual(after, before, 'nothing else changes');
    assert.deepStrictEqual(
      done.view.results.last.filter((b) => b.kind === 'sign-off')[0].entries.map((e) => e.row),
      [FIRST_ITEM_ROW + 7],
    );
    const chips = done.view.counts.kind === 'chips' ? done.view.counts.chips.map((c) => c.text) : [];
    const again = await pane.check(FIELDS);
    assert.deepStrictEqual(
      again.counts.kind === 'chips' ? again.counts.chips.map((c) => c.text) : null,
      chips,
      'the counts as a fresh check has them',
    );
  });

  it('offers no 销号 where the ledger has no 销号日期 column', async () => {
    const rows = ledgerRows(8).map((r) => r.slice(0, 10));
    const host = createExcelHost({ sheets: [{ name: SHEET, values: rows }], active: SHEET });
    const view = await paneOn(host).check(FIELDS);
    const block = view.results.last.filter((b) => b.kind === 'sign-off')[0];
    assert.ok(block.entries.length > 0);
    assert.ok(block.entries.every((e) => e.close === null));
  });

  it('shows 延期 N 天 where 完成时限 is later than 原定时限, and the extension statuses', async () => {
    const rows = ledgerRows(10).map((r) => r.concat(['']));
    rows[HEADER_ROW - 1][12] = '原定时限';
    rows[FIRST_ITEM_ROW - 1][12] = (rows[FIRST_ITEM_ROW - 1][7] as number) - 10;
    rows[FIRST_ITEM_ROW][9] = '申请延期';
    const host = createExcelHost({ sheets: [{ name: SHEET, values: rows }], active: SHEET });
    const view = await paneOn(host).check(FIELDS);
    const metas: { [row: number]: string } = {};
    for (const d of view.results.departments) for (const o of d.owners) for (const e of o.entries) metas[e.row] = e.meta;
    assert.match(metas[FIRST_ITEM_ROW], /^时限 \d{4}-\d{2}-\d{2} · 延期 10 天$/);
    assert.match(metas[FIRST_ITEM_ROW + 1], /^时限 \d{4}-\d{2}-\d{2} · 申请延期$/);
  });
});

describe('pane controller: after 生成逾期清单', () => {
  it('acts on the ledger the list was made from while the list is the active sheet', async () => {
    const host = makeHost(30);
    const pane = paneOn(host);
    const first = await pane.check(FIELDS);
    await pane.writeList(FIELDS);
    assert.strictEqual(host.activeSheet(), OVERDUE_SHEET_NAME);
    const check = await measured(host, () => pane.check(FIELDS));
    assert.strictEqual(check.syncs, 2, 'the list, then its ledger');
    assert.strictEqual(check.view.status.kind, 'ok', check.view.status.text);
    assert.match(check.view.status.text, /（当前是“逾期清单”，已按它的来源台账“办公室台账”处理。）$/);
    assert.deepStrictEqual(check.view.counts, first.counts);
    const list = await measured(host, () => pane.writeList(FIELDS));
    assert.strictEqual(list.syncs, 3, 'the list with the sheet names, its ledger, the write');
    assert.deepStrictEqual(host.sheetNames(), [SHEET, OVERDUE_SHEET_NAME]);
    const validate = await pane.validate(FIELDS);
    assert.match(validate.status.text, /^校验完成：30 项事项/);
    await pane.select(FIRST_ITEM_ROW, '');
    assert.strictEqual(host.selection().sheet, SHEET, 'a click goes back to the ledger');
  });

  it('says the list is no ledger when the ledger it came from is gone', async () => {
    const host = createExcelHost({
      sheets: [
        { name: SHEET, values: ledgerRows(10) },
        { name: '备份', values: ledgerRows(10) },
      ],
      active: SHEET,
    });
    const pane = paneOn(host);
    await pane.writeList(FIELDS);
    await run(host, async (context) => {
      context.workbook.worksheets.getItem(SHEET).delete();
      await context.sync();
    });
    await activate(host, OVERDUE_SHEET_NAME);
    const view = await pane.check(FIELDS);
    assert.deepStrictEqual(view.status, {
      text: '“逾期清单”是本加载项生成的逾期清单，不是台账。请先切换到台账工作表，再操作。',
      kind: 'error',
    });
  });
});

describe('pane controller: fields as a clerk types them', () => {
  it('takes 截至日期 in every full form the ledger accepts', async () => {
    const host = makeHost(5);
    for (const typed of ['2023-07-15', '2023/7/15', '2023.07.15', '2023年7月15日', ' 2023/07/15 ']) {
      const view = await paneOn(host).check({ asOf: typed, warnDays: '7' });
      assert.strictEqual(view.status.kind, 'ok', typed + ': ' + view.status.text);
      assert.match(view.status.text, /^截至 2023-07-15：/, typed);
    }
  });

  it('unmarks a field as soon as it is corrected, before the next action', async () => {
    const pane = paneOn(makeHost(5));
    await pane.check({ asOf: '2023-02-30', warnDays: '-1' });
    assert.deepStrictEqual(pane.view.invalid, { asOf: true, warnDays: true });
    assert.deepStrictEqual(pane.fieldsEdited({ asOf: '2023-07-15', warnDays: '-1' }).invalid, { asOf: false, warnDays: true });
    assert.deepStrictEqual(pane.fieldsEdited({ asOf: '2023-07-15', warnDays: '-' }).invalid, { asOf: false, warnDays: true });
    assert.deepStrictEqual(pane.fieldsEdited({ asOf: '2023-07-15', warnDays: '7' }).invalid, { asOf: false, warnDays: false });
  });

  it('signs the 督办提醒 with the issuer saved in the document and dates the reply from today', async () => {
    const host = makeHost(30, { settings: { [CONFIG_KEY]: { notice: { issuer: '办公室督查科', replyDays: 2 } } } });
    // Monday: two working days on is Wednesday.
    const pane = new PaneController(officeHostOf(host), dayFromYMD(2023, 7, 17));
    const view = await pane.check(FIELDS);
    const text = pane.reminderFor(view.results.departments[0].name) as string;
    assert.match(text, /\n请于7月19日前书面报送整改进展。\n/);
    assert.match(text, /\n抄送：刘局长\n\n办公室督查科\n2023年7月17日$/);
    const settings = new SettingsController(officeHostOf(host).settings);
    assert.strictEqual(settings.initialForm(pane.currentSchema()).issuer, '办公室督查科');
    assert.deepStrictEqual(JSON.parse(settings.initialForm(pane.currentSchema()).extra), { notice: { replyDays: 2 } });
  });

  it('marks the settings fields a save finds wrong, and knows when each is right again', async () => {
    const host = makeHost(5);
    const settings = new SettingsController(officeHostOf(host).settings);
    const form = settings.defaultForm();
    const bad = await settings.save({ ...form, warnDays: '-3', colors: { ...form.colors, amber: '#FFD9' }, issuer: '', extra: '{' });
    assert.strictEqual(bad.saved, false);
    if (bad.saved) return;
    assert.deepStrictEqual(bad.invalid, {
      warnDays: true,
      issuer: true,
      extra: true,
      red: false,
      amber: true,
      green: false,
      blue: false,
      grey: false,
    });
    assert.strictEqual(settings.fieldValid('amber', '#FFD966'), true);
    assert.strictEqual(settings.fieldValid('warnDays', '-3'), false);
    assert.strictEqual(settings.fieldValid('issuer', '办公室督查科'), true);
    assert.strictEqual(settings.fieldValid('extra', '{"categories": ["作风建设"]}'), true);
    const unknown = await settings.save({ ...form, extra: '{"colour": {}}' });
    assert.ok(!unknown.saved && unknown.invalid.extra && !unknown.invalid.warnDays, 'a key the core refuses marks the JSON');
    const good = await settings.save({ ...form, issuer: '办公室督查科' });
    assert.ok(good.saved);
    assert.deepStrictEqual(host.settings()[CONFIG_KEY], {
      warnDays: 7,
      colors: defaultSchema().colors,
      notice: { issuer: '办公室督查科' },
    });
  });
});
