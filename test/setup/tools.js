// The programs the tests drive besides Node: where each is found on Linux, macOS and Windows, and the
// Debian package that brings it. Plain JavaScript: `npm test` runs it before anything is compiled.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

/**
 * Each tool: an environment variable that names it (checked first), names looked up on PATH, usual
 * install paths per platform, the Debian packages that bring it, and what to tell a person to install.
 * `hosts` limits a tool to the hosts whose tests need it.
 */
const TOOLS = {
  browser: {
    env: 'CHROME_PATH',
    names: [
      'chromium',
      'chromium-browser',
      'google-chrome',
      'google-chrome-stable',
      'microsoft-edge',
      'microsoft-edge-stable',
      'chrome',
      'msedge',
    ],
    paths: {
      linux: ['/usr/bin/chromium', '/snap/bin/chromium', '/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge'],
      darwin: [
        'Google Chrome.app/Contents/MacOS/Google Chrome',
        'Chromium.app/Contents/MacOS/Chromium',
        'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      ],
      win32: ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'],
    },
    debian: ['chromium'],
    what: 'Chromium、Chrome 或 Edge 浏览器（或用 CHROME_PATH 指定） / a Chromium, Chrome or Edge browser (or set CHROME_PATH)',
  },
  // The pane's screenshots need one Chinese font; the report's row heights are checked under each
  // font Linux desktops put in place of 宋体; the notices' page grid is judged with the AR PL fonts
  // standing in for 仿宋 and 楷体 (wider fonts set fewer lines on a page).
  cjkFont: {
    hosts: ['linux'],
    families: ['WenQuanYi Micro Hei', 'WenQuanYi Zen Hei', 'Noto Sans CJK SC', 'AR PL UMing CN', 'AR PL UKai CN'],
    debian: ['fonts-wqy-microhei', 'fonts-wqy-zenhei', 'fonts-noto-cjk', 'fonts-arphic-uming', 'fonts-arphic-ukai'],
    what: '中文字体 / Chinese fonts (fonts-wqy-microhei fonts-wqy-zenhei fonts-noto-cjk fonts-arphic-uming fonts-arphic-ukai)',
  },
  soffice: {
    env: 'SOFFICE_PATH',
    names: ['soffice', 'libreoffice'],
    paths: {
      linux: ['/usr/bin/soffice', '/opt/libreoffice/program/soffice'],
      darwin: ['LibreOffice.app/Contents/MacOS/soffice'],
      win32: ['LibreOffice\\program\\soffice.exe'],
    },
    debian: ['libreoffice-calc-nogui', 'libreoffice-writer-nogui'],
    what: 'LibreOffice（soffice，或用 SOFFICE_PATH 指定） / LibreOffice (soffice, or set SOFFICE_PATH)',
  },
  pdftotext: { names: ['pdftotext'], debian: ['poppler-utils'], what: 'poppler-utils（pdftotext）' },
  pdfinfo: { names: ['pdfinfo'], debian: ['poppler-utils'], what: 'poppler-utils（pdfinfo）' },
  pdftoppm: { names: ['pdftoppm'], debian: ['poppler-utils'], what: 'poppler-utils（pdftoppm）' },
  // The packaging tests run the Windows and Linux arm64 executables on a Linux x64 machine.
  wine: {
    hosts: ['linux-x64'],
    names: ['wine', 'wine64', 'wine-stable'],
    debian: ['wine64', 'wine'],
    what: 'Wine（运行 Windows 版单文件程序） / Wine, to run the Windows executable',
  },
  qemuAarch64: {
    hosts: ['linux-x64'],
    names: ['qemu-aarch64-static', 'qemu-aarch64'],
    debian: ['qemu-user-static'],
    what: 'qemu-user-static（运行 ARM64 版单文件程序） / qemu-user-static, to run the ARM64 executable',
  },
  script: {
    hosts: ['linux-x64'],
    names: ['script'],
    debian: ['bsdutils'],
    what: 'script（给 Wine 下的程序一个终端） / script(1), to give a program under Wine a terminal',
  },
  arm64Sysroot: {
    hosts: ['linux-x64'],
    debian: ['libc6-arm64-cross', 'libstdc++6-arm64-cross'],
    what: 'ARM64 运行库 / the ARM64 C and C++ runtime libraries (libc6-arm64-cross libstdc++6-arm64-cross)',
  },
};

const ARM64_SYSROOT = '/usr/aarch64-linux-gnu';

function defaultHost() {
  return { platform: process.platform, arch: process.arch, env: process.env, exists: isFile, fonts: chineseFonts };
}

function isFile(p) {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function chineseFonts() {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

function appliesTo(tool, host) {
  return !tool.hosts || tool.hosts.indexOf(host.platform) >= 0 || tool.hosts.indexOf(host.platform + '-' + host.arch) >= 0;
}

function installRoots(host) {
  if (host.platform === 'darwin') return ['/Applications', path.join(host.env.HOME || '', 'Applications')];
  if (host.platform === 'win32') {
    return [host.env.ProgramFiles, host.env['ProgramFiles(x86)'], host.env.LOCALAPPDATA].filter(Boolean);
  }
  return [''];
}

function onPath(name, host) {
  const p = host.platform === 'win32' ? path.win32 : path.posix;
  const exts = host.platform === 'win32' ? ['', '.exe', '.cmd'] : [''];
  for (const dir of (host.env.PATH || host.env.Path || '').split(p.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) if (host.exists(p.join(dir, name + ext))) return p.join(dir, name + ext);
  }
  return null;
}

/** The tool's path (for cjkFont and arm64Sysroot: a font name or folder), or null when it is not here. */
function findTool(name, host) {
  host = host || defaultHost();
  const tool = TOOLS[name];
  if (name === 'cjkFont') {
    const fonts = host.fonts();
    return tool.families.every((f) => fonts.indexOf(f) >= 0) ? tool.families.join(', ') : null;
  }
  if (name === 'arm64Sysroot') {
    const libs = ['lib/ld-linux-aarch64.so.1', 'lib/libstdc++.so.6'];
    return libs.every((l) => host.exists(path.posix.join(ARM64_SYSROOT, l))) ? ARM64_SYSROOT : null;
  }
  if (tool.env && host.env[tool.env]) return host.exists(host.env[tool.env]) ? host.env[tool.env] : null;
  for (const n of tool.names || []) {
    const found = onPath(n, host);
    if (found) return found;
  }
  const p = host.platform === 'win32' ? path.win32 : path.posix;
  for (const root of installRoots(host)) {
    for (const rel of (tool.paths && tool.paths[host.platform]) || []) {
      const full = root ? p.join(root, rel) : rel;
      if (host.exists(full)) return full;
    }
  }
  return null;
}

/** Every tool this host's tests need, found or not. */
function survey(host) {
  host = host || defaultHost();
  const out = {};
  for (const name of Object.keys(TOOLS)) if (appliesTo(TOOLS[name], host)) out[name] = findTool(name, host);
  return out;
}

function missing(found) {
  return Object.keys(found).filter((n) => !found[n]);
}

/** The Debian packages bringing the missing tools, each once, in a stable order. */
function debianPackages(names) {
  const out = [];
  for (const n of names) for (const p of TOOLS[n].debian) if (out.indexOf(p) < 0) out.push(p);
  return out;
}

/** One message, Chinese then English, naming what to install. */
function missingMessage(names, platform) {
  const lines = ['测试所需的以下程序在本机未找到 / The tests need these programs, not found on this machine:'];
  for (const n of names) lines.push('  - ' + TOOLS[n].what);
  if (platform === 'linux') {
    lines.push(
      'Debian/Ubuntu：以 root 运行 npm test 会自动安装；或运行 / on Debian or Ubuntu, npm test installs them when run as root; or run:',
    );
    lines.push('  sudo apt-get install -y ' + debianPackages(names).join(' '));
  } else {
    lines.push(
      '请安装后重新运行 npm test，并确保它们在 PATH 中或位于默认安装位置 / install them, on PATH or in their default place, and run npm test again.',
    );
  }
  return lines.join('\n');
}

module.exports = { TOOLS, findTool, survey, missing, debianPackages, missingMessage };
