// What differs between the two hosts the browser suite runs the built pane on: the Office.js pane
// (dist/) on the preview page with the in-memory Excel, and the WPS add-in (dist-wps/) on the same page
// with the in-memory WPS, loaded as WPS loads it (main.js's ribbon button makes the task pane; the page
// gets window.Application before its scripts run). Everything else in the suite is the same for both.
import * as assert from 'assert';
import { Page } from 'playwright-core';

export type HostKind = 'office' | 'wps';

type Register = (title: string, fn: () => unknown) => unknown;

export interface HostFixture {
  kind: HostKind;
  /** Appended to the suite's names. */
  label: string;
  /** The preview page's query for this host. */
  query(query: string): string;
  /** The pane frame's URL. */
  paneUrl: RegExp;
  /** Calls into the workbook since the last resetCounters: Office.js syncs, or WPS object-model calls. */
  workbookCalls(page: Page): Promise<number>;
  /** The user activates a sheet / adds one, outside the pane. */
  activate(page: Page, sheet: string): Promise<void>;
  addSheet(page: Page, sheet: string): Promise<void>;
  /** The document settings the pane saved, as the add-in stores them. */
  settings(page: Page): Promise<{ [key: string]: unknown }>;
  /** What the pane page loaded to reach its host: office.js from its own folder, or nothing at all. */
  assertRuntime(requests: string[]): void;
  /** `it` and `describe` for what exists in Office.js only (sync counts, requirement sets, Excel.run). */
  officeIt: Register;
  officeDescribe: Register;
}

const none: Register = () => undefined;

function hostEval<T>(page: Page, body: string, arg?: unknown): Promise<T> {
  return page.evaluate(
    ([b, a]) => {
      const host = (window as unknown as { __host: unknown }).__host;
      return new Function('host', 'arg', b)(host, a);
    },
    [body, arg] as [string, unknown],
  ) as Promise<T>;
}

const office: HostFixture = {
  kind: 'office',
  label: '',
  query: (q) => q,
  paneUrl: /\/pane\/taskpane\.html$/,
  workbookCalls: (page) => hostEval(page, 'return host.counters.syncs;'),
  activate: (page, sheet) =>
    hostEval(page, 'return host.Excel.run((ctx) => { ctx.workbook.worksheets.getItem(arg).activate(); return ctx.sync(); });', sheet),
  addSheet: (page, sheet) =>
    hostEval(page, 'return host.Excel.run((ctx) => { ctx.workbook.worksheets.add(arg); return ctx.sync(); });', sheet),
  settings: (page) => hostEval(page, 'return host.settings();'),
  assertRuntime: (requests) =>
    assert.ok(
      requests.some((u) => u.endsWith('/pane/office-js/office.js')),
      '任务窗格没有请求 office-js/office.js',
    ),
  officeIt: (title, fn) => it(title, fn as () => Promise<void>),
  officeDescribe: (title, fn) => describe(title, fn as () => void),
};

/** The add-in's settings out of the custom document properties, read here on their own: 'key|n' parts joined. */
const WPS_SETTINGS = `
  const props = host.documentProperties();
  const parts = {};
  for (const name of Object.keys(props)) {
    const m = /^(.*)\\|(\\d+)$/.exec(name);
    if (m) (parts[m[1]] = parts[m[1]] || [])[Number(m[2]) - 1] = props[name];
  }
  const out = {};
  for (const key of Object.keys(parts)) out[key] = JSON.parse(parts[key].join(''));
  return out;`;

const wps: HostFixture = {
  kind: 'wps',
  label: '（WPS 加载项，内存 WPS 表格）',
  query: (q) => (q === '' ? '?host=wps' : q + '&host=wps'),
  paneUrl: /\/wps-pane\/taskpane\.html$/,
  workbookCalls: (page) => hostEval(page, 'return host.counters.calls;'),
  activate: (page, sheet) => hostEval(page, 'host.Application.ActiveWorkbook.Worksheets.Item(arg).Activate();', sheet),
  addSheet: (page, sheet) =>
    hostEval(page, 'const s = host.Application.ActiveWorkbook.Worksheets; s.Add(undefined, s.Item(s.Count)).Name = arg;', sheet),
  settings: (page) => hostEval(page, WPS_SETTINGS),
  assertRuntime: (requests) =>
    assert.deepStrictEqual(
      requests.filter((u) => /office\.js/i.test(u)),
      [],
      'WPS 任务窗格不应加载 office.js',
    ),
  officeIt: none,
  officeDescribe: none,
};

export const HOST_FIXTURES: HostFixture[] = [office, wps];
