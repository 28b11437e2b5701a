// The config's `notice` key: defaults, overrides, and a clear Chinese message for every bad value.
import * as assert from 'assert';
import { defaultNoticeConfig, readNoticeConfig } from '../../ledger/notice-config';
import { applyConfig } from '../../ledger/config';
import { defaultSchema } from '../../ledger/schema';

describe('notice config', () => {
  it('defaults every key when absent', () => {
    const r = readNoticeConfig(undefined);
    assert.deepStrictEqual(r.errors, []);
    assert.deepStrictEqual(r.notice, defaultNoticeConfig());
    assert.strictEqual(r.notice.replyDays, 3);
    assert.match(r.notice.title, /^关于“机关建设年”问题整改工作\n进展情况的通报$/);
    assert.ok(r.notice.requirements.length > 0);
  });

  it('takes every key, trimmed, and ignores _comments', () => {
    const r = readNoticeConfig({
      _note: 'ignored',
      title: '  关于整改工作的通报\n\n（第三期）  ',
      addressee: '各委室',
      issuer: ' 区人大常委会办公室 ',
      numberPrefix: '督办',
      firstNumber: 12,
      replyDays: 5,
      replyTo: '办公室督查科',
      requirements: ['第一段。', ' 第二段。 '],
    });
    assert.deepStrictEqual(r.errors, []);
    assert.deepStrictEqual(r.notice, {
      title: '关于整改工作的通报\n（第三期）',
      addressee: '各委室',
      issuer: '区人大常委会办公室',
      numberPrefix: '督办',
      firstNumber: 12,
      replyDays: 5,
      replyTo: '办公室督查科',
      requirements: ['第一段。', '第二段。'],
    });
  });

  const bad: [string, unknown, RegExp][] = [
    ['not an object', ['x'], /配置项“notice”必须是对象.*现在是数组/],
    ['an unknown key', { isuer: '督查科' }, /配置项“notice\.isuer”无法识别；可用的配置项：title、addressee、issuer/],
    ['a number for a text', { issuer: 5 }, /配置项“notice\.issuer”必须是字符串，现在是数字/],
    ['an empty text', { replyTo: '   ' }, /配置项“notice\.replyTo”不能为空/],
    ['a name on two lines', { issuer: '督查\n科' }, /配置项“notice\.issuer”只能是一行文字/],
    ['a too long title', { title: '题'.repeat(201) }, /配置项“notice\.title”太长：最多 200 个字/],
    ['reply days out of range', { replyDays: 0 }, /配置项“notice\.replyDays”必须是 1 到 30 之间的整数（工作日数），现在是0/],
    ['a fractional number', { firstNumber: 1.5 }, /配置项“notice\.firstNumber”必须是 1 到 99999 之间的整数（编号），现在是1\.5/],
    ['a text for a number', { replyDays: '3' }, /配置项“notice\.replyDays”必须是 1 到 30 之间的整数（工作日数），现在是字符串/],
    ['requirements as a text', { requirements: '请按时报送。' }, /配置项“notice\.requirements”必须是字符串数组/],
    ['no requirements', { requirements: [] }, /配置项“notice\.requirements”须有 1 到 20 段文字，现在是 0 段/],
    ['an empty requirement', { requirements: ['a', ''] }, /配置项“notice\.requirements\[1\]”不能为空/],
  ];
  for (const [name, json, message] of bad) {
    it('refuses ' + name + ' with a clear message and keeps the defaults', () => {
      const r = readNoticeConfig(json);
      assert.strictEqual(r.errors.length, 1, r.errors.join('\n'));
      assert.match(r.errors[0], message);
      assert.deepStrictEqual(r.notice, defaultNoticeConfig());
    });
  }

  it('is a known key of the config file', () => {
    assert.deepStrictEqual(applyConfig(defaultSchema(), { notice: { issuer: '督查科' } }).errors, []);
  });
});
