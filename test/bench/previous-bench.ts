// What --previous costs: the same week-2 merge of 100 files × 1,000 rows without and with a
// comparison against week 1's report, alternating in one run; medians.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeBenchLedgers } from './gen-ledgers';

const BUILD = path.resolve(__dirname, '..', '..');
const MERGE = path.join(BUILD, 'scripts', 'merge.js');
const PROBE = path.join(__dirname, 'cpu-probe.js');

interface Timing {
  wallMs: number;
  cpuMs: number;
}

export interface PreviousResult {
  name: string;
  plain: Timing;
  compared: Timing;
  target: number | null;
  ok: boolean;
}

function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function merge(args: string[], cpuFile: string): Timing {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', PROBE, MERGE, ...args], { encoding: 'utf8', env: { ...process.env, BENCH_CPU_FILE: cpuFile } });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error('merge failed (' + r.status + '): ' + r.stderr);
  return { wallMs, cpuMs: Number(fs.readFileSync(cpuFile, 'utf8')) };
}

function medians(list: Timing[]): Timing {
  return { wallMs: median(list.map((t) => t.wallMs)), cpuMs: median(list.map((t) => t.cpuMs)) };
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - s.length));

export function runPreviousBench(out: (line: string) => void, files = 100, rows = 1000, repeats = 3): PreviousResult[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'previous-bench-'));
  try {
    const week1 = path.join(dir, 'w1');
    const week2 = path.join(dir, 'w2');
    fs.mkdirSync(week1);
    fs.mkdirSync(week2);
    writeBenchLedgers(week1, files, rows, 1);
    writeBenchLedgers(week2, files, rows, 2);
    const cpuFile = path.join(dir, 'cpu.txt');
    merge([week1, '--as-of', '2026-11-18', '--out', path.join(dir, 'r1.xlsx'), '--json', path.join(dir, 'r1.json')], cpuFile);
    const base = [week2, '--as-of', '2026-11-25', '--out', path.join(dir, 'r2.xlsx')];
    const cases: { name: string; extra: string[]; target: number | null }[] = [
      { name: '--previous r1.json', extra: ['--previous', path.join(dir, 'r1.json')], target: 1.15 },
      { name: '--previous r1.xlsx', extra: ['--previous', path.join(dir, 'r1.xlsx')], target: null },
    ];
    const plain: Timing[] = [];
    const compared: Timing[][] = cases.map(() => []);
    for (let i = 0; i < repeats; i++) {
      plain.push(merge(base, cpuFile));
      cases.forEach((c, k) => compared[k].push(merge(base.concat(c.extra), cpuFile)));
    }
    const results = cases.map((c, k) => {
      const p = medians(plain);
      const m = medians(compared[k]);
      return { name: c.name, plain: p, compared: m, target: c.target, ok: c.target === null || m.wallMs <= c.target * p.wallMs };
    });
    out('merge --previous: week 2 of ' + files + ' files × ' + rows.toLocaleString('en') + ' rows (a week later: 75% of progress rewritten, 2% finished, 1% deadlines');
    out('       moved, 0.4% deleted), end to end, without and with a comparison with week 1. Medians of ' + repeats + '; CPU = user + system.');
    out(pad('case', 22) + pad('without', 10) + pad('with', 10) + pad('ratio', 8) + pad('CPU without', 13) + pad('CPU with', 10) + pad('ratio', 8) + 'target (time)');
    const ms = (n: number) => n.toFixed(0) + ' ms';
    for (const r of results) {
      out(
        pad(r.name, 22) + pad(ms(r.plain.wallMs), 10) + pad(ms(r.compared.wallMs), 10) + pad((r.compared.wallMs / r.plain.wallMs).toFixed(2) + '×', 8) +
          pad(ms(r.plain.cpuMs), 13) + pad(ms(r.compared.cpuMs), 10) + pad((r.compared.cpuMs / r.plain.cpuMs).toFixed(2) + '×', 8) +
          (r.target === null ? '(for reference)' : '≤ ' + r.target.toFixed(2) + '×' + (r.ok ? '  ✔' : '  ✘')),
      );
    }
    return results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) runPreviousBench((line) => process.stdout.write(line + '\n'));
