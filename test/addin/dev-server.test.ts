// `npm run dev-server`: webpack-dev-server over HTTPS with the office-addin-dev-certs certificate,
// serving the pane that Office sideloads from https://localhost:3000.
import * as assert from 'assert';
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as https from 'https';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from '../repo-root';

const PORT = 3917;
const CA = path.join(os.homedir(), '.office-addin-dev-certs', 'ca.crt');

function get(url: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode || 0, body }));
      })
      .on('error', reject);
  });
}

describe('npm run dev-server', function () {
  this.timeout(180000);
  let server: ChildProcess | null = null;
  let output = '';

  before(async () => {
    const root = repoRoot();
    server = spawn(process.execPath, [path.join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), 'serve', '--mode', 'development'], {
      cwd: root,
      env: { ...process.env, DEV_SERVER_PORT: String(PORT) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (d: Buffer) => (output += d.toString());
    server.stdout!.on('data', collect);
    server.stderr!.on('data', collect);
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (/compiled successfully/.test(output)) {
          clearInterval(timer);
          resolve();
        } else if (server!.exitCode !== null || /compiled with \d+ error|Error:/.test(output)) {
          clearInterval(timer);
          reject(new Error('dev-server did not start:\n' + output));
        }
      }, 250);
    });
  });

  after(() => {
    if (server && server.exitCode === null) server.kill('SIGTERM');
  });

  it('serves the pane and office.js over HTTPS with a certificate signed by the dev CA', async () => {
    assert.ok(fs.existsSync(CA), 'office-addin-dev-certs made its CA');
    const ca = fs.readFileSync(CA);
    const pane = await get('https://localhost:' + PORT + '/taskpane.html', ca);
    assert.strictEqual(pane.status, 200);
    assert.match(pane.body, /Content-Security-Policy/);
    assert.match(pane.body, /<script src="office-js\/office.js"><\/script>/);
    const office = await get('https://localhost:' + PORT + '/office-js/office.js', ca);
    assert.strictEqual(office.status, 200);
    assert.ok(office.body.length > 10000, 'office.js is served from the add-in origin');
  });
});
