// Preloaded (node --require) into the merge command by the --previous benchmark: at exit, writes
// the process's CPU time (user + system, ms, worker threads included) and, on Linux, the main
// thread's alone to the file named by BENCH_CPU_FILE, as JSON. On a shared machine CPU time
// varies less than wall time; the main thread's shows what a worker thread took off it.
import * as fs from 'fs';

/** The main thread's CPU time in ms from /proc (Linux), or null elsewhere. */
function mainThreadMs(): number | null {
  try {
    const stat = fs.readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8');
    // Fields after the command name in parentheses: state is field 3, utime 14 and stime 15, in clock ticks (1/100 s).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

const target = process.env.BENCH_CPU_FILE;
if (target) {
  process.on('exit', () => {
    const u = process.cpuUsage();
    fs.writeFileSync(target, JSON.stringify({ process: (u.user + u.system) / 1000, main: mainThreadMs() }));
  });
}
