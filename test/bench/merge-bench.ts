// Merge benchmark: the floor (SheetJS read + plain write, in its own process)
// against the merge command end to end (start-up included), same inputs, same run.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeBenchLedgers } from './gen-ledgers';
import { median, padEnd as pad } from './table';

export interface Measure {
  /** Milliseconds. */
  ms: number;
  /** Peak resident set size, KB. */
  rssKb: number;
}

export interface CaseResult {
  name: string;
  files: number;
  /** Rows per file. */
  rows: number;
  /** Bytes of all input files together. */
  inputBytes: number;
  floor: Measure;
  /** Of the floor's time, reading the inputs (the rest is writing the workbook). */
  floorReadMs: number;
  /** The floor's process from spawn to exit (start-up included), for reference. */
  floorWallMs: number;
  merge: Measure;
  targets: string[];
  ok: boolean;
}

const BUILD = path.resolve(__dirname, '..', '..');
const MERGE = path.join(BUILD, 'scripts', 'merge.js');
const FLOOR = path.join(__dirname, 'floor.js');
const PROBE = path.join(__dirname, 'rss-probe.js');

function runFloor(dir: string, inputs: string[]): { inProcess: Measure; readMs: number; wallMs: number } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [FLOOR, path.join(dir, 'floor-out.xlsx'), ...inputs], { encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error('floor failed: ' + r.stderr);
  const m = JSON.parse(r.stdout) as { ms: number; readMs: number; maxRssKb: number };
  return { inProcess: { ms: m.ms, rssKb: m.maxRssKb }, readMs: m.readMs, wallMs };
}

function runMergeCli(dir: string, inputDir: string): Measure {
  const rssFile = path.join(dir, 'merge-rss.txt');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ['--require', PROBE, MERGE, inputDir, '--out', path.join(dir, 'report.xlsx'), '--as-of', '2026-11-25'],
    {
      encoding: 'utf8',
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
    },
  );
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error('merge failed (' + r.status + '): ' + r.stderr);
  return { ms, rssKb: Number(fs.readFileSync(rssFile, 'utf8')) };
}

/** Runs one case `repeats` times (floor and merge alternating) and keeps the medians. */
export function benchCase(name: string, files: number, rows: number, repeats: number): Omit<CaseResult, 'targets' | 'ok'> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'merge-bench-'));
  try {
    const inputDir = path.join(dir, 'in');
    fs.mkdirSync(inputDir);
    const inputs = writeBenchLedgers(inputDir, files, rows);
    const inputBytes = inputs.reduce((sum, f) => sum + fs.statSync(f).size, 0);
    const floors: ReturnType<typeof runFloor>[] = [];
    const merges: Measure[] = [];
    for (let i = 0; i < repeats; i++) {
      floors.push(runFloor(dir, inputs));
      merges.push(runMergeCli(dir, inputDir));
    }
    return {
      name,
      files,
      rows,
      inputBytes,
      floor: { ms: median(floors.map((f) => f.inProcess.ms)), rssKb: median(floors.map((f) => f.inProcess.rssKb)) },
      floorReadMs: median(floors.map((f) => f.readMs)),
      floorWallMs: median(floors.map((f) => f.wallMs)),
      merge: { ms: median(merges.map((m) => m.ms)), rssKb: median(merges.map((m) => m.rssKb)) },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const mb = (kb: number) => (kb / 1024).toFixed(0) + ' MB';

export function printMergeTable(results: CaseResult[], out: (line: string) => void): void {
  out('merge: floor = SheetJS reads every input + writes one plain workbook (own process, time in-process);');
  out("       (read) = the floor's reading part; (wall) = the floor process with its start-up.");
  out('       merge = `node build/scripts/merge.js <folder> --out …` end to end, start-up included. Medians.');
  out(
    pad('case', 24) +
      pad('floor time', 12) +
      pad('(read)', 10) +
      pad('(wall)', 10) +
      pad('merge time', 12) +
      pad('ratio', 8) +
      pad('floor RSS', 11) +
      pad('merge RSS', 11) +
      pad('ratio', 8) +
      'targets',
  );
  for (const r of results) {
    out(
      pad(r.name, 24) +
        pad(r.floor.ms.toFixed(0) + ' ms', 12) +
        pad(r.floorReadMs.toFixed(0) + ' ms', 10) +
        pad(r.floorWallMs.toFixed(0) + ' ms', 10) +
        pad(r.merge.ms.toFixed(0) + ' ms', 12) +
        pad((r.merge.ms / r.floor.ms).toFixed(2) + '×', 8) +
        pad(mb(r.floor.rssKb), 11) +
        pad(mb(r.merge.rssKb), 11) +
        pad((r.merge.rssKb / r.floor.rssKb).toFixed(2) + '×', 8) +
        r.targets.join('; ') +
        (r.ok ? '  ✔' : '  ✘'),
    );
  }
}

/** Peak RSS per 100,000 rows and per MB of input, merge against floor: how memory grows with the work. */
export function printMemoryTable(results: CaseResult[], out: (line: string) => void): void {
  out('');
  out('memory: peak RSS per 100,000 rows and per MB of input files (merge / floor = ratio).');
  out(pad('case', 24) + pad('input', 10) + pad('per 100k rows', 32) + 'per MB in');
  for (const r of results) {
    const per100k = (kb: number) => mb((kb * 100000) / (r.files * r.rows));
    const perMb = (kb: number) => (kb / 1024 / (r.inputBytes / 1048576)).toFixed(1) + ' MB';
    const ratio = (r.merge.rssKb / r.floor.rssKb).toFixed(2) + '×';
    out(
      pad(r.name, 24) +
        pad(mb(r.inputBytes / 1024), 10) +
        pad(per100k(r.merge.rssKb) + ' / ' + per100k(r.floor.rssKb) + ' = ' + ratio, 32) +
        perMb(r.merge.rssKb) +
        ' / ' +
        perMb(r.floor.rssKb) +
        ' = ' +
        ratio,
    );
  }
}

const GOAL_ROWS_RSS_KB = 600 * 1024;

export function runMergeBench(out: (line: string) => void): CaseResult[] {
  const small = benchCase('20 files × 50 rows', 20, 50, 5);
  const large = benchCase('100 files × 1,000 rows', 100, 1000, 3);
  const goal = benchCase('100 files × 2,000 rows', 100, 2000, 1);
  const oneFile = benchCase('1 file × 200,000 rows', 1, 200000, 1);
  const results: CaseResult[] = [
    { ...small, targets: ['merge < 1 s'], ok: small.merge.ms < 1000 },
    {
      ...large,
      targets: ['time ≤ 1.3× floor', 'RSS ≤ 1.5× floor'],
      ok: large.merge.ms <= 1.3 * large.floor.ms && large.merge.rssKb <= 1.5 * large.floor.rssKb,
    },
    { ...goal, targets: ['200,000 rows: RSS < 600 MB'], ok: goal.merge.rssKb < GOAL_ROWS_RSS_KB },
    { ...oneFile, targets: ['200,000 rows: RSS < 600 MB'], ok: oneFile.merge.rssKb < GOAL_ROWS_RSS_KB },
  ];
  printMergeTable(results, out);
  printMemoryTable(results, out);
  return results;
}
