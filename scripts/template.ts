// The template command: the ledger form the 督查科 sends the departments — one workbook for all,
// or one per department with the department filled in and a stamp the merge reads back.
// Exit codes: 0 written; 2 usage error, bad config or department list, or nothing written.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { Io } from './merge';
import { todayDay, ymdOfDay } from '../ledger/days';
import { compileSchema } from '../ledger/compile';
import { readLedger } from '../ledger/read';
import { Schema } from '../ledger/schema';
import { TemplateStamp } from '../ledger/template-stamp';
import { OutputFile, ReportWriteError, writeFilesAtomic } from './atomic-write';
import { loadSchema } from './load-config';
import { readWorkbook } from './read-workbook';
import { removeStaleTemps } from './temp-files';
import { parseTemplateArgs, splitDepartments, TemplateArgs } from './template/args';
import { addinExtension, addinIdentity, addinReferences, findManifest } from './template/addin-settings';
import { DEFAULT_SEND_TO } from './template/instructions';
import { templateWorkbook } from './template/workbook';
import { writeWorkbook } from './write-workbook';

export const EXIT_OK = 0;
export const EXIT_FAILED = 2;

/** What the user types before the options when the command is run from a checkout. */
const NPM_COMMAND = 'npm run template --';

/** How the command was started when not from a checkout: the executable, which carries the manifest. */
export interface Launch {
  /** What the user types before the options: `整改台账合并 template`. */
  command: string;
  /** The add-in's manifest.xml. */
  manifest: string;
}

/** What follows the usage lines, whoever runs the command. */
const USAGE_TEXT = [
  '',
  '生成下发各部门的整改台账模板：下拉列表、日期检查、按完成时限自动变色的整行颜色、填表说明，',
  '不装加载项、在 WPS 和 LibreOffice 中同样有效。按部门生成时，每个部门一个文件（办公室整改台账.xlsx …），',
  '已填好填报单位，并带有模板编号，合并时据此认出是哪个部门交回的台账。',
  '',
  '选项：',
  '  --out <模板.xlsx>            不分部门的模板的保存位置',
  '  --departments <部门,部门…>   按部门各生成一个模板（用逗号或顿号分隔）',
  '  --departments-file <清单.txt> 部门清单，每行一个（UTF-8 或 GBK）',
  '  --out-dir <文件夹>           按部门生成的模板放在哪里（默认当前文件夹）',
  '  --title <标题>               台账标题，接在部门名称之后（默认“问题整改台账”）',
  '  --config <配置.json>         补充问题类别、状态用语、提醒天数、颜色等（与合并命令共用）',
  '  --rows <行数>                预设校验和边框的数据行数（默认 200）',
  '  --send-to <说明>             填表说明中“报送”一节的文字',
  '  --addin-catalog <共享文件夹>  加载项所在的共享文件夹目录（如 \\\\server\\addins），便于加载项认出模板',
  '  --help                       显示本说明',
  '',
  '退出码：0 已生成；2 用法错误、配置或部门清单有误，或文件无法写入（此时一个文件也不写）。',
].join('\n');

export function templateUsage(command: string): string {
  return [
    '用法：' + command + ' --out <模板.xlsx> [选项]',
    '      ' + command + ' --departments 办公室,研究室,… [--out-dir <文件夹>] [选项]',
    USAGE_TEXT,
  ].join('\n');
}

const processIo: Io = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

/** Characters a department name cannot hold: it becomes a file name and a sheet name. */
const UNSAFE_NAME = /[\\/:*?"<>|[\]\u0000-\u001F]/;
/** Sheet names hold 31 characters; the ledger sheet is the department's name + 整改台账. */
const MAX_DEPARTMENT = 27;

/** The same department and title always give the same id, so a template made again matches its copies. */
export function templateId(title: string, department: string): string {
  const hash = crypto
    .createHash('sha256')
    .update(JSON.stringify([title, department]))
    .digest('hex');
  return 'ZGTZ-' + hash.slice(0, 12).toUpperCase();
}

function guidFrom(text: string): string {
  const h = crypto.createHash('sha256').update(text).digest('hex').toUpperCase();
  return '{' + [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20, 32)].join('-') + '}';
}

/** A department list file as Notepad saves it: UTF-8 (with or without BOM) or GBK. */
function readDepartmentsFile(file: string): string[] {
  const buf = fs.readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    text = new TextDecoder('gbk').decode(buf);
  }
  return splitDepartments(text.replace(/^\uFEFF/, ''));
}

function checkDepartments(list: string[]): string | null {
  const seen: { [name: string]: boolean } = {};
  for (const d of list) {
    if (UNSAFE_NAME.test(d)) return '部门名称“' + d + '”含有不能用于文件名或工作表名的字符（\\ / : * ? " < > | [ ]）';
    if (d.length > MAX_DEPARTMENT) return '部门名称“' + d + '”超过 ' + MAX_DEPARTMENT + ' 个字';
    if (seen[d]) return '部门“' + d + '”重复';
    seen[d] = true;
  }
  return null;
}

/** An existing file may be replaced only when it is one of our templates with nothing filled in. */
function replaceable(file: string, schema: Schema): boolean {
  let wb;
  try {
    wb = readWorkbook(file);
  } catch {
    return false;
  }
  if (!wb.template) return false;
  const asOf = todayDay();
  const compiled = compileSchema(schema);
  return wb.sheets.every((grid) => readLedger(grid, { schema: compiled, file, year: ymdOfDay(asOf).y, asOf }).items.length === 0);
}

interface Target {
  file: string;
  display: string;
  stamp: TemplateStamp;
}

function targets(args: TemplateArgs, departments: string[], cwd: string): Target[] {
  const out: Target[] = [];
  if (args.out)
    out.push({ file: path.resolve(cwd, args.out), display: args.out, stamp: { id: templateId(args.title, ''), department: '' } });
  const dir = args.outDir || '.';
  for (const d of departments) {
    const display = path.join(dir, d + '整改台账.xlsx');
    out.push({ file: path.resolve(cwd, display), display, stamp: { id: templateId(args.title, d), department: d } });
  }
  return out;
}

/** The add-in's manifest.xml at the root of this installation, or null. */
function installedManifest(): string | null {
  const file = findManifest();
  return file ? fs.readFileSync(file, 'utf8') : null;
}

export function main(argv: string[], io: Io = processIo, cwd: string = process.cwd(), launch?: Launch): number {
  const command = launch ? launch.command : NPM_COMMAND;
  const usageError = (text: string): number => {
    io.err('用法错误：' + text + '（运行 ' + command + ' --help 查看用法）');
    return EXIT_FAILED;
  };
  const parsed = parseTemplateArgs(argv);
  if (parsed.kind === 'help') {
    io.out(templateUsage(command));
    return EXIT_OK;
  }
  if (parsed.kind === 'error') return usageError(parsed.message);
  const args = parsed.args;

  const config = loadSchema(args.config === undefined ? undefined : path.resolve(cwd, args.config));
  if (config.errors.length > 0) {
    config.errors.forEach((e) => io.err(e));
    return EXIT_FAILED;
  }
  let departments = args.departments || [];
  if (args.departmentsFile !== undefined) {
    try {
      departments = readDepartmentsFile(path.resolve(cwd, args.departmentsFile));
    } catch (e) {
      io.err(
        '无法读取部门清单“' + args.departmentsFile + '”：' + ((e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : String(e)),
      );
      return EXIT_FAILED;
    }
    if (departments.length === 0) return usageError('部门清单“' + args.departmentsFile + '”中没有部门');
  }
  const problem = checkDepartments(departments);
  if (problem) return usageError(problem);
  if (args.outDir !== undefined && !fs.existsSync(path.resolve(cwd, args.outDir))) {
    fs.mkdirSync(path.resolve(cwd, args.outDir), { recursive: true });
  }

  const manifest = launch ? launch.manifest : installedManifest();
  const identity = manifest === null ? null : addinIdentity(manifest);
  if (!identity) io.err('提示：未找到加载项的 manifest.xml，模板中不含加载项设置（校验和颜色不受影响）。');
  const outputs: OutputFile[] = [];
  const written = targets(args, departments, cwd);
  for (const t of written) {
    if (fs.existsSync(t.file) && !replaceable(t.file, config.schema)) {
      io.err('“' + t.display + '”已存在，且不是未填写的台账模板；为保护已填写的台账，拒绝覆盖。请换一个文件名或文件夹。');
      return EXIT_FAILED;
    }
    const refs = identity ? addinReferences(identity, args.addinCatalog) : null;
    const book = templateWorkbook({
      schema: config.schema,
      configJson: config.json,
      title: args.title,
      stamp: t.stamp,
      rows: args.rows,
      sendTo: args.sendTo || DEFAULT_SEND_TO,
      addin: refs ? (settings) => addinExtension(guidFrom(t.stamp.id), refs, settings) : undefined,
    });
    const data = writeWorkbook(book.sheets, { title: book.title, names: book.names, webExtension: book.webExtension });
    outputs.push({ target: t.file, data, display: t.display });
  }
  outputs.forEach((o) => removeStaleTemps(o.target));
  try {
    writeFilesAtomic(outputs);
  } catch (e) {
    if (!(e instanceof ReportWriteError)) throw e;
    io.err(e.message);
    return EXIT_FAILED;
  }
  for (const t of written) {
    io.out(
      '已生成台账模板：' + t.display + '（模板编号 ' + t.stamp.id + (t.stamp.department ? '，填报单位 ' + t.stamp.department : '') + '）',
    );
  }
  return EXIT_OK;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
