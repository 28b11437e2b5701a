// The preview page: an in-memory Excel loaded with the example ledger, drawn as a grid beside the
// real built task pane, which reaches the host through the office.js stand-in (office-stub.ts).
import { Day } from '../../ledger/types';
import { columnLetter } from '../../ledger/cells';
import { formatDay, parseISODay, todayDay } from '../../ledger/days';
import { defaultSchema, LIGHT_MEANINGS, LIGHT_NAMES, LIGHTS } from '../../ledger/schema';
import { createExcelHost, ExcelHost } from '../excel-host';
import { WorkbookInspection } from '../excel-host/inspect';
import { createWpsHost, WpsHost } from '../wps-host';
import { ApiVersion } from '../excel-host/requirements';
import { evaluateFormatFormula } from '../formula/evaluate';
import { EXAMPLE_SHEET, exampleWorkbook } from './example-ledger';
import { renderGrid } from './grid';
import { workbookView, sheetView } from './host-view';
import { Area } from './sheet-view';

declare global {
  interface Window {
    __host?: ExcelHost | WpsHost;
  }
}

const API_VERSIONS: ApiVersion[] = ['1.1', '1.6', '1.8', '1.9', 'latest'];
const PANE_URL = '/pane/taskpane.html';
/** The WPS add-in's folder, as WPS loads it: index.html (main.js) first, ribbon.xml for its callbacks. */
const WPS_ADDIN = '/wps-pane/';
const POLL_MS = 150;

interface PreviewParams {
  host: 'office' | 'wps';
  apiVersion: ApiVersion;
  displayLanguage: string;
  today: Day;
}

function readParams(search: string): PreviewParams {
  const q = new URLSearchParams(search);
  const api = q.get('api') || 'latest';
  if (API_VERSIONS.indexOf(api as ApiVersion) < 0) throw new Error('api 参数只能是 ' + API_VERSIONS.join('、'));
  const asOf = q.get('asOf');
  const today = asOf ? parseISODay(asOf) : todayDay();
  if (today === null) throw new Error('asOf 参数须为 YYYY-MM-DD：' + asOf);
  const host = q.get('host') || 'office';
  if (host !== 'office' && host !== 'wps') throw new Error('host 参数只能是 office 或 wps');
  return { host, apiVersion: api as ApiVersion, displayLanguage: q.get('lang') || 'zh-CN', today };
}

function byId<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error('预览页缺少元素 #' + id);
  return e as T;
}

function areaAddress(a: Area): string {
  const tl = columnLetter(a.c0) + (a.r0 + 1);
  return a.r0 === a.r1 && a.c0 === a.c1 ? tl : tl + ':' + columnLetter(a.c1) + (a.r1 + 1);
}

function drawLegend(): void {
  const legend = byId('legend');
  const colors = defaultSchema().colors;
  for (const light of LIGHTS) {
    const span = document.createElement('span');
    span.style.setProperty('--c', colors[light]);
    span.textContent = LIGHT_NAMES[light] + ' ' + LIGHT_MEANINGS[light];
    legend.appendChild(span);
  }
}

/**
 * The pane defaults 截至日期 to the real today; the preview's grid is coloured for `today` (?asOf),
 * so once the pane has filled in its default, it gets the preview's day instead.
 */
function alignPaneDate(frame: HTMLIFrameElement, today: Day): void {
  const timer = window.setInterval(() => {
    const input = frame.contentDocument && (frame.contentDocument.getElementById('as-of') as HTMLInputElement | null);
    if (!input || input.value === '') return;
    window.clearInterval(timer);
    if (input.value === formatDay(todayDay())) input.value = formatDay(today);
  }, 50);
}

/** Shows the built pane, or a note saying how to build it when dist/ has none yet. */
function loadPane(frame: HTMLIFrameElement, today: Day): void {
  fetch(PANE_URL, { method: 'HEAD', cache: 'no-store' }).then((res) => {
    if (res.ok) {
      frame.src = PANE_URL;
      frame.addEventListener('load', () => alignPaneDate(frame, today));
      return;
    }
    frame.srcdoc =
      '<p style="font:14px sans-serif;padding:12px">尚未构建任务窗格（dist/taskpane.html 不存在）。' +
      '请先运行 <code>npx webpack --mode production</code>，再刷新本页。</p>';
  });
}

/**
 * Loads the WPS add-in as WPS does: its index.html (main.js) in a hidden frame, ribbon.xml for the
 * button and its callbacks, onLoad called, then the button clicked once; the task pane the add-in makes
 * is shown in the pane frame. The ribbon button stays in the header to hide and show the pane again.
 */
function loadWpsAddin(host: WpsHost, frame: HTMLIFrameElement, today: Day): void {
  host.onTaskPane((pane) => {
    frame.src = pane.url;
    frame.addEventListener('load', () => alignPaneDate(frame, today), { once: true });
  });
  const addin = document.createElement('iframe');
  addin.hidden = true;
  addin.title = 'WPS 加载项（隐藏页）';
  document.body.appendChild(addin);
  addin.addEventListener('load', () => {
    fetch(WPS_ADDIN + 'ribbon.xml', { cache: 'no-store' })
      .then((res) => res.text())
      .then((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        const ui = doc.documentElement;
        const button = doc.getElementsByTagName('button')[0];
        const win = addin.contentWindow as unknown as { [name: string]: (arg: unknown) => unknown };
        win[ui.getAttribute('onLoad') as string]({});
        const click = () => win[button.getAttribute('onAction') as string]({ Id: button.getAttribute('id') });
        const ribbon = byId<HTMLButtonElement>('ribbon-button');
        ribbon.textContent = button.getAttribute('label');
        ribbon.hidden = false;
        ribbon.addEventListener('click', click);
        click();
      });
  });
  addin.src = WPS_ADDIN + 'index.html';
}

class Preview {
  private shown: string | null = null;
  private lastRevision = -1;
  private lastActive = '';
  private lastSelection = '';
  private dirty = true;

  constructor(
    private readonly host: WorkbookInspection,
    private readonly params: PreviewParams,
  ) {}

  start(): void {
    this.tick();
    window.setInterval(() => this.tick(), POLL_MS);
  }

  /** Redraws when the pane synced, the active sheet or selection moved, or a tab was picked. */
  private tick(): void {
    const wb = workbookView(this.host);
    const selKey = wb.selection ? wb.selection.sheet + '!' + areaAddress(wb.selection.area) : '';
    if (wb.active !== this.lastActive) this.shown = wb.active;
    const changed = this.host.revision() !== this.lastRevision || wb.active !== this.lastActive || selKey !== this.lastSelection;
    if (!changed && !this.dirty) return;
    const selectionMoved = selKey !== this.lastSelection;
    this.lastRevision = this.host.revision();
    this.lastActive = wb.active;
    this.lastSelection = selKey;
    this.dirty = false;
    if (!this.shown || wb.sheets.indexOf(this.shown) < 0) this.shown = wb.active;
    this.drawTabs(wb.sheets);
    const view = sheetView(this.host, this.shown);
    const sel = wb.selection && wb.selection.sheet === this.shown ? wb.selection.area : null;
    const result = renderGrid(byId<HTMLTableElement>('grid'), view, {
      today: this.params.today,
      evaluate: evaluateFormatFormula,
      selection: sel,
    });
    this.drawCellInfo(sel, view.texts, result.formulaErrors);
    if (sel && selectionMoved) this.scrollTo(sel);
  }

  private drawTabs(sheets: string[]): void {
    const tabs = byId('tabs');
    tabs.textContent = '';
    for (const name of sheets) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = name;
      b.setAttribute('aria-selected', String(name === this.shown));
      b.addEventListener('click', () => {
        this.shown = name;
        this.dirty = true;
        this.tick();
      });
      tabs.appendChild(b);
    }
  }

  private drawCellInfo(sel: Area | null, texts: string[][], errors: string[]): void {
    const info = byId('cell-info');
    info.textContent = '';
    if (errors.length > 0) {
      info.textContent = '条件格式公式无法计算：' + errors.join('；');
      info.style.color = '#a4262c';
      return;
    }
    info.style.color = '';
    if (!sel) return;
    const addr = document.createElement('span');
    addr.className = 'addr';
    addr.textContent = areaAddress(sel);
    info.appendChild(addr);
    info.appendChild(document.createTextNode(texts[sel.r0] ? texts[sel.r0][sel.c0] || '' : ''));
  }

  private scrollTo(sel: Area): void {
    const row = document.querySelector('#grid tr[data-row="' + (sel.r0 + 1) + '"]');
    if (row) row.scrollIntoView({ block: 'nearest' });
  }
}

function main(): void {
  const params = readParams(window.location.search);
  const sheets = exampleWorkbook({ today: params.today });
  const frame = byId<HTMLIFrameElement>('pane');
  // The pane's office.js stand-in, or the WPS add-in's pages, take the host from here (window.parent.__host).
  if (params.host === 'wps') {
    const host = createWpsHost({ sheets, active: EXAMPLE_SHEET, displayLanguage: params.displayLanguage });
    window.__host = host;
    byId('preview-info').textContent = '内存中的 WPS 表格 · 今天按 ' + formatDay(params.today) + ' · 界面语言 ' + params.displayLanguage;
    drawLegend();
    new Preview(host, params).start();
    loadWpsAddin(host, frame, params.today);
    return;
  }
  const host = createExcelHost({ sheets, active: EXAMPLE_SHEET, apiVersion: params.apiVersion, displayLanguage: params.displayLanguage });
  window.__host = host;
  byId('preview-info').textContent =
    '内存中的 Excel · 今天按 ' + formatDay(params.today) + ' · ExcelApi ' + params.apiVersion + ' · 显示语言 ' + params.displayLanguage;
  drawLegend();
  new Preview(host, params).start();
  loadPane(frame, params.today);
}

try {
  main();
} catch (e) {
  byId('preview-info').textContent = '预览无法启动：' + (e as Error).message;
}
