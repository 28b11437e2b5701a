import * as assert from 'assert';
import { collectGarbage } from '../../scripts/collect-garbage';

/** Allocates 64 MB that nothing references once this returns; the bytes in use meanwhile. */
function dropped(): number {
  const bytes = Buffer.alloc(64 << 20, 1);
  return process.memoryUsage().arrayBuffers + bytes[0] - 1;
}

/**
 * Whether the bytes in use fell below `level` within 100 ms: V8 frees a collected buffer's memory on
 * a background thread, a moment after the collection. Left alone, V8 would not collect that soon.
 */
async function fellBelow(level: number): Promise<boolean> {
  for (let i = 0; i < 20; i++) {
    if (process.memoryUsage().arrayBuffers < level) return true;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return false;
}

describe('collectGarbage', () => {
  it('frees what nothing references any more at once, without node started with --expose-gc', async () => {
    const held = dropped();
    collectGarbage();
    assert.ok(await fellBelow(held - (60 << 20)), 'the 64 MB buffer is still held');
    const again = dropped();
    collectGarbage();
    assert.ok(await fellBelow(again - (60 << 20)), 'a second collection frees it too');
  });

  it('is what frees it: without a collection the buffer is still held', async () => {
    const held = dropped();
    assert.ok(!(await fellBelow(held - (60 << 20))), 'V8 collected the buffer on its own');
    collectGarbage();
  });
});
