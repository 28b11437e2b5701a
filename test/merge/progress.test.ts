// The progress line: on a terminal, for many files, and erased at the end.
import * as assert from 'assert';
import { createProgress } from '../../scripts/progress';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: string[] } {
  const written: string[] = [];
  const stream = { isTTY, columns: 80, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('merge progress line', () => {
  it('shows and then erases a progress line on a terminal for many files', () => {
    const { stream, written } = fakeStream(true);
    const p = createProgress(20, stream);
    p.file(1, 20, '办公室.xlsx');
    p.done();
    assert.deepStrictEqual(written, ['\r\x1b[K正在读取 1/20：办公室.xlsx', '\r\x1b[K']);
  });

  it('keeps to one line when a file name holds a line break', () => {
    const { stream, written } = fakeStream(true);
    createProgress(20, stream).file(2, 20, '坏\n名.xlsx');
    assert.deepStrictEqual(written, ['\r\x1b[K正在读取 2/20：坏\\n名.xlsx']);
  });

  it('stays silent when stderr is not a terminal, or for a few files', () => {
    for (const [tty, n] of [
      [false, 100],
      [true, 3],
    ] as [boolean, number][]) {
      const { stream, written } = fakeStream(tty);
      const p = createProgress(n, stream);
      p.file(1, n, 'a.xlsx');
      p.done();
      assert.deepStrictEqual(written, []);
    }
  });
});
