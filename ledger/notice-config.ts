// The config's `notice` key: the wording and numbering of the merge's 督查通报 and 督办通知单, and
// the issuer and reply days of the pane's 督办提醒, which the same config (the document's settings)
// carries. Every key is optional; the defaults are formal wording a 督查科 can sign as it is.
//
// "notice": {
//   "title": "关于“机关建设年”问题整改工作\n进展情况的通报",   // 通报标题; \n breaks a long title where it reads well
//   "addressee": "机关各部门",          // 主送机关 of the 通报
//   "issuer": "督查科",                 // 发文单位, signed under both documents
//   "numberPrefix": "督",               // 督办通知单编号: 督〔2026〕第1号
//   "firstNumber": 1,                   // number of the run's first 督办通知单
//   "replyDays": 3,                     // working days to reply in writing (1..30)
//   "replyTo": "督查科",                // who receives the written replies
//   "requirements": ["……", "……"]       // paragraphs of 四、下一步工作要求
// }
import { cellText } from './cells';
import { configObject, jsonType, stringList } from './config';
import { DEFAULT_REPLY_WORKING_DAYS } from './working-days';

export interface NoticeConfig {
  title: string;
  addressee: string;
  issuer: string;
  numberPrefix: string;
  firstNumber: number;
  replyDays: number;
  replyTo: string;
  requirements: string[];
}

export function defaultNoticeConfig(): NoticeConfig {
  return {
    title: '关于“机关建设年”问题整改工作\n进展情况的通报',
    addressee: '机关各部门',
    issuer: '督查科',
    numberPrefix: '督',
    firstNumber: 1,
    replyDays: DEFAULT_REPLY_WORKING_DAYS,
    replyTo: '督查科',
    requirements: [
      '各部门要对照整改台账逐项核查，对已超过完成时限的问题，认真分析原因，明确整改措施和完成时限，尽快整改到位。',
      '对即将到期的问题，要抓紧推进，确保按期完成；对已完成整改的问题，要及时报送佐证材料，申请销号。',
      '请各部门按时更新整改台账并报送督查科。督查科将持续跟踪督办，定期通报整改进展情况。',
    ],
  };
}

type TextKey = 'title' | 'addressee' | 'issuer' | 'numberPrefix' | 'replyTo';
type NumberKey = 'firstNumber' | 'replyDays';

/** Longest text per key: a title or a unit's name, never a document of its own. */
const TEXT_LIMITS: { [K in TextKey]: number } = { title: 200, addressee: 100, issuer: 50, numberPrefix: 10, replyTo: 50 };
const NUMBER_RANGES: { [K in NumberKey]: { min: number; max: number; unit: string } } = {
  firstNumber: { min: 1, max: 99999, unit: '编号' },
  replyDays: { min: 1, max: 30, unit: '工作日数' },
};
const MAX_REQUIREMENTS = 20;
const MAX_REQUIREMENT_LENGTH = 2000;
const KNOWN_KEYS = ['title', 'addressee', 'issuer', 'numberPrefix', 'firstNumber', 'replyDays', 'replyTo', 'requirements'];
const EXAMPLE = '{"issuer": "督查科", "replyDays": 3}';

function textValue(v: unknown, key: TextKey, errors: string[]): string | null {
  const path = 'notice.' + key;
  if (typeof v !== 'string') {
    errors.push('配置项“' + path + '”必须是字符串，现在是' + jsonType(v) + '。');
    return null;
  }
  // Only the title may break into lines; a name on two lines would not sign well.
  const text =
    key === 'title'
      ? v
          .split('\n')
          .map(cellText)
          .filter((l) => l !== '')
          .join('\n')
      : cellText(v);
  if (text === '') {
    errors.push('配置项“' + path + '”不能为空。');
    return null;
  }
  if (key !== 'title' && /[\r\n]/.test(text)) {
    errors.push('配置项“' + path + '”只能是一行文字。');
    return null;
  }
  if (text.length > TEXT_LIMITS[key]) {
    errors.push('配置项“' + path + '”太长：最多 ' + TEXT_LIMITS[key] + ' 个字，现在是 ' + text.length + ' 个字。');
    return null;
  }
  return text;
}

function numberValue(v: unknown, key: NumberKey, errors: string[]): number | null {
  const r = NUMBER_RANGES[key];
  if (typeof v !== 'number' || Math.floor(v) !== v || v < r.min || v > r.max) {
    const now = typeof v === 'number' ? String(v) : jsonType(v);
    errors.push('配置项“notice.' + key + '”必须是 ' + r.min + ' 到 ' + r.max + ' 之间的整数（' + r.unit + '），现在是' + now + '。');
    return null;
  }
  return v;
}

function requirementsValue(v: unknown, errors: string[]): string[] | null {
  const list = stringList(v, 'notice.requirements', '["请各部门……", "……"]', errors);
  if (!list) return null;
  if (list.length === 0 || list.length > MAX_REQUIREMENTS) {
    errors.push('配置项“notice.requirements”须有 1 到 ' + MAX_REQUIREMENTS + ' 段文字，现在是 ' + list.length + ' 段。');
    return null;
  }
  for (let i = 0; i < list.length; i++) {
    if (list[i].length > MAX_REQUIREMENT_LENGTH) {
      errors.push('配置项“notice.requirements[' + i + ']”太长：每段最多 ' + MAX_REQUIREMENT_LENGTH + ' 个字。');
      return null;
    }
  }
  return list;
}

/** The `notice` value of a config file over the defaults; on any error the defaults and every error. */
export function readNoticeConfig(json: unknown): { notice: NoticeConfig; errors: string[] } {
  const notice = defaultNoticeConfig();
  if (json === undefined) return { notice: notice, errors: [] };
  const errors: string[] = [];
  const v = configObject(json, 'notice', EXAMPLE, errors);
  if (!v) return { notice: notice, errors: errors };
  const keys = Object.keys(v);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key.charAt(0) === '_') continue;
    const value = v[key];
    if (key === 'title' || key === 'addressee' || key === 'issuer' || key === 'numberPrefix' || key === 'replyTo') {
      const text = textValue(value, key, errors);
      if (text !== null) notice[key] = text;
    } else if (key === 'firstNumber' || key === 'replyDays') {
      const n = numberValue(value, key, errors);
      if (n !== null) notice[key] = n;
    } else if (key === 'requirements') {
      const list = requirementsValue(value, errors);
      if (list) notice.requirements = list;
    } else {
      errors.push('配置项“notice.' + key + '”无法识别；可用的配置项：' + KNOWN_KEYS.join('、') + '。');
    }
  }
  return { notice: errors.length > 0 ? defaultNoticeConfig() : notice, errors: errors };
}
