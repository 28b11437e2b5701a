// Installing with npm alone: nothing in the dependency tree compiles native code (keytar, pulled in by
// the sideload tooling's Microsoft 365 toolkit, needed libsecret and failed `npm ci` on a fresh machine),
// and a merge-only install works without the development dependencies.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';
import { npm, ROOT } from '../../scripts/package/pins';
import { tempDir } from '../merge/cli-helpers';

interface LockPackage {
  hasInstallScript?: boolean;
  dependencies?: { [name: string]: string };
  peerDependencies?: { [name: string]: string };
  peerDependenciesMeta?: { [name: string]: { optional?: boolean } };
}

/** office-addin-dev-settings runs it through npx, only for JSON manifests and Outlook; ours is XML for Excel. */
const NPX_ONLY_PEER = '@microsoft/m365agentstoolkit-cli';

function lockPackages(): { [key: string]: LockPackage } {
  return (JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: { [key: string]: LockPackage } })
    .packages;
}

/** Where Node finds `name` from the package installed at `key` (node_modules/a/node_modules/b …), or null. */
function installedAt(packages: { [key: string]: LockPackage }, key: string, name: string): string | null {
  let base = key;
  for (;;) {
    const candidate = (base ? base + '/' : '') + 'node_modules/' + name;
    if (packages[candidate]) return candidate;
    if (!base) return null;
    const up = base.lastIndexOf('/node_modules/');
    base = up >= 0 ? base.slice(0, up) : '';
  }
}

/** Packages installed under `from`, following dependencies (as the lockfile places them). */
function closure(packages: { [key: string]: LockPackage }, from: string): string[] {
  const seen = [from];
  for (let i = 0; i < seen.length; i++) {
    for (const dep of Object.keys(packages[seen[i]].dependencies || {})) {
      const key = installedAt(packages, seen[i], dep);
      if (key && seen.indexOf(key) < 0) seen.push(key);
    }
  }
  return seen;
}

/** Bare module names a package's code requires (its tests aside) that do not resolve from where they are required. */
function unresolvedRequires(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of fs.readdirSync(d)) {
      const full = path.join(d, name);
      if (fs.statSync(full).isDirectory()) {
        if (name !== 'node_modules' && name !== 'test') walk(full);
        continue;
      }
      if (!/\.c?js$/.test(name)) continue;
      for (const m of fs.readFileSync(full, 'utf8').matchAll(/require\(\s*["']([^"'./][^"']*)["']\s*\)/g)) {
        const spec = m[1].replace(/^node:/, '');
        if (builtinModules.indexOf(spec.split('/')[0]) >= 0) continue;
        try {
          require.resolve(spec, { paths: [d] });
        } catch {
          out.push(path.relative(ROOT, full) + ' → ' + spec);
        }
      }
    }
  };
  walk(dir);
  return out;
}

describe('install with npm alone', function () {
  this.timeout(300000);

  it('no package in the lockfile runs an install script (no native build, no system library needed)', () => {
    const packages = lockPackages();
    assert.deepStrictEqual(
      Object.keys(packages).filter((k) => packages[k].hasInstallScript),
      [],
    );
  });

  it('every required peer dependency is installed, except the Microsoft 365 toolkit that npx fetches when needed', () => {
    const packages = lockPackages();
    const unmet: string[] = [];
    for (const key of Object.keys(packages)) {
      const p = packages[key];
      for (const peer of Object.keys(p.peerDependencies || {})) {
        const optional = p.peerDependenciesMeta && p.peerDependenciesMeta[peer] && p.peerDependenciesMeta[peer].optional;
        if (!optional && !installedAt(packages, key, peer)) unmet.push(key + ' → ' + peer);
      }
    }
    assert.deepStrictEqual(unmet, ['node_modules/office-addin-dev-settings → ' + NPX_ONLY_PEER]);
  });

  it('the sideload tooling runs: the Microsoft packages under office-addin-debugging find every module they require', () => {
    // Without the toolkit's tree, modules that some of them require without declaring them (fs-extra,
    // semver) are no longer hoisted by chance: package.json lists them.
    const packages = lockPackages();
    const microsoft = closure(packages, 'node_modules/office-addin-debugging').filter((k) =>
      /node_modules\/(office-addin-|@microsoft\/)[^/]*$/.test(k),
    );
    assert.ok(microsoft.length >= 5, microsoft.join(', '));
    assert.deepStrictEqual(([] as string[]).concat(...microsoft.map((k) => unresolvedRequires(path.join(ROOT, k)))), []);
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'office-addin-debugging', 'cli.js'), '--help'], {
      encoding: 'utf8',
    });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /Usage: office-addin-debugging/);
  });

  it('a merge-only install (npm ci --omit=dev) compiles the merge and runs it', () => {
    const dir = tempDir('omit-dev-');
    try {
      for (const entry of ['package.json', 'package-lock.json', '.npmrc', 'tsconfig.json', 'ledger', 'scripts', 'examples']) {
        fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
      }
      npm(['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], dir);
      // npm's record of what it installed (npm 10 also leaves empty scope folders behind).
      const installed = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', '.package-lock.json'), 'utf8')) as { packages: object };
      const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
        packages: { [k: string]: { dev?: boolean } };
      };
      const runtime = Object.keys(lock.packages).filter((k) => k !== '' && !lock.packages[k].dev);
      assert.deepStrictEqual(Object.keys(installed.packages).sort(), runtime.sort(), 'exactly the lockfile’s runtime packages');
      for (const name of ['fflate', 'typescript', 'xlsx', 'docx']) assert.ok(runtime.indexOf('node_modules/' + name) >= 0, name);
      assert.ok(runtime.length < 12, 'a small runtime tree: ' + runtime.join(', '));
      const out = npm(['run', 'merge', '--', 'examples/第1周', '--out', '汇总报告.xlsx', '--as-of', '2026-11-25'], dir);
      assert.match(out, /已合并 5 个文件、6 个工作表、27 项整改事项/);
      assert.ok(fs.existsSync(path.join(dir, '汇总报告.xlsx')));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
