// The product's name and version, as its reports and workbooks record them.
import * as fs from 'fs';
import * as path from 'path';

export const PRODUCT_NAME = '整改台账';

const PACKAGE_NAME = 'zhenggai-taizhang';

/** Set by the single-file executable's bundler (scripts/package/bundle.ts), which has no package.json beside it. */
declare const BUNDLED_VERSION: string | undefined;

/** The version in this tool's package.json, the nearest above the compiled script; '' when none is found. */
function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === PACKAGE_NAME && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // No package.json here: look further up.
    }
    if (path.dirname(dir) === dir) return '';
  }
}

let version: string | undefined;

/** The tool's version, as package.json states it. */
export function productVersion(): string {
  if (version === undefined) version = typeof BUNDLED_VERSION === 'string' ? BUNDLED_VERSION : packageVersion();
  return version;
}
