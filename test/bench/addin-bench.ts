// Add-in benchmark: round trips (syncs) and queued operations of each pane action on the
// in-memory host at growing row counts, the core's time to read/check/classify 100k rows,
// and the pane bundle's size. Targets: syncs constant, queued ops not growing with rows.
import * as fs from 'fs';
import * as path from 'path';
import { PaneController } from '../../addin/pane/controller';
import { classify } from '../../ledger/lights';
import { formatDay } from '../../ledger/days';
import { compileSchema } from '../../ledger/compile';
import { readLedger } from '../../ledger/read';
import { defaultSchema } from '../../ledger/schema';
import { SheetGrid } from '../../ledger/types';
import { AS_OF, ledgerRows, makeHost, officeHostOf } from '../addin/fixtures';
import { ExcelHost } from '../excel-host';
import { repoRoot } from '../repo-root';

type Out = (line: string) => void;

interface ActionCount {
  syncs: number;
  ops: number;
  ms: number;
}

const ROW_COUNTS = [1000, 10000, 50000];
const CORE_ROWS = 100000;
const CORE_TARGET_MS = 500;
const BUNDLE_TARGET_KB = 150;

/** Runs one pane action as a click would, through the pane controller and the Office.js host. */
async function measure(host: ExcelHost, action: () => Promise<{ status: { kind: string | null; text: string } }>): Promise<ActionCount> {
  host.resetCounters();
  const t0 = process.hrtime.bigint();
  const view = await action();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (view.status.kind !== 'ok') throw new Error('bench action failed: ' + view.status.text);
  return { syncs: host.counters.syncs, ops: host.counters.queuedOps, ms };
}

async function actionsAt(rows: number): Promise<{ [action: string]: ActionCount }> {
  const host = makeHost(rows);
  const pane = new PaneController(officeHostOf(host), AS_OF);
  const fields = { asOf: formatDay(AS_OF), warnDays: '7' };
  return {
    套用台账规范: await measure(host, () => pane.setup()),
    校验台账: await measure(host, () => pane.validate(fields)),
    检查逾期: await measure(host, () => pane.check(fields)),
  };
}

function pad(s: string | number, n: number): string {
  return String(s).padStart(n);
}

function coreTime(out: Out): void {
  const schema = defaultSchema();
  const grid: SheetGrid = { name: '办公室台账', rows: ledgerRows(CORE_ROWS) };
  const run = (): number => {
    const t0 = process.hrtime.bigint();
    const ledger = readLedger(grid, { schema: compileSchema(schema), year: 2023, asOf: AS_OF });
    let red = 0;
    for (const item of ledger.items) if (classify(item, AS_OF, schema.warnDays).light === 'red') red++;
    if (ledger.items.length !== CORE_ROWS || red === 0) throw new Error('core bench read the wrong ledger');
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const cold = run();
  const warm = Math.min(run(), run(), run());
  out(
    `core: read + check + classify ${CORE_ROWS} rows: first ${cold.toFixed(0)} ms, best warm ${warm.toFixed(0)} ms ` +
      `(target ≤ ${CORE_TARGET_MS} ms: ${warm <= CORE_TARGET_MS ? 'met' : 'MISSED'})`,
  );
}

function bundleSize(out: Out): void {
  const file = path.join(repoRoot(), 'dist', 'taskpane.js');
  if (!fs.existsSync(file)) {
    out('bundle: dist/taskpane.js missing — run `npm run build` first');
    return;
  }
  const kb = fs.statSync(file).size / 1024;
  out(
    `bundle: dist/taskpane.js ${kb.toFixed(1)} KB minified, office.js aside ` +
      `(target ≤ ${BUNDLE_TARGET_KB} KB: ${kb <= BUNDLE_TARGET_KB ? 'met' : 'MISSED'})`,
  );
}

export async function runAddinBench(out: Out): Promise<void> {
  out(`${pad('action', 12)} ${pad('rows', 7)} ${pad('syncs', 6)} ${pad('queued ops', 11)} ${pad('ms', 8)}`);
  const byAction: { [action: string]: ActionCount[] } = {};
  for (const rows of ROW_COUNTS) {
    const counts = await actionsAt(rows);
    for (const action of Object.keys(counts)) {
      const c = counts[action];
      (byAction[action] = byAction[action] || []).push(c);
      out(`${pad(action, 12)} ${pad(rows, 7)} ${pad(c.syncs, 6)} ${pad(c.ops, 11)} ${pad(c.ms.toFixed(0), 8)}`);
    }
  }
  for (const action of Object.keys(byAction)) {
    const list = byAction[action];
    const constSyncs = list.every((c) => c.syncs === list[0].syncs);
    const constOps = list.every((c) => c.ops === list[0].ops);
    out(`${action}: syncs ${constSyncs ? 'constant' : 'GROW'} with rows, queued ops ${constOps ? 'constant' : 'GROW'} with rows`);
  }
  coreTime(out);
  bundleSize(out);
}
