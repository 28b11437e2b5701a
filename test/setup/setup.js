// `npm test`'s first step: make sure the programs the tests drive are here. Missing ones are installed
// with one apt-get call when running as root on Debian or Ubuntu; anywhere else the run stops with a
// message naming what to install. Never skips: a test that cannot run fails.
'use strict';
const fs = require('fs');
const { spawnSync } = require('child_process');
const tools = require('./tools');

function isDebianLike() {
  let release = '';
  try {
    release = fs.readFileSync('/etc/os-release', 'utf8');
  } catch {
    return false;
  }
  return /^ID(_LIKE)?=.*\b(debian|ubuntu)\b/m.test(release) && spawnSync('apt-get', ['--version']).status === 0;
}

function aptInstall(packages) {
  const env = Object.assign({}, process.env, { DEBIAN_FRONTEND: 'noninteractive' });
  process.stdout.write('正在安装测试所需的软件包 / installing what the tests need: ' + packages.join(' ') + '\n');
  const started = Date.now();
  for (const args of [['update', '-qq'], ['install', '-y', '-qq'].concat(packages)]) {
    const r = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) return false;
  }
  process.stdout.write('已安装 / installed in ' + Math.round((Date.now() - started) / 1000) + ' s\n');
  return true;
}

function main() {
  let found = tools.survey();
  let absent = tools.missing(found);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (absent.length > 0 && process.platform === 'linux' && isRoot && isDebianLike()) {
    if (aptInstall(tools.debianPackages(absent))) {
      found = tools.survey();
      absent = tools.missing(found);
    }
  }
  if (absent.length > 0) {
    process.stderr.write(tools.missingMessage(absent, process.platform) + '\n');
    return 1;
  }
  for (const name of Object.keys(found)) process.stdout.write('  ' + name + ': ' + found[name] + '\n');
  return 0;
}

process.exitCode = main();
