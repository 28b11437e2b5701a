// The merge command as one JavaScript file, the executables' main script: the compiled entry with
// SheetJS, its codepage tables (GBK CSV, old .xls) and fflate inside; only Node's own modules outside.
import * as path from 'path';
import webpack from 'webpack';
import { ROOT } from './pins';

export const BUNDLE_NAME = 'merge.js';

export function bundleMerge(outDir: string): Promise<string> {
  const config: webpack.Configuration = {
    mode: 'production',
    target: 'node20',
    entry: path.join(ROOT, 'build', 'scripts', 'package', 'exe-main.js'),
    output: { path: outDir, filename: BUNDLE_NAME },
    devtool: false,
    // Readable stack traces from a clerk's screen matter more than the few hundred KB a minifier
    // saves next to a 100 MB runtime.
    optimization: { minimize: false },
    performance: { hints: false },
  };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) return reject(new Error(stats ? stats.toString('errors-only') : 'webpack gave no result'));
      resolve(path.join(outDir, BUNDLE_NAME));
    });
  });
}
