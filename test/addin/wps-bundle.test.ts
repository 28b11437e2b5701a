// The built WPS add-in (dist-wps/, `npm run build:wps`): the add-in folder WPS loads, ES5 scripts, no
// office.js, the ribbon's callbacks defined by main.js, and the deployment files pointing at the folder.
import * as assert from 'assert';
import * as acorn from 'acorn';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { repoRoot } from '../repo-root';
import { parseCsp, tags } from './html';

const root = repoRoot();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const wpsConfig = require(path.join(root, 'addin', 'wps', 'webpack.config.js')) as {
  ADDIN_FOLDER: string;
  deployFiles(url: string): { [file: string]: string };
};
const dist = path.join(root, 'dist-wps');
const addin = path.join(dist, wpsConfig.ADDIN_FOLDER);

function read(file: string): string {
  const p = path.join(dist, file);
  if (!fs.existsSync(p)) throw new Error(p + ' 不存在：先运行 npm run build:wps（npm test 会先构建）');
  return fs.readFileSync(p, 'utf8');
}

describe('the WPS add-in build (dist-wps/)', () => {
  it('holds the add-in folder WPS loads: index.html, main.js, ribbon.xml, the pane, help and icons', () => {
    for (const f of [
      'index.html',
      'main.js',
      'ribbon.xml',
      'taskpane.html',
      'taskpane.js',
      'taskpane.css',
      'help.html',
      'assets/icon-32.png',
    ]) {
      assert.ok(fs.existsSync(path.join(addin, f)), f);
    }
    assert.ok(/^zgtz_\d+\.\d+\.\d+$/.test(wpsConfig.ADDIN_FOLDER), wpsConfig.ADDIN_FOLDER);
  });

  it('main.js and taskpane.js are ES5 and small; the pane page loads no office.js and keeps its CSP', () => {
    for (const f of ['main.js', 'taskpane.js']) {
      const code = read(path.join(wpsConfig.ADDIN_FOLDER, f));
      assert.doesNotThrow(() => acorn.parse(code, { ecmaVersion: 5, sourceType: 'script' }), f);
      assert.ok(code.length <= 150 * 1024, f + ' ' + code.length);
    }
    const html = read(path.join(wpsConfig.ADDIN_FOLDER, 'taskpane.html'));
    const scripts = (page: string) =>
      tags(page)
        .filter((t) => t.name === 'script')
        .map((t) => t.attrs.src);
    assert.deepStrictEqual(scripts(html), ['taskpane.js']);
    const csp = tags(html).filter((t) => t.name === 'meta' && /content-security-policy/i.test(t.attrs['http-equiv'] || ''))[0];
    assert.deepStrictEqual(parseCsp(csp.attrs.content)['script-src'], ["'self'"]);
    assert.deepStrictEqual(scripts(read(path.join(wpsConfig.ADDIN_FOLDER, 'index.html'))), ['main.js']);
  });

  it('main.js defines every callback ribbon.xml names, and its button makes the task pane once, then toggles it', () => {
    const ribbon = read(path.join(wpsConfig.ADDIN_FOLDER, 'ribbon.xml'));
    const names = (ribbon.match(/\b(onLoad|onAction|getImage)="(\w+)"/g) || []).map((m) => m.split('"')[1]);
    assert.deepStrictEqual(names.slice().sort(), ['GetImage', 'OnAction', 'OnAddinLoad']);
    const button = /<button id="(\w+)"[^>]*label="([^"]+)"/.exec(ribbon);
    assert.ok(button && button[2] === '打开台账助手', ribbon);
    const panes: { url: string; title: string; Visible: boolean; ID: number; DockPosition: number }[] = [];
    const storage: { [k: string]: unknown } = {};
    const Application = {
      CreateTaskPane: (url: string, title: string) => {
        const pane = { url, title, Visible: false, ID: panes.length + 1, DockPosition: 0 };
        panes.push(pane);
        return pane;
      },
      GetTaskPane: (id: number) => panes[id - 1],
      PluginStorage: { getItem: (k: string) => storage[k], setItem: (k: string, v: unknown) => (storage[k] = v) },
    };
    const window: { [k: string]: unknown } = { Application, location: { href: 'http://oa.example/zgtz_1.0.0/index.html?x#y' } };
    window.window = window;
    vm.runInNewContext(read(path.join(wpsConfig.ADDIN_FOLDER, 'main.js')), window);
    const call = (name: string, arg: unknown) => (window[name] as (a: unknown) => unknown)(arg);
    assert.strictEqual(call('OnAddinLoad', {}), true);
    assert.strictEqual(call('GetImage', { Id: button![1] }), 'assets/icon-32.png');
    call('OnAction', { Id: button![1] });
    assert.deepStrictEqual(
      panes.map((p) => [p.url, p.title, p.Visible, p.DockPosition]),
      [['http://oa.example/zgtz_1.0.0/taskpane.html', '整改台账', true, 2]],
    );
    call('OnAction', { Id: button![1] });
    assert.strictEqual(panes.length, 1);
    assert.strictEqual(panes[0].Visible, false);
  });

  it('publish.xml, jsplugins.xml and the oem.ini lines point at the add-in folder and the server', () => {
    assert.ok(read('publish.xml').indexOf('url="' + wpsConfig.ADDIN_FOLDER + '"') > 0);
    assert.ok(/type="et"/.test(read('publish.xml')) && /type="et"/.test(read('jsplugins.xml')));
    const files = wpsConfig.deployFiles('http://oa.example.gov.cn/zgtz-wps');
    assert.ok(
      files['jsplugins.xml'].indexOf('url="http://oa.example.gov.cn/zgtz-wps/' + wpsConfig.ADDIN_FOLDER + '/"') > 0,
      files['jsplugins.xml'],
    );
    const oem = files['oem.ini.txt'];
    assert.ok(
      /^\[Support\]\r\nJsApiPlugin=true$/m.test(oem) &&
        /^JSPluginsServer=http:\/\/oa\.example\.gov\.cn\/zgtz-wps\/jsplugins\.xml\r?$/m.test(oem),
      oem,
    );
    for (const where of ['office6\\cfgs\\oem.ini', '/opt/apps/cn.wps.wps-office-pro/', '/opt/kingsoft/wps-office/office6/cfgs/oem.ini'])
      assert.ok(oem.indexOf(where) >= 0, where);
  });
});
