import * as assert from 'assert';
import { columnLetter } from '../ledger/cells';
import { applyConfig } from '../ledger/config';
import { dayFromYMD, serialFromDay } from '../ledger/days';
import { formatSpecs, FormatSpec, RuleLayout, validationSpecs, ValidationSpec, REQUIRED_EMPTY_FILL } from '../ledger/excel-rules';
import { COLUMN_KEYS, defaultSchema, Schema } from '../ledger/schema';
import { CellValue, ColumnKey } from '../ledger/types';
import { evaluateFormatFormula } from './formula/evaluate';

/** Every canonical column, A..M, header on row 2. */
function fullLayout(): RuleLayout {
  const columns: RuleLayout['columns'] = {};
  COLUMN_KEYS.forEach((key, i) => (columns[key] = i));
  return { columns, firstDataRow: 3, lastRow: 1048576, firstCol: 0, lastCol: COLUMN_KEYS.length - 1 };
}

function byId(specs: FormatSpec[], id: string): FormatSpec {
  const spec = specs.find((s) => s.id === id);
  assert.ok(spec, 'no format ' + id + ' among ' + specs.map((s) => s.id).join(','));
  return spec;
}

function byKey(specs: ValidationSpec[], key: ColumnKey): ValidationSpec {
  const spec = specs.find((s) => s.key === key);
  assert.ok(spec, 'no validation for ' + key);
  return spec;
}

const AS_OF = dayFromYMD(2023, 7, 15);

/** Evaluates a formula written for row 3 on one row of values (keys → A..L). */
function onRow(formula: string, values: { [K in ColumnKey]?: CellValue }, layout = fullLayout()): boolean {
  const getCell = (row: number, col: number): CellValue => {
    if (row !== 7) return null;
    for (const key of COLUMN_KEYS) if (layout.columns[key] === col) return values[key];
    return null;
  };
  const anchor = { row: layout.firstDataRow, col: layout.firstCol };
  return evaluateFormatFormula(formula, anchor, { row: 7, col: layout.firstCol + 1 }, getCell, AS_OF);
}

describe('excel-rules: validationSpecs', () => {
  const schema = defaultSchema();
  const specs = validationSpecs(fullLayout(), schema);

  it('covers status, category, deadline and 销号日期 from the first data row to the last row', () => {
    assert.deepStrictEqual(
      specs.map((s) => [s.key, s.address]),
      [
        ['status', 'J3:J1048576'],
        ['category', 'B3:B1048576'],
        ['deadline', 'H3:H1048576'],
        ['closedOn', 'K3:K1048576'],
      ],
    );
    for (const s of specs) assert.strictEqual(s.ignoreBlanks, true);
  });

  it('offers the canonical statuses, the standing and the extension words as a Stop dropdown', () => {
    const status = byKey(specs, 'status');
    const source: string = status.rule.list!.source;
    assert.strictEqual(status.rule.list!.inCellDropDown, true);
    assert.deepStrictEqual(source.split(','), ['未启动', '整改中', '已完成', '已销号', '申请延期', '已延期', '长期坚持', '持续推进']);
    assert.ok(source.length <= 255);
    assert.strictEqual(status.errorAlert.style, 'Stop');
  });

  it('offers the schema categories as a Warning dropdown (offices add their own)', () => {
    const category = byKey(specs, 'category');
    assert.deepStrictEqual(category.rule.list!.source.split(','), schema.categories);
    assert.strictEqual(category.errorAlert.style, 'Warning');
  });

  it('accepts a date or a standing commitment on 完成时限, nothing else', () => {
    const deadline = byKey(specs, 'deadline');
    assert.strictEqual(deadline.errorAlert.style, 'Stop');
    const formula: string = deadline.rule.custom!.formula;
    assert.ok(formula.startsWith('=') && formula.length < 255, formula);
    for (const w of schema.ongoingDeadlines) assert.ok(formula.includes('"' + w + '"'), w);
    const ok = (v: CellValue): boolean => onRow(formula, { deadline: v });
    assert.strictEqual(ok(serialFromDay(dayFromYMD(2023, 6, 30))), true);
    assert.strictEqual(ok(serialFromDay(dayFromYMD(2023, 6, 30)) + 0.5), true);
    assert.strictEqual(ok(serialFromDay(dayFromYMD(2100, 12, 31))), true);
    assert.strictEqual(ok(serialFromDay(dayFromYMD(1990, 1, 1))), true);
    assert.strictEqual(ok('长期坚持'), true);
    assert.strictEqual(ok('常态化推进'), true);
    assert.strictEqual(ok(serialFromDay(dayFromYMD(1989, 12, 31))), false);
    assert.strictEqual(ok(serialFromDay(dayFromYMD(2101, 1, 1))), false);
    assert.strictEqual(ok(20230630), false, 'YYYYMMDD typed as a number');
    assert.strictEqual(ok(5), false);
    assert.strictEqual(ok('2023年6月底'), false);
    assert.strictEqual(ok(true), false);
  });

  it('takes 销号日期 as a date from DATE(1990,1,1) to today, whole days (a time of day today is today), not a date string', () => {
    const closedOn = byKey(specs, 'closedOn');
    const formula: string = closedOn.rule.custom!.formula;
    assert.strictEqual(formula, '=AND(ISNUMBER($K3),$K3>=DATE(1990,1,1),$K3<TODAY()+1)');
    const ok = (v: CellValue): boolean => onRow(formula, { closedOn: v });
    const today = serialFromDay(AS_OF);
    assert.strictEqual(ok(today), true);
    assert.strictEqual(ok(today + 0.99), true, 'today at 23:45');
    assert.strictEqual(ok(serialFromDay(dayFromYMD(1990, 1, 1))), true);
    assert.strictEqual(ok(today + 1), false, 'tomorrow');
    assert.strictEqual(ok(serialFromDay(dayFromYMD(1989, 12, 31))), false);
    assert.strictEqual(ok('2023-07-15'), false, 'a date string could be read US-style');
    assert.strictEqual(closedOn.errorAlert.style, 'Stop');
  });

  it('has Chinese titles and messages within Excel limits', () => {
    for (const s of specs) {
      assert.ok(s.prompt.showPrompt && s.errorAlert.showAlert);
      for (const t of [s.prompt.title, s.errorAlert.title]) assert.ok(t.length > 0 && t.length <= 32, t);
      assert.ok(s.prompt.message.length > 0 && s.prompt.message.length <= 255, s.prompt.message);
      assert.ok(s.errorAlert.message.length > 0 && s.errorAlert.message.length <= 225, s.errorAlert.message);
      assert.match(s.prompt.message + s.errorAlert.title + s.errorAlert.message, /[\u4e00-\u9fff]/);
    }
  });

  it('only validates columns the layout has', () => {
    const layout: RuleLayout = { columns: { problem: 1, deadline: 4 }, firstDataRow: 5, lastRow: 200, firstCol: 0, lastCol: 6 };
    const only = validationSpecs(layout, schema);
    assert.deepStrictEqual(
      only.map((s) => [s.key, s.address]),
      [['deadline', 'E5:E200']],
    );
    assert.ok(only[0].rule.custom!.formula.includes('$E5'));
  });

  it('keeps a long category list within the 255-character list source', () => {
    const many: Schema = { ...schema, categories: [] };
    for (let i = 0; i < 60; i++) many.categories.push('类别' + i + '号');
    many.categories.push('含,逗号');
    const source: string = byKey(validationSpecs(fullLayout(), many), 'category').rule.list!.source;
    assert.ok(source.length <= 255, String(source.length));
    assert.ok(source.startsWith('类别0号,类别1号,'));
    assert.ok(!source.includes('逗号'));
  });
});

describe('excel-rules: formatSpecs', () => {
  const schema = defaultSchema();
  const specs = formatSpecs(fullLayout(), schema, 7);

  it('lists required-cell highlights first, then the lights grey, blue, green, red, amber', () => {
    assert.deepStrictEqual(
      specs.map((s) => s.id),
      [
        'required-problem',
        'required-measures',
        'required-owner',
        'required-deadline',
        'required-status',
        'required-closedOn',
        'light-grey',
        'light-blue',
        'light-green-standing',
        'light-green',
        'light-red',
        'light-amber',
      ],
    );
  });

  it('colours whole table rows from the first data row with the schema colours, stopping at the first light', () => {
    for (const light of ['grey', 'blue', 'green', 'red', 'amber'] as const) {
      const spec = byId(specs, 'light-' + light);
      assert.strictEqual(spec.address, 'A3:M1048576');
      assert.strictEqual(spec.fill, schema.colors[light]);
      assert.strictEqual(spec.stopIfTrue, true);
    }
  });

  it('highlights an empty required cell on its own column without stopping the row light', () => {
    const owner = byId(specs, 'required-owner');
    assert.strictEqual(owner.address, 'F3:F1048576');
    assert.strictEqual(owner.fill, REQUIRED_EMPTY_FILL);
    assert.strictEqual(owner.stopIfTrue, false);
    assert.strictEqual(onRow(owner.formula, { problem: '问题', owner: '' }), true);
    assert.strictEqual(onRow(owner.formula, { problem: '问题', owner: '  ' }), true);
    assert.strictEqual(onRow(owner.formula, { measures: '措施' }), true);
    assert.strictEqual(onRow(owner.formula, { problem: '问题', owner: '张三' }), false);
    assert.strictEqual(onRow(owner.formula, { owner: '', notes: '备注' }), false, 'a row without problem/measures is not an item row');
    const closedOn = byId(specs, 'required-closedOn');
    assert.strictEqual(onRow(closedOn.formula, { problem: '问题', status: '已销号' }), true);
    assert.strictEqual(onRow(closedOn.formula, { problem: '问题', status: '已办结' }), true);
    assert.strictEqual(onRow(closedOn.formula, { problem: '问题', status: '已完成' }), false);
    assert.strictEqual(onRow(closedOn.formula, { problem: '问题', status: '已销号', closedOn: 45000 }), false);
    assert.ok(!specs.some((s) => s.id === 'required-department'), 'the core falls back to the sheet or file name');
  });

  it('writes formulas for the top-left row with absolute columns, short enough for any Excel', () => {
    for (const spec of specs) {
      assert.ok(spec.formula.startsWith('='), spec.formula);
      assert.ok(spec.formula.length < 255, spec.id + ' is ' + spec.formula.length + ' characters');
      const refs = spec.formula.replace(/"[^"]*"/g, '').match(/\$?[A-Z]{1,3}\$?\d+/g) || [];
      for (const ref of refs) assert.match(ref, /^\$[A-L]3$/, spec.id + ': ' + ref);
      assert.ok(!/[{}]/.test(spec.formula), 'no array constants: ' + spec.formula);
      const functions = spec.formula.replace(/"[^"]*"/g, '').match(/[A-Z]+(?=\()/g) || [];
      for (const f of functions) {
        assert.ok(['AND', 'OR', 'ISNUMBER', 'FIND', 'LEFT', 'TRIM', 'SUBSTITUTE', 'CLEAN', 'TODAY', 'DATE'].includes(f), f);
      }
    }
  });

  it('names every status word of the schema, never a hard-coded list', () => {
    const grey = byId(specs, 'light-grey').formula;
    const blue = byId(specs, 'light-blue').formula;
    const green = byId(specs, 'light-green-standing').formula;
    for (const st of schema.statuses) {
      const formula = st.name === '已销号' ? grey : st.name === '已完成' ? blue : null;
      for (const w of [st.name, ...st.synonyms]) {
        if (formula) assert.ok(formula.includes('|' + w + '|'), st.name + ' lacks ' + w);
      }
    }
    for (const w of schema.standingStatuses) assert.strictEqual(onRow(green, { problem: '问题', status: '整改中（' + w + '）' }), true, w);
    for (const w of schema.ongoingDeadlines) assert.strictEqual(onRow(green, { problem: '问题', deadline: w + '，每月调度' }), true, w);
    assert.ok(!/未启动|整改中|未开始/.test(specs.map((s) => s.formula).join('')), 'not-done words need no formula');
  });

  it('puts the warning window into the amber and green formulas', () => {
    assert.ok(byId(specs, 'light-amber').formula.includes('$H3<TODAY()+8'));
    assert.ok(byId(specs, 'light-green').formula.includes('$H3>=TODAY()+8'));
    const three = formatSpecs(fullLayout(), schema, 3);
    assert.ok(byId(three, 'light-amber').formula.includes('$H3<TODAY()+4'));
    const fraction = formatSpecs(fullLayout(), schema, 3.6);
    assert.strictEqual(byId(fraction, 'light-amber').formula, byId(three, 'light-amber').formula);
    assert.throws(() => formatSpecs(fullLayout(), schema, NaN));
  });

  it('matches statuses without their spaces (inner, full-width, line breaks too, as the core) and up to a bracketed note', () => {
    const blue = byId(specs, 'light-blue').formula;
    for (const s of [
      '已完成',
      ' 已完成 ',
      '完成',
      '已整改',
      '已完成（待验收）',
      '已完成(待验收)',
      '已 完成',
      '已\u3000完成',
      '已\n完成',
      ' 已 完 成（待 验收）',
    ]) {
      assert.strictEqual(onRow(blue, { problem: '问题', status: s }), true, s);
    }
    for (const s of ['未完成', '基本完成', '已完成了', '', '（已完成）']) {
      assert.strictEqual(onRow(blue, { problem: '问题', status: s }), false, s);
    }
    assert.strictEqual(onRow(blue, { status: '已完成', owner: '张三' }), false, 'no problem or measures');
    const green = byId(specs, 'light-green-standing').formula;
    for (const s of ['长期 坚持', '长期\u3000坚持', '整改中（持续 推进）'])
      assert.strictEqual(onRow(green, { problem: '问题', status: s }), true, s);
    assert.strictEqual(onRow(green, { problem: '问题', deadline: '常 态 化' }), true);
    assert.strictEqual(onRow(green, { problem: '问题', status: '长期', deadline: '坚持' }), false, 'a word across two cells');
  });

  it('follows a config-extended schema', () => {
    const { schema: extended, errors } = applyConfig(defaultSchema(), {
      statusSynonyms: { 已完成: ['已落实'], 已销号: ['已核销'] },
      standingStatuses: ['常态推进'],
      ongoingDeadlines: ['长期'],
      colors: { red: '#FF0000' },
    });
    assert.deepStrictEqual(errors, []);
    const ext = formatSpecs(fullLayout(), extended, extended.warnDays);
    assert.ok(byId(ext, 'light-blue').formula.includes('|已落实|'));
    assert.ok(byId(ext, 'light-grey').formula.includes('|已核销|'));
    assert.ok(byId(ext, 'required-closedOn').formula.includes('|已核销|'));
    const standing = byId(ext, 'light-green-standing').formula;
    assert.strictEqual(onRow(standing, { problem: '问题', status: '常态推进' }), true);
    assert.strictEqual(onRow(standing, { problem: '问题', deadline: '长期' }), true);
    assert.strictEqual(onRow(standing, { problem: '问题', status: '长期' }), false, '长期 is a deadline word only');
    assert.strictEqual(byId(ext, 'light-red').fill, '#FF0000');
    assert.ok(byKey(validationSpecs(fullLayout(), extended), 'status').rule.list!.source.endsWith(',常态推进'));
    assert.ok(byKey(validationSpecs(fullLayout(), extended), 'deadline').rule.custom!.formula.includes('"长期"'));
    for (const spec of ext) assert.ok(spec.formula.length < 8192, spec.id);
    assert.strictEqual(onRow(byId(ext, 'light-blue').formula, { problem: '问题', status: '已落实' }), true);
  });

  it('escapes quotes in schema words', () => {
    const quoted: Schema = { ...schema, ongoingDeadlines: ['"长期"'] };
    const green = byId(formatSpecs(fullLayout(), quoted, 7), 'light-green-standing').formula;
    assert.ok(green.includes('"""长期"""'), green);
    assert.strictEqual(onRow(green, { problem: '问题', deadline: '按"长期"办' }), true);
  });

  it("builds only the lights the layout can compute, on the layout's own columns and rows", () => {
    const layout: RuleLayout = { columns: { problem: 3, status: 6 }, firstDataRow: 10, lastRow: 500, firstCol: 2, lastCol: 8 };
    const partial = formatSpecs(layout, schema, 7);
    assert.deepStrictEqual(
      partial.map((s) => s.id),
      ['required-problem', 'required-status', 'light-grey', 'light-blue', 'light-green-standing'],
    );
    assert.strictEqual(byId(partial, 'light-grey').address, 'C10:I500');
    assert.strictEqual(byId(partial, 'required-status').address, columnLetter(6) + '10:G500');
    assert.ok(byId(partial, 'light-green-standing').formula.includes('$G10'));
    assert.ok(!byId(partial, 'light-green-standing').formula.includes('TODAY'));
  });

  it('counts any table cell when the layout has neither 问题描述 nor 整改措施', () => {
    const layout: RuleLayout = { columns: { status: 2, deadline: 3 }, firstDataRow: 2, lastRow: 100, firstCol: 0, lastCol: 4 };
    const red = byId(formatSpecs(layout, schema, 7), 'light-red').formula;
    assert.ok(red.includes('COUNTA($A2:$E2)>0'), red);
    const past = serialFromDay(AS_OF - 1);
    assert.strictEqual(onRow(red, { deadline: past }, layout), true);
    assert.strictEqual(onRow(red, { deadline: serialFromDay(AS_OF) }, layout), false);
  });
});
