import * as assert from 'assert';
import { collectGarbage } from '../../scripts/collect-garbage';

/** Allocates 64 MB that nothing references once this returns; the bytes in use meanwhile. */
function dropped(): number {
  const bytes = Buffer.alloc(64 << 20, 1);
  return process.memoryUsage().arrayBuffers + bytes[0] - 1;
}

describe('collectGarbage', () => {
  it('frees what nothing references any more at once, without node started with --expose-gc', () => {
    const held = dropped();
    collectGarbage();
    assert.ok(process.memoryUsage().arrayBuffers < held - (60 << 20), 'the 64 MB buffer is still held');
    const again = dropped();
    collectGarbage();
    assert.ok(process.memoryUsage().arrayBuffers < again - (60 << 20), 'a second collection frees it too');
  });
});
