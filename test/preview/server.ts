// The preview server: builds the preview bundle and serves it next to the built pane (dist/) and the
// built WPS add-in (dist-wps/), answering the pane's office.js request with the stand-in that plugs in
// the in-memory Excel, and giving each WPS add-in page, before its own scripts, the script that puts
// the in-memory WPS there as window.Application (as WPS does).
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { AddressInfo } from 'net';
import { repoRoot } from '../repo-root';

export interface PreviewServer {
  /** 'http://127.0.0.1:PORT/' */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface PreviewOptions {
  /** 0 picks a free port. */
  port: number;
  /** Interface to listen on; loopback by default. */
  host?: string;
  /** Rebuild the preview bundle first (default true). */
  build?: boolean;
}

const MIME: { [ext: string]: string } = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function previewOutputDir(root: string = repoRoot()): string {
  return path.join(root, 'test-output', 'preview');
}

/** Runs test/preview/webpack.preview.config.js through webpack's Node API. */
function buildPreview(root: string = repoRoot()): Promise<void> {
  // Loaded lazily so that merely importing this module stays cheap; the configuration is plain JavaScript.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  const webpack = require('webpack') as typeof import('webpack');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  const config = require(path.join(root, 'test', 'preview', 'webpack.preview.config.js')) as import('webpack').Configuration;
  return new Promise((resolve, reject) => {
    webpack(config, (err: Error | null | undefined, stats: import('webpack').Stats | undefined) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) {
        return reject(new Error('预览页打包失败：\n' + (stats ? stats.toString({ all: false, errors: true }) : '')));
      }
      resolve();
    });
  });
}

/** Maps a URL path onto a file under base, refusing anything that escapes it. */
function fileUnder(base: string, urlPath: string): string | null {
  const file = path.normalize(path.join(base, urlPath));
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  return file;
}

function send(res: http.ServerResponse, status: number, type: string, body: Buffer | string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

function sendFile(res: http.ServerResponse, file: string | null, transform?: (data: Buffer) => Buffer): void {
  if (!file) return send(res, 403, MIME['.txt'], '禁止访问');
  fs.stat(file, (err, st) => {
    if (err || !st.isFile()) return send(res, 404, MIME['.txt'], '未找到：' + path.basename(file));
    fs.readFile(file, (readErr, data) => {
      if (readErr) return send(res, 500, MIME['.txt'], '读取失败');
      send(res, 200, MIME[path.extname(file).toLowerCase()] || 'application/octet-stream', transform ? transform(data) : data);
    });
  });
}

/** The WPS add-in's folder in dist-wps/ (zgtz_<version>), as addin/wps/webpack.config.js names it. */
function wpsAddinDir(root: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- plain JavaScript outside the compiled tree
  return path.join(root, 'dist-wps', require(path.join(root, 'addin', 'wps', 'webpack.config.js')).ADDIN_FOLDER);
}

const WPS_STUB = '<script src="/wps-stub.js"></script>';

/** A WPS add-in page with the stand-in for WPS's injection as the first thing in its head. */
function withWpsStub(html: Buffer): Buffer {
  const text = html.toString('utf8');
  const head = /<head[^>]*>/i.exec(text);
  if (!head) throw new Error('WPS 加载项页面没有 <head>');
  const at = head.index + head[0].length;
  return Buffer.from(text.slice(0, at) + WPS_STUB + text.slice(at), 'utf8');
}

/**
 * Routes: /pane/office-js/office.js → stand-in; /pane/* → dist/; /wps-pane/* → the WPS add-in folder;
 * everything else → the preview bundle.
 */
function route(root: string, urlPath: string): string | null {
  const out = previewOutputDir(root);
  if (urlPath === '/pane/office-js/office.js') return path.join(out, 'office-stub.js');
  if (urlPath.startsWith('/pane/')) return fileUnder(path.join(root, 'dist'), urlPath.slice('/pane/'.length));
  if (urlPath.startsWith('/wps-pane/')) return fileUnder(wpsAddinDir(root), urlPath.slice('/wps-pane/'.length));
  if (urlPath === '/') return path.join(out, 'index.html');
  return fileUnder(out, urlPath.slice(1));
}

export async function startPreviewServer(opts: PreviewOptions): Promise<PreviewServer> {
  const root = repoRoot();
  if (opts.build !== false) await buildPreview(root);
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, MIME['.txt'], '只支持 GET');
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(req.url || '/', 'http://localhost').pathname);
    } catch {
      return send(res, 400, MIME['.txt'], '地址无效');
    }
    if (urlPath === '/favicon.ico') return send(res, 204, MIME['.txt'], '');
    const wpsPage = urlPath.startsWith('/wps-pane/') && /\.html$/.test(urlPath);
    sendFile(res, route(root, urlPath), wpsPage ? withWpsStub : undefined);
  });
  const host = opts.host || '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: 'http://' + host + ':' + port + '/',
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
