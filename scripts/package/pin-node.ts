// `npm run package:pin -- <version>`: pins the executables to another Node.js version, after checking
// that the registry has it for every target, and records each package's integrity.
import { npm, readPins, TARGETS, writePins } from './pins';

function pin(version: string): void {
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error('usage: npm run package:pin -- <version such as 22.23.3>');
  const pins = readPins();
  for (const target of TARGETS) {
    const pkg = pins.targets[target].package;
    const integrity = npm(['view', pkg + '@' + version, 'dist.integrity']).trim();
    if (!integrity.startsWith('sha512-')) throw new Error(pkg + '@' + version + ' is not in the registry');
    pins.targets[target].integrity = integrity;
  }
  pins.version = version;
  writePins(pins);
  process.stdout.write('Node ' + version + ' pinned for ' + TARGETS.join(', ') + '\n');
}

try {
  pin(process.argv[2] || '');
} catch (e) {
  process.stderr.write((e instanceof Error ? e.message : String(e)) + '\n');
  process.exitCode = 1;
}
