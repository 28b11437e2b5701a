import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CellValue, Day } from '../../ledger/types';
import { columnLetter } from '../excel-host/address';
import { evaluateFormatFormula, shiftFormula } from './evaluate';

/** A Day is whole days since 1970-01-01. */
function dayOf(y: number, m: number, d: number): Day {
  return Date.UTC(y, m - 1, d) / 86400000;
}

const TODAY = dayOf(2023, 7, 15);

/** A sheet as a map 'A1' → value. */
function sheet(cells: { [a1: string]: CellValue }): (row: number, col: number) => CellValue {
  return (row, col) => cells[columnLetter(col) + row];
}

function at(formula: string, cells: { [a1: string]: CellValue }, target = { row: 1, col: 0 }, anchor = { row: 1, col: 0 }): boolean {
  return evaluateFormatFormula(formula, anchor, target, sheet(cells), TODAY);
}

describe('formula/evaluate @tz', () => {
  it('moves relative references with the target cell and keeps absolute ones', () => {
    assert.strictEqual(shiftFormula('$J3+J$3+$J$3+J3', 2, 1), '$J5+K$3+$J$3+K5');
    assert.strictEqual(shiftFormula('"A1"&\'B 2\'!C3&LOG10(A1)', 1, 0), '"A1"&\'B 2\'!C4&LOG10(A2)');
    assert.strictEqual(shiftFormula('"say ""A1"""&A1', 1, 1), '"say ""A1"""&B2');
    assert.throws(() => shiftFormula('A1', -1, 0));
  });

  it("evaluates a formula for the range's other cells as Excel does", () => {
    const cells = { A3: 1, A4: 2, B4: 5, C4: 7 };
    const anchor = { row: 3, col: 1 };
    assert.strictEqual(at('=$A3=2', cells, { row: 4, col: 2 }, anchor), true);
    assert.strictEqual(at('=$A3=2', cells, { row: 3, col: 2 }, anchor), false);
    assert.strictEqual(at('=B3=7', cells, { row: 4, col: 2 }, anchor), true, 'B3 from B3 is C4 from C4');
    assert.strictEqual(at('=$A$3=1', cells, { row: 4, col: 2 }, anchor), true);
  });

  it('returns TODAY() as the serial of the day asked for, in any time zone', () => {
    assert.strictEqual(at('=TODAY()=45122', {}), true);
    assert.strictEqual(at('=DATE(2023,7,15)=TODAY()', {}), true);
    // Serials as Excel shows them, across the fictitious 1900-02-29 and a real leap day.
    const known: [Day, number][] = [
      [dayOf(1900, 2, 28), 59],
      [dayOf(1900, 3, 1), 61],
      [dayOf(2000, 1, 1), 36526],
      [dayOf(2024, 2, 29), 45351],
    ];
    for (const [day, serial] of known) {
      assert.strictEqual(
        evaluateFormatFormula('=TODAY()=' + serial, { row: 1, col: 0 }, { row: 1, col: 0 }, () => null, day),
        true,
        String(serial),
      );
    }
  });

  it('computes TODAY() with its own date code, not the product’s it is there to check', () => {
    const compiled = fs.readFileSync(path.join(__dirname, 'evaluate.js'), 'utf8');
    const required = (compiled.match(/require\("[^"]+"\)/g) || []).filter((r) => /ledger\//.test(r));
    assert.deepStrictEqual(required, []);
  });

  it('reads Date cells as their calendar day and Office.js "" as blank', () => {
    assert.strictEqual(at('=A1=TODAY()', { A1: new Date(2023, 6, 15, 23, 30) }), true);
    assert.strictEqual(at('=ISNUMBER(A1)', { A1: '' }), false);
    assert.strictEqual(at('=A1<1', { A1: '' }), true, 'a blank compares as 0');
  });

  it('applies the format only for TRUE or a non-zero number', () => {
    assert.strictEqual(at('=1', {}), true);
    assert.strictEqual(at('=0', {}), false);
    assert.strictEqual(at('="TRUE"', {}), false);
    assert.strictEqual(at('=1/0', {}), false);
  });

  it('follows Excel for blanks, text and errors in the functions the rules use', () => {
    assert.strictEqual(at('=TRIM(A1)=""', {}), true);
    assert.strictEqual(at('=TRIM(A1)="a b"', { A1: '  a   b ' }), true);
    assert.strictEqual(at('=TRIM(A1)=A1', { A1: '\u3000已完成' }), true, 'TRIM leaves full-width spaces');
    assert.strictEqual(at('=LEFT(A1,2)="ab"', { A1: 'abc' }), true);
    assert.strictEqual(at('=SUBSTITUTE(A1,"（","(")="a(b"', { A1: 'a（b' }), true);
    assert.strictEqual(at('=FIND("b",A1)=2', { A1: 'abc' }), true);
    assert.strictEqual(at('=ISNUMBER(FIND("x",A1))', {}), false);
    assert.strictEqual(at('=OR(FIND("x",A1)>0,TRUE)', { A1: 'abc' }), false, 'an error argument makes OR an error');
    assert.strictEqual(at('=AND(A1,B1)', { A1: true, B1: 'text' }), true, 'text in references is skipped');
    assert.strictEqual(at('=A1>5', { A1: 'text' }), true, 'text ranks above every number');
    assert.strictEqual(at('=COUNTA(A1:C1)=2', { A1: 'x', C1: 0 }), true);
  });
});
