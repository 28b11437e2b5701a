// Offline structural checks of manifest.xml (the online validator cannot be reached here): element
// order as the schema's sequences demand, ids, resource references, URLs and the icon files.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../repo-root';

interface Node {
  name: string;
  attrs: { [name: string]: string };
  children: Node[];
  text: string;
}

/** A minimal XML reader: elements, attributes, text; skips the declaration and comments. */
function parseXml(xml: string): Node {
  const body = xml.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const token = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  const root: Node = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: Node[] = [root];
  let m: RegExpExecArray | null;
  while ((m = token.exec(body))) {
    const top = stack[stack.length - 1];
    if (m[5] !== undefined) {
      top.text += m[5].trim();
      continue;
    }
    if (m[1] === '/') {
      assert.strictEqual(top.name, m[2], 'closing </' + m[2] + '> matches <' + top.name + '>');
      stack.pop();
      continue;
    }
    const attrs: { [name: string]: string } = {};
    const attr = /([\w:.-]+)\s*=\s*"([^"]*)"/g;
    let a: RegExpExecArray | null;
    while ((a = attr.exec(m[3])))
      attrs[a[1]] = a[2]
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    const node: Node = { name: m[2], attrs, children: [], text: '' };
    top.children.push(node);
    if (m[4] !== '/') stack.push(node);
  }
  assert.strictEqual(stack.length, 1, 'every element is closed');
  assert.strictEqual(root.children.length, 1, 'one root element');
  return root.children[0];
}

function child(n: Node, name: string): Node {
  const found = n.children.filter((c) => c.name === name);
  assert.strictEqual(found.length, 1, n.name + ' has one <' + name + '>');
  return found[0];
}

function walk(n: Node, visit: (n: Node) => void): void {
  visit(n);
  for (const c of n.children) walk(c, visit);
}

/** children's names follow `sequence` (each optional unless listed in `required`). */
function assertSequence(n: Node, sequence: string[], required: string[]): void {
  const names = n.children.map((c) => c.name);
  let at = 0;
  for (const name of names) {
    const i = sequence.indexOf(name, at);
    assert.ok(i >= 0, '<' + name + '> out of order or unknown in <' + n.name + '>: ' + names.join(', '));
    at = i;
  }
  for (const r of required) assert.ok(names.indexOf(r) >= 0, '<' + n.name + '> needs <' + r + '>');
}

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  assert.strictEqual(b.toString('latin1', 1, 4), 'PNG', file + ' is a PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const root = repoRoot();
const manifest = parseXml(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8'));
const ORIGIN = 'https://localhost:3000';

/** The source file behind a development URL: the pane's files live in addin/. */
function sourceOf(url: string): string {
  return path.join(root, 'addin', url.slice(ORIGIN.length + 1));
}

describe('addin manifest.xml', () => {
  it('is a Workbook task pane add-in with its elements in schema order', () => {
    assert.strictEqual(manifest.name, 'OfficeApp');
    assert.strictEqual(manifest.attrs['xsi:type'], 'TaskPaneApp');
    assert.strictEqual(manifest.attrs.xmlns, 'http://schemas.microsoft.com/office/appforoffice/1.1');
    assertSequence(
      manifest,
      [
        'Id',
        'AlternateId',
        'Version',
        'ProviderName',
        'DefaultLocale',
        'DisplayName',
        'Description',
        'IconUrl',
        'HighResolutionIconUrl',
        'SupportUrl',
        'AppDomains',
        'Hosts',
        'Requirements',
        'DefaultSettings',
        'Permissions',
        'Dictionary',
        'VersionOverrides',
      ],
      [
        'Id',
        'Version',
        'ProviderName',
        'DefaultLocale',
        'DisplayName',
        'Description',
        'IconUrl',
        'HighResolutionIconUrl',
        'SupportUrl',
        'Hosts',
        'Requirements',
        'DefaultSettings',
        'Permissions',
        'VersionOverrides',
      ],
    );
    assert.ok(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(child(manifest, 'Id').text));
    assert.ok(/^\d+\.\d+\.\d+\.\d+$/.test(child(manifest, 'Version').text));
    assert.strictEqual(child(manifest, 'DefaultLocale').text, 'zh-CN');
    assert.strictEqual(child(manifest, 'Permissions').text, 'ReadWriteDocument');
    assert.deepStrictEqual(
      child(manifest, 'Hosts').children.map((h) => h.attrs.Name),
      ['Workbook'],
    );
    const set = child(child(child(manifest, 'Requirements'), 'Sets'), 'Set');
    assert.deepStrictEqual([set.attrs.Name, set.attrs.MinVersion], ['ExcelApi', '1.1']);
    for (const name of ['DisplayName', 'Description']) {
      const override = child(child(manifest, name), 'Override');
      assert.strictEqual(override.attrs.Locale, 'en-US');
      assert.ok(override.attrs.Value.length > 0);
    }
  });

  it('puts a 整改台账 group with a ShowTaskpane button on the Home tab', () => {
    const vo = child(manifest, 'VersionOverrides');
    assert.strictEqual(vo.attrs['xsi:type'], 'VersionOverridesV1_0');
    assert.strictEqual(vo.attrs.xmlns, 'http://schemas.microsoft.com/office/taskpaneappversionoverrides');
    assertSequence(vo, ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo'], ['Hosts', 'Resources']);
    const host = child(child(vo, 'Hosts'), 'Host');
    assert.strictEqual(host.attrs['xsi:type'], 'Workbook');
    const desktop = child(host, 'DesktopFormFactor');
    assertSequence(desktop, ['GetStarted', 'FunctionFile', 'ExtensionPoint'], ['ExtensionPoint']);
    assertSequence(child(desktop, 'GetStarted'), ['Title', 'Description', 'LearnMoreUrl'], ['Title', 'Description']);
    const point = child(desktop, 'ExtensionPoint');
    assert.strictEqual(point.attrs['xsi:type'], 'PrimaryCommandSurface');
    const tab = child(point, 'OfficeTab');
    assert.strictEqual(tab.attrs.id, 'TabHome');
    const group = child(tab, 'Group');
    assertSequence(group, ['Label', 'Icon', 'Control'], ['Label', 'Icon', 'Control']);
    const control = child(group, 'Control');
    assert.strictEqual(control.attrs['xsi:type'], 'Button');
    assertSequence(control, ['Label', 'Supertip', 'Icon', 'Action'], ['Label', 'Supertip', 'Icon', 'Action']);
    const action = child(control, 'Action');
    assert.strictEqual(action.attrs['xsi:type'], 'ShowTaskpane');
    assertSequence(action, ['TaskpaneId', 'SourceLocation', 'Title'], ['SourceLocation']);
    for (const icon of [child(group, 'Icon'), child(control, 'Icon')]) {
      assert.deepStrictEqual(
        icon.children.map((i) => i.attrs.size),
        ['16', '32', '80'],
      );
    }
    const groupLabel = resources().ShortStrings[child(group, 'Label').attrs.resid];
    assert.strictEqual(groupLabel.text, '整改台账');
  });

  function resources(): { [kind: string]: { [id: string]: { text: string; node: Node } } } {
    const res = child(child(manifest, 'VersionOverrides'), 'Resources');
    assertSequence(
      res,
      ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'],
      ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'],
    );
    const out: { [kind: string]: { [id: string]: { text: string; node: Node } } } = {};
    for (const group of res.children) {
      const kind = group.name.replace('bt:', '');
      out[kind] = {};
      for (const item of group.children) {
        assert.ok(!out[kind][item.attrs.id], 'duplicate resource id ' + item.attrs.id);
        assert.ok(item.attrs.id.length <= 32, 'resource id ' + item.attrs.id + ' is at most 32 characters');
        out[kind][item.attrs.id] = { text: item.attrs.DefaultValue, node: item };
      }
    }
    return out;
  }

  it('references only resources that exist, of the right kind, and leaves none unused', () => {
    const res = resources();
    const used: { [key: string]: boolean } = {};
    walk(child(manifest, 'VersionOverrides'), (n) => {
      const resid = n.attrs.resid;
      if (resid === undefined) return;
      const kind =
        n.name === 'bt:Image'
          ? 'Images'
          : n.name === 'SourceLocation' || n.name === 'LearnMoreUrl' || n.name === 'FunctionFile'
            ? 'Urls'
            : n.name === 'Description'
              ? 'LongStrings'
              : 'ShortStrings';
      assert.ok(res[kind][resid], '<' + n.name + ' resid="' + resid + '"> names a ' + kind + ' resource');
      used[kind + '/' + resid] = true;
    });
    for (const kind of Object.keys(res)) {
      for (const id of Object.keys(res[kind])) assert.ok(used[kind + '/' + id], kind + ' resource ' + id + ' is used');
    }
    for (const kind of ['ShortStrings', 'LongStrings']) {
      for (const id of Object.keys(res[kind])) {
        const limit = kind === 'ShortStrings' ? 125 : 250;
        assert.ok(res[kind][id].text.length <= limit, id + ' within ' + limit + ' characters');
        const override = child(res[kind][id].node, 'bt:Override');
        assert.strictEqual(override.attrs.Locale, 'en-US', id + ' has an English override');
      }
    }
  });

  it('uses https URLs on one origin, each backed by a file of the add-in', () => {
    const urls: string[] = [];
    walk(manifest, (n) => {
      for (const key of ['DefaultValue', 'Value']) {
        const v = n.attrs[key];
        if (v !== undefined && /^[a-z]+:/i.test(v)) urls.push(v);
      }
    });
    assert.ok(urls.length >= 8);
    for (const url of urls) {
      assert.ok(url.indexOf(ORIGIN + '/') === 0, url + ' is https on ' + ORIGIN);
      assert.ok(fs.existsSync(sourceOf(url)), url + ' → ' + sourceOf(url));
    }
    assert.strictEqual(child(child(manifest, 'DefaultSettings'), 'SourceLocation').attrs.DefaultValue, ORIGIN + '/taskpane.html');
  });

  it('has icons of the sizes Office asks for', () => {
    const expect = (url: string, size: number) => assert.deepStrictEqual(pngSize(sourceOf(url)), { width: size, height: size }, url);
    expect(child(manifest, 'IconUrl').attrs.DefaultValue, 32);
    expect(child(manifest, 'HighResolutionIconUrl').attrs.DefaultValue, 64);
    const images = resources().Images;
    walk(child(manifest, 'VersionOverrides'), (n) => {
      if (n.name === 'bt:Image' && n.attrs.size) expect(images[n.attrs.resid].text, Number(n.attrs.size));
    });
  });
});
