import * as assert from 'assert';
import { compileSchema } from '../../ledger/compile';
import { dayFromYMD } from '../../ledger/days';
import { parseDeadline } from '../../ledger/deadline';
import { detectHeader } from '../../ledger/header';
import { readLedger } from '../../ledger/read';
import { defaultSchema } from '../../ledger/schema';
import { parseStatus } from '../../ledger/status';

const ctx = { year: 2023 };
const HEADER = ['问题描述', '整改措施', '责任人', '完成时限', '整改状态', '问题类别'];

function readOne(schema: ReturnType<typeof compileSchema>, status: string, deadline: string, category: string) {
  const rows = [HEADER, ['会议多', '精简会议', '张三', deadline, status, category]];
  return readLedger({ name: '办公室', rows }, { schema, year: 2023, asOf: dayFromYMD(2023, 7, 15) });
}

describe('compileSchema', () => {
  it('answers from the schema as it is when compiled, however often the schema changed after first use', () => {
    const schema = defaultSchema();
    assert.strictEqual(parseStatus('已落实', compileSchema(schema)).known, false);
    assert.strictEqual(parseDeadline('长期执行', ctx, compileSchema(schema)).kind, 'invalid');
    assert.strictEqual(detectHeader({ name: 's', rows: [['查摆问题', '整改措施', '责任人', '完成时限']] }, compileSchema(schema)), null);
    const before = readOne(compileSchema(schema), '已落实', '长期执行', '作风建设');
    assert.deepStrictEqual(
      before.findings.map((f) => f.code),
      ['deadline-invalid', 'status-unknown', 'category-unknown'],
    );

    // The same arrays changed in place: nothing may answer from what it saw before.
    schema.statuses[2].synonyms.push('已落实');
    schema.ongoingDeadlines.push('长期执行');
    schema.columns[2].synonyms.push('查摆问题');
    schema.categories.push('作风建设');

    assert.deepStrictEqual(parseStatus('已落实', compileSchema(schema)), {
      status: '已完成',
      standing: false,
      extension: null,
      known: true,
    });
    assert.deepStrictEqual(parseDeadline('长期执行', ctx, compileSchema(schema)), { kind: 'ongoing' });
    const header = detectHeader({ name: 's', rows: [['查摆问题', '整改措施', '责任人', '完成时限']] }, compileSchema(schema));
    assert.ok(header);
    assert.strictEqual(header.columns.problem, 0);
    const after = readOne(compileSchema(schema), '已落实', '长期执行', '作风建设');
    assert.deepStrictEqual(after.findings, []);
    assert.strictEqual(after.items[0].status, '已完成');
    assert.strictEqual(after.items[0].deadline.kind, 'ongoing');
  });

  it('keeps its own frozen copy: changing the schema afterwards changes nothing compiled', () => {
    const schema = defaultSchema();
    const compiled = compileSchema(schema);
    schema.statuses[2].synonyms.push('已落实');
    schema.categories.length = 0;
    schema.colors.red = '#000000';
    assert.strictEqual(parseStatus('已落实', compiled).known, false);
    assert.strictEqual(compiled.categories.length, defaultSchema().categories.length);
    assert.strictEqual(compiled.colors.red, defaultSchema().colors.red);
    assert.ok(Object.isFrozen(compiled));
    assert.ok(Object.isFrozen(compiled.statuses[2].synonyms));
    assert.ok(Object.isFrozen(compiled.statusWords));
    assert.throws(() => compiled.categories.push('作风建设'), TypeError);
  });

  it('reads like the schema it came from', () => {
    const schema = defaultSchema();
    const compiled = compileSchema(schema);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(compiled.columns)), schema.columns);
    assert.deepStrictEqual(compiled.statuses, schema.statuses);
    assert.deepStrictEqual(compiled.colors, schema.colors);
    assert.strictEqual(compiled.warnDays, schema.warnDays);
  });
});
