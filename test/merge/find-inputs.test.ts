// Which files a merge reads, and in which order.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { byName, findInputs } from '../../scripts/find-inputs';
import { tempDir } from './cli-helpers';

describe('finding the input workbooks', () => {
  let dir: string;
  before(() => {
    dir = tempDir('find-');
    for (const f of ['部门10.xlsx', '部门2.xlsx', 'a.CSV', 'b.ods', 'c.xls', 'd.xlsm', 'e.txt', '~$部门2.xlsx', '.x.xlsx', 'out.xlsx']) {
      fs.writeFileSync(path.join(dir, f), 'x');
    }
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'z.xlsx'), 'x');
    fs.mkdirSync(path.join(dir, '.cache'));
    fs.writeFileSync(path.join(dir, '.cache', 'y.xlsx'), 'x');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('recurses into folders in natural order, skipping lock files, hidden files and folders, and the report', () => {
    const found = findInputs([dir], dir, path.join(dir, 'out.xlsx'));
    assert.deepStrictEqual(
      found.files.map((f) => path.relative(dir, f.path as string)),
      ['a.CSV', 'b.ods', 'c.xls', 'd.xlsm', path.join('sub', 'z.xlsx'), '部门2.xlsx', '部门10.xlsx'],
    );
    assert.strictEqual(found.outIsInput, null);
  });

  it('keeps command-line order and reads a file named twice once', () => {
    const b = path.join(dir, 'b.ods');
    const found = findInputs([b, path.join(dir, 'a.CSV'), b], dir, path.join(dir, 'r.xlsx'));
    assert.deepStrictEqual(found.files, [
      { path: b, display: 'b.ods' },
      { path: path.join(dir, 'a.CSV'), display: 'a.CSV' },
    ]);
  });

  it('flags a report path that is a named input, a missing path and an unsupported file', () => {
    const found = findInputs(
      [path.join(dir, 'out.xlsx'), path.join(dir, 'nope.xlsx'), path.join(dir, 'e.txt')],
      dir,
      path.join(dir, 'out.xlsx'),
    );
    assert.strictEqual(found.outIsInput, path.join(dir, 'out.xlsx'));
    assert.deepStrictEqual(found.missing, [path.join(dir, 'nope.xlsx')]);
    assert.deepStrictEqual(found.unsupported, [path.join(dir, 'e.txt')]);
    assert.deepStrictEqual(found.files, []);
  });

  it('compares names naturally and deterministically', () => {
    assert.deepStrictEqual(['部门10', '部门2', '部门1', 'a', 'B'].sort(byName), ['B', 'a', '部门1', '部门2', '部门10']);
  });
});
