// A worksheet's rules: conditional formats (cfRule type="expression") and data validation.
import { StyleTable } from './styles';
import { ConditionalFormat, DataValidation, OutSheet } from './types';
import { escapeXml } from './xml';

/** Excel's limits on a validation's texts and formulas. */
const MAX_PROMPT_TITLE = 32;
const MAX_PROMPT = 255;
const MAX_ERROR = 225;
const MAX_FORMULA = 8192;
/** An inline list ("a,b,c") holds at most 255 characters. */
const MAX_INLINE_LIST = 255;
const SQREF = /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?( \$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?)*$/;

function checkSqref(sheet: OutSheet, sqref: string): void {
  if (!SQREF.test(sqref)) throw new Error(`工作表“${sheet.name}”的规则范围“${sqref}”无效，应为 A1:B2 形式`);
}

function checkFormula(sheet: OutSheet, formula: string): void {
  if (formula === '' || formula.charAt(0) === '=') throw new Error(`工作表“${sheet.name}”的规则公式“${formula}”应非空且不以 = 开头`);
  if (formula.length > MAX_FORMULA) throw new Error(`工作表“${sheet.name}”的规则公式超过 ${MAX_FORMULA} 个字符`);
}

function checkText(sheet: OutSheet, what: string, text: string, max: number): void {
  if (text.length > max) throw new Error(`工作表“${sheet.name}”的数据验证${what}超过 ${max} 个字符：“${text}”`);
}

/** <conditionalFormatting> elements, priorities in the given order. */
export function conditionalFormatsXml(sheet: OutSheet, styles: StyleTable): string {
  const formats = sheet.conditionalFormats || [];
  let xml = '';
  formats.forEach((f: ConditionalFormat, i) => {
    checkSqref(sheet, f.sqref);
    checkFormula(sheet, f.formula);
    const dxf = f.fill || f.fontColor ? ` dxfId="${styles.dxf(f.fill, f.fontColor)}"` : '';
    xml +=
      `<conditionalFormatting sqref="${f.sqref}"><cfRule type="expression"${dxf} priority="${i + 1}"` +
      (f.stopIfTrue ? ' stopIfTrue="1"' : '') +
      `><formula>${escapeXml(f.formula)}</formula></cfRule></conditionalFormatting>`;
  });
  return xml;
}

function validationXml(sheet: OutSheet, v: DataValidation): string {
  checkSqref(sheet, v.sqref);
  checkFormula(sheet, v.formula1);
  if (v.formula2 !== undefined) checkFormula(sheet, v.formula2);
  if (v.type === 'list' && v.formula1.charAt(0) === '"') checkText(sheet, '下拉列表', v.formula1, MAX_INLINE_LIST + 2);
  let xml = `<dataValidation type="${v.type}"`;
  if (v.operator && v.operator !== 'between') xml += ` operator="${v.operator}"`;
  if (v.allowBlank !== false) xml += ' allowBlank="1"';
  if (v.prompt) {
    checkText(sheet, '提示标题', v.prompt.title, MAX_PROMPT_TITLE);
    checkText(sheet, '提示信息', v.prompt.message, MAX_PROMPT);
    xml += ` showInputMessage="1" promptTitle="${escapeXml(v.prompt.title)}" prompt="${escapeXml(v.prompt.message)}"`;
  }
  if (v.error) {
    checkText(sheet, '出错标题', v.error.title, MAX_PROMPT_TITLE);
    checkText(sheet, '出错信息', v.error.message, MAX_ERROR);
    if (v.error.style !== 'stop') xml += ` errorStyle="${v.error.style}"`;
    xml += ` showErrorMessage="1" errorTitle="${escapeXml(v.error.title)}" error="${escapeXml(v.error.message)}"`;
  }
  xml += ` sqref="${v.sqref}"><formula1>${escapeXml(v.formula1)}</formula1>`;
  if (v.formula2 !== undefined) xml += `<formula2>${escapeXml(v.formula2)}</formula2>`;
  return xml + '</dataValidation>';
}

/** The <dataValidations> element, or '' when the sheet has none. */
export function dataValidationsXml(sheet: OutSheet): string {
  const list = sheet.validations || [];
  if (list.length === 0) return '';
  return `<dataValidations count="${list.length}">` + list.map((v) => validationXml(sheet, v)).join('') + '</dataValidations>';
}
