// Command-line parsing for the merge command: pure, so it is easy to test.
import { Day } from '../ledger/types';
import { parseISODay } from '../ledger/days';

export interface MergeArgs {
  inputs: string[];
  out: string;
  asOf?: Day;
  warnDays?: number;
  json?: string;
  config?: string;
  /** An earlier report, or a folder of them, to compare with. */
  previous?: string;
  /** 进展未更新 from this many merges (with --previous). */
  staleAfter?: number;
  /** 连续逾期 from this many merges (with --previous). */
  overdueAfter?: number;
}

export type ParsedArgs = { kind: 'help' } | { kind: 'error'; message: string } | { kind: 'run'; args: MergeArgs };

const VALUE_OPTIONS = ['--out', '--as-of', '--warn-days', '--json', '--config', '--previous', '--stale-after', '--overdue-after'];
const MAX_WARN_DAYS = 366;
const MAX_MERGES = 100;

export function parseMergeArgs(argv: string[]): ParsedArgs {
  const inputs: string[] = [];
  const values: { [opt: string]: string } = {};
  let onlyInputs = false;
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
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (VALUE_OPTIONS.indexOf(name) < 0) return { kind: 'error', message: '未知选项 ' + name };
    let value: string | undefined;
    if (eq > 0) value = a.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') return { kind: 'error', message: name + ' 需要一个值' };
    if (values[name] !== undefined) return { kind: 'error', message: name + ' 只能指定一次' };
    values[name] = value;
  }
  if (inputs.length === 0) return { kind: 'error', message: '请指定要合并的台账文件或文件夹' };
  const out = values['--out'];
  if (!out) return { kind: 'error', message: '请用 --out 指定汇总报告的保存位置，例如 --out 汇总报告.xlsx' };
  if (!/\.xlsx$/i.test(out)) return { kind: 'error', message: '--out 的文件名须以 .xlsx 结尾：' + out };
  const args: MergeArgs = { inputs, out };
  if (values['--as-of'] !== undefined) {
    const day = parseISODay(values['--as-of']);
    if (day === null) return { kind: 'error', message: '--as-of 须为 YYYY-MM-DD 格式的有效日期，例如 2026-07-15' };
    args.asOf = day;
  }
  if (values['--warn-days'] !== undefined) {
    const s = values['--warn-days'];
    const n = /^\d+$/.test(s) ? Number(s) : NaN;
    if (!(n >= 0 && n <= MAX_WARN_DAYS)) {
      return { kind: 'error', message: '--warn-days 须为 0 到 ' + MAX_WARN_DAYS + ' 之间的整数天数' };
    }
    args.warnDays = n;
  }
  if (values['--json'] !== undefined) args.json = values['--json'];
  if (values['--config'] !== undefined) args.config = values['--config'];
  if (values['--previous'] !== undefined) args.previous = values['--previous'];
  for (const [name, key] of [['--stale-after', 'staleAfter'], ['--overdue-after', 'overdueAfter']] as const) {
    const s = values[name];
    if (s === undefined) continue;
    if (args.previous === undefined) return { kind: 'error', message: name + ' 须与 --previous 一起使用' };
    const n = /^\d+$/.test(s) ? Number(s) : NaN;
    if (!(n >= 2 && n <= MAX_MERGES)) return { kind: 'error', message: name + ' 须为 2 到 ' + MAX_MERGES + ' 之间的整数（次合并）' };
    args[key] = n;
  }
  return { kind: 'run', args };
}
