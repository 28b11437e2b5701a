// `npm run bench`: every benchmark section in one run. Sections print their own
// tables; the exit code is 0 even when a target is missed (a benchmark, not a test).
import { runAddinBench } from './addin-bench';
import { runExeBench } from './exe-bench';
import { runMergeBench } from './merge-bench';
import { runPreviousBench } from './previous-bench';

const out = (line: string) => process.stdout.write(line + '\n');

function section(title: string, run: () => void): void {
  out('');
  out('== ' + title + ' ==');
  run();
}

async function main(): Promise<void> {
  section('merge command', () => {
    runMergeBench(out);
  });
  section('single-file executable', () => {
    runExeBench(out);
  });
  section('merge --previous', () => {
    runPreviousBench(out);
  });
  out('');
  out('== add-in (in-memory Excel host) ==');
  await runAddinBench(out);
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
