// `npm test`'s set-up step (test/setup/): where it looks for each program on each system, and what
// it installs or asks for when one is missing.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { repoRoot } from '../repo-root';

const SETUP = path.join(repoRoot(__dirname), 'test', 'setup');

interface Host {
  platform: string;
  arch: string;
  env: { [name: string]: string };
  exists: (p: string) => boolean;
  fonts: () => string;
}

interface ToolsModule {
  findTool(name: string, host: Host): string | null;
  survey(host: Host): { [name: string]: string | null };
  missing(found: { [name: string]: string | null }): string[];
  debianPackages(names: string[]): string[];
  missingMessage(names: string[], platform: string): string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain JavaScript the set-up step runs before any build
const tools = require(path.join(SETUP, 'tools.js')) as ToolsModule;

function host(platform: string, files: string[], env: { [name: string]: string } = {}, arch = 'x64'): Host {
  return { platform, arch, env, exists: (p) => files.indexOf(p) >= 0, fonts: () => '' };
}

describe('test set-up: finding the programs the tests drive', () => {
  it('takes the browser named by CHROME_PATH first, then the usual names on PATH, then the usual install paths', () => {
    const files = ['/custom/chrome', '/usr/local/bin/google-chrome', '/opt/google/chrome/chrome'];
    assert.strictEqual(
      tools.findTool('browser', host('linux', files, { CHROME_PATH: '/custom/chrome', PATH: '/usr/local/bin' })),
      '/custom/chrome',
    );
    assert.strictEqual(
      tools.findTool('browser', host('linux', files, { PATH: '/usr/local/bin:/usr/bin' })),
      '/usr/local/bin/google-chrome',
    );
    assert.strictEqual(tools.findTool('browser', host('linux', files, { PATH: '/usr/bin' })), '/opt/google/chrome/chrome');
    assert.strictEqual(tools.findTool('browser', host('linux', [], { CHROME_PATH: '/gone', PATH: '/usr/bin' })), null);
  });

  it('knows where macOS and Windows install Chrome, Edge and LibreOffice', () => {
    const mac = host(
      'darwin',
      ['/Users/a/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge', '/Applications/LibreOffice.app/Contents/MacOS/soffice'],
      { HOME: '/Users/a', PATH: '/usr/bin' },
    );
    assert.strictEqual(tools.findTool('browser', mac), '/Users/a/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    assert.strictEqual(tools.findTool('soffice', mac), '/Applications/LibreOffice.app/Contents/MacOS/soffice');
    const win = host(
      'win32',
      ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', 'C:\\Program Files\\LibreOffice\\program\\soffice.exe'],
      {
        ProgramFiles: 'C:\\Program Files',
        'ProgramFiles(x86)': 'C:\\Program Files (x86)',
        LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local',
        Path: 'C:\\Windows',
      },
    );
    assert.strictEqual(tools.findTool('browser', win), 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    assert.strictEqual(tools.findTool('soffice', win), 'C:\\Program Files\\LibreOffice\\program\\soffice.exe');
  });

  it('needs Wine, qemu and the ARM64 libraries only on Linux x64, and a Chinese font only on Linux', () => {
    assert.ok('wine' in tools.survey(host('linux', [])));
    assert.ok('arm64Sysroot' in tools.survey(host('linux', [])));
    assert.ok(!('wine' in tools.survey(host('linux', [], {}, 'arm64'))));
    assert.ok(!('wine' in tools.survey(host('win32', []))));
    assert.ok(!('cjkFont' in tools.survey(host('darwin', []))));
    assert.strictEqual(tools.survey(host('linux', [])).cjkFont, null);
    const oneFont = { ...host('linux', []), fonts: () => 'WenQuanYi Micro Hei,文泉驿微米黑' };
    assert.strictEqual(tools.findTool('cjkFont', oneFont), null, 'every fallback font the row-height test renders with');
    const threeFonts = { ...oneFont, fonts: () => 'Noto Sans CJK SC\nWenQuanYi Zen Hei\nWenQuanYi Micro Hei' };
    assert.strictEqual(tools.findTool('cjkFont', threeFonts), null, 'the fonts the notices are judged with');
    const all = { ...oneFont, fonts: () => 'Noto Sans CJK SC\nWenQuanYi Zen Hei\nWenQuanYi Micro Hei\nAR PL UMing CN\nAR PL UKai CN' };
    assert.strictEqual(
      tools.findTool('cjkFont', all),
      'WenQuanYi Micro Hei, WenQuanYi Zen Hei, Noto Sans CJK SC, AR PL UMing CN, AR PL UKai CN',
    );
  });

  it('installs what is missing in one apt-get call, each package once, and otherwise names it in Chinese and English', () => {
    const found = tools.survey(host('linux', ['/usr/bin/soffice'], { PATH: '/usr/bin' }));
    const absent = tools.missing(found);
    assert.ok(absent.indexOf('soffice') < 0);
    assert.deepStrictEqual(tools.debianPackages(absent), [
      'chromium',
      'fonts-wqy-microhei',
      'fonts-wqy-zenhei',
      'fonts-noto-cjk',
      'fonts-arphic-uming',
      'fonts-arphic-ukai',
      'poppler-utils',
      'wine64',
      'wine',
      'qemu-user-static',
      'bsdutils',
      'libc6-arm64-cross',
      'libstdc++6-arm64-cross',
    ]);
    const message = tools.missingMessage(['browser', 'pdftotext'], 'linux');
    assert.match(message, /测试所需的以下程序在本机未找到 \/ The tests need these programs/);
    assert.match(message, /sudo apt-get install -y chromium poppler-utils$/);
    assert.doesNotMatch(tools.missingMessage(['browser'], 'win32'), /apt-get/);
  });

  it('finds everything on this machine, as npm test needs', () => {
    const r = spawnSync(process.execPath, [path.join(SETUP, 'setup.js')], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /browser: \//);
  });
});
