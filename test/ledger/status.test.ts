import * as assert from 'assert';
import { applyConfig } from '../../ledger/config';
import { compileSchema } from '../../ledger/compile';
import { defaultSchema } from '../../ledger/schema';
import { parseStatus } from '../../ledger/status';

const schema = compileSchema(defaultSchema());

describe('status: canonical statuses and synonyms', () => {
  for (const spec of schema.statuses) {
    for (const word of ([spec.name] as string[]).concat(spec.synonyms)) {
      it(word + ' → ' + spec.name, () => {
        assert.deepStrictEqual(parseStatus(word, schema), { status: spec.name, standing: false, extension: null, known: true });
      });
    }
  }

  it('standing words mean 整改中 with a standing commitment', () => {
    for (const word of ['长期坚持', '持续推进']) {
      assert.deepStrictEqual(parseStatus(word, schema), { status: '整改中', standing: true, extension: null, known: true });
    }
  });

  it('ignores spaces, line breaks and full width', () => {
    assert.strictEqual(parseStatus(' 已 完 成 ', schema).status, '已完成');
    assert.strictEqual(parseStatus('整改\n中', schema).status, '整改中');
    assert.strictEqual(parseStatus('已销号\u3000', schema).status, '已销号');
    assert.strictEqual(parseStatus('已完成（待验收）', schema).status, '已完成');
  });

  it('reads empty cells as a known empty status', () => {
    for (const v of [null, undefined, '', '  ', '\n']) {
      assert.deepStrictEqual(parseStatus(v, schema), { status: null, standing: false, extension: null, known: true });
    }
  });

  it('reports other text as unknown', () => {
    for (const v of ['差不多', '完成了', '已完', '80%', 'constructor', '__proto__', 1, true, new Date(2023, 0, 1)]) {
      assert.deepStrictEqual(parseStatus(v, schema), { status: null, standing: false, extension: null, known: false }, String(v));
    }
  });
});

describe('status: a trailing bracketed note', () => {
  it('is allowed after a status word', () => {
    assert.deepStrictEqual(parseStatus('已完成（待验收）', schema), { status: '已完成', standing: false, extension: null, known: true });
    assert.deepStrictEqual(parseStatus('整改中(完成80%)', schema), { status: '整改中', standing: false, extension: null, known: true });
    assert.deepStrictEqual(parseStatus('已销号（2023年7月）', schema), { status: '已销号', standing: false, extension: null, known: true });
  });

  it('may add the standing commitment to 整改中', () => {
    assert.deepStrictEqual(parseStatus('整改中（长期坚持）', schema), { status: '整改中', standing: true, extension: null, known: true });
    assert.deepStrictEqual(parseStatus('持续推进（按月报告）', schema), { status: '整改中', standing: true, extension: null, known: true });
  });

  it('makes the status unknown when it names another status', () => {
    assert.strictEqual(parseStatus('已完成（已销号）', schema).known, false);
    assert.strictEqual(parseStatus('未启动(进行中)', schema).known, false);
  });

  it('needs a status word before it', () => {
    assert.strictEqual(parseStatus('（已完成）', schema).known, false);
    assert.strictEqual(parseStatus('差不多（已完成）', schema).known, false);
    assert.strictEqual(parseStatus('已完成（待验收）。', schema).known, false);
  });
});

describe('status: configured words', () => {
  it('follows the schema it is given', () => {
    const r = applyConfig(defaultSchema(), { statusSynonyms: { 已完成: ['已落实'] }, standingStatuses: ['常态推进'] });
    assert.deepStrictEqual(r.errors, []);
    assert.strictEqual(parseStatus('已落实', schema).known, false);
    assert.deepStrictEqual(parseStatus('已落实', compileSchema(r.schema)), {
      status: '已完成',
      standing: false,
      extension: null,
      known: true,
    });
    assert.deepStrictEqual(parseStatus('常态推进', compileSchema(r.schema)), {
      status: '整改中',
      standing: true,
      extension: null,
      known: true,
    });
    assert.strictEqual(parseStatus('已落实', schema).known, false);
  });
});

describe('status: results are independent values', () => {
  it('changing one result does not change the next', () => {
    const first = parseStatus('已完成', schema);
    first.status = '未启动';
    assert.deepStrictEqual(parseStatus('已完成', schema), { status: '已完成', standing: false, extension: null, known: true });
  });
});
