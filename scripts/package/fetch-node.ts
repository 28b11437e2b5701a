// The pinned Node.js binaries, fetched with `npm pack` (so npm's own cache and registry settings
// apply), checked against the pinned integrity, and kept unpacked in a cache folder for re-runs.
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { hostName, isTarget, npm, Pins, ROOT, Target } from './pins';

export const CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'node-sea');

function integrityOf(file: string): string {
  return 'sha512-' + crypto.createHash('sha512').update(fs.readFileSync(file)).digest('base64');
}

function tarball(pins: Pins, target: Target): string {
  const pin = pins.targets[target];
  const file = path.join(CACHE_DIR, pin.package + '-' + pins.version + '.tgz');
  if (!fs.existsSync(file) || integrityOf(file) !== pin.integrity) {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    // --loglevel=error, not --silent: when the registry cannot be reached, npm's reason is the message.
    npm(['pack', pin.package + '@' + pins.version, '--pack-destination', CACHE_DIR, '--loglevel=error']);
    const got = integrityOf(file);
    if (got !== pin.integrity) {
      fs.rmSync(file, { force: true });
      throw new Error(pin.package + '@' + pins.version + ' does not match its pinned integrity (got ' + got + ')');
    }
  }
  return file;
}

/** The unpacked binary of one target, fetched on first use. */
export function nodeBinary(pins: Pins, target: Target): string {
  const pin = pins.targets[target];
  const dir = path.join(CACHE_DIR, pins.version, target);
  const binary = path.join(dir, path.basename(pin.binary));
  const stamp = binary + '.integrity';
  if (fs.existsSync(binary) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === pin.integrity) return binary;
  const tgz = tarball(pins, target);
  const unpack = path.join(dir, 'unpack');
  fs.rmSync(unpack, { recursive: true, force: true });
  fs.mkdirSync(unpack, { recursive: true });
  // npm's tarballs hold everything under package/.
  const r = spawnSync('tar', ['-xzf', tgz, '-C', unpack, 'package/' + pin.binary], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error('cannot unpack ' + tgz + ': ' + (r.error || r.stderr));
  fs.renameSync(path.join(unpack, 'package', pin.binary), binary);
  fs.rmSync(unpack, { recursive: true, force: true });
  fs.chmodSync(binary, 0o755);
  fs.writeFileSync(stamp, pin.integrity);
  return binary;
}

/** The pinned binary that runs here, to make the blob with the very version it will run in. */
export function hostTarget(): Target {
  const host = hostName();
  if (isTarget(host)) return host;
  throw new Error('npm run package runs on Linux (x64 or arm64) or Windows x64, not ' + host);
}
