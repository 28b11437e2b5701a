// An Office add-in attached to the workbook (MS-OWEXML): the web extension part holding its
// reference and its document settings, and the task pane part that anchors it in the package.
import { GUID } from './address';
import { AddinReference, WebExtension } from './types';
import { NS_PKG_REL, NS_REL, XML_DECL, escapeXml } from './xml';

const NS_WE = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';
const NS_WETP = 'http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11';
const REL_TASKPANES = 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes';
const REL_WEBEXTENSION = 'http://schemas.microsoft.com/office/2011/relationships/webextension';

export const TASKPANES_PART = 'xl/webextensions/taskpanes.xml';
export const TASKPANES_RELS_PART = 'xl/webextensions/_rels/taskpanes.xml.rels';
export const WEBEXTENSION_PART = 'xl/webextensions/webextension1.xml';

export function webExtensionContentTypes(): string[] {
  return [
    `<Override PartName="/${TASKPANES_PART}" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>`,
    `<Override PartName="/${WEBEXTENSION_PART}" ContentType="application/vnd.ms-office.webextension+xml"/>`,
  ];
}

export function webExtensionRootRel(id: string): string {
  return `<Relationship Id="${id}" Type="${REL_TASKPANES}" Target="${TASKPANES_PART}"/>`;
}

function referenceXml(r: AddinReference): string {
  return `<we:reference id="${escapeXml(r.id)}" version="${escapeXml(r.version)}" store="${escapeXml(r.store)}" storeType="${escapeXml(r.storeType)}"/>`;
}

/** The three parts, by path. */
export function webExtensionParts(ext: WebExtension): { [path: string]: string } {
  if (!GUID.test(ext.instanceId)) throw new Error(`加载项实例标识“${ext.instanceId}”应为 {xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx} 形式`);
  const properties = Object.keys(ext.settings).map((name) => {
    const json = JSON.stringify(ext.settings[name]);
    if (json === undefined) throw new Error(`加载项设置“${name}”的值不能保存为 JSON`);
    return `<we:property name="${escapeXml(name)}" value="${escapeXml(json)}"/>`;
  });
  const alternates = (ext.alternateReferences || []).map(referenceXml).join('');
  return {
    [TASKPANES_PART]:
      XML_DECL +
      `<wetp:taskpanes xmlns:wetp="${NS_WETP}">` +
      `<wetp:taskpane dockstate="right" visibility="0" width="${ext.width || 350}" row="1">` +
      `<wetp:webextensionref xmlns:r="${NS_REL}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`,
    [TASKPANES_RELS_PART]:
      XML_DECL +
      `<Relationships xmlns="${NS_PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL_WEBEXTENSION}" Target="webextension1.xml"/></Relationships>`,
    [WEBEXTENSION_PART]:
      XML_DECL +
      `<we:webextension xmlns:we="${NS_WE}" id="${ext.instanceId}">` +
      referenceXml(ext.reference) +
      (alternates ? `<we:alternateReferences>${alternates}</we:alternateReferences>` : '<we:alternateReferences/>') +
      `<we:properties>${properties.join('')}</we:properties><we:bindings/>` +
      `<we:snapshot xmlns:r="${NS_REL}"/></we:webextension>`,
  };
}
