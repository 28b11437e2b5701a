import * as assert from 'assert';
import fc from 'fast-check';
import { matchItems } from '../../ledger/match';
import { NOT_FOUND, SHARED, textHash, UniqueTextIndex } from '../../ledger/text-index';

function indexOf(texts: string[]): UniqueTextIndex {
  const index = new UniqueTextIndex(texts.length);
  texts.forEach((s, i) => index.add(s, textHash(s), i));
  return index;
}

function lookUp(index: UniqueTextIndex, s: string): number {
  return index.get(s, textHash(s));
}

describe('unique text index', () => {
  it('finds each text once, tells a shared text, and a missing one', () => {
    const index = indexOf(['会议纪律执行不严', '公文流转慢', '会议纪律执行不严', '']);
    assert.strictEqual(lookUp(index, '公文流转慢'), 1);
    assert.strictEqual(lookUp(index, '会议纪律执行不严'), SHARED);
    assert.strictEqual(lookUp(index, ''), 3);
    assert.strictEqual(lookUp(index, '公文流转'), NOT_FOUND);
  });

  it('keeps texts with the same hash apart', () => {
    // h·31 + c: "Aa" and "BB" hash alike, and so does every text built from them.
    assert.strictEqual(textHash('Aa'), textHash('BB'));
    assert.strictEqual(textHash('AaBB整改'), textHash('BBAa整改'));
    const index = indexOf(['AaBB整改', 'BBAa整改', 'AaAa整改', 'AaBB整改']);
    assert.strictEqual(lookUp(index, 'AaBB整改'), SHARED);
    assert.strictEqual(lookUp(index, 'BBAa整改'), 1);
    assert.strictEqual(lookUp(index, 'AaAa整改'), 2);
    assert.strictEqual(lookUp(index, 'BBBB整改'), NOT_FOUND);
  });

  it('agrees with a dictionary on any texts, filled to capacity', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('A', 'a', 'B', '整', '改'), maxLength: 6 }), { maxLength: 60 }), (texts) => {
        const index = indexOf(texts);
        const seen: { [text: string]: number } = Object.create(null);
        texts.forEach((s, i) => (seen[s] = seen[s] === undefined ? i : SHARED));
        for (const s of texts.concat(['BBBB', '改整'])) assert.strictEqual(lookUp(index, s), seen[s] === undefined ? NOT_FOUND : seen[s]);
      }),
    );
  });

  it('lets matching pair items whose problems hash alike', () => {
    const item = (id: string, problem: string) => ({ department: '办公室', id, problem, measures: '' });
    const previous = [item('1', 'AaBB整改'), item('2', 'BBAa整改'), item('3', 'AaAa整改')];
    const current = [item('3', 'AaAa整改'), item('1', 'AaBB整改'), item('2', 'BBAa整改')];
    assert.deepStrictEqual(matchItems(previous, current).previousOf, [2, 0, 1]);
  });
});
