// Every pane string exists in Chinese and English with the same placeholders. That both tables have
// the same keys is the compiler's check (the English table is typed by the Chinese one's keys); what
// types cannot see is tested here: no empty text, and the same {placeholders} in both languages.
import * as assert from 'assert';
import { isEnglish, MESSAGE_TABLES, setLanguage, t } from '../../addin/i18n';

function placeholders(s: string): string[] {
  return (s.match(/\{\w+\}/g) || []).slice().sort();
}

describe('addin i18n', () => {
  afterEach(() => setLanguage('zh-CN'));

  it('translates every key, keeping the placeholders', () => {
    const zh = MESSAGE_TABLES.zh as { [k: string]: string };
    const en = MESSAGE_TABLES.en as { [k: string]: string };
    for (const key of Object.keys(zh)) {
      assert.ok(zh[key].trim() !== '' && en[key].trim() !== '', key);
      assert.deepStrictEqual(placeholders(en[key]), placeholders(zh[key]), key);
    }
  });

  it('speaks English only when Office’s display language is English', () => {
    setLanguage('en-US');
    assert.ok(isEnglish());
    assert.strictEqual(t('btnCheck'), 'Check overdue');
    assert.strictEqual(t('entryOverdue', { days: 5 }), '5 days overdue');
    setLanguage('zh-CN');
    assert.strictEqual(t('btnCheck'), '检查逾期');
    setLanguage(undefined);
    assert.strictEqual(t('btnSetup'), '套用台账规范');
    assert.strictEqual(t('entryDueSoon', { days: 3 }), '还剩 3 天');
    setLanguage('en-US');
    assert.strictEqual(t('entryDueSoonOne', { days: 1 }), '1 day left', 'one day, not "1 days"');
  });
});
