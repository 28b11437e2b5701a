// Text goes into a Word file only as characters XML 1.0 can carry.
import * as assert from 'assert';
import { inertText } from '../../scripts/notice/styles';

describe('notice text', () => {
  it('drops control characters, lone surrogates and non-characters, keeps pairs and line breaks', () => {
    assert.strictEqual(inertText('a\u0000b\u0008c\u000Bd\u000Ce\u001Ff'), 'abcdef');
    assert.strictEqual(inertText('x\uD800y\uDC00z'), 'xyz');
    assert.strictEqual(inertText('\uDC00\uD800'), '');
    assert.strictEqual(inertText('𠀀 keeps 😀'), '𠀀 keeps 😀');
    assert.strictEqual(inertText('\uFFFE\uFFFF'), '');
    assert.strictEqual(inertText('一\r\n二\r三\n四\t五'), '一\n二\n三\n四 五');
  });
});
