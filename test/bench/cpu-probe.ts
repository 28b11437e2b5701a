// Preloaded (node --require) into the merge command by the --previous benchmark: at exit, writes
// the process's CPU time (user + system, ms) to the file named by BENCH_CPU_FILE. On a shared
// machine CPU time varies less than wall time.
import * as fs from 'fs';

const target = process.env.BENCH_CPU_FILE;
if (target) {
  process.on('exit', () => {
    const u = process.cpuUsage();
    fs.writeFileSync(target, String((u.user + u.system) / 1000));
  });
}
