// Builds the task pane into dist/: an ES5 bundle for IE11-era Office, the pane's HTML and CSS,
// the icons, office.js (copied so an intranet needs no internet) and a manifest for the server.
//
// Build settings (environment variables):
//   ADDIN_BASE_URL  https origin (and optional path) the add-in is served from; written into
//                   dist/manifest.xml in place of https://localhost:3000. Default https://localhost:3000.
//   OFFICE_JS=cdn   load office.js from Microsoft's CDN instead of dist/office-js/ (needs internet).
const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_ORIGIN = 'https://localhost:3000';
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIR = path.join(__dirname, 'node_modules', '@microsoft', 'office-js', 'dist');

// office.js picks its host script (excel-<platform>-<version>.js), locale strings
// (<locale>/office_strings.js), the Office 2013 file map and telemetry scripts from its own
// folder at run time. Copy those; leave out Word/PowerPoint/Outlook/OneNote/Project/Access
// scripts, *.debug.js, SSO (webauth) and Outlook strings: they are never fetched for Excel.
const OFFICE_JS_FILES = [
  'office.js',
  'excel*.js',
  'es6-promise.js',
  'o15apptofilemappingtable.js',
  '*/office_strings.js',
  'telemetry/oteljs.js',
  'telemetry/oteljs_agave.js',
  'ariatelemetry/*.js',
];

function baseUrl() {
  const raw = (process.env.ADDIN_BASE_URL || DEV_ORIGIN).replace(/\/+$/, '');
  if (!/^https:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(raw)) {
    throw new Error('ADDIN_BASE_URL must be an https URL such as https://addins.example.gov.cn/zgtz, got ' + raw);
  }
  return raw;
}

function useCdn() {
  const v = process.env.OFFICE_JS || '';
  if (v !== '' && v !== 'cdn' && v !== 'local') throw new Error('OFFICE_JS must be "cdn" or "local", got ' + v);
  return v === 'cdn';
}

function contentSecurityPolicy(cdn) {
  const scripts = cdn ? "'self' https://appsforoffice.microsoft.com" : "'self'";
  return [
    "default-src 'self'",
    'script-src ' + scripts,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** Rewrites the development origin in manifest.xml to where the add-in is deployed. */
function manifestFor(url) {
  return (content) => Buffer.from(content.toString('utf8').split(DEV_ORIGIN).join(url), 'utf8');
}

/**
 * The localhost certificate for `npm run dev-server`, created and trusted by office-addin-dev-certs.
 * Trusting needs administrator rights (sudo on Linux); without them the certificate it generated is
 * still served, and the console says how to trust its CA by hand.
 */
async function devServerCertificate() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
    const cert = path.join(dir, 'localhost.crt');
    const key = path.join(dir, 'localhost.key');
    if (!fs.existsSync(cert) || !fs.existsSync(key)) throw e;
    console.warn(
      '开发证书已生成，但未能自动信任（' +
        e.message.trim() +
        '）。请以管理员身份把 ' +
        path.join(dir, 'ca.crt') +
        ' 导入“受信任的根证书颁发机构”，或运行 npx office-addin-dev-certs install。\n' +
        'The dev certificate was generated but could not be trusted automatically; trust ' +
        path.join(dir, 'ca.crt') +
        ' by hand.',
    );
    return { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.readFileSync(path.join(dir, 'ca.crt')) };
  }
}

/**
 * ts-loader for the pane's bundles: ES5 output and ES5 library types, so an ES2015+ runtime API used in
 * addin/ or ledger/ is a type error, and type errors fail the build.
 */
function es5TypeScriptRule(production) {
  return {
    test: /\.ts$/,
    exclude: /node_modules/,
    use: {
      loader: 'ts-loader',
      options: {
        onlyCompileBundledFiles: true,
        compilerOptions: {
          target: 'es5',
          lib: ['es5', 'dom', 'es2015.promise'],
          types: ['office-js'],
          module: 'es2015',
          moduleResolution: 'node',
          incremental: false,
          sourceMap: !production,
          noEmit: false,
        },
      },
    },
  };
}

module.exports = async (env, argv) => {
  const production = argv.mode !== 'development';
  const cdn = useCdn();
  const url = baseUrl();
  const copies = [
    { from: 'addin/taskpane.css', to: 'taskpane.css' },
    { from: 'addin/help.html', to: 'help.html' },
    { from: 'addin/assets/*.png', to: 'assets/[name][ext]' },
    { from: 'manifest.xml', to: 'manifest.xml', transform: manifestFor(url) },
  ];
  if (!cdn) {
    copies.push({
      from: '{' + OFFICE_JS_FILES.join(',') + '}',
      context: OFFICE_JS_DIR,
      to: 'office-js/',
      globOptions: { ignore: ['**/*.debug.js'] },
      // Already minified by Microsoft; re-minifying 8 MB would only cost build time.
      info: { minimized: true },
    });
  }

  const config = {
    mode: production ? 'production' : 'development',
    entry: { taskpane: './addin/taskpane.ts' },
    target: ['web', 'es5'],
    devtool: production ? false : 'source-map',
    output: { path: path.join(__dirname, 'dist'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [es5TypeScriptRule(production)] },
    performance: {
      hints: production ? 'error' : false,
      maxEntrypointSize: 150 * 1024,
      maxAssetSize: 150 * 1024,
      assetFilter: (f) => f === 'taskpane.js',
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: 'addin/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        inject: 'body',
        scriptLoading: 'blocking',
        minify: false,
        templateParameters: { csp: contentSecurityPolicy(cdn), officeJs: cdn ? CDN_OFFICE_JS : 'office-js/office.js' },
      }),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
  };

  if (env && env.WEBPACK_SERVE) {
    config.devServer = {
      port: Number(process.env.DEV_SERVER_PORT) || 3000,
      static: false,
      server: { type: 'https', options: await devServerCertificate() },
      headers: { 'Access-Control-Allow-Origin': '*' },
      client: { overlay: false },
    };
  }
  return config;
};

module.exports.es5TypeScriptRule = es5TypeScriptRule;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
