// What a template holds: the ledger sheet with the core's rules (dropdowns from the hidden 字典
// sheet), 填表说明, the stamp the merge reads back, and the add-in's settings.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as XLSX from 'xlsx';
import { CONFIG_KEY, RULES_KEY } from '../../addin/settings';
import { categoryChoices, formatSpecs, statusChoices, validationSpecs } from '../../ledger/excel-rules';
import { applyConfig } from '../../ledger/config';
import { defaultSchema, formColumns, Schema } from '../../ledger/schema';
import { readTemplateStamp } from '../../ledger/template-stamp';
import { tempDir } from '../merge/cli-helpers';
import { conditionalFormats, dataValidations, documentSettings, dxfFills, makeTemplates, parts, Parts } from './fixtures';

const LAYOUT = {
  columns: {
    id: 0,
    category: 1,
    problem: 2,
    measures: 3,
    department: 4,
    owner: 5,
    leader: 6,
    deadline: 7,
    progress: 8,
    status: 9,
    closedOn: 10,
    notes: 11,
  },
  firstDataRow: 4,
  firstCol: 0,
  lastCol: 11,
};

describe('ledger template: the workbook', () => {
  let work: string;
  let office: Parts;
  let book: XLSX.WorkBook;
  const schema = defaultSchema();

  before(() => {
    work = tempDir('template-book-');
    const r = makeTemplates(['--departments', '办公室', '--out-dir', 'out', '--rows', '50'], work);
    assert.strictEqual(r.code, 0, r.stderr);
    const file = path.join(work, 'out', '办公室整改台账.xlsx');
    office = parts(file);
    book = XLSX.read(fs.readFileSync(file));
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('has the ledger sheet first, then 填表说明, then the hidden 字典', () => {
    assert.deepStrictEqual(book.SheetNames, ['办公室整改台账', '填表说明', '字典']);
    assert.deepStrictEqual(
      book.Workbook!.Sheets!.map((s) => s.Hidden),
      [0, 0, 1],
    );
  });

  it('titles the ledger with the department, fills in the unit, and heads it with the standard columns in order', () => {
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['办公室整改台账'], { header: 1, defval: null });
    assert.strictEqual(rows[0][0], '办公室问题整改台账');
    assert.strictEqual(rows[1][0], '填报单位：办公室');
    assert.deepStrictEqual(
      rows[2],
      formColumns(schema).map((c) => c.header),
    );
    assert.ok(
      rows.slice(3).every((r) => r.every((v) => v === null)),
      'no values below the header',
    );
    assert.strictEqual(rows.length, 53, '50 prepared rows');
    const xml = office['xl/worksheets/sheet1.xml'];
    assert.ok(xml.includes('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>'));
    assert.ok(xml.includes('<sheetFormatPr defaultRowHeight="18.75"/>'), 'rows grow as text is typed');
    assert.ok(xml.includes('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'));
    assert.ok(
      office['xl/workbook.xml'].includes(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'办公室整改台账'!$1:$3</definedName>`),
    );
  });

  it('carries the conditional formats 套用台账规范 writes: the core’s, over the same cells', () => {
    const expected = formatSpecs({ ...LAYOUT, lastRow: 1048576 }, schema, schema.warnDays);
    const got = conditionalFormats(office['xl/worksheets/sheet1.xml']);
    assert.deepStrictEqual(
      got.map((f) => [f.sqref, '=' + f.formula, f.stopIfTrue]),
      expected.map((s) => [s.address, s.formula, s.stopIfTrue]),
    );
    const fills = dxfFills(office['xl/styles.xml']);
    assert.deepStrictEqual(
      got.map((f) => fills[f.dxfId as number]),
      expected.map((s) => (s.fill as string).toUpperCase()),
    );
  });

  it('validates the prepared rows with the core’s rules, its dropdowns listing the 字典 sheet’s words', () => {
    const expected = validationSpecs({ ...LAYOUT, lastRow: 53 }, schema);
    const got = dataValidations(office['xl/worksheets/sheet1.xml']);
    assert.deepStrictEqual(
      got.map((v) => v.sqref),
      expected.map((s) => s.address),
    );
    // 销号日期 is a custom rule: it compares whole days, so today with a time of day is today.
    assert.deepStrictEqual(
      got.map((v) => v.type),
      ['list', 'list', 'custom', 'custom'],
    );
    assert.deepStrictEqual(
      got.map((v) => v.formula1),
      ['整改状态列表', '问题类别列表', expected[2].rule.custom!.formula.slice(1), expected[3].rule.custom!.formula.slice(1)],
    );
    assert.match(got[3].formula1, /<TODAY\(\)\+1/);
    for (let i = 0; i < expected.length; i++) {
      assert.ok(got[i].attrs.includes(`promptTitle="${expected[i].prompt.title}"`), expected[i].key);
      assert.ok(got[i].attrs.includes(`errorTitle="${expected[i].errorAlert.title}"`), expected[i].key);
    }
    assert.ok(got[1].attrs.includes('errorStyle="warning"'), 'another category may be kept');
    const names = book.Workbook!.Names!.filter((n) => !n.Name.startsWith('_xlnm'));
    assert.deepStrictEqual(
      names.map((n) => [n.Name, n.Ref]),
      [
        ['整改状态列表', `'字典'!$D$2:$D$${statusChoices(schema).length + 1}`],
        ['问题类别列表', `'字典'!$E$2:$E$${categoryChoices(schema).length + 1}`],
      ],
    );
    const dict = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['字典'], { header: 1, defval: null });
    assert.deepStrictEqual(
      dict
        .slice(1)
        .map((r) => r[3])
        .filter((v) => v !== null),
      statusChoices(schema),
    );
    assert.deepStrictEqual(
      dict
        .slice(1)
        .map((r) => r[4])
        .filter((v) => v !== null),
      categoryChoices(schema),
    );
  });

  it('stamps the template with its id and department, as the merge reads them', () => {
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['字典'], { header: 1, defval: null }) as (string | null)[][];
    const stamp = readTemplateStamp({ name: '字典', rows });
    assert.ok(stamp);
    assert.match(stamp.id, /^ZGTZ-[0-9A-F]{12}$/);
    assert.strictEqual(stamp.department, '办公室');
  });

  it('stores the warning window, the colours and its rules as the add-in’s settings, under the ledger sheet’s id', () => {
    const settings = documentSettings(office);
    assert.deepStrictEqual(Object.keys(settings), [CONFIG_KEY, RULES_KEY]);
    assert.deepStrictEqual(settings[CONFIG_KEY], {
      warnDays: 7,
      colors: { red: '#E06C6C', amber: '#FFD966', green: '#A8DAB0', blue: '#8DB4E2', grey: '#EDEDED' },
    });
    const rules = settings[RULES_KEY] as { [id: string]: { formats: unknown[]; validations: unknown[] } };
    assert.deepStrictEqual(Object.keys(rules), ['{00000000-0001-0000-0000-000000000000}']);
    assert.ok(office['xl/worksheets/sheet1.xml'].includes('xr:uid="{00000000-0001-0000-0000-000000000000}"'));
    assert.strictEqual(
      rules['{00000000-0001-0000-0000-000000000000}'].formats.length,
      conditionalFormats(office['xl/worksheets/sheet1.xml']).length,
    );
    const ext = office['xl/webextensions/webextension1.xml'];
    const manifest = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'manifest.xml'), 'utf8');
    const id = (/<Id>([^<]+)<\/Id>/.exec(manifest) as RegExpExecArray)[1];
    const version = (/<Version>([^<]+)<\/Version>/.exec(manifest) as RegExpExecArray)[1];
    assert.ok(ext.includes(`<we:reference id="${id}" version="${version}" store="developer" storeType="Registry"/>`));
  });

  it('follows --config: extra categories in the dropdown, its warning window and colours in the rules and settings', () => {
    const config = { categories: ['作风建设'], warnDays: 3, colors: { red: '#ff0000' }, statusSynonyms: { 已完成: ['已落实'] } };
    fs.writeFileSync(path.join(work, 'schema.json'), JSON.stringify(config));
    const r = makeTemplates(['--out', 'c.xlsx', '--config', 'schema.json'], work);
    assert.strictEqual(r.code, 0, r.stderr);
    const p = parts(path.join(work, 'c.xlsx'));
    const configured = applyConfig(defaultSchema(), config).schema as Schema;
    const expected = formatSpecs({ ...LAYOUT, lastRow: 1048576 }, configured, 3);
    assert.deepStrictEqual(
      conditionalFormats(p['xl/worksheets/sheet1.xml']).map((f) => '=' + f.formula),
      expected.map((s) => s.formula),
    );
    assert.ok(
      expected.some((s) => s.formula.includes('TODAY()+4')),
      'a 3-day window',
    );
    const wb = XLSX.read(fs.readFileSync(path.join(work, 'c.xlsx')));
    const dict = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['字典'], { header: 1, defval: null });
    assert.ok(dict.some((r) => r[4] === '作风建设'));
    assert.deepStrictEqual(documentSettings(p)[CONFIG_KEY], {
      categories: ['作风建设'],
      statusSynonyms: { 已完成: ['已落实'] },
      warnDays: 3,
      colors: { red: '#FF0000', amber: '#FFD966', green: '#A8DAB0', blue: '#8DB4E2', grey: '#EDEDED' },
    });
    assert.strictEqual(wb.SheetNames[0], '整改台账', 'no department: the plain sheet name');
  });

  it('explains every column, status and colour in 填表说明, with the schema’s words', () => {
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['填表说明'], { header: 1, defval: null });
    const text = rows.map((r) => r.join(' ')).join('\n');
    for (const c of formColumns(schema)) assert.ok(text.includes(c.header), c.header);
    for (const s of schema.statuses) for (const w of ([s.name] as string[]).concat(s.synonyms)) assert.ok(text.includes(w), w);
    for (const w of schema.ongoingDeadlines) assert.ok(text.includes('“' + w + '”'), w);
    assert.ok(text.includes('7 天内'));
    assert.ok(text.includes('填好后，请按通知要求将本表报送督查科。'));
  });
});
