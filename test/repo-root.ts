// The repository root, found from compiled test code wherever it was built (build/, build-x/).
import * as fs from 'fs';
import * as path from 'path';

/** The nearest folder above `from` that holds package.json. */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + from);
    dir = up;
  }
  return dir;
}
