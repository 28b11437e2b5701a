// The package's workbook-level parts: content types, relationships, document properties, workbook.xml.
import { sheetRef } from './address';
import { SheetPart } from './sheet';
import { DefinedName, OutSheet, WorkbookOptions } from './types';
import { webExtensionContentTypes, webExtensionRootRel } from './web-extension';
import { NS_MAIN, NS_PKG_REL, NS_REL, XML_DECL, escapeXml } from './xml';

const CT = 'application/vnd.openxmlformats-officedocument';

/** `extra`: <Override …/> elements of further parts (drawings, charts). */
export function contentTypes(sheetCount: number, webExtension: boolean, extra: string[] = []): string {
  const out = [
    XML_DECL,
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`,
    '<Default Extension="xml" ContentType="application/xml"/>',
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>`,
  ];
  for (let i = 1; i <= sheetCount; i++) {
    out.push(`<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`);
  }
  out.push(
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>`,
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>`,
  );
  if (webExtension) out.push(...webExtensionContentTypes());
  out.push(...extra, '</Types>');
  return out.join('');
}

export function rootRels(webExtension: boolean): string {
  return (
    XML_DECL +
    `<Relationships xmlns="${NS_PKG_REL}">` +
    `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${NS_REL}/extended-properties" Target="docProps/app.xml"/>` +
    (webExtension ? webExtensionRootRel('rId4') : '') +
    '</Relationships>'
  );
}

export function coreProps(created: Date, options: WorkbookOptions): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    XML_DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (options.title ? `<dc:title>${escapeXml(options.title)}</dc:title>` : '') +
    (options.creator ? `<dc:creator>${escapeXml(options.creator)}</dc:creator>` : '') +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function appProps(options: WorkbookOptions): string {
  return (
    XML_DECL +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    (options.application ? `<Application>${escapeXml(options.application)}</Application>` : '') +
    '</Properties>'
  );
}

// A letter or _ (or \\) first, then letters, digits, _ . \\; a name that reads as a cell address is not a name.
const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const ADDRESS_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

function userNames(names: DefinedName[]): string[] {
  const seen = new Set<string>();
  return names.map(({ name, ref }) => {
    if (!NAME.test(name) || ADDRESS_LIKE.test(name) || name.length > 255)
      throw new Error(`名称“${name}”无效：应以字母或下划线开头，不含空格，且不能像单元格地址`);
    if (seen.has(name.toUpperCase())) throw new Error(`名称“${name}”重复（不区分大小写）`);
    seen.add(name.toUpperCase());
    if (ref === '' || ref.charAt(0) === '=') throw new Error(`名称“${name}”的引用“${ref}”应非空且不以 = 开头`);
    return `<definedName name="${escapeXml(name)}">${escapeXml(ref)}</definedName>`;
  });
}

export function workbookXml(sheets: OutSheet[], parts: SheetPart[], names: DefinedName[] = []): string {
  const out = [
    XML_DECL,
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`,
    '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>',
  ];
  sheets.forEach((s, i) => {
    if (s.hidden && i === 0) throw new Error(`第一个工作表“${s.name}”是打开时显示的工作表，不能隐藏`);
    out.push(`<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`);
  });
  out.push('</sheets>');
  // Excel lists built-in names sorted by name, then by sheet.
  const filters: string[] = [];
  const titles: string[] = [];
  parts.forEach((p, i) => {
    const ref = escapeXml(sheetRef(sheets[i].name));
    if (p.filterRange)
      filters.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${ref}${p.filterRange}</definedName>`);
    if (p.titleRows) titles.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${ref}${p.titleRows}</definedName>`);
  });
  const own = userNames(names);
  if (filters.length || titles.length || own.length) out.push('<definedNames>', ...filters, ...titles, ...own, '</definedNames>');
  out.push('</workbook>');
  return out.join('');
}

export function workbookRels(sheetCount: number): string {
  const out = [XML_DECL, `<Relationships xmlns="${NS_PKG_REL}">`];
  for (let i = 1; i <= sheetCount; i++) {
    out.push(`<Relationship Id="rId${i}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`);
  }
  out.push(
    `<Relationship Id="rId${sheetCount + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId${sheetCount + 2}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>`,
    '</Relationships>',
  );
  return out.join('');
}
