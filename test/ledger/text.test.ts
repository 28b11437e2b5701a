import * as assert from 'assert';
import { normalizeLabel, stripTrailingNote } from '../../ledger/text';

describe('normalizeLabel', () => {
  it('drops spaces, line breaks and full-width spaces anywhere', () => {
    assert.strictEqual(normalizeLabel('  完成\n时限 '), '完成时限');
    assert.strictEqual(normalizeLabel('完 成 时 限'), '完成时限');
    assert.strictEqual(normalizeLabel('\u3000责任\u3000部门\u3000'), '责任部门');
    assert.strictEqual(normalizeLabel('整改\r\n措施\t'), '整改措施');
    assert.strictEqual(normalizeLabel('责任\u00A0人\u200B'), '责任人');
  });

  it('turns full-width ASCII into half-width', () => {
    assert.strictEqual(normalizeLabel('（１）ＡＢｃ'), '(1)ABc');
    assert.strictEqual(normalizeLabel('完成时限（年月日）'), '完成时限(年月日)');
  });

  it('drops required markers and trailing colons', () => {
    assert.strictEqual(normalizeLabel('*问题描述'), '问题描述');
    assert.strictEqual(normalizeLabel('＊责任人：'), '责任人');
    assert.strictEqual(normalizeLabel('※整改措施:'), '整改措施');
    assert.strictEqual(normalizeLabel('★ 完成时限 ★'), '完成时限');
  });

  it('keeps the words themselves and inner punctuation', () => {
    assert.strictEqual(normalizeLabel('一、独立完成多、统筹谋划少'), '一、独立完成多、统筹谋划少');
    assert.strictEqual(normalizeLabel('填报单位：办公室'), '填报单位:办公室');
    assert.strictEqual(normalizeLabel(''), '');
    assert.strictEqual(normalizeLabel(' \n '), '');
  });
});

describe('stripTrailingNote', () => {
  it('removes one trailing bracketed note', () => {
    assert.strictEqual(stripTrailingNote(normalizeLabel('完成时限（年月日）')), '完成时限');
    assert.strictEqual(stripTrailingNote('责任部门(单位):'.replace(/:$/, '')), '责任部门');
    assert.strictEqual(stripTrailingNote('销号日期(年月日)'), '销号日期');
  });

  it('returns empty when there is no note or nothing else', () => {
    assert.strictEqual(stripTrailingNote('完成时限'), '');
    assert.strictEqual(stripTrailingNote('(年月日)'), '');
    assert.strictEqual(stripTrailingNote('(一)工作本领'), '');
  });
});
