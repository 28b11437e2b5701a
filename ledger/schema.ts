// The ledger schema, written once: used by the add-in, the scripts and the tests.
import { ColumnKey, Extension, Light, Status } from './types';

export interface ColumnSpec {
  key: ColumnKey;
  /** Standard Chinese header. */
  header: string;
  /** Other headers seen in real ledgers (matched after normalising). */
  synonyms: string[];
  required: boolean;
  /** false: read when a ledger has it, but not part of the blank ledger form (default true). */
  inForm?: boolean;
}

export interface StatusSpec {
  name: Status;
  synonyms: string[];
}

export interface Schema {
  columns: ColumnSpec[];
  statuses: StatusSpec[];
  /** Status words meaning 整改中 with a standing commitment. */
  standingStatuses: string[];
  /** Status words meaning 整改中 with the deadline being (requested) or having been (granted) extended. */
  extensionStatuses: { [E in Extension]: string[] };
  /** Deadline words meaning "no fixed deadline". */
  ongoingDeadlines: string[];
  categories: string[];
  /** Traffic-light warning window in days. */
  warnDays: number;
  /** Light colours (hex RGB, "#RRGGBB") — fills in reports and the add-in's formats. */
  colors: { [L in Light]: string };
}

export const COLUMN_KEYS: ColumnKey[] = [
  'id',
  'category',
  'problem',
  'measures',
  'department',
  'owner',
  'leader',
  'deadline',
  'progress',
  'status',
  'closedOn',
  'notes',
  'originalDeadline',
];

export const LIGHT_NAMES: { [L in Light]: string } = {
  red: '红',
  amber: '黄',
  green: '绿',
  blue: '蓝',
  grey: '灰',
};

export const LIGHT_MEANINGS: { [L in Light]: string } = {
  red: '逾期',
  amber: '临期',
  green: '正常推进',
  blue: '已完成待销号',
  grey: '已销号',
};

export const LIGHTS: Light[] = ['red', 'amber', 'green', 'blue', 'grey'];

const HEX_COLOR = /^#[0-9A-Fa-f]{6}$/;

/** A colour as the schema writes one: "#RRGGBB". */
export function isHexColor(s: string): boolean {
  return HEX_COLOR.test(s);
}

export function defaultSchema(): Schema {
  return {
    columns: [
      { key: 'id', header: '序号', synonyms: ['编号', '问题编号'], required: false },
      { key: 'category', header: '问题类别', synonyms: ['问题类型', '类别', '问题分类'], required: false },
      {
        key: 'problem',
        header: '问题描述',
        synonyms: ['存在问题', '存在的问题', '具体问题', '问题表现', '主要问题', '问题清单', '问题内容', '检视问题'],
        required: true,
      },
      { key: 'measures', header: '整改措施', synonyms: ['具体措施', '整改举措', '工作措施', '落实措施'], required: true },
      {
        key: 'department',
        header: '责任部门',
        synonyms: ['责任单位', '牵头部门', '牵头单位', '责任科室', '责任处室', '承办单位', '主办单位'],
        required: true,
      },
      { key: 'owner', header: '责任人', synonyms: ['具体责任人', '整改责任人', '负责人', '经办人'], required: true },
      { key: 'leader', header: '责任领导', synonyms: ['分管领导', '牵头领导'], required: false },
      {
        key: 'deadline',
        header: '完成时限',
        synonyms: ['整改时限', '整改期限', '完成期限', '办结时限', '完成时间', '时间节点', '计划完成时间'],
        required: true,
      },
      {
        key: 'progress',
        header: '整改进展',
        synonyms: ['进展情况', '整改情况', '推进情况', '落实情况', '工作进展', '完成情况'],
        required: false,
      },
      { key: 'status', header: '整改状态', synonyms: ['状态', '当前状态', '办理状态', '完成状态', '进度'], required: true },
      { key: 'closedOn', header: '销号日期', synonyms: ['销号时间', '实际完成时间', '完成日期'], required: false },
      { key: 'notes', header: '备注', synonyms: ['说明'], required: false },
      { key: 'originalDeadline', header: '原定时限', synonyms: ['原完成时限', '原计划完成时间'], required: false, inForm: false },
    ],
    statuses: [
      { name: '未启动', synonyms: ['未开始', '待整改', '未整改'] },
      { name: '整改中', synonyms: ['推进中', '进行中', '正在整改', '部分整改', '基本完成'] },
      { name: '已完成', synonyms: ['已整改', '完成'] },
      { name: '已销号', synonyms: ['销号', '已办结', '已验收', '办结销号'] },
    ],
    standingStatuses: ['长期坚持', '持续推进'],
    extensionStatuses: { requested: ['申请延期'], granted: ['已延期'] },
    ongoingDeadlines: ['长期坚持', '持续推进', '常态化'],
    categories: [
      '统筹谋划少',
      '顶层设计少',
      '代表活动少',
      '实质互动少',
      '创新思路少',
      '总结提升少',
      '精神状态',
      '工作本领',
      '制度落实',
      '纪律作风',
      '其他',
    ],
    warnDays: 7,
    // Five lightnesses as well as five hues (red darkest, grey lightest), so the lights stay apart in
    // grey print and for red-green colour blindness; black text reads on each (README.md: 颜色).
    colors: {
      red: '#E06C6C',
      amber: '#FFD966',
      green: '#A8DAB0',
      blue: '#8DB4E2',
      grey: '#EDEDED',
    },
  };
}

/** A deep copy: changing it leaves the original as it was. */
export function copySchema(s: Schema): Schema {
  return {
    columns: s.columns.map((c) => {
      const copy: ColumnSpec = { key: c.key, header: c.header, synonyms: c.synonyms.slice(), required: c.required };
      if (c.inForm !== undefined) copy.inForm = c.inForm;
      return copy;
    }),
    statuses: s.statuses.map((st) => ({ name: st.name, synonyms: st.synonyms.slice() })),
    standingStatuses: s.standingStatuses.slice(),
    extensionStatuses: { requested: s.extensionStatuses.requested.slice(), granted: s.extensionStatuses.granted.slice() },
    ongoingDeadlines: s.ongoingDeadlines.slice(),
    categories: s.categories.slice(),
    warnDays: s.warnDays,
    colors: { red: s.colors.red, amber: s.colors.amber, green: s.colors.green, blue: s.colors.blue, grey: s.colors.grey },
  };
}

/** The columns of the blank ledger form, in order: every column but those read only when present. */
export function formColumns(schema: Schema): ColumnSpec[] {
  return schema.columns.filter((c) => c.inForm !== false);
}

export function columnSpec(schema: Schema, key: ColumnKey): ColumnSpec {
  for (let i = 0; i < schema.columns.length; i++) {
    if (schema.columns[i].key === key) return schema.columns[i];
  }
  throw new Error('unknown column key ' + key);
}
