// Command-line parsing for the template command: pure, so it is easy to test.
import { parseArgs } from 'util';

export interface TemplateArgs {
  /** The template for all departments. */
  out?: string;
  /** One template per department, in this folder. */
  departments?: string[];
  departmentsFile?: string;
  outDir?: string;
  /** The ledger's title after the department: "问题整改台账". */
  title: string;
  config?: string;
  /** Data rows prepared (validated, bordered). */
  rows: number;
  /** Where departments send the filled ledger; shown in 填表说明. */
  sendTo?: string;
  /** A shared-folder add-in catalog (\\server\share) the add-in is installed from. */
  addinCatalog?: string;
}

export type ParsedTemplateArgs = { kind: 'help' } | { kind: 'error'; message: string } | { kind: 'run'; args: TemplateArgs };

export const DEFAULT_TITLE = '问题整改台账';
export const DEFAULT_ROWS = 200;
export const MAX_ROWS = 10000;

const OPTIONS = {
  out: { type: 'string' },
  departments: { type: 'string' },
  'departments-file': { type: 'string' },
  'out-dir': { type: 'string' },
  title: { type: 'string' },
  config: { type: 'string' },
  rows: { type: 'string' },
  'send-to': { type: 'string' },
  'addin-catalog': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** util.parseArgs speaks English; its error codes say enough for a Chinese message. */
function parseError(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const option = /'(-[^']*)'/.exec(err.message || '');
  const name = option ? option[1].split(' ')[0].replace(/,$/, '') : '';
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return '未知选项 ' + name;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return name + ' 需要一个值';
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return '多余的参数：' + ((err.message || '').match(/'([^']*)'/) || ['', ''])[1];
    default:
      return err.message || String(e);
  }
}

/** Departments separated by commas (, or ，) or 、. */
export function splitDepartments(text: string): string[] {
  return text
    .split(/[,，、\r\n]+/)
    .map((d) => d.trim())
    .filter((d) => d !== '');
}

export function parseTemplateArgs(argv: string[]): ParsedTemplateArgs {
  let values: { [name: string]: string | boolean | undefined };
  try {
    values = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true }).values;
  } catch (e) {
    return { kind: 'error', message: parseError(e) };
  }
  if (values.help) return { kind: 'help' };
  const text = (name: string): string | undefined => {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
  };
  for (const name of Object.keys(values)) {
    if (values[name] === '') return { kind: 'error', message: '--' + name + ' 需要一个值' };
  }
  const args: TemplateArgs = { title: DEFAULT_TITLE, rows: DEFAULT_ROWS };
  const out = text('out');
  if (out !== undefined) {
    if (!/\.xlsx$/i.test(out)) return { kind: 'error', message: '--out 的文件名须以 .xlsx 结尾：' + out };
    args.out = out;
  }
  const departments = text('departments');
  if (departments !== undefined) {
    args.departments = splitDepartments(departments);
    if (args.departments.length === 0) return { kind: 'error', message: '--departments 没有列出任何部门' };
  }
  args.departmentsFile = text('departments-file');
  if (args.departments && args.departmentsFile) return { kind: 'error', message: '--departments 与 --departments-file 只能用一个' };
  args.outDir = text('out-dir');
  if (args.outDir !== undefined && !args.departments && !args.departmentsFile) {
    return { kind: 'error', message: '--out-dir 用于按部门生成的模板，请同时指定 --departments 或 --departments-file' };
  }
  if (!args.out && !args.departments && !args.departmentsFile) {
    return { kind: 'error', message: '请用 --out 指定模板的保存位置（例如 --out 整改台账模板.xlsx），或用 --departments 按部门生成' };
  }
  const title = text('title');
  if (title !== undefined) args.title = title.trim();
  args.config = text('config');
  const rows = text('rows');
  if (rows !== undefined) {
    const n = /^\d+$/.test(rows) ? Number(rows) : NaN;
    if (!(n >= 1 && n <= MAX_ROWS)) return { kind: 'error', message: '--rows 须为 1 到 ' + MAX_ROWS + ' 之间的整数' };
    args.rows = n;
  }
  args.sendTo = text('send-to');
  args.addinCatalog = text('addin-catalog');
  return { kind: 'run', args };
}
