// The built task pane (dist/) in headless Chromium, on the preview page with the in-memory Excel in
// place of Excel: clicks every button as a user would and checks the pane, the workbook's rules,
// the selection, the clipboard, and that the ledger's values never change.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Browser, chromium, Frame, Page } from 'playwright-core';
import { columnLetter } from '../../ledger/cells';
import { readLedger, SheetLedger } from '../../ledger/read';
import { classify } from '../../ledger/lights';
import { defaultSchema } from '../../ledger/schema';
import { dayFromSerial, parseISODay, serialFromDay, ymdOfDay } from '../../ledger/days';
import { Classification, Day, Item, Merge } from '../../ledger/types';
import { EXAMPLE_SHEET, exampleWorkbook, HOSTILE_TEXT } from '../preview/example-ledger';
import { PreviewServer, repoRoot, startPreviewServer } from '../preview/server';
import { parseArea } from '../preview/sheet-view';

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

function chromiumPath(): string {
  let found = '';
  try {
    found = execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    found = '';
  }
  if (!found) throw new Error('找不到 chromium（which chromium 无结果）：浏览器测试需要 Debian 的 chromium 软件包，请运行 apt-get install chromium fonts-wqy-microhei');
  return found;
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
    { schema: defaultSchema(), year: ymdOfDay(AS_OF_DAY).y, asOf: AS_OF_DAY },
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
    window.addEventListener('error', (e) => {
      const top = window.top as unknown as { __frameErrors?: string[] };
      (top.__frameErrors = top.__frameErrors || []).push(String(e.message || (e.target as Element).tagName));
    }, true);
  });
  await page.goto(server.url + query);
  await page.waitForFunction(() => {
    const frame = document.getElementById('pane') as HTMLIFrameElement | null;
    const doc = frame && frame.contentDocument;
    const btn = doc && doc.getElementById('btn-setup');
    return !!btn && (btn.textContent || '').trim() !== '';
  }, undefined, { timeout: 20000 });
  const pane = page.frames().find((f) => /\/pane\/taskpane\.html$/.test(f.url()));
  if (!pane) throw new Error('任务窗格的 iframe 没有加载 /pane/taskpane.html');
  session.pane = pane;
  return session;
}

/** Clicks a pane button and waits until the action has finished; fails with the pane's error message. */
async function act(s: Session, selector: string): Promise<string> {
  await s.pane.click(selector);
  await s.pane.waitForFunction(() => {
    const status = document.getElementById('status') as HTMLElement;
    const btn = document.getElementById('btn-check') as HTMLButtonElement;
    return !btn.disabled && /\bis-(ok|error)\b/.test(status.className);
  }, undefined, { timeout: 15000 });
  const status = await s.pane.$eval('#status', (e) => ({ cls: e.className, text: e.textContent || '' }));
  assert.ok(/is-ok/.test(status.cls), selector + ' 失败：' + status.text);
  return status.text;
}

async function waitForSelection(s: Session, sheet: string, address: string): Promise<void> {
  await s.page.waitForFunction(
    ([sh, addr]) => {
      const sel = (window as unknown as { __host: { selection(): { sheet: string; address: string } } }).__host.selection();
      return sel.sheet === sh && sel.address === addr;
    },
    [sheet, address],
    { timeout: 5000 },
  ).catch(async () => {
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
  assert.ok(s.requests.some((u) => u.endsWith('/pane/office-js/office.js')), '任务窗格没有请求 office-js/office.js');
}

async function frameErrors(s: Session): Promise<string[]> {
  return s.page.evaluate(() => (window as unknown as { __frameErrors?: string[] }).__frameErrors || []);
}

describe('任务窗格：无头 Chromium 中的预览页与内存 Excel', function () {
  this.timeout(60000);
  let server: PreviewServer;
  let browser: Browser;

  before(async function () {
    this.timeout(180000);
    const executablePath = chromiumPath();
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

  it('the preview server answers office.js with the stand-in and serves nothing outside its folders', async () => {
    const stub = await fetch(server.url + 'pane/office-js/office.js');
    assert.strictEqual(stub.status, 200);
    assert.ok((await stub.text()).indexOf('__host') >= 0, 'office.js 应是接入内存 Excel 的替身脚本');
    const pane = await fetch(server.url + 'pane/taskpane.html');
    assert.ok((await pane.text()).indexOf('btn-setup') >= 0, '/pane/ 应提供 dist/ 中构建好的任务窗格');
    // Each would reach the repository's package.json if the server followed '..'.
    for (const attempt of ['pane/..%2fpackage.json', 'pane/%2e%2e%2fpackage.json', '..%2f..%2fpackage.json']) {
      assert.strictEqual((await fetch(server.url + attempt)).status, 403, attempt + ' 应被拒绝');
    }
  });

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

    it('套用台账规范 adds dropdowns, date rules and light formats below the header, and the grid colours the rows', async () => {
      await act(s, '#btn-setup');
      const dvs = await hostCall<{ address: string; rule: { [k: string]: { source?: string } } }[]>(s.page, 'dataValidations', EXAMPLE_SHEET);
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
        const rule = cfs.find((c) => (c.fill || '').toUpperCase() === colors[light].toUpperCase());
        assert.ok(rule, '缺少 ' + light + ' 灯的条件格式：' + JSON.stringify(cfs));
        const area = parseArea(rule!.address.split(',')[0]);
        assert.strictEqual(area.r0, 3, light + ' 灯的格式应从第 4 行开始：' + rule!.address);
        assert.strictEqual(area.r1, LAST_ROW - 1, light + ' 灯的格式应到工作表末行：' + rule!.address);
        assert.ok(/TODAY\(\)/i.test(rule!.formula || '') || light === 'blue' || light === 'grey', light + ' 灯的公式应随 TODAY() 变化');
      }
      assert.strictEqual(await hostCall<number>(s.page, 'frozenRows', EXAMPLE_SHEET), 3, '表头（前 3 行）应冻结');

      // The grid evaluates the host's formulas for TODAY = AS_OF: each row's colour is the core's light.
      await s.page.waitForFunction(() => document.querySelectorAll('#grid td[data-fill]').length > 0, undefined, { timeout: 10000 });
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
      for (const cell of ['13F', '19H', '31J', '33K', '39A', '43K']) assert.ok(shown.indexOf(cell) >= 0, '缺少 ' + cell + '：' + shown.join(' '));
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
            if (days < 0) assert.ok(e.badge.indexOf('逾期') >= 0 && e.badge.indexOf(String(-days)) >= 0, '第 ' + e.row + ' 行应显示逾期 ' + -days + ' 天：' + e.badge);
            else if (days > 0) assert.ok(e.badge.indexOf(String(days)) >= 0, '第 ' + e.row + ' 行应显示还剩 ' + days + ' 天：' + e.badge);
          }
        }
        assert.strictEqual(new Set(owners).size, owners.length, g.department + ' 下每位责任人只应出现一次');
      }
      assert.deepStrictEqual(shownRows.slice().sort((a, b) => a - b), wantRows.slice().sort((a, b) => a - b), '逾期和临期事项应与核心一致');
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

    it('复制提醒 puts the department and its overdue items on the clipboard', async () => {
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
      assert.strictEqual(values.length, 1 + listed.length, '逾期清单应有表头和每个逾期/临期事项一行');
      const col = values[0].indexOf('完成时限');
      assert.ok(col >= 0, '逾期清单应有“完成时限”列：' + values[0].join('|'));
      let dates = 0;
      for (let r = 1; r < values.length; r++) {
        const v = values[r][col];
        if (typeof v !== 'number') continue;
        dates++;
        const day = dayFromSerial(v);
        assert.ok(listed.some((e) => e.item.deadline.kind === 'date' && serialFromDay(e.item.deadline.day) === v), '第 ' + (r + 1) + ' 行的日期 ' + day + ' 不属于任何逾期事项');
        assert.ok(/y/i.test(await hostCall<string>(s.page, 'numberFormat', OVERDUE_SHEET, columnLetter(col) + (r + 1))), '日期应带日期格式');
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

  describe('ExcelApi 1.1（批量授权版 Office 2016）', () => {
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
      assert.deepStrictEqual(rows.sort((a, b) => a - b), want.sort((a, b) => a - b));
      await s.pane.click('#results .result-item[data-row="' + want[0] + '"]');
      await waitForSelection(s, EXAMPLE_SHEET, 'A' + want[0] + ':L' + want[0]);
      assert.deepStrictEqual(await hostCall<Values>(s.page, 'values', EXAMPLE_SHEET), valuesBefore);
    });

    it('套用台账规范 writes no rule this Excel cannot hold', async () => {
      await act(s, '#btn-setup');
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
      for (const id of ['#btn-setup', '#btn-validate', '#btn-check', '#btn-write-sheet']) labels.push(((await s.pane.textContent(id)) || '').trim());
      assert.deepStrictEqual(labels, ['Set up ledger', 'Check data', 'Check overdue', 'Write overdue list']);
      await setAsOf(s, AS_OF, WARN_DAYS);
      await act(s, '#btn-check');
      const badge = (await s.pane.textContent('#results .result-item .badge')) || '';
      assert.ok(/overdue|left|today/i.test(badge) && !/[\u4e00-\u9fff]/.test(badge), '天数标签应为英文：' + badge);
      assertSameOrigin(s, server);
    });
  });
});
