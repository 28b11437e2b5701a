// The built pane (npm run build → dist/): ES5 syntax only for IE11-era Office, within the size
// budget, a Content-Security-Policy that keeps every request on the add-in's own origin, and
// office.js served from that origin.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as acorn from 'acorn';
import webpack = require('webpack');
import { parseCsp, tags } from './html';
import { repoRoot } from '../repo-root';

const dist = path.join(repoRoot(), 'dist');
const MAX_BUNDLE_BYTES = 150 * 1024;

/** webpack.config.js: plain JavaScript outside the compiled tree, so required from the checkout. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
const paneConfig = require(path.join(repoRoot(), 'webpack.config.js')) as (env: object, argv: object) => Promise<webpack.Configuration>;

/** Why IE11's engine could not parse the code (acorn at ecmaVersion 5), or null when it can. */
function es5Problem(code: string): string | null {
  try {
    acorn.parse(code, { ecmaVersion: 5, sourceType: 'script' });
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Builds `files` (entry index.js) with the pane's own webpack settings, in production mode. */
async function bundleWithPaneSettings(files: { [name: string]: string }): Promise<string> {
  const pane = await paneConfig({}, { mode: 'production' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zgtz-es5-'));
  try {
    for (const name of Object.keys(files)) fs.writeFileSync(path.join(dir, name), files[name]);
    const config: webpack.Configuration = {
      mode: 'production',
      context: dir,
      entry: './index.js',
      target: pane.target,
      module: pane.module,
      resolve: pane.resolve,
      output: { path: path.join(dir, 'out'), filename: 'bundle.js' },
    };
    await new Promise<void>((resolve, reject) => {
      webpack(config, (err, stats) => {
        if (err) reject(err);
        else if (stats && stats.hasErrors()) reject(new Error(stats.toString('errors-only')));
        else resolve();
      });
    });
    return fs.readFileSync(path.join(dir, 'out', 'bundle.js'), 'utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function builtFile(name: string): string {
  const file = path.join(dist, name);
  assert.ok(fs.existsSync(file), name + ' is missing: run `npm run build` first');
  return fs.readFileSync(file, 'utf8');
}

describe('addin bundle (dist/)', () => {
  it('taskpane.js is ES5 (acorn ecmaVersion 5) and at most 150 KB', () => {
    const code = builtFile('taskpane.js');
    assert.ok(Buffer.byteLength(code) <= MAX_BUNDLE_BYTES, 'bundle is ' + Buffer.byteLength(code) + ' bytes');
    assert.strictEqual(es5Problem(code), null);
  });

  it('the ES5 check fails a bundle the pane’s build makes from ES2015 code (the build passes plain .js through)', async function () {
    this.timeout(60000);
    const es5 = await bundleWithPaneSettings({
      'index.js': 'var lib = require("./lib"); window.answer = lib.twice(21);',
      'lib.js': 'exports.twice = function (n) { return n * 2; };',
    });
    assert.strictEqual(es5Problem(es5), null, 'the same build of ES5 sources passes');
    const es2015 = [
      'exports.twice = (n) => n * 2;',
      'class Twice { run(n) { return n * 2; } } exports.twice = function (n) { return new Twice().run(n); };',
      'exports.twice = function (n) { var { k } = { k: 2 }; return n * k; };',
      'exports.twice = function (n) { var s = 0; for (var x of [n, n]) s += x; return s; };',
    ];
    for (const syntax of es2015) {
      const bundle = await bundleWithPaneSettings({
        'index.js': 'var lib = require("./lib"); window.answer = lib.twice(21);',
        'lib.js': syntax,
      });
      assert.notStrictEqual(es5Problem(bundle), null, syntax + ' reached the bundle unnoticed');
    }
  });

  it('serves office.js and what it loads for Excel from its own folder', () => {
    for (const f of [
      'office.js',
      'excel-win32-16.01.js',
      'excel-win32-16.00.js',
      'excel-web-16.00.js',
      'excel-mac-16.00.js',
      'excel-15.js',
      'zh-cn/office_strings.js',
      'en-us/office_strings.js',
    ]) {
      assert.ok(fs.existsSync(path.join(dist, 'office-js', f)), 'dist/office-js/' + f);
    }
    assert.ok(!fs.existsSync(path.join(dist, 'office-js', 'word-win32-16.01.js')), 'Word scripts are not copied');
    for (const f of ['16', '32', '64', '80']) assert.ok(fs.existsSync(path.join(dist, 'assets', 'icon-' + f + '.png')));
  });
});

describe('addin Content-Security-Policy (dist/taskpane.html)', () => {
  const html = () => builtFile('taskpane.html');

  it('allows scripts, styles and connections from the add-in’s origin only, and no eval', () => {
    const metas = tags(html()).filter(
      (t) => t.name === 'meta' && (t.attrs['http-equiv'] || '').toLowerCase() === 'content-security-policy',
    );
    assert.strictEqual(metas.length, 1);
    const csp = parseCsp(metas[0].attrs.content);
    assert.deepStrictEqual(csp['default-src'], ["'self'"]);
    assert.deepStrictEqual(csp['script-src'], ["'self'"]);
    assert.deepStrictEqual(csp['connect-src'], ["'self'"]);
    assert.deepStrictEqual(csp['style-src'], ["'self'"]);
    assert.deepStrictEqual(csp['object-src'], ["'none'"]);
    for (const words of Object.keys(csp).map((k) => csp[k])) {
      for (const w of words)
        assert.ok(["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'].indexOf(w) < 0, 'CSP allows ' + w);
    }
  });

  it('has no inline script, event handler or style attribute, and loads office.js before the bundle', () => {
    const all = tags(html());
    const scripts = all.filter((t) => t.name === 'script');
    assert.deepStrictEqual(
      scripts.map((s) => s.attrs.src),
      ['office-js/office.js', 'taskpane.js'],
    );
    for (const s of scripts) assert.strictEqual(s.after.trim(), '', 'inline script body');
    for (const t of all) {
      for (const name of Object.keys(t.attrs)) {
        assert.ok(!/^on/.test(name), '<' + t.name + ' ' + name + '>');
        assert.notStrictEqual(name, 'style', '<' + t.name + ' style>');
      }
      for (const ref of [t.attrs.src, t.attrs.href]) {
        if (ref !== undefined) assert.ok(!/^[a-z]+:|^\/\//i.test(ref), 'relative URL expected: ' + ref);
      }
    }
  });

  it('keeps every pane id the browser tests rely on', () => {
    const ids = tags(html())
      .map((t) => t.attrs.id)
      .filter((id) => id);
    for (const id of [
      'btn-setup',
      'btn-validate',
      'btn-check',
      'btn-write-sheet',
      'as-of',
      'warn-days',
      'counts',
      'results',
      'status',
      'capabilities',
      'settings',
    ]) {
      assert.ok(ids.indexOf(id) >= 0, '#' + id);
    }
    const status = tags(html()).filter((t) => t.attrs.id === 'status')[0];
    assert.strictEqual(status.attrs['aria-live'], 'polite');
  });
});

describe('addin build settings (webpack.config.js)', () => {
  /** The plugins' settings these tests read: the copied files and the page template's parameters. */
  type Plugin = {
    patterns?: { from: string; to: string; transform?: (content: Buffer) => Buffer }[];
    userOptions?: { templateParameters?: { officeJs: string; csp: string } };
  };
  const loadConfig = paneConfig as (env: object, argv: object) => Promise<{ plugins: Plugin[] }>;

  async function withEnv<T>(vars: { [k: string]: string | undefined }, f: () => Promise<T>): Promise<T> {
    const saved: { [k: string]: string | undefined } = {};
    for (const k of Object.keys(vars)) {
      saved[k] = process.env[k];
      if (vars[k] === undefined) delete process.env[k];
      else process.env[k] = vars[k];
    }
    try {
      return await f();
    } finally {
      for (const k of Object.keys(saved)) {
        if (saved[k] === undefined) delete process.env[k];
        else process.env[k] = saved[k];
      }
    }
  }

  function copyPatterns(config: { plugins: Plugin[] }): NonNullable<Plugin['patterns']> {
    return config.plugins.filter((p) => p && Array.isArray(p.patterns))[0].patterns!;
  }

  it('ADDIN_BASE_URL rewrites every manifest URL', async () => {
    const config = await withEnv({ ADDIN_BASE_URL: 'https://oa.example.gov.cn/zgtz/', OFFICE_JS: undefined }, () =>
      loadConfig({}, { mode: 'production' }),
    );
    const pattern = copyPatterns(config).filter((p) => p.to === 'manifest.xml')[0];
    const source = fs.readFileSync(path.join(repoRoot(), 'manifest.xml'));
    const out = pattern.transform!(source).toString('utf8');
    assert.ok(out.indexOf('localhost') < 0);
    assert.ok(out.indexOf('DefaultValue="https://oa.example.gov.cn/zgtz/taskpane.html"') > 0);
  });

  it('refuses a base URL that is not https', async () => {
    await withEnv({ ADDIN_BASE_URL: 'http://oa.example.gov.cn' }, async () => {
      await assert.rejects(() => loadConfig({}, { mode: 'production' }), /https/);
    });
  });

  it('OFFICE_JS=cdn loads office.js from Microsoft and the CSP allows exactly that origin', async () => {
    const config = await withEnv({ OFFICE_JS: 'cdn', ADDIN_BASE_URL: undefined }, () => loadConfig({}, { mode: 'production' }));
    const html = config.plugins.filter((p) => p && p.userOptions && p.userOptions.templateParameters)[0].userOptions!.templateParameters!;
    assert.strictEqual(html.officeJs, 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    assert.deepStrictEqual(parseCsp(html.csp)['script-src'], ["'self'", 'https://appsforoffice.microsoft.com']);
    assert.ok(
      copyPatterns(config).every((p) => p.to !== 'office-js/'),
      'office.js is not copied',
    );
  });
});
