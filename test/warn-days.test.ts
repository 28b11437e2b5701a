// The warning window's limit is one rule: the merge's --warn-days, a --config file's
// warnDays and the pane's fields (which read text with the core's parseWarnDays)
// accept exactly the same numbers, and the pane's message names that limit.
import * as assert from 'assert';
import { MESSAGE_TABLES } from '../addin/i18n';
import { applyConfig, MAX_WARN_DAYS, parseWarnDays } from '../ledger/config';
import { defaultSchema } from '../ledger/schema';
import { parseMergeArgs } from '../scripts/merge-args';

function cliAccepts(n: number): boolean {
  return parseMergeArgs(['a', '--out', 'r.xlsx', '--warn-days', String(n)]).kind === 'run';
}

function configAccepts(n: number): boolean {
  return applyConfig(defaultSchema(), { warnDays: n }).errors.length === 0;
}

describe('one warning-window limit', () => {
  it('is a year: 365 days', () => {
    assert.strictEqual(MAX_WARN_DAYS, 365);
    assert.ok(configAccepts(365));
    assert.ok(!configAccepts(366));
  });

  it('--warn-days, the config and the pane agree at and around the limit', () => {
    for (const n of [0, 7, MAX_WARN_DAYS - 1, MAX_WARN_DAYS, MAX_WARN_DAYS + 1, 366, 999]) {
      assert.strictEqual(cliAccepts(n), configAccepts(n), '--warn-days ' + n + ' vs config');
      assert.strictEqual(parseWarnDays(String(n)) === n, configAccepts(n), 'pane ' + n + ' vs config');
    }
  });

  it('reads typed text as whole days only', () => {
    assert.strictEqual(parseWarnDays(' 7 '), 7);
    for (const bad of ['', '-1', '1.5', '7天', 'x']) assert.strictEqual(parseWarnDays(bad), null, bad);
  });

  it('is the limit the pane names', () => {
    assert.ok(MESSAGE_TABLES.zh.warnDaysInvalid.indexOf('0 到 ' + MAX_WARN_DAYS + ' ') >= 0);
    assert.ok(MESSAGE_TABLES.en.warnDaysInvalid.indexOf('0 to ' + MAX_WARN_DAYS + '.') >= 0);
  });
});
