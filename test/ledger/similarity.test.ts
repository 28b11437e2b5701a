import * as assert from 'assert';
import fc from 'fast-check';
import { bigramSet, comparableText, dice, sameComparableText, textSimilarity } from '../../ledger/similarity';

describe('comparable text', () => {
  it('drops spaces and punctuation, makes full-width forms half-width and Latin lower-case', () => {
    assert.strictEqual(comparableText('１、会议纪律，执行不严。'), '1会议纪律执行不严');
    assert.strictEqual(comparableText(' 《办法》 “三会一课” （试行）—— OA系统 '), '办法三会一课试行oa系统');
    assert.strictEqual(comparableText('a\u200Bb\u3000c\n'), 'abc');
  });

  const pieces = fc.constantFrom(
    '会议',
    '纪律',
    'ＡＢ',
    'ab',
    'AB',
    '１２',
    '12',
    '，',
    '。',
    ' ',
    '\u3000',
    '\n',
    '（',
    ')',
    '〇',
    '、',
    '—',
    '\u200B',
    'x',
  );
  const textArb = fc.array(pieces, { maxLength: 12 }).map((a) => a.join(''));

  it('is idempotent, and compares equal exactly when sameComparableText says so', () => {
    fc.assert(
      fc.property(textArb, textArb, (a, b) => {
        assert.strictEqual(comparableText(comparableText(a)), comparableText(a));
        assert.strictEqual(sameComparableText(a, b), comparableText(a) === comparableText(b));
        assert.ok(sameComparableText(a, a + ' 。'));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps digits and the numeral 〇, which say something', () => {
    assert.strictEqual(comparableText('每季度至少1次'), '每季度至少1次');
    assert.strictEqual(comparableText('二〇二六年'), '二〇二六年');
    assert.notStrictEqual(comparableText('每季度1次'), comparableText('每季度2次'));
  });
});

describe('bigram Dice similarity', () => {
  it('is 1 for texts that differ only in punctuation and spacing', () => {
    assert.strictEqual(textSimilarity('会议纪律执行不严', '会议纪律， 执行不严。'), 1);
  });

  it('is high for slight rewording and low for a different problem', () => {
    assert.ok(textSimilarity('年度工作要点与常委会重点工作衔接不够紧密', '年度工作要点与常委会重点工作衔接不紧密') > 0.9);
    assert.ok(textSimilarity('会议纪律执行不严', '会议纪律执行不严格') > 0.9);
    assert.ok(textSimilarity('调研报告质量参差不齐', '调研课题选题与代表关注点结合不够') < 0.2);
    // Rewritten beyond recognition: still some shared words, far below any matching threshold.
    assert.ok(textSimilarity('青年干部理论武装不够', '青年干部理论学习缺乏系统性，学用结合不紧') < 0.5);
  });

  it('counts distinct bigrams: 2·shared / (|A|+|B|)', () => {
    // 哈哈哈 has one distinct bigram (哈哈); 哈哈笑 has 哈哈 and 哈笑.
    assert.deepStrictEqual(bigramSet('哈哈哈').length, 1);
    assert.strictEqual(dice(bigramSet('哈哈哈'), bigramSet('哈哈笑')), (2 * 1) / (1 + 2));
    assert.strictEqual(dice(bigramSet('甲'), bigramSet('甲')), 1);
    assert.strictEqual(dice(bigramSet('甲'), bigramSet('乙')), 0);
  });

  it('treats two empty texts as alike and an empty one as unlike any other', () => {
    assert.strictEqual(textSimilarity('', '。'), 1);
    assert.strictEqual(textSimilarity('', '问题'), 0);
  });

  it('is symmetric, between 0 and 1, and 1 on identical texts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30, unit: 'grapheme' }), fc.string({ maxLength: 30, unit: 'grapheme' }), (a, b) => {
        const ab = textSimilarity(a, b);
        assert.strictEqual(ab, textSimilarity(b, a));
        assert.ok(ab >= 0 && ab <= 1);
        assert.strictEqual(textSimilarity(a, a), 1);
      }),
    );
  });
});
