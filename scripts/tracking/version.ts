// The tool's version, as package.json states it, for the reports to record.
import * as fs from 'fs';
import * as path from 'path';

const PACKAGE_NAME = 'zhenggai-taizhang';

let cached: string | undefined;

/** The version in the nearest package.json of this tool above the compiled script; '' when none is found. */
export function toolVersion(): string {
  if (cached !== undefined) return cached;
  cached = '';
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === PACKAGE_NAME && typeof pkg.version === 'string') {
        cached = pkg.version;
        break;
      }
    } catch {
      // No package.json here: look further up.
    }
    if (path.dirname(dir) === dir) break;
  }
  return cached;
}
