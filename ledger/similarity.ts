// Text similarity for recognising one item across two merges. Departments reword a problem
// slightly from week to week ("不够紧密" → "不紧密", a comma added, full-width digits), so texts
// are compared after normalisation by the Dice coefficient of their character bigrams: for
// Chinese, where a word is one to three characters and no spaces separate them, adjacent
// character pairs capture wording without a dictionary.

// Full-width ASCII block (！ .. ～) sits at a fixed offset from ASCII.
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;
// Spaces, zero-width characters, and punctuation (ASCII, general, CJK symbols but 〇, full-width
// forms, middle dots): none of them changes what a problem says.
const IGNORED =
  /[\s\u200B-\u200D\uFEFF!-/:-@[-`{-~\u00A1-\u00BF\u00D7\u00F7\u2010-\u205E\u3000-\u3006\u3008-\u303F\u30FB\uFE10-\uFE6B\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]/;
const SKIP = -1;

/** Each UTF-16 code unit as compared: itself, its half-width or lower-case form, or SKIP. Built on first use. */
let codeTable: number[] | null = null;

function comparableCodes(): number[] {
  if (codeTable) return codeTable;
  const table: number[] = [];
  for (let c = 0; c < 0x10000; c++) {
    let code = c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST ? c - FULL_WIDTH_OFFSET : c;
    if (IGNORED.test(String.fromCharCode(code))) code = SKIP;
    else if (code >= 0x41 && code <= 0x5a) code += 0x20;
    table.push(code);
  }
  codeTable = table;
  return table;
}

/**
 * Text as compared across merges: full-width letters and digits half-width, Latin lower-case,
 * every space and punctuation mark dropped.
 * @example comparableText('１、会议纪律，执行不严。') === '1会议纪律执行不严'
 */
export function comparableText(s: string): string {
  const table = comparableCodes();
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const code = table[c];
    if (code === c) continue;
    out += s.slice(from, i);
    if (code !== SKIP) out += String.fromCharCode(code);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * comparableText(a) === comparableText(b), without building either: compared code by code, so
 * two different texts part at their first difference.
 */
export function sameComparableText(a: string, b: string): boolean {
  if (a === b) return true;
  const table = comparableCodes();
  let i = 0;
  let j = 0;
  for (;;) {
    let x = SKIP;
    while (i < a.length && (x = table[a.charCodeAt(i++)]) === SKIP);
    let y = SKIP;
    while (j < b.length && (y = table[b.charCodeAt(j++)]) === SKIP);
    if (x !== y) return false;
    if (x === SKIP) return true;
  }
}

function ascending(a: number, b: number): number {
  return a - b;
}

/**
 * The distinct character bigrams of a comparable text, as sorted numbers (two UTF-16 code
 * units each); a one-character text is its one character. Computed once per text, so each
 * comparison is one merge of two sorted lists.
 */
export function bigramSet(text: string): number[] {
  const n = text.length;
  if (n === 0) return [];
  if (n === 1) return [text.charCodeAt(0)];
  const codes: number[] = [];
  for (let i = 0; i < n - 1; i++) codes.push(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
  codes.sort(ascending);
  let k = 0;
  for (let i = 0; i < codes.length; i++) {
    if (i === 0 || codes[i] !== codes[k - 1]) codes[k++] = codes[i];
  }
  codes.length = k;
  return codes;
}

/**
 * Dice coefficient of two bigram sets: 2·|A∩B| / (|A|+|B|), from 0 (nothing shared) to 1
 * (the same bigrams). Two empty texts are alike (1); an empty and a non-empty one are not (0).
 * @example dice(bigramSet('会议纪律执行不严'), bigramSet('会议纪律执行不严格')) ≈ 0.93
 */
export function dice(a: number[], b: number[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

/** Similarity of two raw texts (normalised first), 0..1. */
export function textSimilarity(a: string, b: string): number {
  return dice(bigramSet(comparableText(a)), bigramSet(comparableText(b)));
}
