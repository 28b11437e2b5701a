// Department fallback: a ledger without a 责任部门 column (or with empty cells)
// belongs to the department its sheet or file is named after.
import { normalizeLabel } from './text';

export type DepartmentSource = 'sheet' | 'file' | 'none';

export interface DepartmentFallback {
  department: string;
  from: DepartmentSource;
}

/**
 * Words that name the document, not a department ("办公室整改台账" → 办公室).
 * Longer words first, so 问题整改台账 goes before 台账 leaves 问题整改 behind.
 */
const GENERIC_WORDS: string[] = [
  '机关建设年活动',
  '机关建设年',
  '问题整改落实台账',
  '问题整改工作台账',
  '问题整改台账',
  '整改问题台账',
  '整改落实台账',
  '整改工作台账',
  '整改台账',
  '问题台账',
  '工作台账',
  '台账',
  '问题整改清单',
  '整改任务清单',
  '问题清单',
  '整改清单',
  '任务清单',
  '清单',
  '问题整改表',
  '整改情况表',
  '整改表',
  '汇总表',
  '一览表',
  '统计表',
  '登记表',
  '明细表',
  '汇总',
  '总表',
  '明细',
  '副本',
  '最终版',
  '修改版',
  '定稿',
  '终稿',
];

/** Names that are nothing but a default or a placeholder once generic words are gone. */
const DEFAULT_NAMES = /^(新建)?(microsoft)?(excel)?(sheet|工作表|表|附件|数据|data)?\d*$/i;
const LEADING_YEAR = /^(19|20)\d{2}(年度|年)?/;
const TRAILING_DATE = /(19|20)\d{6}$/;
// Campaign names and notes are quoted or bracketed: 办公室“机关建设年”…, 研究室（1）.
const QUOTED = /['"‘’“”《》「」『』][^'"‘’“”《》「」『』]*['"‘’“”《》「」『』]/g;
const BRACKETED = /[([【][^()[\]【】]*[)\]】]/g;
const EDGE_PUNCTUATION = /^[-_—–·.、,:;~]+|[-_—–·.、,:;~]+$/g;

function stripWord(s: string, word: string): string {
  let out = s;
  if (out.length >= word.length && out.substr(0, word.length) === word) out = out.substr(word.length);
  if (out.length >= word.length && out.substr(out.length - word.length) === word) {
    out = out.substr(0, out.length - word.length);
  }
  return out;
}

/** A sheet or file name without years, brackets, quotes and generic ledger words. */
export function departmentFromName(name: string): string {
  let s = normalizeLabel(name).replace(QUOTED, '').replace(BRACKETED, '');
  let before = '';
  while (s !== before) {
    before = s;
    s = s.replace(EDGE_PUNCTUATION, '').replace(LEADING_YEAR, '').replace(TRAILING_DATE, '');
    for (let i = 0; i < GENERIC_WORDS.length; i++) s = stripWord(s, GENERIC_WORDS[i]);
  }
  return DEFAULT_NAMES.test(s) ? '' : s;
}

/** "C:\\台账\\2023年办公室整改台账.xlsx" → "2023年办公室整改台账". */
export function fileBaseName(file: string): string {
  const parts = file.split(/[\\/]/);
  const base = parts[parts.length - 1];
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.substr(0, dot) : base;
}

/** The department a sheet stands for when its rows do not say: sheet name, else file name, else ''. */
export function departmentFallback(sheetName: string, file?: string): DepartmentFallback {
  const fromSheet = departmentFromName(sheetName);
  if (fromSheet !== '') return { department: fromSheet, from: 'sheet' };
  const fromFile = file ? departmentFromName(fileBaseName(file)) : '';
  if (fromFile !== '') return { department: fromFile, from: 'file' };
  return { department: '', from: 'none' };
}
