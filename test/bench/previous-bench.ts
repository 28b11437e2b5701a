// What --previous costs: the same week-2 merge of 100 files × 1,000 rows without and with a
// comparison against week 1's report, alternating in one run; medians.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeBenchLedgers } from './gen-ledgers';

const BUILD = path.resolve(__dirname, '..', '..');
const MERGE = path.join(BUILD, 'scripts', 'merge.js');

export interface PreviousResult {
  name: string;
  plainMs: number;
  comparedMs: number;
  target: number | null;
  ok: boolean;
}

function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function merge(args: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [MERGE, ...args], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error('merge failed (' + r.status + '): ' + r.stderr);
  return ms;
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
    merge([week1, '--as-of', '2026-11-18', '--out', path.join(dir, 'r1.xlsx'), '--json', path.join(dir, 'r1.json')]);
    const base = [week2, '--as-of', '2026-11-25', '--out', path.join(dir, 'r2.xlsx')];
    const cases: { name: string; extra: string[]; target: number | null }[] = [
      { name: '--previous r1.json', extra: ['--previous', path.join(dir, 'r1.json')], target: 1.15 },
      { name: '--previous r1.xlsx', extra: ['--previous', path.join(dir, 'r1.xlsx')], target: null },
    ];
    const plain: number[] = [];
    const compared: number[][] = cases.map(() => []);
    for (let i = 0; i < repeats; i++) {
      plain.push(merge(base));
      cases.forEach((c, k) => compared[k].push(merge(base.concat(c.extra))));
    }
    const results = cases.map((c, k) => {
      const plainMs = median(plain);
      const comparedMs = median(compared[k]);
      return { name: c.name, plainMs, comparedMs, target: c.target, ok: c.target === null || comparedMs <= c.target * plainMs };
    });
    out('merge --previous: week 2 of ' + files + ' files × ' + rows.toLocaleString('en') + ' rows, end to end, without and with a comparison with week 1. Medians of ' + repeats + '.');
    out(pad('case', 24) + pad('without', 12) + pad('with', 12) + pad('ratio', 8) + 'target');
    for (const r of results) {
      out(
        pad(r.name, 24) + pad(r.plainMs.toFixed(0) + ' ms', 12) + pad(r.comparedMs.toFixed(0) + ' ms', 12) + pad((r.comparedMs / r.plainMs).toFixed(2) + '×', 8) +
          (r.target === null ? '(for reference)' : '≤ ' + r.target.toFixed(2) + '×' + (r.ok ? '  ✔' : '  ✘')),
      );
    }
    return results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) runPreviousBench((line) => process.stdout.write(line + '\n'));
