import * as assert from 'assert';
import { applyConfig } from '../../ledger/config';
import { columnSpec, defaultSchema, Schema } from '../../ledger/schema';

function errorsOf(json: unknown): string[] {
  const base = defaultSchema();
  const r = applyConfig(base, json);
  assert.deepStrictEqual(base, defaultSchema(), 'the base schema is never changed');
  assert.deepStrictEqual(r.schema, defaultSchema(), 'with errors, the base comes back unchanged');
  return r.errors;
}

/** The single error of an invalid config, which must name the key path. */
function oneError(json: unknown, path: string): string {
  const errors = errorsOf(json);
  assert.strictEqual(errors.length, 1, errors.join('\n'));
  assert.ok(errors[0].indexOf('“' + path + '”') >= 0, errors[0]);
  return errors[0];
}

describe('config: applying extensions', () => {
  it('an empty object changes nothing', () => {
    const r = applyConfig(defaultSchema(), {});
    assert.deepStrictEqual(r, { schema: defaultSchema(), errors: [] });
  });

  it('applies every kind of extension to a new schema', () => {
    const base = defaultSchema();
    const r = applyConfig(base, {
      _comment: '说明：各项均可省略',
      synonyms: { owner: ['联系人', ' 具体承办人 '], 完成时限: ['截止日期'] },
      statusSynonyms: { 已完成: ['已落实'], 未启动: ['尚未开展'] },
      standingStatuses: ['常态推进'],
      ongoingDeadlines: ['长期'],
      categories: ['作风建设', '其他'],
      warnDays: 5,
      colors: { red: '#ff0000', grey: '#CCCCCC' },
    });
    assert.deepStrictEqual(r.errors, []);
    const s: Schema = r.schema;
    assert.deepStrictEqual(columnSpec(s, 'owner').synonyms.slice(-2), ['联系人', '具体承办人']);
    assert.deepStrictEqual(columnSpec(s, 'deadline').synonyms.slice(-1), ['截止日期']);
    assert.deepStrictEqual(s.statuses[2].synonyms.slice(-1), ['已落实']);
    assert.deepStrictEqual(s.statuses[0].synonyms.slice(-1), ['尚未开展']);
    assert.deepStrictEqual(s.standingStatuses, ['长期坚持', '持续推进', '常态推进']);
    assert.deepStrictEqual(s.ongoingDeadlines, ['长期坚持', '持续推进', '常态化', '长期']);
    assert.deepStrictEqual(s.categories, defaultSchema().categories.concat(['作风建设']));
    assert.strictEqual(s.warnDays, 5);
    assert.deepStrictEqual(s.colors, { ...defaultSchema().colors, red: '#FF0000', grey: '#CCCCCC' });
    assert.deepStrictEqual(base, defaultSchema());
    assert.notStrictEqual(s.columns, base.columns);
  });

  it('can replace the categories', () => {
    const r = applyConfig(defaultSchema(), { categories: ['甲', '乙', '甲'], replaceCategories: true });
    assert.deepStrictEqual(r.errors, []);
    assert.deepStrictEqual(r.schema.categories, ['甲', '乙']);
  });

  it('ignores words already there', () => {
    const r = applyConfig(defaultSchema(), {
      synonyms: { owner: ['负责人'] },
      statusSynonyms: { 已完成: ['已整改'] },
      ongoingDeadlines: ['常 态 化'],
    });
    assert.deepStrictEqual(r, { schema: defaultSchema(), errors: [] });
  });

  it('accepts the window bounds 0 and 365', () => {
    assert.strictEqual(applyConfig(defaultSchema(), { warnDays: 0 }).schema.warnDays, 0);
    assert.strictEqual(applyConfig(defaultSchema(), { warnDays: 365 }).schema.warnDays, 365);
  });
});

describe('config: validation messages', () => {
  it('needs a JSON object', () => {
    for (const json of [null, [], '{}', 3, true]) {
      const errors = errorsOf(json);
      assert.strictEqual(errors.length, 1);
      assert.ok(errors[0].indexOf('JSON 对象') >= 0, errors[0]);
    }
  });

  it('names unknown keys and lists the known ones', () => {
    const e = oneError({ synonym: {} }, 'synonym');
    assert.ok(e.indexOf('synonyms、statusSynonyms') >= 0, e);
  });

  it('checks synonyms', () => {
    assert.ok(oneError({ synonyms: [] }, 'synonyms').indexOf('必须是对象') >= 0);
    const unknownColumn = oneError({ synonyms: { contact: ['联系人'] } }, 'synonyms.contact');
    assert.ok(unknownColumn.indexOf('owner（责任人）') >= 0, unknownColumn);
    assert.ok(oneError({ synonyms: { owner: '联系人' } }, 'synonyms.owner').indexOf('字符串数组') >= 0);
    assert.ok(oneError({ synonyms: { owner: ['联系人', 3] } }, 'synonyms.owner[1]').indexOf('必须是字符串') >= 0);
    assert.ok(oneError({ synonyms: { owner: [' '] } }, 'synonyms.owner[0]').indexOf('不能为空') >= 0);
    const taken = oneError({ synonyms: { owner: ['完成 时间'] } }, 'synonyms.owner[0]');
    assert.ok(taken.indexOf('“完成时限”列') >= 0 && taken.indexOf('“责任人”列') >= 0, taken);
    oneError({ synonyms: { owner: ['联系人'], leader: ['联系人'] } }, 'synonyms.leader[0]');
  });

  it('checks status words', () => {
    const unknownStatus = oneError({ statusSynonyms: { 完成了: ['好了'] } }, 'statusSynonyms.完成了');
    assert.ok(unknownStatus.indexOf('未启动、整改中、已完成、已销号') >= 0, unknownStatus);
    const taken = oneError({ statusSynonyms: { 已完成: ['进行中'] } }, 'statusSynonyms.已完成[0]');
    assert.ok(taken.indexOf('“整改中”状态') >= 0, taken);
    oneError({ standingStatuses: ['已办结'] }, 'standingStatuses[0]');
    oneError({ standingStatuses: ['进行中'] }, 'standingStatuses[0]');
    oneError({ standingStatuses: '常态推进' }, 'standingStatuses');
  });

  it('checks ongoing deadline words', () => {
    assert.ok(oneError({ ongoingDeadlines: ['长'] }, 'ongoingDeadlines[0]').indexOf('太短') >= 0);
    oneError({ ongoingDeadlines: [null] }, 'ongoingDeadlines[0]');
  });

  it('checks categories', () => {
    oneError({ categories: '其他' }, 'categories');
    oneError({ categories: ['甲', ''] }, 'categories[1]');
    oneError({ replaceCategories: 'yes', categories: ['甲'] }, 'replaceCategories');
    oneError({ replaceCategories: true }, 'replaceCategories');
    oneError({ replaceCategories: true, categories: [] }, 'categories');
  });

  it('checks the warning window', () => {
    for (const bad of [-1, 366, 7.5, '7', null]) {
      const e = oneError({ warnDays: bad }, 'warnDays');
      assert.ok(e.indexOf('0 到 365 之间的整数') >= 0, e);
    }
  });

  it('checks colours', () => {
    oneError({ colors: '#FF0000' }, 'colors');
    const unknownLight = oneError({ colors: { pink: '#FF00FF' } }, 'colors.pink');
    assert.ok(unknownLight.indexOf('red（红）') >= 0, unknownLight);
    for (const bad of ['red', '#F00', '#GG0000', 'FF0000', '#FF00001', 0xff0000]) {
      assert.ok(oneError({ colors: { red: bad } }, 'colors.red').indexOf('#RRGGBB') >= 0);
    }
  });

  it('reports every error at once', () => {
    const errors = errorsOf({ warnDays: -1, colors: { red: 'x' }, foo: 1 });
    assert.strictEqual(errors.length, 3, errors.join('\n'));
  });
});
