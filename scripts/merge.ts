// The merge command: department ledgers in, one consolidated report out.
// Exit codes: 0 merged; 1 merged but some input could not be read, or the earlier report named by
// --previous could not be compared with; 2 usage
// error, nothing to merge, the report could not be written, or an unexpected error.
/* eslint-disable @typescript-eslint/no-require-imports -- the report's stages (sheets, JSON, notices, the
   comparison) are required inside the functions that use them, so start-up and usage errors stay fast. */
import * as fs from 'fs';
import * as path from 'path';
import { todayDay } from '../ledger/days';
import { Schema } from '../ledger/schema';
import { isReportSheetSet } from '../ledger/sheet-kinds';
import { Finding } from '../ledger/types';
import { OutputFile, ReportWriteError, writeFilesAtomic } from './atomic-write';
import { FoundInputs, findInputs, pathKey } from './find-inputs';
import { loadSchema } from './load-config';
import { MergeArgs, parseMergeArgs } from './merge-args';
import { findingWhere, MergeResult, runMerge } from './merge-run';
import { exeUsage, msg, oneLine, USAGE } from './messages';
import { NOTICE_MSG } from './notice/messages';
import type { NoticeConfig } from '../ledger/notice-config';
import type { NoticeOutputs } from './notice/outputs';
import { readSheetNames } from './read-workbook';
import type { ReportModel } from './report-model';
import type { BackgroundReads } from './tracking/report-worker';
import { createProgress } from './progress';
import { removeStaleTemps } from './temp-files';

export const EXIT_OK = 0;
export const EXIT_PARTIAL = 1;
export const EXIT_FAILED = 2;

/** Cell-level problems echoed on stderr before pointing to the report's 数据问题 sheet. */
const MAX_FINDING_LINES = 30;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const processIo: Io = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

/** Where the outputs go (absolute paths). */
interface Targets {
  out: string;
  json?: string;
  notice?: string;
  noticesDir?: string;
}

/** The config file's content: the schema and the notices' wording. */
interface Config {
  schema: Schema;
  notice: NoticeConfig;
}

function isEchoed(f: Finding): boolean {
  if (f.code === 'file-skipped') return false; // counted in one line instead
  return f.severity !== 'info' || (f.code !== 'row-skipped' && f.code !== 'category-unknown');
}

/** One Chinese line per problem, naming the file: whole-file/sheet ones always, cell-level ones up to a limit. */
function reportProblems(result: MergeResult, io: Io): void {
  let cellLines = 0;
  let hidden = 0;
  let skipped = 0;
  for (const f of result.findings) {
    if (f.code === 'file-skipped') skipped++;
    if (!isEchoed(f)) continue;
    const where = findingWhere(f);
    const line = where ? msg.findingLine(f.file || '', where, f.message) : msg.fileProblem(f.file || '', f.message);
    if (f.row === 0) io.err(line);
    else if (cellLines < MAX_FINDING_LINES) {
      io.err(line);
      cellLines++;
    } else hidden++;
  }
  if (hidden > 0) io.err(msg.moreFindings(hidden));
  if (skipped > 0) io.err(msg.skippedSummary(skipped));
}

/** The single-file executable running the merge: where it sits, and what the user calls it. */
export interface Exe {
  folder: string;
  command: string;
}

function resolveTargets(args: MergeArgs, cwd: string, io: Io): Targets | null {
  const targets: Targets = { out: path.resolve(cwd, args.out) };
  if (args.json !== undefined) targets.json = path.resolve(cwd, args.json);
  if (args.notice !== undefined) targets.notice = path.resolve(cwd, args.notice);
  if (args.noticesDir !== undefined) targets.noticesDir = path.resolve(cwd, args.noticesDir);
  const jsonKey = targets.json === undefined ? undefined : pathKey(targets.json);
  if (jsonKey !== undefined && jsonKey === pathKey(targets.out)) {
    io.err(msg.usageError('--json 与 --out 不能是同一个文件'));
    return null;
  }
  // --out ends in .xlsx and --notice in .docx, so only --json can name the same file.
  if (targets.notice !== undefined && jsonKey === pathKey(targets.notice)) {
    io.err(msg.usageError(NOTICE_MSG.sameFile('--notice', '--json')));
    return null;
  }
  return targets;
}

function loadConfig(args: MergeArgs, cwd: string, io: Io): Config | null {
  const config = loadSchema(args.config === undefined ? undefined : path.resolve(cwd, args.config));
  config.errors.forEach((e) => io.err(e));
  return config.errors.length > 0 ? null : { schema: config.schema, notice: config.notice };
}

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The inputs, or null after naming every usage problem (missing inputs, outputs that would replace a ledger). */
function gatherInputs(args: MergeArgs, cwd: string, targets: Targets, io: Io): FoundInputs | null {
  // Names are shown relative to the report's folder when the executable chose it, else to the working folder.
  const found = findInputs(args.inputs, cwd, targets.out, args.base === undefined ? cwd : args.base);
  const problems: string[] = [];
  found.missing.forEach((p) => problems.push(msg.inputMissing(p)));
  found.unsupported.forEach((p) => problems.push(msg.usageError(msg.unsupportedType(p))));
  const outIsLink = isLink(targets.out);
  if (found.outIsInput !== null) problems.push(outIsLink ? msg.outLinksToInput('--out', args.out) : msg.outIsInput('--out', args.out));
  // Re-running into an input folder may replace an earlier report there, never a ledger.
  if (found.outInFolder !== null) {
    const names = readSheetNames(found.outInFolder);
    if (names === null || !isReportSheetSet(names)) {
      problems.push(outIsLink ? msg.outLinksToInput('--out', args.out) : msg.outInInputFolder(args.out));
    }
  }
  const jsonKey = targets.json === undefined ? undefined : pathKey(targets.json);
  if (jsonKey !== undefined && found.files.some((f) => pathKey(f.path) === jsonKey)) {
    problems.push(msg.outIsInput('--json', args.json as string));
  }
  problems.forEach((p) => io.err(p));
  if (problems.length > 0) return null;
  if (found.files.length === 0 && !found.skipped.some((s) => s.unreadable)) {
    // No report will list what was skipped: say it here.
    found.skipped.forEach((s) => io.err(msg.fileProblem(s.display, s.reason)));
    io.err(msg.noInputs);
    return null;
  }
  return found;
}

function merge(found: FoundInputs, schema: Schema, args: MergeArgs, maxItems: number): MergeResult {
  const progress = createProgress(found.files.length);
  const result = runMerge({
    files: found.files,
    skipped: found.skipped,
    schema,
    asOf: args.asOf === undefined ? todayDay() : args.asOf,
    warnDays: args.warnDays === undefined ? schema.warnDays : args.warnDays,
    maxItems,
    onFile: (i, n, file) => progress.file(i, n, file),
  });
  progress.done();
  return result;
}

/**
 * The report workbook's bytes. When neither a JSON report nor notices need them,
 * the model's entries are let go once the sheets hold every cell.
 */
function xlsxBytes(model: ReportModel, args: MergeArgs): Uint8Array {
  const { reportSheets } = require('./report-xlsx') as typeof import('./report-xlsx');
  const { writeWorkbook } = require('./write-workbook') as typeof import('./write-workbook');
  const sheets = reportSheets(model, { json: args.json });
  if (args.json === undefined && args.notice === undefined && args.noticesDir === undefined) {
    model.items = model.overdue = model.dueSoon = [];
  }
  return writeWorkbook(sheets);
}

/** The notices asked for, as outputs; undefined when none is. */
async function notices(model: ReportModel, config: Config, args: MergeArgs, targets: Targets): Promise<NoticeOutputs | undefined> {
  if (targets.notice === undefined && targets.noticesDir === undefined) return undefined;
  const { noticeOutputs } = require('./notice/outputs') as typeof import('./notice/outputs');
  return noticeOutputs(model, config.notice, {
    bulletin: targets.notice === undefined ? undefined : { path: targets.notice, display: args.notice as string },
    dir: targets.noticesDir === undefined ? undefined : { path: targets.noticesDir, display: args.noticesDir as string },
  });
}

/** With --previous: its JSON reports start being read on a worker thread, while the merge reads the inputs. */
function startReadingEarlier(args: MergeArgs, cwd: string): BackgroundReads | undefined {
  if (args.previous === undefined) return undefined;
  const { startReadingEarlier } = require('./tracking/track') as typeof import('./tracking/track');
  return startReadingEarlier(args.previous, cwd);
}

/**
 * Compares the merge with the earlier reports --previous names, before anything is written (so
 * --previous may name the --out file itself). False when they could not be compared with: the
 * report is then written without the comparison.
 */
async function compare(
  model: ReportModel,
  result: MergeResult,
  args: MergeArgs,
  earlier: BackgroundReads | undefined,
  cwd: string,
  io: Io,
): Promise<boolean> {
  if (args.previous === undefined) return true;
  const { trackChanges } = require('./tracking/track') as typeof import('./tracking/track');
  const reads = earlier ? await earlier.done() : undefined;
  const outcome = trackChanges(model, result.schema, args, cwd, io.err, reads);
  if (outcome.tracking) model.tracking = outcome.tracking;
  return !outcome.failed;
}

/** Writes the xlsx (and the JSON and notices) whole or not at all; the exit code. */
async function writeReport(
  result: MergeResult,
  earlier: BackgroundReads | undefined,
  config: Config,
  args: MergeArgs,
  targets: Targets,
  cwd: string,
  io: Io,
): Promise<number> {
  // Loaded here, after the inputs are read, so start-up and usage errors stay fast.
  const { buildReportModel } = require('./report-model') as typeof import('./report-model');
  const model = buildReportModel(result);
  const compared = await compare(model, result, args, earlier, cwd, io);
  // The xlsx first: it is the one Excel may hold locked, and then neither output is replaced.
  const outputs: OutputFile[] = [{ target: targets.out, data: xlsxBytes(model, args), display: args.out }];
  if (targets.json !== undefined && args.json !== undefined) {
    const { reportJson } = require('./report-json') as typeof import('./report-json');
    outputs.push({ target: targets.json, data: reportJson(model), display: args.json });
  }
  let written: NoticeOutputs | undefined;
  try {
    written = await notices(model, config, args, targets);
    if (written) outputs.push(...written.files);
    outputs.forEach((o) => removeStaleTemps(o.target));
    writeFilesAtomic(outputs);
  } catch (e) {
    if (written) written.undo();
    if (!(e instanceof ReportWriteError)) throw e;
    io.err(e.message);
    return EXIT_FAILED;
  }
  const c = model.counts;
  io.out(msg.summary(c.files, c.sheets, c.items, c.problems, c.notes, args.out) + (args.json ? '；' + msg.jsonWritten(args.json) : ''));
  if (model.tracking) {
    const { trackingSummary } = require('./tracking/track') as typeof import('./tracking/track');
    trackingSummary(model.tracking).forEach((line) => io.out(line));
  }
  if (written) {
    written.summary.forEach((line) => io.out(line));
    written.warnings.forEach((line) => io.err(line));
  }
  return result.filesFailed > 0 || !compared ? EXIT_PARTIAL : EXIT_OK;
}

async function run(args: MergeArgs, io: Io, cwd: string): Promise<number> {
  const targets = resolveTargets(args, cwd, io);
  if (targets === null) return EXIT_FAILED;
  const config = loadConfig(args, cwd, io);
  if (config === null) return EXIT_FAILED;
  const found = gatherInputs(args, cwd, targets, io);
  if (found === null) return EXIT_FAILED;
  const { SUMMARY_CAPACITY } = require('./report-xlsx') as typeof import('./report-xlsx');
  const earlier = startReadingEarlier(args, cwd);
  const result = merge(found, config.schema, args, SUMMARY_CAPACITY);
  if (result.overflow) {
    io.err(msg.tooManyItems(SUMMARY_CAPACITY));
    return EXIT_FAILED;
  }
  reportProblems(result, io);
  if (result.filesMerged === 0) {
    io.err(msg.nothingMerged);
    return EXIT_FAILED;
  }
  return writeReport(result, earlier, config, args, targets, cwd, io);
}

/** V8's own words when an allocation fails: the merge ran out of memory. */
function isOutOfMemory(e: unknown): boolean {
  return e instanceof RangeError && /allocation failed|Invalid (string|array|typed array) length|too large/i.test(e.message);
}

/** An error nothing foresaw: one Chinese line, the stack only with --debug in `argv`; exit 2. */
export function unexpectedError(e: unknown, argv: string[], io: Io = processIo): number {
  io.err(oneLine(isOutOfMemory(e) ? msg.outOfMemory : msg.internalError));
  if (argv.indexOf('--debug') >= 0) io.err(e instanceof Error && e.stack ? e.stack : String(e));
  return EXIT_FAILED;
}

/**
 * Runs the command; resolves to the exit code. Messages are one line each (a
 * line break in a file name is shown escaped). An unexpected error is one
 * Chinese line and exit 2; its stack is printed only with --debug.
 */
export async function main(argv: string[], io: Io = processIo, cwd: string = process.cwd(), exe?: Exe): Promise<number> {
  const lines: Io = { out: (line) => io.out(oneLine(line)), err: (line) => io.err(oneLine(line)) };
  try {
    const parsed = parseMergeArgs(argv, exe && { folder: exe.folder, cwd, today: todayDay() });
    if (parsed.kind === 'help') {
      io.out(exe ? exeUsage(exe.command) : USAGE);
      return EXIT_OK;
    }
    if (parsed.kind === 'error') {
      lines.err(msg.usageError(parsed.message));
      return EXIT_FAILED;
    }
    return await run(parsed.args, lines, cwd);
  } catch (e) {
    return unexpectedError(e, argv, io);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
