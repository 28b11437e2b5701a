// The merge command as one JavaScript file, the executables' main script: the compiled entry with
// SheetJS, its codepage tables (GBK CSV, old .xls) and fflate inside; only Node's own modules outside.
// docx and the add-in's manifest travel beside it as assets (assets.ts).
import * as fs from 'fs';
import * as path from 'path';
import webpack from 'webpack';
import { DOCX_ASSET, MANIFEST_ASSET } from './assets';
import { ROOT } from './pins';

export const BUNDLE_NAME = 'merge.js';

const COMPILED = path.join(ROOT, 'build', 'scripts', 'package');

/** Where each asset comes from in this checkout. */
function assetSources(): { [key: string]: string } {
  return {
    [DOCX_ASSET]: require.resolve('docx'),
    [MANIFEST_ASSET]: path.join(ROOT, 'manifest.xml'),
  };
}

/** The assets copied into `outDir`: their keys and their names there. */
export function copyAssets(outDir: string): { [key: string]: string } {
  const sources = assetSources();
  const names: { [key: string]: string } = {};
  for (const key of Object.keys(sources)) {
    fs.copyFileSync(sources[key], path.join(outDir, key));
    names[key] = key;
  }
  return names;
}

export function bundleMerge(outDir: string): Promise<string> {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const config: webpack.Configuration = {
    mode: 'production',
    target: 'node20',
    entry: path.join(COMPILED, 'exe-main.js'),
    output: { path: outDir, filename: BUNDLE_NAME },
    resolve: { alias: { docx$: path.join(COMPILED, 'docx-asset.js') } },
    devtool: false,
    // Readable stack traces from a clerk's screen matter more than the few hundred KB a minifier
    // saves next to a 100 MB runtime.
    optimization: { minimize: false },
    performance: { hints: false },
    // The reports record the tool's version (scripts/product.ts); no package.json travels with the executable.
    plugins: [new webpack.DefinePlugin({ BUNDLED_VERSION: JSON.stringify(version) })],
  };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) return reject(new Error(stats ? stats.toString('errors-only') : 'webpack gave no result'));
      resolve(path.join(outDir, BUNDLE_NAME));
    });
  });
}
