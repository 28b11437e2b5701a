// Header detection: find the ledger's header row(s) among the first rows of a
// sheet, below any title or 填报单位/填报日期 lines, and map its columns to the
// schema's canonical keys.
import { cellText } from './cells';
import type { CompiledSchema } from './compile';
import { Dict, emptyDict } from './dict';
import { COLUMN_KEYS, Schema } from './schema';
import { parseStatus } from './status';
import { normalizeLabel, stripTrailingNote } from './text';
import { CellValue, ColumnKey, SheetGrid } from './types';

export interface HeaderMatch {
  /** 1-based sheet row of the (first) header row. */
  row: number;
  /** 1-based last header row (== row for one-row headers). */
  lastRow: number;
  /** 0-based sheet column index of each matched column. */
  columns: { [K in ColumnKey]?: number };
  /** Header text as found. */
  headers: { [K in ColumnKey]?: string };
}

/** How many rows from the top of a sheet may hold the (first) header row. */
export const HEADER_SCAN_ROWS = 20;
/**
 * A longer header matches a word it contains only if it adds at most this many
 * characters ("具体整改措施", "问题描述及原因分析"); two-character words such as
 * 状态 or 进度 get less room ("办理进度"), being too easy to find by chance.
 */
const CONTAINS_EXTRA_CHARS = 6;
const CONTAINS_EXTRA_CHARS_SHORT = 2;
const SHORT_WORD = 2;
/** Rows below the header sampled to tell a status column from a narrative one. */
const STATUS_SAMPLE_VALUES = 50;
const STATUS_SAMPLE_ROWS = 200;
/** Share of sampled values that must be status words for a column to be "mostly statuses". */
const MOSTLY_STATUSES = 0.6;

// Match qualities: exact beats bracket-stripped beats "contains"; the standard
// header beats a synonym. A "contains" match adds the word's length, so the
// longest contained word wins ("实际完成时间" is 完成日期's column, not 完成时间's).
const Q_HEADER = 1000;
const Q_SYNONYM = 900;
const Q_NOTE_HEADER = 800;
const Q_NOTE_SYNONYM = 700;
const Q_CONTAINS = 100;
const SPACES = /\s+/g;

// Required columns dominate a row's score, so a row with more optional
// columns never beats one with more required columns.
const SCORE_REQUIRED = 100;
const SCORE_OPTIONAL = 10;
/** Required columns besides 问题描述 that a header must have. */
const MIN_OTHER_REQUIRED = 2;

interface Word {
  word: string;
  key: ColumnKey;
  isHeader: boolean;
}

interface KeyMatch {
  key: ColumnKey;
  quality: number;
}

/** The schema's header words, normalised (see compileSchema). */
export interface HeaderWords {
  /** Normalised word → matches. */
  exact: Dict<KeyMatch[]>;
  words: Word[];
  required: { [K in ColumnKey]?: boolean };
}

export function headerWords(schema: Schema): HeaderWords {
  const m: HeaderWords = { exact: emptyDict<KeyMatch[]>(), words: [], required: {} };
  const add = (text: string, key: ColumnKey, isHeader: boolean): void => {
    const word = normalizeLabel(text);
    if (word === '') return;
    m.words.push({ word, key, isHeader });
    const list = m.exact[word] || (m.exact[word] = []);
    list.push({ key, quality: isHeader ? Q_HEADER : Q_SYNONYM });
  };
  for (let i = 0; i < schema.columns.length; i++) {
    const spec = schema.columns[i];
    m.required[spec.key] = spec.required;
    add(spec.header, spec.key, true);
    for (let j = 0; j < spec.synonyms.length; j++) add(spec.synonyms[j], spec.key, false);
  }
  return m;
}

/** Every canonical key a normalised header label may stand for, with how well it matches. */
function matchLabel(m: HeaderWords, label: string): KeyMatch[] {
  if (label === '') return [];
  const exact = m.exact[label];
  if (exact) return exact;
  const stripped = stripTrailingNote(label);
  if (stripped !== '') {
    const noted = m.exact[stripped];
    if (noted) {
      return noted.map((k): KeyMatch => ({ key: k.key, quality: k.quality === Q_HEADER ? Q_NOTE_HEADER : Q_NOTE_SYNONYM }));
    }
  }
  const base = stripped !== '' ? stripped : label;
  const joined = joinedMatch(m, base);
  if (joined) return [joined];
  const best: { [key: string]: number } = {};
  const out: KeyMatch[] = [];
  for (let i = 0; i < m.words.length; i++) {
    const w = m.words[i].word;
    const extra = w.length <= SHORT_WORD ? CONTAINS_EXTRA_CHARS_SHORT : CONTAINS_EXTRA_CHARS;
    if (base.length <= w.length || base.length > w.length + extra) continue;
    if (base.indexOf(w) < 0) continue;
    const key = m.words[i].key;
    const quality = Q_CONTAINS + w.length;
    if (best[key] === undefined) {
      best[key] = out.length;
      out.push({ key, quality });
    } else if (out[best[key]].quality < quality) {
      out[best[key]].quality = quality;
    }
  }
  return out;
}

/** Separators between two words in one header cell: 备注/说明, 备注、说明, 说明及备注. */
const JOINERS = /[/、,;|&和及与]/;

/**
 * A label joining words that all name the same column ("备注/说明",
 * "完成时限/完成时间") is that column; words of different columns stay
 * ambiguous and fall through to the "contains" match.
 */
function joinedMatch(m: HeaderWords, label: string): KeyMatch | null {
  if (!JOINERS.test(label)) return null;
  const parts = label.split(JOINERS);
  let key: ColumnKey | null = null;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === '') continue;
    const list = m.exact[parts[i]];
    if (!list || list.length !== 1 || (key !== null && list[0].key !== key)) return null;
    key = list[0].key;
  }
  return key === null ? null : { key, quality: Q_NOTE_SYNONYM };
}

/** The header area: the first rows' labels with merged cells' text spread across their span. */
interface LabelGrid {
  rows: number;
  cols: number;
  /** Normalised label per cell. */
  label: string[][];
  /** Header text as shown (spaces and line breaks dropped), per cell. */
  shown: string[][];
  /** The cell belongs to a merge more than one column wide. */
  wide: boolean[][];
  matches: KeyMatch[][][];
}

function buildLabelGrid(grid: SheetGrid, m: HeaderWords, rowCount: number): LabelGrid {
  let cols = 0;
  for (let r = 0; r < rowCount; r++) {
    const row = grid.rows[r];
    if (row && row.length > cols) cols = row.length;
  }
  const merges = grid.merges || [];
  for (let i = 0; i < merges.length; i++) {
    if (merges[i].s.r < rowCount && merges[i].e.c + 1 > cols) cols = merges[i].e.c + 1;
  }
  const g: LabelGrid = { rows: rowCount, cols, label: [], shown: [], wide: [], matches: [] };
  const setCell = (r: number, c: number, v: CellValue): void => {
    const text = cellText(v);
    g.label[r][c] = normalizeLabel(text);
    g.shown[r][c] = text.replace(SPACES, '');
  };
  for (let r = 0; r < rowCount; r++) {
    g.label.push([]);
    g.shown.push([]);
    g.wide.push([]);
    const row = grid.rows[r] || [];
    for (let c = 0; c < cols; c++) {
      setCell(r, c, row[c]);
      g.wide[r].push(false);
    }
  }
  for (let i = 0; i < merges.length; i++) {
    const mg = merges[i];
    if (mg.s.r >= rowCount) continue;
    const source = (grid.rows[mg.s.r] || [])[mg.s.c];
    for (let r = mg.s.r; r <= mg.e.r && r < rowCount; r++) {
      for (let c = mg.s.c; c <= mg.e.c; c++) {
        setCell(r, c, source);
        if (mg.e.c > mg.s.c) g.wide[r][c] = true;
      }
    }
  }
  for (let r = 0; r < rowCount; r++) {
    g.matches.push([]);
    for (let c = 0; c < cols; c++) g.matches[r].push(matchLabel(m, g.label[r][c]));
  }
  return g;
}

/** One reading of the header: which header row supplies each column's label, and the resulting keys. */
interface Candidate {
  /** Grid rows of the first and last header row. */
  first: number;
  last: number;
  /** Per grid column: the grid row whose label the column uses. */
  source: number[];
  keyOf: (ColumnKey | undefined)[];
  colOf: { [K in ColumnKey]?: number };
  score: number;
  acceptable: boolean;
}

/** Gives each key at most one column and each column at most one key, best matches first. */
function assign(g: LabelGrid, m: HeaderWords, first: number, last: number, source: number[]): Candidate {
  const pairs: { col: number; key: ColumnKey; quality: number }[] = [];
  for (let c = 0; c < g.cols; c++) {
    const list = g.matches[source[c]][c];
    for (let i = 0; i < list.length; i++) pairs.push({ col: c, key: list[i].key, quality: list[i].quality });
  }
  pairs.sort((a, b) => b.quality - a.quality || a.col - b.col);
  const cand: Candidate = { first, last, source, keyOf: [], colOf: {}, score: 0, acceptable: false };
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i];
    if (cand.keyOf[p.col] !== undefined || cand.colOf[p.key] !== undefined) continue;
    cand.keyOf[p.col] = p.key;
    cand.colOf[p.key] = p.col;
  }
  scoreCandidate(cand, m);
  return cand;
}

function scoreCandidate(cand: Candidate, m: HeaderWords): void {
  let score = 0;
  let otherRequired = 0;
  for (let i = 0; i < COLUMN_KEYS.length; i++) {
    const key = COLUMN_KEYS[i];
    if (cand.colOf[key] === undefined) continue;
    score += m.required[key] ? SCORE_REQUIRED : SCORE_OPTIONAL;
    if (m.required[key] && key !== 'problem') otherRequired++;
  }
  cand.score = score;
  cand.acceptable = cand.colOf.problem !== undefined && otherRequired >= MIN_OTHER_REQUIRED;
}

function singleRow(g: LabelGrid, m: HeaderWords, r: number): Candidate {
  const source: number[] = [];
  for (let c = 0; c < g.cols; c++) source.push(r);
  return assign(g, m, r, r, source);
}

/**
 * Rows r and r+1 read as one two-row header: a column takes its sub-header
 * (row r+1) where row r holds a group label spanning several columns
 * ("责任主体" over 责任部门/责任人), is empty, or matches nothing while the
 * sub-header does. Null unless row r has a header cell of its own that covers
 * both rows (merged down, or nothing under it) — this keeps a title row above
 * a one-row header from passing as a two-row header.
 */
function twoRows(g: LabelGrid, m: HeaderWords, r: number): Candidate | null {
  const sub = r + 1;
  let ownTop = false;
  const source: number[] = [];
  for (let c = 0; c < g.cols; c++) {
    const top = g.label[r][c];
    const below = g.label[sub][c];
    const topMatches = g.matches[r][c].length > 0;
    if (topMatches && !g.wide[r][c] && (below === '' || below === top)) ownTop = true;
    const useSub = below !== '' && below !== top && (g.wide[r][c] || top === '' || (!topMatches && g.matches[sub][c].length > 0));
    source.push(useSub ? sub : r);
  }
  return ownTop ? assign(g, m, r, sub, source) : null;
}

function isStatusWord(v: CellValue, schema: CompiledSchema): boolean {
  const p = parseStatus(v, schema);
  return p.known && p.status !== null;
}

/** Whether a column's values below the header are mostly status words; null when it has none. */
function mostlyStatuses(grid: SheetGrid, schema: CompiledSchema, col: number, from: number): boolean | null {
  let seen = 0;
  let hits = 0;
  const end = Math.min(grid.rows.length, from + STATUS_SAMPLE_ROWS);
  for (let r = from; r < end && seen < STATUS_SAMPLE_VALUES; r++) {
    const v = (grid.rows[r] || [])[col];
    if (cellText(v) === '') continue;
    seen++;
    if (isStatusWord(v, schema)) hits++;
  }
  return seen === 0 ? null : hits / seen >= MOSTLY_STATUSES;
}

/**
 * Headers are ambiguous between progress and status: 完成情况 is a progress
 * synonym, yet some ledgers put 已完成/整改中 under it; 进度 is a status synonym,
 * yet may hold narrative or percentages. The values decide: when the status
 * column (if any) does not hold mostly status words but a competing column
 * (one whose header matched progress or status) does, that column becomes the
 * status column and the displaced one the progress column.
 */
function resolveStatusColumn(cand: Candidate, g: LabelGrid, grid: SheetGrid, schema: CompiledSchema): void {
  const dataFrom = cand.last + 1;
  const statusCol = cand.colOf.status;
  if (statusCol !== undefined && mostlyStatuses(grid, schema, statusCol, dataFrom) !== false) return;
  let best = -1;
  let bestQuality = -1;
  for (let c = 0; c < g.cols; c++) {
    if (c === statusCol) continue;
    const owner = cand.keyOf[c];
    if (owner !== undefined && owner !== 'progress') continue;
    const quality = competingQuality(g.matches[cand.source[c]][c]);
    if (quality > bestQuality && mostlyStatuses(grid, schema, c, dataFrom) === true) {
      best = c;
      bestQuality = quality;
    }
  }
  if (best < 0) return;
  if (cand.keyOf[best] === 'progress') delete cand.colOf.progress;
  if (statusCol !== undefined) cand.keyOf[statusCol] = undefined;
  cand.keyOf[best] = 'status';
  cand.colOf.status = best;
  if (statusCol !== undefined && cand.colOf.progress === undefined) {
    cand.keyOf[statusCol] = 'progress';
    cand.colOf.progress = statusCol;
  }
}

/** Best match quality of a label for progress or status; -1 if it matches neither. */
function competingQuality(list: KeyMatch[]): number {
  let q = -1;
  for (let i = 0; i < list.length; i++) {
    if ((list[i].key === 'progress' || list[i].key === 'status') && list[i].quality > q) q = list[i].quality;
  }
  return q;
}

/**
 * Finds the header among the first HEADER_SCAN_ROWS rows: the one-row or
 * two-row reading that matches the most schema columns (required ones
 * first; the earlier row on a tie). Null when no reading has 问题描述 and at
 * least two other required columns — the sheet is not a ledger (e.g. 填表说明).
 */
export function detectHeader(grid: SheetGrid, schema: CompiledSchema): HeaderMatch | null {
  const scan = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  if (scan === 0) return null;
  const m = schema.headerWords;
  const g = buildLabelGrid(grid, m, Math.min(grid.rows.length, scan + 1));
  let best: Candidate | null = null;
  for (let r = 0; r < scan; r++) {
    const single = singleRow(g, m, r);
    const pair = r + 1 < g.rows ? twoRows(g, m, r) : null;
    // A two-row reading counts only where the second row adds columns; it is
    // tried first so that it wins a tie with its own second row read alone.
    const tries = pair && pair.score > single.score ? [pair, single] : [single];
    for (let i = 0; i < tries.length; i++) {
      if (tries[i].acceptable && (best === null || tries[i].score > best.score)) best = tries[i];
    }
  }
  return best === null ? null : toMatch(best, g, grid, schema);
}

function toMatch(cand: Candidate, g: LabelGrid, grid: SheetGrid, schema: CompiledSchema): HeaderMatch {
  resolveStatusColumn(cand, g, grid, schema);
  const firstRow = grid.firstRow || 0;
  const firstCol = grid.firstCol || 0;
  const match: HeaderMatch = {
    row: cand.first + firstRow + 1,
    lastRow: cand.last + firstRow + 1,
    columns: {},
    headers: {},
  };
  for (let i = 0; i < COLUMN_KEYS.length; i++) {
    const key = COLUMN_KEYS[i];
    const c = cand.colOf[key];
    if (c === undefined) continue;
    match.columns[key] = c + firstCol;
    match.headers[key] = g.shown[cand.source[c]][c];
  }
  return match;
}
