// The merge command: department ledgers in, one consolidated report out.
// Exit codes: 0 merged; 1 merged but some input could not be read; 2 usage
// error, nothing to merge, or the report could not be written.
import * as path from 'path';
import { todayDay } from '../ledger/days';
import { Finding } from '../ledger/types';
import { OutputFile, ReportWriteError, writeFilesAtomic } from './atomic-write';
import { findInputs, pathKey } from './find-inputs';
import { loadSchema } from './load-config';
import { parseMergeArgs } from './merge-args';
import { findingWhere, MergeResult, runMerge } from './merge-run';
import { isReportSheetSet, msg, USAGE } from './messages';
import { readSheetNames } from './read-workbook';
import { createProgress } from './progress';

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

function isEchoed(f: Finding): boolean {
  return f.severity !== 'info' || (f.code !== 'row-skipped' && f.code !== 'category-unknown');
}

/** One Chinese line per problem, naming the file: whole-file/sheet ones always, cell-level ones up to a limit. */
function reportProblems(result: MergeResult, io: Io): void {
  let cellLines = 0;
  let hidden = 0;
  for (const f of result.findings) {
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
}

export function main(argv: string[], io: Io = processIo, cwd: string = process.cwd()): number {
  const parsed = parseMergeArgs(argv);
  if (parsed.kind === 'help') {
    io.out(USAGE);
    return EXIT_OK;
  }
  if (parsed.kind === 'error') {
    io.err(msg.usageError(parsed.message));
    return EXIT_FAILED;
  }
  const args = parsed.args;
  const outPath = path.resolve(cwd, args.out);
  const jsonPath = args.json === undefined ? undefined : path.resolve(cwd, args.json);
  const jsonKey = jsonPath === undefined ? undefined : pathKey(jsonPath);
  if (jsonKey !== undefined && jsonKey === pathKey(outPath)) {
    io.err(msg.usageError('--json 与 --out 不能是同一个文件'));
    return EXIT_FAILED;
  }

  const config = loadSchema(args.config === undefined ? undefined : path.resolve(cwd, args.config));
  if (config.errors.length > 0) {
    config.errors.forEach((e) => io.err(e));
    return EXIT_FAILED;
  }
  const schema = config.schema;

  const found = findInputs(
    args.inputs.map((p) => path.resolve(cwd, p)),
    outPath,
  );
  let usage = false;
  found.missing.forEach((p) => {
    io.err(msg.inputMissing(path.relative(cwd, p) || p));
    usage = true;
  });
  found.unsupported.forEach((p) => {
    io.err(msg.usageError('不支持的文件类型（应为 .xlsx .xlsm .xls .ods .csv）：' + path.relative(cwd, p)));
    usage = true;
  });
  if (found.outIsInput !== null) {
    io.err(msg.outIsInput('--out', args.out));
    usage = true;
  }
  // Re-running into an input folder may replace an earlier report there, never a ledger.
  if (found.outInFolder !== null) {
    const names = readSheetNames(found.outInFolder);
    if (names === null || !isReportSheetSet(names)) {
      io.err(msg.outInInputFolder(args.out));
      usage = true;
    }
  }
  if (jsonKey !== undefined && found.files.some((f) => pathKey(f) === jsonKey)) {
    io.err(msg.outIsInput('--json', args.json as string));
    usage = true;
  }
  if (usage) return EXIT_FAILED;
  if (found.files.length === 0) {
    io.err(msg.noInputs);
    return EXIT_FAILED;
  }

  const progress = createProgress(found.files.length);
  const result = runMerge({
    files: found.files,
    cwd,
    schema,
    asOf: args.asOf === undefined ? todayDay() : args.asOf,
    warnDays: args.warnDays === undefined ? schema.warnDays : args.warnDays,
    onFile: (i, n, file) => progress.file(i, n, file),
  });
  progress.done();
  reportProblems(result, io);
  if (result.filesMerged === 0) {
    io.err(msg.nothingMerged);
    return EXIT_FAILED;
  }

  // Loaded here, after the inputs are read, so start-up and usage errors stay fast.
  const { buildReportModel } = require('./report-model') as typeof import('./report-model');
  const { reportSheets } = require('./report-xlsx') as typeof import('./report-xlsx');
  const { writeXlsx } = require('./xlsx-writer') as typeof import('./xlsx-writer');
  const model = buildReportModel(result);
  // Compared before the report is written, so --previous may name the --out file itself.
  const track = args.previous === undefined ? null : (require('./tracking/track') as typeof import('./tracking/track'));
  const tracked = track ? track.trackChanges(result, model, args, cwd, io.err) : null;
  if (tracked && tracked.tracking) model.tracking = tracked.tracking;
  // The xlsx first: it is the one Excel may hold locked, and then neither output is replaced.
  const outputs: OutputFile[] = [{ target: outPath, data: writeXlsx(reportSheets(model)), display: args.out }];
  if (jsonPath !== undefined && args.json !== undefined) {
    const { reportJson } = require('./report-json') as typeof import('./report-json');
    outputs.push({ target: jsonPath, data: reportJson(model), display: args.json });
  }
  try {
    writeFilesAtomic(outputs);
  } catch (e) {
    if (!(e instanceof ReportWriteError)) throw e;
    io.err(e.message);
    return EXIT_FAILED;
  }
  const c = model.counts;
  io.out(msg.summary(c.files, c.sheets, c.items, c.problems, c.notes, args.out) + (args.json ? '；' + msg.jsonWritten(args.json) : ''));
  if (track && model.tracking) track.trackingSummary(model.tracking).forEach(io.out);
  return result.filesFailed > 0 || (tracked && tracked.failed) ? EXIT_PARTIAL : EXIT_OK;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
