// A document's content before any Word formatting: what the document builders produce and
// render.ts lays out. Sections number themselves by position (一、 （一） 1. （1）, the four
// levels of GB/T 9704), so a section added to a document renumbers the ones after it.
import { chineseNumber } from '../../ledger/chinese-numerals';

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface TableColumn {
  header: string;
  /** Relative width. */
  width: number;
  center?: boolean;
}

export interface TableSpec {
  columns: TableColumn[];
  rows: string[][];
  /** The last row is a 合计 row. */
  totals?: boolean;
}

export type Block =
  /** 正文: first line indented two characters. */
  | { kind: 'paragraph'; text: string }
  /** A numbered line: 黑体 at level 1, 楷体 at level 2, 仿宋 below. */
  | { kind: 'heading'; level: HeadingLevel; text: string }
  | { kind: 'table'; table: TableSpec };

export interface Section {
  /** Without its number. */
  title: string;
  blocks: Block[];
  sections?: Section[];
}

export interface DocumentSpec {
  /** Centred lines. */
  title: string[];
  /** 编号, right-aligned under the title. */
  number?: string;
  /** 主送, flush left with a full-width colon. */
  addressee?: string;
  body: Block[];
  signature: { issuer: string; date: string };
  /** A 签收 line for the receiving department at the end. */
  receipt?: boolean;
}

/**
 * The number of the nth (1-based) heading at a level.
 * @example headingNumber(2, 3) // '（三）'
 */
export function headingNumber(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return chineseNumber(n) + '、';
    case 2:
      return '（' + chineseNumber(n) + '）';
    case 3:
      return n + '.';
    default:
      return '（' + n + '）';
  }
}

/** Sections as blocks, each title numbered by its position among its siblings. */
export function sectionBlocks(sections: Section[], level: HeadingLevel = 1): Block[] {
  const out: Block[] = [];
  sections.forEach((s, i) => {
    out.push({ kind: 'heading', level, text: headingNumber(level, i + 1) + s.title });
    for (const b of s.blocks) out.push(b);
    if (s.sections && s.sections.length > 0) {
      if (level === 4) throw new Error('GB/T 9704 has four heading levels');
      for (const b of sectionBlocks(s.sections, (level + 1) as HeadingLevel)) out.push(b);
    }
  });
  return out;
}
