// The built task pane (dist/) in headless Chromium, on the preview page with the in-memory Excel in
// place of Excel: clicks every button as a user would and checks the pane, the workbook's rules,
// the selection, the clipboard, and that the ledger's values never change.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Browser, chromium, Frame, Page } from 'playwright-core';
import { columnLetter } from '../../ledger/cells';
import { compileSchema } from '../../ledger/compile';
import { readLedger, SheetLedger } from '../../ledger/read';
import { classify } from '../../ledger/lights';
import { defaultSchema } from '../../ledger/schema';
import {
  dayFromSerial,
  formatDay,
  formatDayChinese,
  parseISODay,
  replyDateText,
  serialFromDay,
  todayDay,
  ymdOfDay,
} from '../../ledger/days';
import { addWorkingDays } from '../../ledger/working-days';
import { contrastRatio } from '../colour-contrast';
import { Classification, Day, Item, Merge } from '../../ledger/types';
import { EXAMPLE_SHEET, exampleWorkbook, HOSTILE_TEXT } from '../preview/example-ledger';
import { PreviewServer, startPreviewServer } from '../preview/server';
import { repoRoot } from '../repo-root';
import { toolPath } from '../tools';
import { parseArea } from '../preview/sheet-view';
import { HOST_FIXTURES, HostFixture } from './host-fixture';

const AS_OF = '2023-07-15';
const AS_OF_DAY = parseISODay(AS_OF) as Day;
const WARN_DAYS = 7;
const OVERDUE_SHEET = '逾期清单';
const LAST_ROW = 1048576;
const ROOT = repoRoot(__dirname);
const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

type Values = (string | number | boolean | null)[][];

/** The host of the suite running now (the suite runs once per host). */
let fx: HostFixture = HOST_FIXTURES[0];

interface Session {
  page: Page;
  pane: Frame;
  requests: string[];
  dialogs: string[];
  errors: string[];
}

interface Expected {
  ledger: SheetLedger;
  lights: { item: Item; cls: Classification }[];
}

/** What the core says about the example ledger, for comparison with what the pane shows. */
function expected(): Expected {
  const sheet = exampleWorkbook({ today: AS_OF_DAY })[0];
  const merges: Merge[] = sheet.merges.map((a) => {
    const x = parseArea(a);
    return { s: { r: x.r0, c: x.c0 }, e: { r: x.r1, c: x.c1 } };
  });
  const ledger = readLedger(
    { name: sheet.name, rows: sheet.values, merges },
    { schema: compileSchema(defaultSchema()), year: ymdOfDay(AS_OF_DAY).y, asOf: AS_OF_DAY },
  );
  return { ledger, lights: ledger.items.map((item) => ({ item, cls: classify(item, AS_OF_DAY, WARN_DAYS) })) };
}

function hostCall<T>(page: Page, method: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([m, a]) => {
      const host = (window as unknown as { __host: { [k: string]: (...x: unknown[]) => unknown } }).__host;
      return host[m as string](...(a as unknown[]));
    },
    [method, args] as [string, unknown[]],
  ) as Promise<T>;
}

async function open(browser: Browser, server: PreviewServer, query: string): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const session: Session = { page, pane: page.mainFrame(), requests: [], dialogs: [], errors: [] };
  context.on('request', (req) => session.requests.push(req.url()));
  page.on('dialog', (d) => {
    session.dialogs.push(d.message());
    d.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (e) => session.errors.push(e.message));
  // Errors inside the pane's frame, which pageerror may not report.
  await context.addInitScript(() => {
    window.addEventListener(
      'error',
      (e) => {
        const top = window.top as unknown as { __frameErrors?: string[] };
        (top.__frameErrors = top.__frameErrors || []).push(String(e.message || (e.target as Element).tagName));
      },
      true,
    );
  });
  await page.goto(server.url + fx.query(query));
  await page.waitForFunction(
    () => {
      const frame = document.getElementById('pane') as HTMLIFrameElement | null;
      const doc = frame && frame.contentDocument;
      const btn = doc && doc.getElementById('btn-setup');
      return !!btn && (btn.textContent || '').trim() !== '';
    },
    undefined,
    { timeout: 20000 },
  );
  const pane = page.frames().find((f) => fx.paneUrl.test(f.url()));
  if (!pane) throw new Error('任务窗格的 iframe 没有加载 ' + fx.paneUrl);
  session.pane = pane;
  // The preview moves 截至日期 to its ?asOf day once the pane has filled in today; typing before then
  // would race it (the preview's write drops the selection, and the typed date is cut off at 10 characters).
  const asOf = new URLSearchParams(query.replace(/^\?/, '')).get('asOf');
  if (asOf)
    await pane.waitForFunction((day) => (document.getElementById('as-of') as HTMLInputElement).value === day, asOf, { timeout: 5000 });
  return session;
}

/** Clicks a pane button and waits until the action has finished; returns the status line. */
async function press(s: Session, selector: string): Promise<{ cls: string; text: string }> {
  await s.pane.click(selector);
  await s.pane.waitForFunction(
    () => {
      const status = document.getElementById('status') as HTMLElement;
      const btn = document.getElementById('btn-check') as HTMLButtonElement;
      return !btn.disabled && /\bis-(ok|error)\b/.test(status.className);
    },
    undefined,
    { timeout: 15000 },
  );
  return s.pane.$eval('#status', (e) => ({ cls: e.className, text: e.textContent || '' }));
}

/** Clicks a pane button and waits until the action has finished; fails with the pane's error message. */
async function act(s: Session, selector: string): Promise<string> {
  const status = await press(s, selector);
  assert.ok(/is-ok/.test(status.cls), selector + ' 失败：' + status.text);
  return status.text;
}

/** Clicks a pane button that must refuse: the status line is a Chinese error message. */
async function refused(s: Session, selector: string): Promise<string> {
  const status = await press(s, selector);
  assert.ok(/is-error/.test(status.cls), selector + ' 应报错，实际：' + status.text);
  assert.ok(/[\u4e00-\u9fff]/.test(status.text), '错误信息应为中文：' + status.text);
  return status.text;
}

function syncs(page: Page): Promise<number> {
  return fx.workbookCalls(page);
}

async function waitForSelection(s: Session, sheet: string, address: string): Promise<void> {
  await s.page
    .waitForFunction(
      ([sh, addr]) => {
        const sel = (window as unknown as { __host: { selection(): { sheet: string; address: string } } }).__host.selection();
        return sel.sheet === sh && sel.address === addr;
      },
      [sheet, address],
      { timeout: 5000 },
    )
    .catch(async () => {
      const sel = await hostCall<{ sheet: string; address: string }>(s.page, 'selection');
      assert.fail('选中的是 ' + sel.sheet + '!' + sel.address + '，应为 ' + sheet + '!' + address);
    });
}

async function setAsOf(s: Session, asOf: string, warnDays: number): Promise<void> {
  await s.pane.fill('#as-of', asOf);
  await s.pane.fill('#warn-days', String(warnDays));
}

interface OverdueGroup {
  department: string;
  owners: { owner: string; entries: { row: number; badge: string; text: string }[] }[];
}

/** The 检查逾期 list as drawn: department groups, owner headings, entries under each. */
function readOverdueList(pane: Frame): Promise<OverdueGroup[]> {
  return pane.$$eval('#results .group', (groups) =>
    groups.map((g) => {
      const out: OverdueGroup = { department: (g.querySelector('.group-title') as HTMLElement).textContent || '', owners: [] };
      for (const child of Array.from(g.children)) {
        if (child.tagName === 'H4') out.owners.push({ owner: child.textContent || '', entries: [] });
        if (child.tagName !== 'UL') continue;
        const owner = out.owners[out.owners.length - 1];
        for (const b of Array.from(child.querySelectorAll('.result-item'))) {
          owner.entries.push({
            row: Number(b.getAttribute('data-row')),
            badge: (b.querySelector('.badge') as HTMLElement).textContent || '',
            text: b.textContent || '',
          });
        }
      }
      return out;
    }),
  );
}

/** The pane from its top to its last result: the page is made tall enough for the frame to show it all. */
async function screenshotWholePane(s: Session, file: string): Promise<void> {
  const size = s.page.viewportSize() as { width: number; height: number };
  const paneHeight = await s.pane.evaluate(() => {
    window.scrollTo(0, 0);
    return document.documentElement.scrollHeight;
  });
  const chrome = await s.page.evaluate(() => window.innerHeight - (document.getElementById('pane') as HTMLElement).clientHeight);
  await s.page.setViewportSize({ width: size.width, height: Math.min(8000, paneHeight + chrome) });
  await s.page.locator('#pane').screenshot({ path: file });
  await s.page.setViewportSize(size);
}

function assertSameOrigin(s: Session, server: PreviewServer): void {
  const origin = new URL(server.url).origin;
  const outside = s.requests.filter((u) => !u.startsWith(origin + '/') && !/^(data|blob|about):/.test(u));
  assert.deepStrictEqual(outside, [], '有请求离开了本机来源');
  fx.assertRuntime(s.requests);
}

async function frameErrors(s: Session): Promise<string[]> {
  return s.page.evaluate(() => (window as unknown as { __frameErrors?: string[] }).__frameErrors || []);
}

for (const hostFx of HOST_FIXTURES) {
  describe('任务窗格：无头 Chromium 中的预览页与内存 Excel' + hostFx.label, function () {
    before(() => (fx = hostFx));
    this.timeout(60000);
    let server: PreviewServer;
    let browser: Browser;

    before(async function () {
      this.timeout(180000);
      const executablePath = toolPath('browser');
      if (!fs.existsSync(path.join(ROOT, 'dist', 'taskpane.html'))) {
        throw new Error('dist/taskpane.html 不存在：先运行 npx webpack --mode production（npm test 会先构建）');
      }
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      server = await startPreviewServer({ port: 0 });
      browser = await chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS });
    });

    after(async () => {
      if (browser) await browser.close();
      if (server) await server.close();
    });

    hostFx.officeIt(
      'the preview server answers office.js with the stand-in and serves nothing outside its folders (Office.js)',
      async () => {
        const stub = await fetch(server.url + 'pane/office-js/office.js');
        assert.strictEqual(stub.status, 200);
        assert.ok((await stub.text()).indexOf('__host') >= 0, 'office.js 应是接入内存 Excel 的替身脚本');
        const pane = await fetch(server.url + 'pane/taskpane.html');
        assert.ok((await pane.text()).indexOf('btn-setup') >= 0, '/pane/ 应提供 dist/ 中构建好的任务窗格');
        // Each would reach the repository's package.json if the server followed '..'.
        for (const attempt of ['pane/..%2fpackage.json', 'pane/%2e%2e%2fpackage.json', '..%2f..%2fpackage.json']) {
          assert.strictEqual((await fetch(server.url + attempt)).status, 403, attempt + ' 应被拒绝');
        }
      },
    );

    describe('完整流程（ExcelApi 最新，中文）', () => {
      const colors = defaultSchema().colors;
      let exp: Expected;
      let s: Session;
      let valuesBefore: Values;

      before(async () => {
        exp = expected();
        s = await open(browser, server, '?asOf=' + AS_OF);
        valuesBefore = await hostCall<Values>(s.page, 'values', EXAMPLE_SHEET);
        assert.ok(valuesBefore.length > 40, '示例台账应有 40 多行');
      });

      after(async () => {
        if (s) await s.page.context().close();
      });

      it('shows the pane in Chinese beside the grid of the example ledger', async () => {
        assert.strictEqual((await s.pane.textContent('#btn-setup'))!.trim(), '套用台账规范');
        assert.strictEqual((await s.pane.textContent('#btn-check'))!.trim(), '检查逾期');
        assert.strictEqual(await s.page.textContent('#grid td[data-cell="E3"]'), '责任部门');
        const tabs = await s.page.$$eval('#tabs button', (b) => b.map((x) => x.textContent));
        assert.deepStrictEqual(tabs, [EXAMPLE_SHEET, '填表说明']);
      });

      it('starts the pane on the preview’s day (?asOf), the day the grid is coloured for', async () => {
        await s.pane.waitForFunction((day) => (document.getElementById('as-of') as HTMLInputElement).value === day, AS_OF, {
          timeout: 5000,
        });
      });

      it('套用台账规范 adds dropdowns, date rules and light formats below the header, and the grid colours the rows', async () => {
        await act(s, '#btn-setup');
        const dvs = await hostCall<{ address: string; rule: { [k: string]: { source?: string } } }[]>(
          s.page,
          'dataValidations',
          EXAMPLE_SHEET,
        );
        const at = (addr: string) => dvs.find((d) => d.address === addr);
        const status = at('J4:J' + LAST_ROW);
        assert.ok(status && status.rule.list, '整改状态列（J4:J' + LAST_ROW + '）应有下拉列表：' + JSON.stringify(dvs));
        for (const name of ['未启动', '整改中', '已完成', '已销号']) assert.ok(status!.rule.list.source!.indexOf(name) >= 0, name);
        const category = at('B4:B' + LAST_ROW);
        assert.ok(category && category.rule.list && category.rule.list.source!.indexOf('统筹谋划少') >= 0, '问题类别列应有下拉列表');
        assert.ok(at('H4:H' + LAST_ROW), '完成时限列应有校验');
        assert.ok(at('K4:K' + LAST_ROW), '销号日期列应有校验');

        const cfs = await hostCall<{ address: string; fill?: string; formula?: string }[]>(s.page, 'conditionalFormats', EXAMPLE_SHEET);
        for (const light of ['red', 'amber', 'green', 'blue', 'grey'] as const) {
          // Green has two rules: standing commitments, then deadlines beyond the window.
          const rules = cfs.filter((c) => (c.fill || '').toUpperCase() === colors[light].toUpperCase());
          const rule = rules[0];
          assert.ok(rule, '缺少 ' + light + ' 灯的条件格式：' + JSON.stringify(cfs));
          const area = parseArea(rule!.address.split(',')[0]);
          assert.strictEqual(area.r0, 3, light + ' 灯的格式应从第 4 行开始：' + rule!.address);
          assert.strictEqual(area.r1, LAST_ROW - 1, light + ' 灯的格式应到工作表末行：' + rule!.address);
          const today = rules.some((r) => /TODAY\(\)/i.test(r.formula || ''));
          assert.ok(today || light === 'blue' || light === 'grey', light + ' 灯的公式应随 TODAY() 变化');
        }
        assert.strictEqual(await hostCall<number>(s.page, 'frozenRows', EXAMPLE_SHEET), 3, '表头（前 3 行）应冻结');

        // The grid evaluates the host's formulas for TODAY = AS_OF: each row's colour is the core's light.
        await s.page.waitForFunction(() => document.querySelectorAll('#grid td[data-fill]').length > 0, undefined, { timeout: 20000 });
        const fills = await s.page.$$eval('#grid td[data-cell^="C"]', (tds) =>
          tds.map((td) => [td.getAttribute('data-cell'), td.getAttribute('data-fill')] as [string, string | null]),
        );
        const fillAt: { [cell: string]: string | null } = {};
        for (const [cell, fill] of fills) fillAt[cell] = fill;
        let coloured = 0;
        for (const { item, cls } of exp.lights) {
          // A formula cannot parse a text deadline ("2023年底前"): excel-rules documents that such a
          // not-done row stays uncoloured while the core gives it a light.
          const textDate = item.deadline.kind === 'date' && typeof item.raw.deadline !== 'number';
          if (cls.light === null || (textDate && (cls.light === 'red' || cls.light === 'amber' || cls.light === 'green'))) continue;
          assert.strictEqual(fillAt['C' + item.row], colors[cls.light].toUpperCase(), '第 ' + item.row + ' 行应为 ' + cls.light + ' 灯');
          coloured++;
        }
        assert.ok(coloured >= 35, '应有 35 行以上着色，实际 ' + coloured);
        assert.strictEqual(await s.page.textContent('#grid td[data-cell="J4"] .dv'), '▾', '整改状态列应显示下拉标记');
        assert.strictEqual(await s.page.$$eval('#grid tr.frozen', (r) => r.length), 3, '网格应冻结 3 行表头');
      });

      it('校验台账 lists every data problem by row, and a click selects the cell', async () => {
        await setAsOf(s, AS_OF, WARN_DAYS);
        await act(s, '#btn-validate');
        const shown = await s.pane.$$eval('#results .result-item', (items) =>
          items.map((b) => b.getAttribute('data-row') + (b.getAttribute('data-column') || '')),
        );
        const want = exp.ledger.findings.filter((f) => f.row > 0).map((f) => f.row + f.column);
        assert.deepStrictEqual(shown.slice().sort(), want.slice().sort(), '窗格列出的问题应与核心的检查结果一致');
        // The problems planted in the example ledger: empty owner, bad deadline, unknown status,
        // closed without date, duplicate 序号, closing date in the future.
        for (const cell of ['13F', '19H', '31J', '33K', '39A', '43K'])
          assert.ok(shown.indexOf(cell) >= 0, '缺少 ' + cell + '：' + shown.join(' '));
        const counts = (await s.pane.textContent('#counts')) || '';
        const errors = exp.ledger.findings.filter((f) => f.severity === 'error').length;
        const warnings = exp.ledger.findings.filter((f) => f.severity === 'warning').length;
        assert.ok(new RegExp('错误\\s*' + errors + '\\D').test(counts + ' '), '计数应含“错误 ' + errors + '”：' + counts);
        assert.ok(new RegExp('警告\\s*' + warnings + '\\D').test(counts + ' '), '计数应含“警告 ' + warnings + '”：' + counts);

        await s.pane.click('#results .result-item[data-row="19"][data-column="H"]');
        await waitForSelection(s, EXAMPLE_SHEET, 'H19');
        await s.page.waitForSelector('#grid td[data-cell="H19"].selected', { timeout: 5000 });
      });

      it('检查逾期 lists overdue and due-soon items by department then person, with days overdue or left', async () => {
        await setAsOf(s, AS_OF, WARN_DAYS);
        await act(s, '#btn-check');
        const groups = await readOverdueList(s.pane);
        const byRow: { [row: number]: { item: Item; cls: Classification } } = {};
        for (const e of exp.lights) byRow[e.item.row] = e;
        const wantRows = exp.lights.filter((e) => e.cls.light === 'red' || e.cls.light === 'amber').map((e) => e.item.row);
        const shownRows: number[] = [];
        const departments: string[] = [];
        for (const g of groups) {
          departments.push(g.department);
          const owners: string[] = [];
          for (const o of g.owners) {
            owners.push(o.owner);
            for (const e of o.entries) {
              shownRows.push(e.row);
              const want = byRow[e.row];
              assert.ok(want, '第 ' + e.row + ' 行不是台账事项');
              assert.strictEqual(want.item.department, g.department, '第 ' + e.row + ' 行应在 ' + want.item.department + ' 下');
              assert.strictEqual(want.item.text.owner || '（未填责任人）', o.owner, '第 ' + e.row + ' 行的责任人');
              const days = want.cls.daysLeft as number;
              if (days < 0)
                assert.ok(
                  e.badge.indexOf('逾期') >= 0 && e.badge.indexOf(String(-days)) >= 0,
                  '第 ' + e.row + ' 行应显示逾期 ' + -days + ' 天：' + e.badge,
                );
              else if (days > 0) assert.ok(e.badge.indexOf(String(days)) >= 0, '第 ' + e.row + ' 行应显示还剩 ' + days + ' 天：' + e.badge);
            }
          }
          assert.strictEqual(new Set(owners).size, owners.length, g.department + ' 下每位责任人只应出现一次');
        }
        assert.deepStrictEqual(
          shownRows.slice().sort((a, b) => a - b),
          wantRows.slice().sort((a, b) => a - b),
          '逾期和临期事项应与核心一致',
        );
        assert.strictEqual(new Set(departments).size, departments.length, '每个部门只应出现一次');
        assert.deepStrictEqual(departments.slice().sort(), ['代表工作室', '办公室', '法制工作委员会办公室', '研究室'].sort());
        const counts = (await s.pane.textContent('#counts')) || '';
        const red = exp.lights.filter((e) => e.cls.light === 'red').length;
        assert.ok(new RegExp('逾期\\s*' + red + '\\D').test(counts + ' '), '计数应含“逾期 ' + red + '”：' + counts);

        await s.page.screenshot({ path: path.join(SCREENSHOTS, 'preview-check-overdue.png') });
        await screenshotWholePane(s, path.join(SCREENSHOTS, 'pane-check-overdue.png'));
      });

      it('shows the cell holding <img onerror> as text, in the pane and the grid, and never runs it', async () => {
        const hostile = exp.lights.find((e) => e.item.text.problem === HOSTILE_TEXT);
        assert.ok(hostile && hostile.cls.light === 'red', '示例台账中含 <img> 的事项应已逾期');
        const entry = await s.pane.textContent('#results .result-item[data-row="' + hostile!.item.row + '"]');
        assert.ok((entry || '').indexOf(HOSTILE_TEXT) >= 0, '窗格应把单元格内容原样显示为文本：' + entry);
        assert.strictEqual(await s.page.textContent('#grid td[data-cell="C' + hostile!.item.row + '"]'), HOSTILE_TEXT);
        assert.strictEqual(await s.pane.$$eval('img', (x) => x.length), 0, '窗格中不应出现 img 元素');
        assert.strictEqual(await s.page.$$eval('#grid img', (x) => x.length), 0, '网格中不应出现 img 元素');
        assert.deepStrictEqual(s.dialogs, [], '不应弹出对话框');
        assert.deepStrictEqual(s.errors, [], '页面不应有脚本错误');
        assert.deepStrictEqual(await frameErrors(s), [], '窗格中不应有错误事件（含 img 加载失败）');
      });

      it('a click on an overdue item selects its row in the ledger', async () => {
        const first = (await readOverdueList(s.pane))[0].owners[0].entries[0];
        await s.pane.click('#results .result-item[data-row="' + first.row + '"]');
        await waitForSelection(s, EXAMPLE_SHEET, 'A' + first.row + ':L' + first.row);
      });

      it('督办提醒 opens the department’s reminder, and 复制 puts the department and its overdue items on the clipboard', async () => {
        await s.pane.click('#results .open-reminder[data-department="办公室"]');
        await s.pane.waitForSelector('#results .reminder textarea', { timeout: 5000 });
        const before = (await s.pane.textContent('#status')) || '';
        await s.pane.click('#results .copy-reminder[data-department="办公室"]');
        // Copying reports only in the status line, once the clipboard has answered.
        await s.pane.waitForFunction((old) => (document.getElementById('status') as HTMLElement).textContent !== old, before);
        const status = await s.pane.$eval('#status', (e) => ({ cls: e.className, text: e.textContent || '' }));
        assert.ok(/is-ok/.test(status.cls) && status.text.indexOf('办公室') >= 0, '状态行应说明已复制：' + status.text);
        const text = await s.pane.evaluate(() => navigator.clipboard.readText());
        assert.ok(text.indexOf('办公室') === 0, '提醒应以部门开头：' + text);
        const overdue = exp.lights.filter((e) => e.item.department === '办公室' && e.cls.light === 'red');
        assert.ok(overdue.length >= 2);
        for (const e of overdue) {
          assert.ok(text.indexOf(e.item.text.problem as string) >= 0, '提醒应列出：' + e.item.text.problem);
          assert.ok(text.indexOf(String(-(e.cls.daysLeft as number))) >= 0, '提醒应写明逾期天数');
        }
        const other = exp.lights.find((e) => e.item.department === '研究室' && e.cls.light === 'red');
        assert.ok(text.indexOf(other!.item.text.problem as string) < 0, '提醒不应含其他部门的事项');
      });

      it('生成逾期清单 writes its own sheet with dates as serial numbers', async () => {
        await act(s, '#btn-write-sheet');
        const names = await hostCall<string[]>(s.page, 'sheetNames');
        assert.ok(names.indexOf(OVERDUE_SHEET) >= 0, '应生成工作表 ' + OVERDUE_SHEET + '：' + names.join('、'));
        const values = await hostCall<Values>(s.page, 'values', OVERDUE_SHEET);
        const listed = exp.lights.filter((e) => e.cls.light === 'red' || e.cls.light === 'amber');
        const unjudged = exp.lights.filter((e) => e.cls.light === null);
        const rowsListed = values.filter((line) => new RegExp('^' + EXAMPLE_SHEET + ' 第 \\d+ 行$').test(String(line[line.length - 1])));
        assert.strictEqual(rowsListed.length, listed.length + unjudged.length, '逾期清单应为每个逾期、临期和无法判断的事项各列一行');
        const headerRow = values.findIndex((line) => line.indexOf('完成时限') >= 0);
        const col = values[headerRow].indexOf('完成时限');
        assert.ok(headerRow === 2, '逾期清单的表头应在标题下的第 3 行：' + JSON.stringify(values.slice(0, 3)));
        let dates = 0;
        for (let r = headerRow + 1; r < values.length; r++) {
          const v = values[r][col];
          if (typeof v !== 'number') continue;
          dates++;
          const day = dayFromSerial(v);
          assert.ok(
            listed.some((e) => e.item.deadline.kind === 'date' && serialFromDay(e.item.deadline.day) === v),
            '第 ' + (r + 1) + ' 行的日期 ' + day + ' 不属于任何逾期事项',
          );
          assert.ok(
            /y/i.test(await hostCall<string>(s.page, 'numberFormat', OVERDUE_SHEET, columnLetter(col) + (r + 1))),
            '日期应带日期格式',
          );
        }
        assert.strictEqual(dates, listed.filter((e) => e.item.deadline.kind === 'date').length, '每个日期期限都应写为日期序列号');
        await s.page.waitForFunction(
          (name) => document.querySelector('#tabs button[aria-selected="true"]')!.textContent === name,
          OVERDUE_SHEET,
          { timeout: 5000 },
        );
      });

      it('never changes a value of the ledger', async () => {
        assert.deepStrictEqual(await hostCall<Values>(s.page, 'values', EXAMPLE_SHEET), valuesBefore);
      });

      it('sends no request outside its own origin', () => {
        assertSameOrigin(s, server);
      });
    });

    hostFx.officeDescribe('ExcelApi 1.1（批量授权版 Office 2016）', () => {
      let exp: Expected;
      let s: Session;

      before(async () => {
        exp = expected();
        s = await open(browser, server, '?api=1.1&asOf=' + AS_OF);
      });

      after(async () => {
        if (s) await s.page.context().close();
      });

      it('names the features this Excel lacks', async () => {
        const text = (await s.pane.textContent('#capabilities')) || '';
        assert.ok(await s.pane.isVisible('#capabilities'), '#capabilities 应可见');
        for (const word of ['数据验证', '条件格式', '冻结', '筛选']) assert.ok(text.indexOf(word) >= 0, '应说明缺少' + word + '：' + text);
      });

      it('still checks overdue items and navigates to them', async () => {
        const valuesBefore = await hostCall<Values>(s.page, 'values', EXAMPLE_SHEET);
        await setAsOf(s, AS_OF, WARN_DAYS);
        await act(s, '#btn-check');
        const rows = (await readOverdueList(s.pane)).reduce<number[]>(
          (acc, g) => acc.concat(...g.owners.map((o) => o.entries.map((e) => e.row))),
          [],
        );
        const want = exp.lights.filter((e) => e.cls.light === 'red' || e.cls.light === 'amber').map((e) => e.item.row);
        assert.deepStrictEqual(
          rows.sort((a, b) => a - b),
          want.sort((a, b) => a - b),
        );
        await s.pane.click('#results .result-item[data-row="' + want[0] + '"]');
        await waitForSelection(s, EXAMPLE_SHEET, 'A' + want[0] + ':L' + want[0]);
        assert.deepStrictEqual(await hostCall<Values>(s.page, 'values', EXAMPLE_SHEET), valuesBefore);
      });

      it('套用台账规范 is off (this Excel can hold none of its rules), and writes nothing', async () => {
        assert.strictEqual(await s.pane.isDisabled('#btn-setup'), true, '套用台账规范应不可用');
        await s.pane.click('#btn-setup', { force: true });
        assert.deepStrictEqual(await hostCall<unknown[]>(s.page, 'dataValidations', EXAMPLE_SHEET), []);
        assert.deepStrictEqual(await hostCall<unknown[]>(s.page, 'conditionalFormats', EXAMPLE_SHEET), []);
        assertSameOrigin(s, server);
        assert.deepStrictEqual(s.errors, []);
      });
    });

    describe('英文 Office（displayLanguage en-US）', () => {
      let s: Session;

      before(async () => {
        s = await open(browser, server, '?lang=en-US&asOf=' + AS_OF);
      });

      after(async () => {
        if (s) await s.page.context().close();
      });

      it('labels the buttons in English', async () => {
        const labels: string[] = [];
        for (const id of ['#btn-setup', '#btn-validate', '#btn-check', '#btn-write-sheet'])
          labels.push(((await s.pane.textContent(id)) || '').trim());
        assert.deepStrictEqual(labels, ['Set up ledger', 'Check data', 'Check overdue', 'Write overdue list']);
        await setAsOf(s, AS_OF, WARN_DAYS);
        await act(s, '#btn-check');
        const badge = (await s.pane.textContent('#results .result-item .badge')) || '';
        assert.ok(/overdue|left|today/i.test(badge) && !/[\u4e00-\u9fff]/.test(badge), '天数标签应为英文：' + badge);
        assertSameOrigin(s, server);
      });
    });

    describe('边界情况：输入、错误、自有工作表、设置、剪贴板、窄窗格', () => {
      let s: Session;

      beforeEach(async () => {
        s = await open(browser, server, '?asOf=' + AS_OF);
      });

      afterEach(async () => {
        if (s) await s.page.context().close();
      });

      it('refuses an invalid as-of date or warning window in Chinese and runs nothing', async () => {
        const cases: [string, string, string[]][] = [
          ['2023-02-30', '7', ['#btn-check', '#btn-write-sheet', '#btn-validate']],
          ['abc', '7', ['#btn-check', '#btn-write-sheet', '#btn-validate']],
          [AS_OF, '-1', ['#btn-check', '#btn-write-sheet']],
          [AS_OF, 'x', ['#btn-check', '#btn-write-sheet']],
        ];
        for (const [asOf, warn, buttons] of cases) {
          await s.pane.fill('#as-of', asOf);
          await s.pane.evaluate((w) => ((document.getElementById('warn-days') as HTMLInputElement).value = w), warn);
          for (const button of buttons) {
            await hostCall(s.page, 'resetCounters');
            const text = await refused(s, button);
            assert.ok(/截至日期|预警天数/.test(text), asOf + ' / ' + warn + ' ' + button + '：' + text);
            assert.strictEqual(await syncs(s.page), 0, button + ' 不应访问工作簿');
          }
        }
        assert.deepStrictEqual(await hostCall<string[]>(s.page, 'sheetNames'), [EXAMPLE_SHEET, '填表说明']);
      });

      it('生成逾期清单 lists what the workbook holds now, not what an earlier 检查逾期 saw', async () => {
        await setAsOf(s, AS_OF, WARN_DAYS);
        await act(s, '#btn-check');
        const first = (await readOverdueList(s.pane))[0].owners[0].entries[0];
        // The clerk follows up: the department reports the item done.
        await hostCall(s.page, 'setValue', EXAMPLE_SHEET, 'J' + first.row, '已完成');
        await act(s, '#btn-write-sheet');
        const values = await hostCall<Values>(s.page, 'values', OVERDUE_SHEET);
        const where = EXAMPLE_SHEET + ' 第 ' + first.row + ' 行';
        assert.ok(!values.some((line) => line.indexOf(where) >= 0), '已完成的第 ' + first.row + ' 行不应再列入逾期清单');
        assert.ok(values.length > 1, '其余逾期事项仍应列出');
      });

      hostFx.officeIt(
        '生成逾期清单 takes 2 syncs, the second run too (it replaces its own sheet): the read lists the sheets (Office.js)',
        async () => {
          await setAsOf(s, AS_OF, WARN_DAYS);
          for (const run of ['first', 'second']) {
            await fx.activate(s.page, EXAMPLE_SHEET);
            await hostCall(s.page, 'resetCounters');
            await act(s, '#btn-write-sheet');
            assert.strictEqual(await syncs(s.page), 2, run + ' run');
          }
          assert.deepStrictEqual(await hostCall<string[]>(s.page, 'sheetNames'), [EXAMPLE_SHEET, '填表说明', OVERDUE_SHEET]);
        },
      );

      it('on its own 逾期清单 sheet, the checks work on the ledger it was made from; 套用台账规范 says so and writes nothing there', async () => {
        await setAsOf(s, AS_OF, WARN_DAYS);
        await act(s, '#btn-write-sheet');
        assert.strictEqual(await hostCall<string>(s.page, 'activeSheet'), OVERDUE_SHEET);
        for (const button of ['#btn-check', '#btn-validate', '#btn-write-sheet']) {
          await fx.activate(s.page, OVERDUE_SHEET);
          const text = await act(s, button);
          assert.ok(text.indexOf('已按它的来源台账“' + EXAMPLE_SHEET + '”处理') >= 0, button + '：' + text);
          assert.ok((await s.pane.$$eval('#results .result-item', (x) => x.length)) > 0, button + ' 应列出来源台账的结果');
        }
        await fx.activate(s.page, OVERDUE_SHEET);
        const before = await hostCall<Values>(s.page, 'values', OVERDUE_SHEET);
        const text = await refused(s, '#btn-setup');
        assert.ok(text.indexOf(OVERDUE_SHEET) >= 0 && text.indexOf('台账工作表') >= 0, text);
        assert.ok(await s.pane.isHidden('#confirm'), '不应提议新建台账');
        assert.deepStrictEqual(await hostCall<unknown[]>(s.page, 'conditionalFormats', OVERDUE_SHEET), []);
        assert.deepStrictEqual(await hostCall<unknown[]>(s.page, 'dataValidations', OVERDUE_SHEET), []);
        assert.deepStrictEqual(await hostCall<Values>(s.page, 'values', OVERDUE_SHEET), before);
      });

      it('a sheet without a header offers a new ledger sheet and names the 整改台账 sheet already there', async () => {
        await fx.addSheet(s.page, '整改台账');
        await fx.activate(s.page, '填表说明');
        await refused(s, '#btn-setup');
        assert.ok(await s.pane.isVisible('#confirm'), '应提议新建台账工作表');
        const offer = (await s.pane.textContent('#confirm-text')) || '';
        assert.ok(offer.indexOf('填表说明') >= 0, offer);
        assert.ok(offer.indexOf('“整改台账 (2)”') >= 0, '应说明新工作表的名称：' + offer);
        assert.ok(offer.indexOf('已有工作表“整改台账”') >= 0, '应提示已有的“整改台账”工作表：' + offer);
        const text = await act(s, '#btn-confirm-create');
        assert.ok(text.indexOf('整改台账 (2)') >= 0, text);
        assert.deepStrictEqual(await hostCall<string[]>(s.page, 'sheetNames'), [EXAMPLE_SHEET, '填表说明', '整改台账', '整改台账 (2)']);
        assert.deepStrictEqual(await hostCall<Values>(s.page, 'values', '整改台账'), []);
        assert.ok((await hostCall<unknown[]>(s.page, 'dataValidations', '整改台账 (2)')).length > 0);
      });

      hostFx.officeIt(
        'an error thrown by Excel (protected sheet, cell being edited) is named in Chinese and the pane stays usable (Office.js)',
        async () => {
          const failures: [string, string, RegExp][] = [
            ['AccessDenied', "The cell or chart you're trying to change is on a protected sheet.", /保护/],
            ['InvalidOperationInCellEditMode', 'The operation is not allowed in cell edit mode.', /编辑/],
            ['GeneralException', 'An internal error has occurred.', /GeneralException/],
          ];
          for (const [code, message, expect] of failures) {
            await s.pane.evaluate(
              ([c, m]) => {
                const w = window as unknown as { Excel: { run: unknown }; __realRun?: unknown };
                w.__realRun = w.__realRun || w.Excel.run;
                w.Excel.run = () => {
                  const e = new Error(c + ': ' + m) as Error & { code: string; debugInfo: unknown };
                  e.name = 'RichApi.Error';
                  e.code = c;
                  e.debugInfo = { code: c, message: m, errorLocation: 'ConditionalFormatCollection.add' };
                  return Promise.reject(e);
                };
              },
              [code, message],
            );
            const text = await refused(s, '#btn-setup');
            assert.ok(expect.test(text), code + '：' + text);
            assert.ok(text.indexOf('The cell') < 0 && text.indexOf('cell edit') < 0, '不应直接显示 Excel 的英文调试信息：' + text);
          }
          await s.pane.evaluate(() => {
            const w = window as unknown as { Excel: { run: unknown }; __realRun?: unknown };
            w.Excel.run = w.__realRun;
          });
          await setAsOf(s, AS_OF, WARN_DAYS);
          await act(s, '#btn-check');
        },
      );

      it('settings: bad JSON is named in Chinese and not saved; good settings are saved and used by the next setup', async () => {
        await s.pane.click('#btn-settings-toggle');
        const save = async (json: string): Promise<{ cls: string; text: string }> => {
          await s.pane.fill('#setting-extra', json);
          const before = (await s.pane.textContent('#status')) || '';
          await s.pane.click('#btn-save-settings');
          await s.pane.waitForFunction((old) => (document.getElementById('status') as HTMLElement).textContent !== old, before);
          return s.pane.$eval('#status', (e) => ({ cls: e.className, text: e.textContent || '' }));
        };
        const fullWidth = await save('{“categories”：[“作风建设”]}');
        assert.ok(/is-error/.test(fullWidth.cls) && /半角/.test(fullWidth.text) && fullWidth.text.indexOf('“') >= 0, fullWidth.text);
        const comma = await save('{\n  "categories": ["作风建设"],\n}');
        assert.ok(/is-error/.test(comma.cls) && /第 3 行/.test(comma.text), '应指出出错的位置：' + comma.text);
        assert.ok(!/[A-Za-z]{4,}/.test(comma.text.replace('JSON', '')), '不应显示浏览器的英文报错：' + comma.text);
        const notObject = await save('["作风建设"]');
        assert.ok(/is-error/.test(notObject.cls) && /\{/.test(notObject.text), notObject.text);
        assert.strictEqual((await fx.settings(s.page))['zgtz.config'], undefined, '出错时不应保存');

        await s.pane.fill('#setting-warn-days', '3');
        const ok = await save('{"categories": ["作风建设"]}');
        assert.ok(/is-ok/.test(ok.cls), ok.text);
        const saved = (await fx.settings(s.page))['zgtz.config'] as { warnDays?: number; categories?: string[] };
        assert.strictEqual(saved.warnDays, 3);
        assert.deepStrictEqual(saved.categories, ['作风建设']);
        assert.strictEqual(await s.pane.inputValue('#warn-days'), '3');
        await act(s, '#btn-setup');
        const count = (await hostCall<unknown[]>(s.page, 'conditionalFormats', EXAMPLE_SHEET)).length;
        await s.pane.fill('#setting-warn-days', '10');
        assert.ok(/is-ok/.test((await save('{"categories": ["作风建设"]}')).cls));
        await act(s, '#btn-setup');
        const cfs = await hostCall<{ formula?: string }[]>(s.page, 'conditionalFormats', EXAMPLE_SHEET);
        assert.strictEqual(cfs.length, count, '重新套用不应叠加规则');
        assert.ok(
          cfs.some((c) => /TODAY\(\)\+11\b/.test(c.formula || '')),
          '应按新的预警天数 10 着色',
        );
        assert.ok(!cfs.some((c) => /TODAY\(\)\+4\b/.test(c.formula || '')), '旧的预警天数规则应已替换');
        const dvs = await hostCall<{ address: string; rule: { list?: { source: string } } }[]>(s.page, 'dataValidations', EXAMPLE_SHEET);
        const category = dvs.find((d) => d.address === 'B4:B' + LAST_ROW);
        assert.ok(category && category.rule.list && category.rule.list.source.indexOf('作风建设') >= 0, '问题类别下拉应含新类别');
      });

      it('when the clipboard refuses, selects the reminder’s text for Ctrl+C, and closes it on the next action', async () => {
        await setAsOf(s, AS_OF, WARN_DAYS);
        await act(s, '#btn-check');
        await s.pane.evaluate(() => {
          Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
          document.execCommand = () => false;
        });
        await s.pane.click('#results .open-reminder[data-department="办公室"]');
        await s.pane.click('#results .copy-reminder[data-department="办公室"]');
        await s.pane.waitForFunction(
          () => /Ctrl\+C/.test((document.getElementById('status') as HTMLElement).textContent || ''),
          undefined,
          { timeout: 5000 },
        );
        const area = await s.pane.$eval('#results .reminder textarea', (e) => {
          const t = e as HTMLTextAreaElement;
          const label = document.querySelector('label[for="' + t.id + '"]');
          return {
            value: t.value,
            focused: document.activeElement === t,
            selected: t.selectionEnd - t.selectionStart,
            label: label ? label.textContent || '' : '',
          };
        });
        assert.ok(area.value.indexOf('办公室') === 0, '文本框应有提醒全文：' + area.value);
        assert.ok(area.focused, '文本框应获得焦点，便于 Ctrl+C');
        assert.strictEqual(area.selected, area.value.length, '提醒全文应已选中');
        assert.ok(/[\u4e00-\u9fff]/.test(area.label), '文本框应有中文标签');
        await act(s, '#btn-validate');
        assert.strictEqual(await s.pane.$$eval('#results .reminder', (x) => x.length), 0, '下一次操作后应收起过时的提醒文本');
      });

      it('Tab reaches every button and list entry; Enter and Space activate them', async () => {
        await setAsOf(s, AS_OF, WARN_DAYS);
        await act(s, '#btn-check');
        await s.pane.focus('#btn-setup');
        const reached: string[] = [];
        const total = await s.pane.$$eval(
          'button:not([hidden]):not([disabled]), input, textarea',
          (x) => x.filter((e) => (e as HTMLElement).offsetParent !== null).length,
        );
        for (let i = 0; i < total; i++) {
          reached.push(
            await s.pane.evaluate(() => {
              const a = document.activeElement as HTMLElement;
              return a.id || a.className + ':' + (a.getAttribute('data-row') || a.getAttribute('data-department') || '');
            }),
          );
          await s.page.keyboard.press('Tab');
        }
        for (const id of ['btn-setup', 'btn-validate', 'as-of', 'warn-days', 'btn-check', 'btn-write-sheet', 'btn-settings-toggle']) {
          assert.ok(reached.indexOf(id) >= 0, 'Tab 应能到达 #' + id + '：' + reached.join(' '));
        }
        const entries = await s.pane.$$eval('#results .result-item', (x) => x.length);
        assert.strictEqual(reached.filter((r) => /^result-item:/.test(r)).length, entries, 'Tab 应能到达每个列表项');
        assert.ok(reached.some((r) => /open-reminder:办公室/.test(r)));
        const row = await s.pane.getAttribute('#results .result-item', 'data-row');
        await s.pane.focus('#results .result-item');
        await s.page.keyboard.press('Enter');
        await waitForSelection(s, EXAMPLE_SHEET, 'A' + row + ':L' + row);
        await s.pane.focus('#results .result-item >> nth=1');
        const second = await s.pane.getAttribute('#results .result-item >> nth=1', 'data-row');
        await s.page.keyboard.press('Space');
        await waitForSelection(s, EXAMPLE_SHEET, 'A' + second + ':L' + second);
      });

      hostFx.officeIt('a double click while an action runs starts no second, overlapping run (Office.js: batches take time)', async () => {
        await setAsOf(s, AS_OF, WARN_DAYS);
        // Excel takes its time, as over a network: each batch answers after 400 ms.
        await s.pane.evaluate(() => {
          const w = window as unknown as { Excel: { run(b: unknown): Promise<unknown> }; __runs: number };
          const real = w.Excel.run.bind(w.Excel);
          w.__runs = 0;
          w.Excel.run = (batch: unknown) => {
            w.__runs++;
            return new Promise((resolve) => setTimeout(resolve, 400)).then(() => real(batch));
          };
        });
        await s.pane.dblclick('#btn-check');
        await s.pane.click('#btn-validate', { force: true }).catch(() => undefined);
        await s.pane.waitForFunction(() => /is-ok/.test((document.getElementById('status') as HTMLElement).className), undefined, {
          timeout: 10000,
        });
        assert.strictEqual(
          await s.pane.evaluate(() => (window as unknown as { __runs: number }).__runs),
          1,
          '运行中再点击不应再次访问工作簿',
        );
        assert.ok(((await s.pane.textContent('#status')) || '').indexOf('逾期') >= 0);
      });

      for (const width of [320, 450]) {
        it('fits a ' + width + ' px task pane: nothing overflows, colour swatches sit beside their inputs', async () => {
          await s.page.addStyleTag({ content: 'aside { width: ' + width + 'px !important; flex: none !important; }' });
          await setAsOf(s, AS_OF, WARN_DAYS);
          await act(s, '#btn-check');
          await s.pane.click('#btn-settings-toggle');
          const layout = await s.pane.evaluate(() => {
            const root = document.documentElement;
            const wide: string[] = [];
            const all = document.querySelectorAll('body *');
            for (let i = 0; i < all.length; i++) {
              const r = all[i].getBoundingClientRect();
              if (r.width > 0 && r.right > root.clientWidth + 0.5) wide.push(all[i].tagName + '#' + all[i].id + '.' + all[i].className);
            }
            const rows = Array.prototype.slice.call(document.querySelectorAll('.color-row')) as HTMLElement[];
            const apart = rows
              .filter((row) => {
                const input = (row.querySelector('input') as HTMLElement).getBoundingClientRect();
                const swatch = (row.querySelector('.swatch') as HTMLElement).getBoundingClientRect();
                return swatch.top >= input.bottom || swatch.left < input.right;
              })
              .map((row) => (row.querySelector('label') as HTMLElement).textContent);
            return { width: root.clientWidth, scroll: root.scrollWidth, wide, apart };
          });
          assert.ok(layout.scroll <= layout.width, '窗格出现横向滚动：' + JSON.stringify(layout));
          assert.deepStrictEqual(layout.wide, [], '有元素超出窗格右边');
          assert.deepStrictEqual(layout.apart, [], '色块应紧跟在颜色输入框右侧');
          await screenshotWholePane(s, path.join(SCREENSHOTS, 'pane-' + width + 'px.png'));
        });
      }
    });

    describe('英文 Office：界面完整', () => {
      let s: Session;

      before(async () => {
        s = await open(browser, server, '?lang=en-US&asOf=' + AS_OF);
      });

      after(async () => {
        if (s) await s.page.context().close();
      });

      it('leaves no Chinese in the pane’s own text and declares the page English', async () => {
        await s.pane.click('#btn-settings-toggle');
        await setAsOf(s, AS_OF, WARN_DAYS);
        await act(s, '#btn-check');
        const chinese = await s.pane.evaluate(() => {
          const han = /[\u4e00-\u9fff]/;
          const found: string[] = [];
          // Workbook text (problems, departments, owners) is data and stays as written.
          const data = document.getElementById('results') as HTMLElement;
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (data.contains(n) || (n.parentNode as HTMLElement).id === 'status') continue;
            if (han.test(n.nodeValue || '')) found.push(n.nodeValue || '');
          }
          const attrs = document.querySelectorAll('[aria-label], [placeholder], [title]');
          for (let i = 0; i < attrs.length; i++) {
            if (data.contains(attrs[i])) continue;
            for (const a of ['aria-label', 'placeholder', 'title'])
              if (han.test(attrs[i].getAttribute(a) || '')) found.push(a + '=' + attrs[i].getAttribute(a));
          }
          if (han.test(document.title)) found.push('title=' + document.title);
          return { found, lang: document.documentElement.lang };
        });
        assert.deepStrictEqual(chinese.found, [], '英文界面中仍有中文');
        assert.ok(/^en/.test(chinese.lang), '<html lang> 应为英文：' + chinese.lang);
        const status = (await s.pane.textContent('#status')) || '';
        assert.ok(!/[\u4e00-\u9fff]/.test(status), status);
        await s.pane.fill('#as-of', 'abc');
        const text = (await press(s, '#btn-validate')).text;
        assert.ok(/as-of/i.test(text) && !/[\u4e00-\u9fff]/.test(text), text);
      });
    });

    describe('文员与督查科的用法：结果看得见，事项不遗漏', () => {
      const colors = defaultSchema().colors;
      let s: Session;

      beforeEach(async () => {
        s = await open(browser, server, '?asOf=' + AS_OF);
      });

      afterEach(async () => {
        if (s) await s.page.context().close();
      });

      /** Makes the preview's task pane `width` × `height` px, as Excel's pane at that size. */
      async function paneSize(width: number, height: number): Promise<void> {
        await s.page.addStyleTag({ content: 'aside { width: ' + width + 'px !important; flex: none !important; }' });
        const chrome = await s.page.evaluate(() => window.innerHeight - (document.getElementById('pane') as HTMLElement).clientHeight);
        await s.page.setViewportSize({ width: 1440, height: height + chrome });
        await s.pane.waitForFunction((h) => window.innerHeight === h, height);
      }

      /** Where an element is in the pane's window, and whether it is drawn inside it. */
      function place(selector: string): Promise<{ top: number; bottom: number; inView: boolean; text: string }> {
        return s.pane.$eval(selector, (e) => {
          const r = e.getBoundingClientRect();
          return {
            top: r.top,
            bottom: r.bottom,
            inView: r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight,
            text: e.textContent || '',
          };
        });
      }

      async function statusChange(before: string): Promise<{ cls: string; text: string }> {
        await s.pane.waitForFunction((old) => (document.getElementById('status') as HTMLElement).textContent !== old, before, {
          timeout: 5000,
        });
        return s.pane.$eval('#status', (e) => ({ cls: e.className, text: e.textContent || '' }));
      }

      async function statusAfterClick(selector: string): Promise<{ cls: string; text: string }> {
        const before = (await s.pane.textContent('#status')) || '';
        await s.pane.click(selector);
        return statusChange(before);
      }

      it('shows each outcome where it stays in view — after 复制督办提醒 far down, 生成逾期清单, 保存设置 — and still announces it', async () => {
        await paneSize(320, 570);
        await act(s, '#btn-check');
        const third = '#results .group:nth-of-type(3) .open-reminder';
        assert.strictEqual(await s.pane.getAttribute(third, 'data-department'), '代表工作室');
        await s.pane.click(third);
        const copied = await statusAfterClick('#results .copy-reminder[data-department="代表工作室"]');
        assert.ok(/is-ok/.test(copied.cls) && copied.text.indexOf('已复制“代表工作室”') === 0, copied.text);
        assert.ok((await s.pane.evaluate(() => window.scrollY)) > 400, 'the user had scrolled down to the third department');
        assert.ok((await place('#status')).inView, 'the message is in view where the user acted');
        assert.strictEqual(await s.pane.getAttribute('#status', 'aria-live'), 'polite');
        assert.strictEqual(await s.pane.getAttribute('#status', 'role'), 'status');

        await act(s, '#btn-write-sheet');
        assert.ok((await place('#status')).inView, 'after 生成逾期清单');

        await s.pane.click('#btn-settings-toggle');
        const saved = await statusAfterClick('#btn-save-settings');
        assert.ok(/is-ok/.test(saved.cls), saved.text);
        assert.ok((await place('#btn-save-settings')).inView && (await place('#status')).inView, 'after 保存设置, beside the button');
        const close = await place('#btn-status-close');
        assert.ok(close.inView, 'the message can be closed');
        await s.pane.click('#btn-status-close');
        assert.strictEqual(await s.pane.textContent('#status'), '');
      });

      it('marks the settings fields a save found wrong until each is right, and asks before restoring the defaults', async () => {
        await s.pane.click('#btn-settings-toggle');
        await s.pane.fill('#setting-warn-days', '-3');
        await s.pane.fill('#setting-color-amber', '#FFD9');
        const refusedSave = await statusAfterClick('#btn-save-settings');
        assert.ok(/is-error/.test(refusedSave.cls), refusedSave.text);
        const marks = () => s.pane.$$eval('#settings-body [aria-invalid="true"]', (x) => x.map((e) => e.id).sort());
        assert.deepStrictEqual(await marks(), ['setting-color-amber', 'setting-warn-days']);
        const outline = await s.pane.$eval('#setting-warn-days', (e) => getComputedStyle(e).borderTopColor);
        assert.strictEqual(outline, 'rgb(197, 15, 31)', 'a marked field is outlined in red');
        await s.pane.fill('#setting-color-amber', '#FFD966');
        assert.deepStrictEqual(await marks(), ['setting-warn-days'], 'unmarked as soon as it is right');
        await s.pane.fill('#setting-warn-days', '3');
        assert.deepStrictEqual(await marks(), []);

        await s.pane.click('#btn-reset-settings');
        assert.ok(await s.pane.isVisible('#reset-confirm'), '恢复默认 asks first');
        assert.strictEqual(await s.pane.inputValue('#setting-warn-days'), '3', 'nothing restored before the answer');
        await s.pane.click('#btn-reset-cancel');
        assert.ok(await s.pane.isHidden('#reset-confirm'));
        assert.strictEqual(await s.pane.inputValue('#setting-warn-days'), '3');
        await s.pane.click('#btn-reset-settings');
        const reset = await statusAfterClick('#btn-reset-confirm');
        assert.ok(/is-ok/.test(reset.cls) && reset.text.indexOf('已填入默认设置') === 0, reset.text);
        assert.strictEqual(await s.pane.inputValue('#setting-warn-days'), '7');
        assert.strictEqual(await s.pane.inputValue('#setting-color-red'), colors.red);
        assert.deepStrictEqual((await fx.settings(s.page))['zgtz.config'], undefined, 'not saved until 保存设置');
      });

      it('lists the items that cannot be judged apart — why, jump-able — and counts them in the counts, the reminder and the 逾期清单', async () => {
        await hostCall(s.page, 'setValue', EXAMPLE_SHEET, 'H5', '2023-11-31');
        const text = await act(s, '#btn-check');
        assert.ok(text.indexOf('无法判断 2 项') >= 0, text);
        assert.ok(((await s.pane.textContent('#counts')) || '').indexOf('无法判断 2') >= 0);
        const entries = await s.pane.$$eval('#results [data-block="unjudged"] .block-item', (x) =>
          x.map((b) => ({ row: b.getAttribute('data-row'), column: b.getAttribute('data-column'), text: b.textContent || '' })),
        );
        assert.deepStrictEqual(
          entries.map((e) => e.row),
          ['5', '19'],
        );
        assert.ok(
          entries[0].text.indexOf('公文处理流程不规范') >= 0 &&
            entries[0].text.indexOf('办公室 · 张伟') >= 0 &&
            entries[0].text.indexOf('11月没有31日') >= 0,
          entries[0].text,
        );
        assert.ok(entries[1].text.indexOf('“尽快”：不是可识别的日期') >= 0, entries[1].text);
        await s.pane.click('#results [data-block="unjudged"] .block-item[data-row="5"]');
        await waitForSelection(s, EXAMPLE_SHEET, 'H5');
        await s.pane.click('#results .open-reminder[data-department="办公室"]');
        const reminder = await s.pane.inputValue('#results .reminder textarea');
        assert.ok(reminder.indexOf('完成时限：2023-11-31（11月没有31日）') > 0, reminder);
        await act(s, '#btn-write-sheet');
        const values = await hostCall<Values>(s.page, 'values', OVERDUE_SHEET);
        assert.ok(
          values.some((line) => line[6] === '11月没有31日' && line[8] === EXAMPLE_SHEET + ' 第 5 行'),
          '逾期清单 lists it too',
        );
      });

      it('校验台账 names each text deadline with its date; 将文字时限转换为日期 rewrites just those cells after the user confirms, and the grid colours them', async () => {
        await hostCall(s.page, 'setValue', EXAMPLE_SHEET, 'H24', '2023.07.20');
        const before = await hostCall<Values>(s.page, 'values', EXAMPLE_SHEET);
        const text = await act(s, '#btn-validate');
        assert.ok(text.indexOf('2 个完成时限写成了文字') >= 0, text);
        const entries = await s.pane.$$eval('#results [data-block="text-deadlines"] .block-item', (x) => x.map((b) => b.textContent || ''));
        assert.deepStrictEqual(entries, ['H24“2023.07.20” → 2023-07-20', 'H36“2023年底前” → 2023-12-31']);
        await s.pane.click('#results .block-action');
        await s.pane.waitForSelector('#results .pending', { timeout: 5000 });
        assert.ok(((await s.pane.textContent('#results .pending')) || '').indexOf('只改这些单元格') >= 0);
        assert.deepStrictEqual(await hostCall<Values>(s.page, 'values', EXAMPLE_SHEET), before, 'nothing written before the user confirms');
        const selected = await hostCall<{ sheet: string; address: string }>(s.page, 'selection');
        const done = await act(s, '#btn-pending-ok');
        assert.strictEqual(done, '已将 2 个文字时限改写为日期；这些行现在随日期自动着色。');
        assert.deepStrictEqual(await hostCall(s.page, 'selection'), selected, 'the selection stays');
        const after = await hostCall<Values>(s.page, 'values', EXAMPLE_SHEET);
        assert.strictEqual(after[23][7], serialFromDay(parseISODay('2023-07-20') as Day));
        assert.strictEqual(after[35][7], serialFromDay(parseISODay('2023-12-31') as Day));
        assert.strictEqual(await hostCall<string>(s.page, 'numberFormat', EXAMPLE_SHEET, 'H36'), 'yyyy-mm-dd');
        after[23][7] = before[23][7];
        after[35][7] = before[35][7];
        assert.deepStrictEqual(after, before, 'no other cell changes');
        await act(s, '#btn-setup');
        await s.page.waitForFunction(() => document.querySelectorAll('#grid td[data-fill]').length > 0, undefined, { timeout: 20000 });
        assert.strictEqual(await s.page.getAttribute('#grid td[data-cell="C24"]', 'data-fill'), colors.amber, 'row 24 is due in 5 days');
        assert.strictEqual(await s.page.getAttribute('#grid td[data-cell="C36"]', 'data-fill'), colors.green, 'row 36 is on track');
      });

      it('after 生成逾期清单 the next 检查逾期 works on the ledger the list came from; the sheet has a title, days as positive numbers, a 临期 block, links back and print setup', async () => {
        await act(s, '#btn-write-sheet');
        assert.strictEqual(await hostCall<string>(s.page, 'activeSheet'), OVERDUE_SHEET);
        const text = await act(s, '#btn-check');
        assert.ok(text.indexOf('已按它的来源台账“' + EXAMPLE_SHEET + '”处理') > 0, text);
        assert.ok((await readOverdueList(s.pane)).length === 4, 'the ledger’s departments are listed');
        const values = await hostCall<Values>(s.page, 'values', OVERDUE_SHEET);
        assert.strictEqual(values[0][0], '逾期清单（截至 2023-07-15）');
        assert.strictEqual(values[2][6], '逾期天数');
        const dueSoonAt = values.findIndex((line) => String(line[0]).indexOf('临期清单（7 项') === 0);
        assert.ok(dueSoonAt > 3, '临期 in a block of its own');
        const overdue = values.slice(3, dueSoonAt - 1);
        assert.strictEqual(overdue.length, 11);
        assert.ok(
          overdue.every((line) => typeof line[6] === 'number' && (line[6] as number) > 0),
          JSON.stringify(overdue.map((l) => l[6])),
        );
        const link = await hostCall<{ documentReference: string }>(s.page, 'hyperlink', OVERDUE_SHEET, 'I4');
        const row = Number((/第 (\d+) 行$/.exec(String(values[3][8])) as RegExpExecArray)[1]);
        assert.strictEqual(link.documentReference, "'" + EXAMPLE_SHEET + "'!A" + row);
        assert.deepStrictEqual(await hostCall(s.page, 'pageLayout', OVERDUE_SHEET), {
          orientation: 'Landscape',
          paperSize: 'A4',
          zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
          printTitleRows: '1:3',
        });
        assert.strictEqual((await hostCall<{ fill: string | null }>(s.page, 'cellFormat', OVERDUE_SHEET, 'A4')).fill, colors.red);
      });

      it('first run: a card with the three actions in order and a help link, one primary button, a colour key; plain words after setup; results near the top at 320 × 570', async () => {
        assert.ok(await s.pane.isVisible('#intro'), 'the first-run card shows');
        const steps = await s.pane.$$eval('#intro li strong', (x) => x.map((e) => e.textContent));
        assert.deepStrictEqual(steps, ['套用台账规范', '校验台账', '检查逾期']);
        assert.strictEqual(await s.pane.getAttribute('#intro a', 'href'), 'help.html');
        assert.strictEqual(await s.pane.getAttribute('.pane-head a', 'href'), 'help.html');
        const primaries = () =>
          s.pane.$$eval('.controls .btn-primary', (x) => x.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.id));
        assert.deepStrictEqual(await primaries(), ['btn-setup']);
        const key = await s.pane.$$eval('#counts .chip', (x) =>
          x.map((c) => ({ text: c.textContent, color: (c.querySelector('.chip-swatch') as HTMLElement).style.backgroundColor })),
        );
        assert.deepStrictEqual(
          key.map((k) => k.text),
          ['红灯（逾期）', '黄灯（临期）', '绿灯（正常推进）', '蓝灯（已完成待销号）', '灰灯（已销号）'],
        );
        const rgb = (hex: string) => 'rgb(' + [1, 3, 5].map((i) => parseInt(hex.substr(i, 2), 16)).join(', ') + ')';
        assert.deepStrictEqual(
          key.map((k) => k.color),
          [colors.red, colors.amber, colors.green, colors.blue, colors.grey].map(rgb),
        );
        await s.page.locator('#pane').screenshot({ path: path.join(SCREENSHOTS, 'pane-first-run.png') });

        const setup = await act(s, '#btn-setup');
        assert.ok(!/数据验证|条件格式/.test(setup) && setup.indexOf('下拉选项和日期检查') >= 0 && setup.indexOf('自动标红') >= 0, setup);
        assert.deepStrictEqual(await primaries(), ['btn-check'], 'then 检查逾期 is the one primary button');
        assert.ok(await s.pane.isHidden('#intro'), 'the card folds away after the first action');
        await s.page.reload();
        s.pane = await (async () => {
          await s.page.waitForFunction(
            () => {
              const f = document.getElementById('pane') as HTMLIFrameElement | null;
              const b = f && f.contentDocument && f.contentDocument.getElementById('btn-setup');
              return !!b && (b.textContent || '').trim() !== '';
            },
            undefined,
            { timeout: 20000 },
          );
          return s.page.frames().find((f) => fx.paneUrl.test(f.url())) as Frame;
        })();
        assert.ok(await s.pane.isHidden('#intro'), 'and stays away the next time');

        await paneSize(320, 570);
        await s.pane.waitForFunction((day) => (document.getElementById('as-of') as HTMLInputElement).value === day, AS_OF, {
          timeout: 5000,
        });
        await act(s, '#btn-check');
        const first = await s.pane.$eval('#results .result-item', (e) => {
          const r = e.getBoundingClientRect();
          return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
        });
        const toast = await place('#status');
        assert.ok(first.top <= 400, 'the first result starts within 400 px: ' + first.top);
        assert.ok(
          first.bottom <= toast.top + (await s.pane.evaluate(() => window.scrollY)),
          'and is not under the message: ' + JSON.stringify({ first, toast }),
        );
      });

      it('督办提醒: the department by name, 整改措施, 抄送 the leaders, the issuer from settings and a reply date; edited before it is copied', async () => {
        await act(s, '#btn-check');
        await s.pane.click('#results .open-reminder[data-department="办公室"]');
        const area = '#results .reminder textarea';
        const text = await s.pane.inputValue(area);
        const today = todayDay();
        assert.ok(text.indexOf('办公室：\n截至2023年7月15日，办公室以下3项整改事项已超过完成时限：') === 0, text);
        assert.ok(text.indexOf('；整改措施：制定年度重点任务分解表，明确责任和时限；') > 0, text);
        assert.ok(text.indexOf('请于' + replyDateText(addWorkingDays(today, 3), today) + '前书面报送整改进展。') > 0, text);
        assert.ok(text.indexOf('\n抄送：周建国\n') > 0, text);
        assert.ok(
          /\n督查科\n\d{4}年\d{1,2}月\d{1,2}日$/.test(text) && text.slice(-formatDayChinese(today).length) === formatDayChinese(today),
          text,
        );
        assert.ok(text.indexOf('你部门') < 0 && text.indexOf('个工作日内') < 0, text);
        await s.pane.fill(area, text + '\n（已电话提醒）');
        await statusAfterClick('#results .copy-reminder[data-department="办公室"]');
        assert.strictEqual(await s.pane.evaluate(() => navigator.clipboard.readText()), text + '\n（已电话提醒）', 'the text as edited');

        await s.pane.click('#btn-settings-toggle');
        await s.pane.fill('#setting-issuer', '办公室督查科');
        const saved = await statusAfterClick('#btn-save-settings');
        assert.ok(/is-ok/.test(saved.cls), saved.text);
        await s.pane.click('#results .close-reminder');
        await s.pane.click('#results .open-reminder[data-department="办公室"]');
        assert.ok((await s.pane.inputValue(area)).indexOf('\n办公室督查科\n') > 0);
        assert.deepStrictEqual(((await fx.settings(s.page))['zgtz.config'] as { notice?: unknown }).notice, { issuer: '办公室督查科' });
      });

      it('销号 on an item awaiting sign-off writes 已销号 and today’s 销号日期 into its row after confirming; 延期 shows beside the deadline', async () => {
        await hostCall(s.page, 'setValue', EXAMPLE_SHEET, 'J5', '已延期');
        await act(s, '#btn-check');
        const meta = await s.pane.textContent('#results .result-item[data-row="5"] .item-meta');
        assert.ok((meta || '').indexOf('已延期') >= 0, meta || '');
        const rows = await s.pane.$$eval('#results [data-block="sign-off"] .block-item', (x) => x.map((b) => b.getAttribute('data-row')));
        assert.deepStrictEqual(rows, ['11', '23', '32', '40']);
        const before = await hostCall<Values>(s.page, 'values', EXAMPLE_SHEET);
        await s.pane.click('#results .close-item[data-row="11"]');
        await s.pane.waitForSelector('#results li[data-row="11"] .pending', { timeout: 5000 });
        assert.deepStrictEqual(await hostCall<Values>(s.page, 'values', EXAMPLE_SHEET), before, 'nothing written before the user confirms');
        const selected = await hostCall<{ sheet: string; address: string }>(s.page, 'selection');
        const done = await act(s, '#btn-pending-ok');
        assert.strictEqual(done, '第 11 行已销号，销号日期 ' + formatDay(todayDay()) + '。');
        assert.deepStrictEqual(await hostCall(s.page, 'selection'), selected, 'the selection stays');
        const after = await hostCall<Values>(s.page, 'values', EXAMPLE_SHEET);
        assert.strictEqual(after[10][9], '已销号');
        assert.strictEqual(after[10][10], serialFromDay(todayDay()));
        assert.strictEqual(await hostCall<string>(s.page, 'numberFormat', EXAMPLE_SHEET, 'K11'), 'yyyy-mm-dd');
        after[10][9] = before[10][9];
        after[10][10] = before[10][10];
        assert.deepStrictEqual(after, before, 'no other cell changes');
        assert.deepStrictEqual(
          await s.pane.$$eval('#results [data-block="sign-off"] .block-item', (x) => x.map((b) => b.getAttribute('data-row'))),
          ['23', '32', '40'],
        );
        const counts = (await s.pane.textContent('#counts')) || '';
        assert.ok(counts.indexOf('待销号 3') >= 0 && counts.indexOf('已销号 8') >= 0, counts);
      });

      hostFx.officeIt('将文字时限转换为日期 and 销号 each write in 1 sync once confirmed (Office.js)', async () => {
        await act(s, '#btn-validate');
        await s.pane.click('#results .block-action');
        await s.pane.waitForSelector('#results .pending', { timeout: 5000 });
        await hostCall(s.page, 'resetCounters');
        await act(s, '#btn-pending-ok');
        assert.strictEqual(await syncs(s.page), 1, '将文字时限转换为日期');
        await act(s, '#btn-check');
        await s.pane.click('#results .close-item[data-row="11"]');
        await s.pane.waitForSelector('#results li[data-row="11"] .pending', { timeout: 5000 });
        await hostCall(s.page, 'resetCounters');
        await act(s, '#btn-pending-ok');
        assert.strictEqual(await syncs(s.page), 1, '销号');
      });

      it('small things: no break inside a count or a date at 320 px, clickable-looking rows, 错误/警告 in words, 2023/7/15 accepted, a corrected 预警天数 unmarked', async () => {
        await paneSize(320, 570);
        await s.pane.fill('#as-of', '2023/7/15');
        const text = await act(s, '#btn-check');
        assert.ok(text.indexOf('截至 2023-07-15') === 0, text);
        const broken = await s.pane.evaluate(() => {
          const out: string[] = [];
          const nodes = document.querySelectorAll('#counts .chip, #results .nowrap, #results .badge');
          for (let i = 0; i < nodes.length; i++) if (nodes[i].getClientRects().length !== 1) out.push(nodes[i].textContent || '');
          return { out, dates: document.querySelectorAll('#results .item-meta .nowrap').length };
        });
        assert.deepStrictEqual(broken.out, [], 'broken across lines');
        assert.ok(broken.dates > 10, 'each deadline is kept whole');
        const look = await s.pane.$eval('#results .result-item', (e) => {
          const st = getComputedStyle(e);
          return { border: st.borderTopColor, background: getComputedStyle(document.body).backgroundColor };
        });
        const hex = (rgb: string) =>
          '#' +
          (rgb.match(/\d+/g) as string[])
            .slice(0, 3)
            .map((n) => (+n < 16 ? '0' : '') + (+n).toString(16))
            .join('');
        assert.ok(
          contrastRatio(hex(look.border), hex(look.background)) >= 3,
          'an entry’s edge stands 3:1 from the pane: ' + JSON.stringify(look),
        );

        await act(s, '#btn-validate');
        const badges = await s.pane.$$eval('#results .group .badge', (x) => x.map((b) => b.textContent || ''));
        assert.ok(badges.some((b) => /^错误 [A-Z]+$/.test(b)) && badges.some((b) => /^警告 [A-Z]+$/.test(b)), badges.join(' '));

        await s.pane.fill('#warn-days', '-1');
        await refused(s, '#btn-check');
        assert.strictEqual(await s.pane.getAttribute('#warn-days', 'aria-invalid'), 'true');
        await s.pane.fill('#warn-days', '7');
        assert.strictEqual(await s.pane.getAttribute('#warn-days', 'aria-invalid'), 'false', 'unmarked once corrected, before any button');
      });

      it('in English, one day is “1 day”', async () => {
        const en = await open(browser, server, '?lang=en-US&asOf=' + AS_OF);
        try {
          await act(en, '#btn-check');
          assert.strictEqual(await en.pane.textContent('#results .result-item[data-row="22"] .badge'), '1 day left');
          assert.strictEqual(await en.pane.textContent('#results .result-item[data-row="16"] .badge'), '1 day overdue');
        } finally {
          await en.page.context().close();
        }
      });

      hostFx.officeIt('on ExcelApi 1.1 套用台账规范 is off, stays off after an action, and the notice says why (Office.js)', async () => {
        const old = await open(browser, server, '?api=1.1&asOf=' + AS_OF);
        try {
          assert.strictEqual(await old.pane.isDisabled('#btn-setup'), true);
          const notice = (await old.pane.textContent('#capabilities')) || '';
          assert.ok(notice.indexOf('无法套用台账规范') >= 0, notice);
          await act(old, '#btn-check');
          assert.strictEqual(await old.pane.isDisabled('#btn-setup'), true, 'still off after an action');
        } finally {
          await old.page.context().close();
        }
      });
    });
  });
}
