// `npm run bench`: every benchmark section in one run. Sections print their own
// tables; the exit code is 0 even when a target is missed (a benchmark, not a test).
import { runMergeBench } from './merge-bench';

const out = (line: string) => process.stdout.write(line + '\n');

function section(title: string, run: () => void): void {
  out('');
  out('== ' + title + ' ==');
  run();
}

section('merge command', () => {
  runMergeBench(out);
});
