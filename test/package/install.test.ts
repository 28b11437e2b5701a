// Installing with npm alone: nothing in the dependency tree compiles native code (keytar, pulled in by
// the sideload tooling's Microsoft 365 toolkit, needed libsecret and failed `npm ci` on a fresh machine),
// and a merge-only install works without the development dependencies.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { npm, ROOT } from '../../scripts/package/pins';
import { tempDir } from '../merge/cli-helpers';

interface LockPackage {
  hasInstallScript?: boolean;
  optional?: boolean;
  dev?: boolean;
  peerDependencies?: { [name: string]: string };
  peerDependenciesMeta?: { [name: string]: { optional?: boolean } };
}

/** office-addin-dev-settings runs it through npx, only for JSON manifests and Outlook; ours is XML for Excel. */
const NPX_ONLY_PEER = '@microsoft/m365agentstoolkit-cli';

function lockPackages(): { [key: string]: LockPackage } {
  return (JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: { [key: string]: LockPackage } }).packages;
}

/** Where Node would find `name` from the package installed at `key` (node_modules/a/node_modules/b …). */
function resolves(packages: { [key: string]: LockPackage }, key: string, name: string): boolean {
  let base = key;
  for (;;) {
    if (packages[(base ? base + '/' : '') + 'node_modules/' + name]) return true;
    if (!base) return false;
    const up = base.lastIndexOf('/node_modules/');
    base = up >= 0 ? base.slice(0, up) : '';
  }
}

describe('install with npm alone', function () {
  this.timeout(300000);

  it('no package in the lockfile runs an install script (no native build, no system library needed)', () => {
    const packages = lockPackages();
    assert.deepStrictEqual(Object.keys(packages).filter((k) => packages[k].hasInstallScript), []);
  });

  it('every required peer dependency is installed, except the Microsoft 365 toolkit that npx fetches when needed', () => {
    const packages = lockPackages();
    const unmet: string[] = [];
    for (const key of Object.keys(packages)) {
      const p = packages[key];
      for (const peer of Object.keys(p.peerDependencies || {})) {
        const optional = p.peerDependenciesMeta && p.peerDependenciesMeta[peer] && p.peerDependenciesMeta[peer].optional;
        if (!optional && !resolves(packages, key, peer)) unmet.push(key + ' → ' + peer);
      }
    }
    assert.deepStrictEqual(unmet, ['node_modules/office-addin-dev-settings → ' + NPX_ONLY_PEER]);
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
      assert.deepStrictEqual(Object.keys(installed.packages).sort(), ['node_modules/fflate', 'node_modules/typescript', 'node_modules/xlsx']);
      const out = npm(['run', 'merge', '--', 'examples', '--out', '汇总报告.xlsx', '--as-of', '2026-11-25'], dir);
      assert.match(out, /已合并 5 个文件、6 个工作表、27 项整改事项/);
      assert.ok(fs.existsSync(path.join(dir, '汇总报告.xlsx')));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
