// Builds the WPS 表格 add-in (WPS 加载项) into dist-wps/: the add-in folder zgtz_<version>/ — index.html
// loading main.js (the ribbon's callbacks), ribbon.xml, the task pane page without office.js and its
// ES5 bundle, the help page, icons — and beside it the files that deploy it:
//   publish.xml    for one user: goes into the user's jsaddons folder with the add-in folder
//   jsplugins.xml  for an office: served from the intranet server next to the add-in folder
//   oem.ini.txt    the lines that point every WPS of the office at that jsplugins.xml
//
// Build setting (environment variable):
//   WPS_ADDIN_BASE_URL  http(s) URL of the folder on the intranet server that holds dist-wps/'s content.
//                       Default http://127.0.0.1:3889 (a local test server).
const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { es5TypeScriptRule, contentSecurityPolicy } = require('../../webpack.config.js');

/** The repository's root: paths below are the same as in the pane's webpack.config.js. */
const ROOT = path.join(__dirname, '..', '..');

const ADDIN_NAME = 'zgtz';
const DEFAULT_BASE_URL = 'http://127.0.0.1:3889';
const OPEN_PANE_BUTTON = 'zgtzOpenPane';
const VERSION = require('../../package.json').version;
/** The add-in folder's name: WPS looks for <name>_<version> in the jsaddons folder. */
const FOLDER = ADDIN_NAME + '_' + VERSION;

function baseUrl() {
  const raw = (process.env.WPS_ADDIN_BASE_URL || DEFAULT_BASE_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/?#"<>]+(\/[^\s?#"<>]*)?$/.test(raw)) {
    throw new Error('WPS_ADDIN_BASE_URL must be an http(s) URL such as http://oa.example.gov.cn/zgtz-wps, got ' + raw);
  }
  return raw;
}

function escapeXml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A string of manifest.xml's resources: the ribbon says what the Excel add-in's button says. */
function manifestString(id) {
  const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const m = new RegExp('<bt:String id="' + id.replace(/\./g, '\\.') + '" DefaultValue="([^"]*)"').exec(manifest);
  if (!m) throw new Error('manifest.xml has no string ' + id);
  return m[1];
}

/** The files of dist-wps/ that are not built by webpack, by path. */
function deployFiles(url) {
  const addinUrl = url + '/' + FOLDER + '/';
  return {
    [FOLDER + '/ribbon.xml']: [
      '<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui" onLoad="OnAddinLoad">',
      '  <ribbon startFromScratch="false">',
      '    <tabs>',
      '      <tab id="zgtzTab" label="' + manifestString('Group.Label') + '">',
      '        <group id="zgtzGroup" label="' + manifestString('Group.Label') + '">',
      '          <button id="' +
        OPEN_PANE_BUTTON +
        '" label="' +
        manifestString('Button.Label') +
        '" size="large" onAction="OnAction" getImage="GetImage"/>',
      '        </group>',
      '      </tab>',
      '    </tabs>',
      '  </ribbon>',
      '</customUI>',
      '',
    ].join('\n'),
    'publish.xml': [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<jsplugins>',
      '  <jsplugin name="' +
        ADDIN_NAME +
        '" type="et" url="' +
        FOLDER +
        '" version="' +
        VERSION +
        '" enable="enable_dev" install="null" customDomain=""/>',
      '</jsplugins>',
      '',
    ].join('\n'),
    'jsplugins.xml': [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<jsplugins>',
      '  <jspluginonline name="' + ADDIN_NAME + '" type="et" url="' + escapeXml(addinUrl) + '"/>',
      '</jsplugins>',
      '',
    ].join('\n'),
    'oem.ini.txt': [
      '; 整改台账 WPS 加载项：在单位每台电脑的 WPS 配置文件 oem.ini 中加入（或合并进已有的 [Support]、[Server] 节）下面几行。',
      '; oem.ini 的位置：',
      ';   Windows:     <WPS 安装目录>\\WPS Office\\<版本号>\\office6\\cfgs\\oem.ini',
      ';   UOS:         /opt/apps/cn.wps.wps-office-pro/files/kingsoft/wps-office/office6/cfgs/oem.ini',
      ';   麒麟等 Linux: /opt/kingsoft/wps-office/office6/cfgs/oem.ini',
      '; 改完后重新启动 WPS。WPS 启动时从下面的地址取加载项清单 jsplugins.xml。',
      '[Support]',
      'JsApiPlugin=true',
      '',
      '[Server]',
      'JSPluginsServer=' + url + '/jsplugins.xml',
      '',
    ].join('\r\n'),
  };
}

module.exports = (env, argv) => {
  const production = argv.mode !== 'development';
  const url = baseUrl();
  const out = path.join(ROOT, 'dist-wps');
  const files = deployFiles(url);
  const copies = [
    { from: 'addin/taskpane.css', to: 'taskpane.css' },
    { from: 'addin/help.html', to: 'help.html' },
    { from: 'addin/assets/*.png', to: 'assets/[name][ext]' },
  ];
  return {
    mode: production ? 'production' : 'development',
    context: ROOT,
    entry: { main: './addin/wps/ribbon.ts', taskpane: './addin/wps/taskpane.ts' },
    target: ['web', 'es5'],
    devtool: production ? false : 'source-map',
    output: { path: path.join(out, FOLDER), filename: '[name].js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [es5TypeScriptRule(production)] },
    performance: {
      hints: production ? 'error' : false,
      maxEntrypointSize: 150 * 1024,
      maxAssetSize: 150 * 1024,
      assetFilter: (f) => /\.js$/.test(f),
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: 'addin/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        inject: 'body',
        scriptLoading: 'blocking',
        minify: false,
        templateParameters: { csp: contentSecurityPolicy(false), officeJs: '' },
      }),
      new HtmlWebpackPlugin({
        // The page WPS loads first, hidden: it only holds the ribbon's callbacks.
        templateContent:
          '<!DOCTYPE html>\n<html>\n<head>\n  <meta charset="utf-8">\n  <title>整改台账</title>\n</head>\n<body></body>\n</html>\n',
        filename: 'index.html',
        chunks: ['main'],
        inject: 'head',
        scriptLoading: 'blocking',
        minify: false,
      }),
      new CopyWebpackPlugin({ patterns: copies }),
      {
        // dist-wps/ holds one version's folder and the files that deploy it: emptied first, written last.
        apply(compiler) {
          compiler.hooks.beforeRun.tap('WpsDeployFiles', () => fs.rmSync(out, { recursive: true, force: true }));
          compiler.hooks.afterEmit.tap('WpsDeployFiles', () => {
            for (const name of Object.keys(files)) fs.writeFileSync(path.join(out, name), files[name]);
          });
        },
      },
    ],
  };
};

module.exports.deployFiles = deployFiles;
module.exports.ADDIN_FOLDER = FOLDER;
module.exports.OPEN_PANE_BUTTON = OPEN_PANE_BUTTON;
