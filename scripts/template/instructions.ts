// 填表说明: how to fill each column, the status words, what the colours mean, how to write a
// deadline, and where to send the ledger. Words and colours come from the schema in use.
import { formColumns, LIGHTS, LIGHT_MEANINGS, LIGHT_NAMES, Schema } from '../../ledger/schema';
import { REQUIRED_EMPTY_FILL } from '../../ledger/excel-rules';
import { TEMPLATE_SHEET, TemplateStamp } from '../../ledger/template-stamp';
import { ColumnKey, Light, Status } from '../../ledger/types';
import { CellStyle, OutCell, OutSheet } from '../xlsx-writer';

export const INSTRUCTIONS_SHEET = '填表说明';
export const DEFAULT_SEND_TO = '填好后，请按通知要求将本表报送督查科。';

const COLUMN_HELP: { [K in ColumnKey]: string } = {
  id: '按顺序填写 1、2、3……',
  category: '从下拉列表选择问题类别；确需其他类别可直接填写。',
  problem: '写清存在的具体问题，一行一个问题。',
  measures: '针对问题写明具体、可检查的整改措施。',
  department: '牵头整改的部门；不填时按本表的填报单位计。',
  owner: '具体负责整改的人员姓名。',
  leader: '分管该项工作的领导。',
  deadline: '填写完成日期（如 2026-6-30）；长期坚持的事项填写下方所列的词。',
  progress: '已采取的措施和取得的进展，每次报送前更新。',
  status: '从下拉列表选择，含义见下方“整改状态”。',
  closedOn: '督查科销号时填写，部门无需填写；不得晚于当天。',
  notes: '其他需要说明的情况。',
  originalDeadline: '时限经批准调整时，填写原来的完成时限；完成时限栏填写调整后的时限。',
};

const STATUS_HELP: { [S in Status]: string } = {
  未启动: '尚未开始整改。',
  整改中: '正在整改；长期坚持、持续推进的事项也属整改中。',
  已完成: '本部门已整改完毕，等待督查科审核销号。',
  已销号: '督查科审核后销号，须同时填写销号日期。',
};

function lightRule(light: Light, warnDays: number): string {
  switch (light) {
    case 'red':
      return '未完成，且已过完成时限。';
    case 'amber':
      return '未完成，且在 ' + warnDays + ' 天内（含当天）到期。';
    case 'green':
      return '未完成，离完成时限还有 ' + warnDays + ' 天以上，或为长期坚持的事项。';
    case 'blue':
      return '整改状态为“已完成”，等待销号。';
    default:
      return '整改状态为“已销号”。';
  }
}

const TITLE: CellStyle = { bold: true, fontSize: 16 };
const SECTION: CellStyle = { bold: true, fontSize: 12 };
const TABLE: CellStyle = { border: true, wrap: true, vAlign: 'top' };
const TEXT: CellStyle = { wrap: true, vAlign: 'top' };

function quoted(words: string[]): string {
  return words.map((w) => '“' + w + '”').join('、');
}

function requirement(key: ColumnKey, required: boolean): string {
  if (key === 'department') return '【可不填】';
  if (key === 'closedOn') return '【销号时必填】';
  return required ? '【必填】' : '【选填】';
}

/** Two columns: a label, and text that wraps in a wide second column. */
export function instructionsSheet(schema: Schema, sendTo: string, stamp: TemplateStamp): OutSheet {
  const rows: OutCell[][] = [];
  const rowStyles: (CellStyle | undefined)[] = [];
  const add = (row: OutCell[], style?: CellStyle): void => {
    rows.push(row);
    rowStyles.push(style);
  };
  const section = (text: string): void => {
    add([]);
    add([{ v: text, s: SECTION }]);
  };
  const text = (t: string, style?: CellStyle): void => add([null, style ? { v: t, s: style } : t], TEXT);

  add([{ v: '填表说明', s: TITLE }]);
  text('请在“整改台账”工作表中逐行填写，一行一个问题。不要改动表头，不要删除或改名工作表。');

  section('一、各列怎么填');
  for (const c of formColumns(schema)) add([c.header, requirement(c.key, c.required) + COLUMN_HELP[c.key]], TABLE);
  text('必填的单元格空着时显示为浅红色，填好后自动消失。', { fill: REQUIRED_EMPTY_FILL });

  section('二、整改状态');
  for (const st of schema.statuses) {
    add([st.name, STATUS_HELP[st.name] + (st.synonyms.length ? '也可写作：' + st.synonyms.join('、') + '。' : '')], TABLE);
  }
  add([schema.standingStatuses.join('、'), '长期坚持的事项，按“整改中”计，不算逾期。'], TABLE);

  section('三、整行颜色的含义（随当天日期自动变化）');
  for (const light of LIGHTS) {
    add(
      [
        { v: LIGHT_NAMES[light] + '：' + LIGHT_MEANINGS[light], s: { fill: schema.colors[light], hAlign: 'center' } },
        lightRule(light, schema.warnDays),
      ],
      TABLE,
    );
  }
  text('只有填写了“问题描述”或“整改措施”的行才会着色。打印件上颜色看不清时，以“整改状态”和“完成时限”为准。');

  section('四、完成时限怎么写');
  text(
    '请填写具体日期，如 2026-6-30、2026/6/30 或 2026年6月30日；长期坚持的事项填写' +
      quoted(schema.ongoingDeadlines) +
      '。表格不接受其他写法。',
  );

  section('五、报送');
  text(sendTo);
  add([]);
  text('本表含隐藏的“' + TEMPLATE_SHEET + '”工作表（下拉列表和模板编号 ' + stamp.id + '），请勿删除。');

  return { name: INSTRUCTIONS_SHEET, rows, rowStyles, colWidths: [18, 100], landscape: true };
}
