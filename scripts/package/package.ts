// `npm run package`: the merge as single-file executables (Node's single executable applications)
// for Windows x64, Linux x64 and Linux arm64, in release/. The merge is bundled into one script, the
// pinned Node makes the blob from it, and postject injects the blob into a copy of each pinned binary.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { bundleMerge, copyAssets } from './bundle';
import { hostTarget, nodeBinary } from './fetch-node';
import { withoutSignature } from './pe';
import { exeName, readPins, RELEASE_DIR, ROOT, Target, TARGETS } from './pins';

const WORK_DIR = path.join(ROOT, 'build', 'sea');
/** Node looks for this resource name and flips this fuse to know it runs a blob. */
const RESOURCE = 'NODE_SEA_BLOB';
const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

function makeBlob(node: string, bundle: string, assets: { [key: string]: string }): string {
  const config = path.join(WORK_DIR, 'sea-config.json');
  const blob = path.join(WORK_DIR, 'merge.blob');
  // Paths relative to the work folder: the blob records the main script's path, and an absolute one
  // would make the executables differ between checkouts. No code cache or snapshot: those are
  // specific to the platform that makes them, and one blob serves all three.
  const sea = {
    main: path.relative(WORK_DIR, bundle),
    output: path.relative(WORK_DIR, blob),
    assets,
    disableExperimentalSEAWarning: true,
    useCodeCache: false,
    useSnapshot: false,
  };
  fs.writeFileSync(config, JSON.stringify(sea, null, 2));
  const r = spawnSync(node, ['--experimental-sea-config', path.basename(config)], { cwd: WORK_DIR, encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error('the blob could not be made: ' + (r.error || r.stderr));
  return blob;
}

function inject(file: string, blob: string): Promise<void> {
  const cli = require.resolve('postject/dist/cli.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, file, RESOURCE, blob, '--sentinel-fuse', FUSE], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error('postject failed on ' + file + ':\n' + output))));
  });
}

/** One executable, written under a temporary name and renamed, so release/ never holds half a file. */
async function buildExe(target: Target, blob: string): Promise<string> {
  const pins = readPins();
  const out = path.join(RELEASE_DIR, exeName(target));
  const tmp = out + '.tmp';
  const binary = fs.readFileSync(nodeBinary(pins, target));
  fs.writeFileSync(tmp, target.startsWith('win') ? withoutSignature(binary) : binary);
  await inject(tmp, blob);
  fs.chmodSync(tmp, 0o755);
  fs.renameSync(tmp, out);
  return out;
}

export async function packageMerge(log: (line: string) => void): Promise<string[]> {
  const pins = readPins();
  fs.rmSync(WORK_DIR, { recursive: true, force: true });
  fs.mkdirSync(WORK_DIR, { recursive: true });
  fs.mkdirSync(RELEASE_DIR, { recursive: true });
  const bundle = await bundleMerge(WORK_DIR);
  log('bundle ' + path.relative(ROOT, bundle) + ': ' + (fs.statSync(bundle).size / 1024).toFixed(0) + ' KB');
  // Fetched one after another: npm pack is network-bound, the injections below use the CPU.
  for (const target of TARGETS) nodeBinary(pins, target);
  const blob = makeBlob(nodeBinary(pins, hostTarget()), bundle, copyAssets(WORK_DIR));
  const files = await Promise.all(TARGETS.map((t) => buildExe(t, blob)));
  for (const f of files) log(path.relative(ROOT, f) + ': ' + (fs.statSync(f).size / 1e6).toFixed(1) + ' MB (Node ' + pins.version + ')');
  return files;
}

if (require.main === module) {
  packageMerge((line) => process.stdout.write(line + '\n')).catch((e: Error) => {
    process.stderr.write((e.stack || String(e)) + '\n');
    process.exitCode = 1;
  });
}
