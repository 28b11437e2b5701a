// Preloaded (node --require) into the merge command by the benchmark: at exit,
// writes the process's peak RSS (KB) to the file named by BENCH_RSS_FILE.
import * as fs from 'fs';

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    fs.writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
