// Command-line parsing for the merge command: pure, so it is easy to test.
import * as path from 'path';
import { Day } from '../ledger/types';
import { formatDay, parseISODay } from '../ledger/days';
import { MAX_WARN_DAYS, parseWarnDays } from '../ledger/config';
import { msg } from './messages';

export interface MergeArgs {
  inputs: string[];
  out: string;
  asOf?: Day;
  warnDays?: number;
  json?: string;
  config?: string;
  /** Folder the report's file names are relative to, when the report's place was chosen for the user. */
  base?: string;
  notice?: string;
  noticesDir?: string;
  /** Show the stack of an unexpected error. */
  debug?: boolean;
  /** An earlier report, or a folder of them, to compare with. */
  previous?: string;
  /** 进展未更新 from this many merges (with --previous). */
  staleAfter?: number;
  /** 连续逾期 from this many merges (with --previous). */
  overdueAfter?: number;
}

/**
 * What the single-file executable supplies when its command line leaves it out (the npm command
 * supplies nothing, so there every input and --out are required). A clerk drops files or a folder
 * on it, or double-clicks it in the folder of ledgers.
 */
export interface ExeDefaults {
  /** The executable's folder: merged when no input is named, and the report's folder then. */
  folder: string;
  /** Resolves relative inputs. */
  cwd: string;
  /** Names the report when --as-of is not given. */
  today: Day;
}

/** 汇总报告（2026-11-25）.xlsx: the report's name when the executable chooses it. */
export function defaultReportName(day: Day): string {
  return '汇总报告（' + formatDay(day) + '）.xlsx';
}

export type ParsedArgs = { kind: 'help' } | { kind: 'error'; message: string } | { kind: 'run'; args: MergeArgs };

const VALUE_OPTIONS = [
  '--out',
  '--as-of',
  '--warn-days',
  '--json',
  '--config',
  '--notice',
  '--notices-dir',
  '--previous',
  '--stale-after',
  '--overdue-after',
];
/** The longest streak, in merges, that --stale-after and --overdue-after may ask for. */
const MAX_MERGES = 100;

export function parseMergeArgs(argv: string[], exe?: ExeDefaults): ParsedArgs {
  const inputs: string[] = [];
  const values: { [opt: string]: string } = {};
  let onlyInputs = false;
  let debug = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (onlyInputs || !a.startsWith('-') || a === '-') {
      inputs.push(a);
      continue;
    }
    if (a === '--') {
      onlyInputs = true;
      continue;
    }
    if (a === '--help' || a === '-h') return { kind: 'help' };
    if (a === '--debug') {
      debug = true;
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (VALUE_OPTIONS.indexOf(name) < 0) return { kind: 'error', message: msg.unknownOption(name) };
    let value: string | undefined;
    if (eq > 0) value = a.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') return { kind: 'error', message: name + ' 需要一个值' };
    if (values[name] !== undefined) return { kind: 'error', message: name + ' 只能指定一次' };
    values[name] = value;
  }
  const named = inputs.length > 0;
  if (exe && !named) inputs.push(exe.folder);
  if (inputs.length === 0) return { kind: 'error', message: '请指定要合并的台账文件或文件夹' };
  let asOf: Day | undefined;
  if (values['--as-of'] !== undefined) {
    const day = parseISODay(values['--as-of']);
    if (day === null) return { kind: 'error', message: '--as-of 须为 YYYY-MM-DD 格式的有效日期，例如 2026-07-15' };
    asOf = day;
  }
  let out = values['--out'];
  let base: string | undefined;
  if (!out && exe) {
    // Beside the first input named, or in the executable's own folder; named by the day.
    base = named ? path.dirname(path.resolve(exe.cwd, inputs[0])) : exe.folder;
    out = path.join(base, defaultReportName(asOf === undefined ? exe.today : asOf));
  }
  if (!out) return { kind: 'error', message: '请用 --out 指定汇总报告的保存位置，例如 --out 汇总报告.xlsx' };
  if (!/\.xlsx$/i.test(out)) return { kind: 'error', message: '--out 的文件名须以 .xlsx 结尾：' + out };
  const args: MergeArgs = { inputs, out };
  if (asOf !== undefined) args.asOf = asOf;
  if (base !== undefined) args.base = base;
  if (debug) args.debug = true;
  if (values['--warn-days'] !== undefined) {
    const n = parseWarnDays(values['--warn-days']);
    if (n === null) {
      return { kind: 'error', message: '--warn-days 须为 0 到 ' + MAX_WARN_DAYS + ' 之间的整数天数' };
    }
    args.warnDays = n;
  }
  if (values['--json'] !== undefined) args.json = values['--json'];
  if (values['--config'] !== undefined) args.config = values['--config'];
  if (values['--notice'] !== undefined) {
    if (!/\.docx$/i.test(values['--notice'])) return { kind: 'error', message: '--notice 的文件名须以 .docx 结尾：' + values['--notice'] };
    args.notice = values['--notice'];
  }
  if (values['--notices-dir'] !== undefined) args.noticesDir = values['--notices-dir'];
  if (values['--previous'] !== undefined) args.previous = values['--previous'];
  for (const [name, key] of [
    ['--stale-after', 'staleAfter'],
    ['--overdue-after', 'overdueAfter'],
  ] as const) {
    const s = values[name];
    if (s === undefined) continue;
    if (args.previous === undefined) return { kind: 'error', message: name + ' 须与 --previous 一起使用' };
    const n = /^\d+$/.test(s) ? Number(s) : NaN;
    if (!(n >= 2 && n <= MAX_MERGES)) return { kind: 'error', message: name + ' 须为 2 到 ' + MAX_MERGES + ' 之间的整数（次合并）' };
    args[key] = n;
  }
  return { kind: 'run', args };
}
