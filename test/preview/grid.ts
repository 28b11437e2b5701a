// Draws a SheetView as a spreadsheet grid: letters, row numbers, merges, frozen rows,
// conditional-format colours and validation marks. Cell text is always set as text, never as HTML.
import { CellValue, Day } from '../../ledger/types';
import { columnLetter } from '../../ledger/cells';
import { Area, contains, FormatRule, SheetView } from './sheet-view';

export type FormulaEvaluator = (
  formula: string,
  anchor: { row: number; col: number },
  target: { row: number; col: number },
  getCell: (row: number, col: number) => CellValue,
  today: Day,
) => boolean;

export interface GridOptions {
  today: Day;
  evaluate: FormulaEvaluator;
  /** Selected area on this sheet, if any. */
  selection: Area | null;
}

export interface GridResult {
  /** Formulas that threw, so a broken rule is visible rather than silently uncoloured. */
  formulaErrors: string[];
}

const MIN_ROWS = 30;
const MIN_COLS = 12;
const SPARE_ROWS = 5;
const MIN_WIDTH = 36;
const MAX_WIDTH = 280;

interface CellStyle {
  fill?: string;
  fontColor?: string;
}

function evaluateFormats(
  formats: FormatRule[],
  view: SheetView,
  rows: number,
  cols: number,
  opts: GridOptions,
  errors: string[],
): CellStyle[][] {
  const styles: CellStyle[][] = [];
  for (let r = 0; r < rows; r++) {
    styles.push([]);
    for (let c = 0; c < cols; c++) styles[r].push({});
  }
  const stopped: boolean[][] = styles.map((row) => row.map(() => false));
  const getCell = (row: number, col: number): CellValue => {
    const line = view.values[row - 1];
    return line ? line[col] : null;
  };
  for (const rule of formats) {
    const anchor = { row: rule.areas[0].r0 + 1, col: rule.areas[0].c0 };
    for (const a of rule.areas) {
      for (let r = a.r0; r <= Math.min(a.r1, rows - 1); r++) {
        for (let c = a.c0; c <= Math.min(a.c1, cols - 1); c++) {
          if (stopped[r][c]) continue;
          let hit = false;
          try {
            hit = opts.evaluate(rule.formula, anchor, { row: r + 1, col: c }, getCell, opts.today);
          } catch (e) {
            const msg = rule.formula + '：' + (e as Error).message;
            if (errors.indexOf(msg) < 0) errors.push(msg);
          }
          if (!hit) continue;
          const st = styles[r][c];
          if (rule.fill && !st.fill) st.fill = rule.fill;
          if (rule.fontColor && !st.fontColor) st.fontColor = rule.fontColor;
          if (rule.stopIfTrue) stopped[r][c] = true;
        }
      }
    }
  }
  return styles;
}

/** Room for the widest unmerged text of each column (CJK counts double), within bounds. */
function columnWidths(texts: string[][], merges: Area[], cols: number): number[] {
  const inMerge = (r: number, c: number): boolean => merges.some((m) => contains(m, r, c) && m.c0 !== m.c1);
  const widths: number[] = [];
  for (let c = 0; c < cols; c++) {
    let units = 4;
    for (let r = 0; r < texts.length; r++) {
      const text = texts[r][c];
      if (!text || inMerge(r, c)) continue;
      let u = 0;
      for (let i = 0; i < text.length; i++) u += text.charCodeAt(i) > 0x2e7f ? 2 : 1;
      units = Math.max(units, u);
    }
    widths.push(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, units * 7 + 12)));
  }
  return widths;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function renderGrid(table: HTMLTableElement, view: SheetView, opts: GridOptions): GridResult {
  let usedCols = 0;
  for (const line of view.values) usedCols = Math.max(usedCols, line.length);
  const rows = Math.max(MIN_ROWS, view.values.length + SPARE_ROWS);
  const cols = Math.max(MIN_COLS, usedCols + 1);
  const errors: string[] = [];
  const styles = evaluateFormats(view.formats, view, rows, cols, opts, errors);
  const sel = opts.selection;

  // Merged areas: the top-left cell spans, the others are not drawn.
  const covered: { [key: string]: boolean } = {};
  const spans: { [key: string]: Area } = {};
  for (const m of view.merges) {
    spans[m.r0 + ',' + m.c0] = m;
    for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) covered[r + ',' + c] = true;
  }

  const widths = columnWidths(view.texts, view.merges, cols);
  table.textContent = '';
  const thead = el('thead');
  const head = el('tr');
  head.appendChild(el('th', 'corner rownum'));
  for (let c = 0; c < cols; c++) {
    const th = el('th', sel && c >= sel.c0 && c <= sel.c1 ? 'selected-col' : undefined, columnLetter(c));
    th.style.width = widths[c] + 'px';
    head.appendChild(th);
  }
  thead.appendChild(head);
  table.appendChild(thead);

  const tbody = el('tbody');
  for (let r = 0; r < rows; r++) {
    const tr = el('tr');
    tr.dataset.row = String(r + 1);
    if (r < view.frozenRows) tr.className = r === view.frozenRows - 1 ? 'frozen frozen-last' : 'frozen';
    if (sel && r >= sel.r0 && r <= sel.r1) tr.className += ' selected-row';
    tr.appendChild(el('th', 'rownum', String(r + 1)));
    for (let c = 0; c < cols; c++) {
      if (covered[r + ',' + c]) continue;
      const v = view.values[r] ? view.values[r][c] : null;
      const text = view.texts[r] ? view.texts[r][c] || '' : '';
      const td = el('td', typeof v === 'number' ? 'num' : undefined, text);
      td.dataset.cell = columnLetter(c) + (r + 1);
      if (td.textContent) td.title = td.textContent;
      const span = spans[r + ',' + c];
      if (span) {
        td.rowSpan = span.r1 - span.r0 + 1;
        td.colSpan = span.c1 - span.c0 + 1;
        td.style.textAlign = 'center';
      }
      const st = styles[r][c];
      if (st.fill) {
        td.style.backgroundColor = st.fill;
        td.dataset.fill = st.fill.toUpperCase();
      }
      if (st.fontColor) td.style.color = st.fontColor;
      if (sel && contains(sel, r, c)) td.classList.add('selected');
      for (const dv of view.validations) {
        if (!contains(dv.area, r, c)) continue;
        td.appendChild(dv.kind === 'list' ? el('span', 'dv', '▾') : el('span', 'dv-other'));
        td.dataset.validation = dv.kind;
        if (dv.prompt) td.title = (td.title ? td.title + '\n' : '') + dv.prompt;
        break;
      }
      tr.appendChild(td);
    }
    tbody.appendChild(tr);
  }
  table.appendChild(tbody);

  // Frozen rows stick below the column letters, each at its own offset.
  const frozen = tbody.querySelectorAll<HTMLTableRowElement>('tr.frozen');
  for (let i = 0; i < frozen.length; i++) {
    const top = frozen[i].offsetTop + 'px';
    const cells = frozen[i].children;
    for (let j = 0; j < cells.length; j++) (cells[j] as HTMLElement).style.top = top;
  }
  return { formulaErrors: errors };
}
