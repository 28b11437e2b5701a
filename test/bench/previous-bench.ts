// What --previous costs: the same week-2 merge of 100 files × 1,000 rows without and with a
// comparison against week 1's report, alternating in one run; medians. Two kinds of week:
// a campaign's typical week (gen-ledgers.ts writeCampaignLedgers: a few percent of the items
// change, 15% overdue), which the target is for, and a worst case (writeBenchLedgers: three in
// four items with new progress, the rest 进展未更新, half of the open items overdue), shown apart.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from 'util';
import { campaignAsOf, writeBenchLedgers, writeCampaignLedgers } from './gen-ledgers';
import { median, padEnd as pad } from './table';

const BUILD = path.resolve(__dirname, '..', '..');
const MERGE = path.join(BUILD, 'scripts', 'merge.js');
const PROBE = path.join(__dirname, 'cpu-probe.js');
/** --previous may add this much to the merge time of a typical week. */
const TARGET_RATIO = 1.15;

interface Timing {
  wallMs: number;
  /** All threads. */
  cpuMs: number;
  /** The main thread alone (Linux); NaN elsewhere. */
  mainCpuMs: number;
}

export interface PreviousResult {
  name: string;
  plain: Timing;
  compared: Timing;
  target: number | null;
  ok: boolean;
}

function merge(args: string[], cpuFile: string): Timing {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', PROBE, MERGE, ...args], {
    encoding: 'utf8',
    env: { ...process.env, BENCH_CPU_FILE: cpuFile },
  });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error('merge failed (' + r.status + '): ' + r.stderr);
  const cpu = JSON.parse(fs.readFileSync(cpuFile, 'utf8')) as { process: number; main: number | null };
  return { wallMs, cpuMs: cpu.process, mainCpuMs: cpu.main === null ? NaN : cpu.main };
}

function medians(list: Timing[]): Timing {
  return {
    wallMs: median(list.map((t) => t.wallMs)),
    cpuMs: median(list.map((t) => t.cpuMs)),
    mainCpuMs: median(list.map((t) => t.mainCpuMs)),
  };
}

interface Scenario {
  title: string;
  write: (dir: string, week: 1 | 2) => void;
  asOf: [string, string];
  /** The target applies to both comparisons of this week. */
  target: number | null;
}

const ms = (n: number) => (n === n ? n.toFixed(0) + ' ms' : '–');
const ratio = (a: number, b: number) => (a === a && b === b ? (a / b).toFixed(2) + '×' : '–');

/** Times one scenario: its week 2 merged plain and with --previous (the JSON report, and the workbook). */
function runScenario(s: Scenario, dir: string, repeats: number): PreviousResult[] {
  const week1 = path.join(dir, 'w1');
  const week2 = path.join(dir, 'w2');
  fs.mkdirSync(week1);
  fs.mkdirSync(week2);
  s.write(week1, 1);
  s.write(week2, 2);
  const cpuFile = path.join(dir, 'cpu.txt');
  merge([week1, '--as-of', s.asOf[0], '--out', path.join(dir, 'r1.xlsx'), '--json', path.join(dir, 'r1.json')], cpuFile);
  const base = [week2, '--as-of', s.asOf[1], '--out', path.join(dir, 'r2.xlsx')];
  const cases: { name: string; extra: string[]; target: number | null }[] = [
    { name: '--previous r1.json', extra: ['--previous', path.join(dir, 'r1.json')], target: s.target },
    { name: '--previous r1.xlsx', extra: ['--previous', path.join(dir, 'r1.xlsx')], target: s.target },
  ];
  const plain: Timing[] = [];
  const compared: Timing[][] = cases.map(() => []);
  for (let i = 0; i < repeats; i++) {
    plain.push(merge(base, cpuFile));
    cases.forEach((c, k) => compared[k].push(merge(base.concat(c.extra), cpuFile)));
  }
  return cases.map((c, k) => {
    const p = medians(plain);
    const m = medians(compared[k]);
    return {
      name: s.title + ', ' + c.name,
      plain: p,
      compared: m,
      target: c.target,
      ok: c.target === null || m.wallMs <= c.target * p.wallMs,
    };
  });
}

export function runPreviousBench(out: (line: string) => void, files = 100, rows = 1000, repeats = 3, only?: string): PreviousResult[] {
  const all: Scenario[] = [
    {
      title: 'typical week',
      write: (dir, week) => writeCampaignLedgers(dir, files, rows, week),
      asOf: [campaignAsOf(1), campaignAsOf(2)],
      target: TARGET_RATIO,
    },
    {
      title: 'worst case',
      write: (dir, week) => writeBenchLedgers(dir, files, rows, week),
      asOf: ['2026-11-18', '2026-11-25'],
      target: null,
    },
  ];
  const scenarios = only === undefined ? all : all.filter((s) => s.title === only);
  const results: PreviousResult[] = [];
  for (const s of scenarios) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'previous-bench-'));
    try {
      results.push(...runScenario(s, dir, repeats));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  out(
    'merge --previous: week 2 of ' +
      files +
      ' files × ' +
      rows.toLocaleString('en') +
      ' rows, end to end, without and with a comparison with week 1,',
  );
  out('alternating; medians of ' + repeats + '. Typical week: a few percent of the items change, 15% overdue (gen-ledgers.ts says why);');
  out('worst case: three items in four with new progress, the rest 进展未更新, half of the open items overdue. CPU: all threads;');
  out('main CPU: the main thread alone (the earlier report is read on a worker thread while the inputs are read).');
  out(
    pad('case', 36) +
      pad('without', 10) +
      pad('with', 10) +
      pad('ratio', 8) +
      pad('CPU', 8) +
      pad('main CPU', 10) +
      pad('main CPU without/with', 23) +
      'target (time)',
  );
  for (const r of results) {
    out(
      pad(r.name, 36) +
        pad(ms(r.plain.wallMs), 10) +
        pad(ms(r.compared.wallMs), 10) +
        pad(ratio(r.compared.wallMs, r.plain.wallMs), 8) +
        pad(ratio(r.compared.cpuMs, r.plain.cpuMs), 8) +
        pad(ratio(r.compared.mainCpuMs, r.plain.mainCpuMs), 10) +
        pad(ms(r.plain.mainCpuMs) + ' / ' + ms(r.compared.mainCpuMs), 23) +
        (r.target === null ? '(for reference)' : '≤ ' + r.target.toFixed(2) + '×' + (r.ok ? '  ✔' : '  ✘')),
    );
  }
  return results;
}

// Alone: `node build/test/bench/previous-bench.js [--repeats N] [--only "typical week"]`, more
// repeats where other work shares the machine.
if (require.main === module) {
  const { values } = parseArgs({ options: { repeats: { type: 'string' }, only: { type: 'string' } } });
  runPreviousBench((line) => process.stdout.write(line + '\n'), 100, 1000, values.repeats === undefined ? 3 : +values.repeats, values.only);
}
