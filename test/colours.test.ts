// The default light fills (ledger/schema.ts) stay apart by lightness as well as hue — in grey print and
// for red-green colour blindness — and black text reads on each; README.md states these measures.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { defaultSchema, LIGHT_NAMES, LIGHTS } from '../ledger/schema';
import { Light } from '../ledger/types';
import { asDeuteranope, contrastRatio, relativeLuminance } from './colour-contrast';
import { repoRoot } from './repo-root';

type Fills = { [L in Light]: string };

/** What a palette must meet; the list of what it misses. */
function shortfalls(fills: Fills): string[] {
  const out: string[] = [];
  for (const l of LIGHTS) if (contrastRatio(fills[l], '#000000') < 4.5) out.push(l + ' under black text');
  for (let i = 0; i < LIGHTS.length; i++) {
    for (let j = i + 1; j < LIGHTS.length; j++) {
      if (contrastRatio(fills[LIGHTS[i]], fills[LIGHTS[j]]) < 1.15) out.push(LIGHTS[i] + ' / ' + LIGHTS[j] + ' alike in lightness');
    }
  }
  for (const other of ['amber', 'green', 'grey'] as Light[]) {
    if (contrastRatio(fills.red, fills[other]) < 2) out.push('red / ' + other + ' under 2:1');
  }
  if (contrastRatio(asDeuteranope(fills.red), asDeuteranope(fills.green)) < 1.7) out.push('red / green alike for deuteranopia');
  return out;
}

function ratio(n: number): string {
  return n.toFixed(2);
}

describe('light colours', () => {
  const fills = defaultSchema().colors;

  it('measures as WCAG does: black on white 21:1, a colour on itself 1:1; deuteranopia keeps grey and turns red towards olive', () => {
    assert.strictEqual(ratio(contrastRatio('#000000', '#FFFFFF')), '21.00');
    assert.strictEqual(contrastRatio('#E06C6C', '#E06C6C'), 1);
    assert.strictEqual(asDeuteranope('#EDEDED'), '#EDEDED');
    const red = asDeuteranope('#FF0000');
    assert.ok(parseInt(red.substr(3, 2), 16) > 100, 'a deuteranope sees pure red with much green in it: ' + red);
  });

  it('the defaults are darkest at red and lightest at grey, black text reads on each, and no two are alike', () => {
    const order = LIGHTS.slice().sort((a, b) => relativeLuminance(fills[a]) - relativeLuminance(fills[b]));
    assert.deepStrictEqual(order, ['red', 'blue', 'green', 'amber', 'grey']);
    assert.deepStrictEqual(shortfalls(fills), []);
  });

  it('the former defaults fail the same measures (red and grey 1.22:1, red and green alike for deuteranopia)', () => {
    const former: Fills = { red: '#F4B6B6', amber: '#FFE699', green: '#C6EFCE', blue: '#BDD7EE', grey: '#D9D9D9' };
    const missed = shortfalls(former);
    assert.ok(missed.indexOf('red / grey under 2:1') >= 0 && missed.indexOf('red / green alike for deuteranopia') >= 0, missed.join('; '));
  });

  it('README.md states the measured contrasts of the defaults', () => {
    const readme = fs.readFileSync(path.join(repoRoot(), 'README.md'), 'utf8');
    const expected: string[] = [];
    for (const l of LIGHTS) {
      expected.push(
        '| ' +
          LIGHT_NAMES[l] +
          ' `' +
          fills[l] +
          '` | ' +
          ratio(contrastRatio(fills[l], '#000000')) +
          ' | ' +
          ratio(contrastRatio(fills[l], '#FFFFFF')) +
          ' |',
      );
    }
    for (let i = 0; i < LIGHTS.length; i++) {
      for (let j = i + 1; j < LIGHTS.length; j++) {
        const a = fills[LIGHTS[i]];
        const b = fills[LIGHTS[j]];
        expected.push(
          '| ' +
            LIGHT_NAMES[LIGHTS[i]] +
            ' / ' +
            LIGHT_NAMES[LIGHTS[j]] +
            ' | ' +
            ratio(contrastRatio(a, b)) +
            ' | ' +
            ratio(contrastRatio(asDeuteranope(a), asDeuteranope(b))) +
            ' |',
        );
      }
    }
    const missing = expected.filter((line) => readme.indexOf(line) < 0);
    assert.deepStrictEqual(missing, [], 'README.md should have these lines');
  });
});
