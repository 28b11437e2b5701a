// Whether Excel accepts a formula: its A1-style grammar with en-US separators, string literals of at
// most 255 characters, at most 64 nested function calls and 255 arguments, at most 8,192 characters.
// Names and functions are not looked up (Excel accepts an unknown one and shows #NAME?): this is the
// syntax Excel refuses outright ("There's a problem with this formula"), nothing more.
// Conditional formats and data validation refuse array constants, unions and intersections as well.
import { columnIndex, MAX_COLS, MAX_ROWS } from './address';
import { ErrorCodes, hostError } from './errors';

const MAX_FORMULA_LENGTH = 8192;
const MAX_STRING_LITERAL = 255;
const MAX_NESTING = 64;
const MAX_ARGUMENTS = 255;

type Kind = 'number' | 'string' | 'bool' | 'error' | 'ref' | 'name' | 'func' | 'op' | '(' | ')' | '{' | '}' | ',' | ';' | '%' | 'end';

interface Token {
  kind: Kind;
  text: string;
  /** Whitespace came before it: between two references that is Excel's intersection operator. */
  spaced: boolean;
}

const ERROR_LITERAL = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!)/i;
const NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;
const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)(?![A-Za-z0-9_.(])/;
const COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})(?![A-Za-z0-9_.(])/;
const ROWS = /^\$?(\d+):\$?(\d+)(?![A-Za-z0-9_.(])/;
const NAME = /^[\p{L}_\\][\p{L}\p{N}_.?\\]*/u;
const OPERATOR = /^(<>|<=|>=|[-+*/^&=<>:])/;

class Refused extends Error {}

function refuse(message: string): never {
  throw new Refused(message);
}

function isColumn(letters: string): boolean {
  return columnIndex(letters) < MAX_COLS;
}

function isRow(digits: string): boolean {
  const r = parseInt(digits, 10);
  return r >= 1 && r <= MAX_ROWS;
}

/** The cell, column-range or row-range reference that starts s, or null. */
function referenceAt(s: string): string | null {
  let m = COLUMNS.exec(s);
  if (m && isColumn(m[1]) && isColumn(m[2])) return m[0];
  m = ROWS.exec(s);
  if (m && isRow(m[1]) && isRow(m[2])) return m[0];
  m = CELL.exec(s);
  return m && isColumn(m[1]) && isRow(m[2]) ? m[0] : null;
}

/** The index just past the closing quote of the quoted sheet name at `at`. */
function quotedSheet(s: string, at: number): number {
  let i = at + 1;
  for (;;) {
    if (i >= s.length) refuse('unterminated sheet name');
    if (s.charAt(i) === "'") {
      if (s.charAt(i + 1) !== "'") return i + 1;
      i += 2;
    } else i++;
  }
}

function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let spaced = false;
  const push = (kind: Kind, text: string): void => {
    out.push({ kind, text, spaced });
    i += text.length;
    spaced = false;
  };
  while (i < s.length) {
    const ch = s.charAt(i);
    const rest = s.slice(i);
    if (/\s/.test(ch)) {
      spaced = true;
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      for (;;) {
        if (j >= s.length) refuse('unterminated text');
        if (s.charAt(j) === '"') {
          if (s.charAt(j + 1) !== '"') break;
          j += 2;
        } else j++;
      }
      const literal = s.slice(i + 1, j).replace(/""/g, '"');
      if (literal.length > MAX_STRING_LITERAL) refuse('text values in formulas are limited to ' + MAX_STRING_LITERAL + ' characters');
      push('string', s.slice(i, j + 1));
      continue;
    }
    if (ch === "'") {
      const end = quotedSheet(s, i);
      const ref = s.charAt(end) === '!' ? referenceAt(s.slice(end + 1)) : null;
      if (ref === null) refuse('a sheet name must be followed by ! and a reference');
      push('ref', s.slice(i, end + 1) + ref);
      continue;
    }
    const error = ERROR_LITERAL.exec(rest);
    if (error) {
      push('error', error[0]);
      continue;
    }
    const ref = referenceAt(rest);
    if (ref !== null) {
      push('ref', ref);
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      push('number', number[0]);
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      const after = s.charAt(i + name[0].length);
      if (after === '!') {
        const target = referenceAt(s.slice(i + name[0].length + 1));
        if (target === null) refuse('a sheet name must be followed by ! and a reference');
        push('ref', name[0] + '!' + target);
      } else if (after === '(') push('func', name[0]);
      else if (/^(TRUE|FALSE)$/i.test(name[0])) push('bool', name[0]);
      else push('name', name[0]);
      continue;
    }
    const op = OPERATOR.exec(rest);
    if (op) {
      push('op', op[0]);
      continue;
    }
    if ('(){},;%'.indexOf(ch) >= 0) {
      push(ch as Kind, ch);
      continue;
    }
    refuse('unexpected character ' + JSON.stringify(ch));
  }
  out.push({ kind: 'end', text: '', spaced });
  return out;
}

const BINARY: { [op: string]: number } = {
  '=': 1,
  '<>': 1,
  '<': 1,
  '>': 1,
  '<=': 1,
  '>=': 1,
  '&': 2,
  '+': 3,
  '-': 3,
  '*': 4,
  '/': 4,
  '^': 5,
};

/** Recursive descent over the tokens; each parse method returns whether its operand can be a reference. */
class Parser {
  private at = 0;
  private depth = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly inRule: boolean,
  ) {}

  private peek(): Token {
    return this.tokens[this.at];
  }

  private next(): Token {
    return this.tokens[this.at++];
  }

  private expect(kind: Kind): void {
    const t = this.next();
    if (t.kind !== kind) refuse('expected ' + kind + (t.kind === 'end' ? ' at the end' : ' before ' + JSON.stringify(t.text)));
  }

  whole(): void {
    this.expression(0);
    const t = this.peek();
    if (t.kind !== 'end') refuse('unexpected ' + JSON.stringify(t.text));
  }

  /** Binary operators by precedence climbing; all of Excel's are left-associative. */
  private expression(minPrecedence: number): boolean {
    let refLike = this.unary();
    for (;;) {
      const t = this.peek();
      const precedence = t.kind === 'op' ? BINARY[t.text] : undefined;
      if (precedence === undefined || precedence < minPrecedence) return refLike;
      this.next();
      this.expression(precedence + 1);
      refLike = false;
    }
  }

  private unary(): boolean {
    const t = this.peek();
    if (t.kind === 'op' && (t.text === '-' || t.text === '+')) {
      this.next();
      this.unary();
      return false;
    }
    let refLike = this.range();
    while (this.peek().kind === '%') {
      this.next();
      refLike = false;
    }
    return refLike;
  }

  /** ':' (range) and whitespace (intersection) join references, tighter than any other operator. */
  private range(): boolean {
    const refLike = this.primary();
    for (;;) {
      const t = this.peek();
      if (t.kind === 'op' && t.text === ':') {
        if (!refLike) refuse('":" needs a reference on each side');
        this.next();
        if (!this.primary()) refuse('":" needs a reference on each side');
        continue;
      }
      const startsReference = t.kind === 'ref' || t.kind === 'name' || t.kind === 'func' || t.kind === '(';
      if (refLike && t.spaced && startsReference) {
        if (this.inRule) refuse('conditional formats and data validation cannot use intersections');
        if (!this.primary()) refuse('an intersection needs references');
        continue;
      }
      return refLike;
    }
  }

  private primary(): boolean {
    const t = this.next();
    switch (t.kind) {
      case 'number':
      case 'string':
      case 'bool':
      case 'error':
        return false;
      case 'ref':
      case 'name':
        return true;
      case 'func':
        this.call(t.text);
        return true;
      case '(':
        return this.parenthesised();
      case '{':
        if (this.inRule) refuse('conditional formats and data validation cannot use array constants');
        this.arrayConstant();
        return false;
      default:
        return refuse(t.kind === 'end' ? 'the formula ends too early' : 'unexpected ' + JSON.stringify(t.text));
    }
  }

  private call(name: string): void {
    if (++this.depth > MAX_NESTING) refuse('more than ' + MAX_NESTING + ' nested functions');
    this.expect('(');
    let count = 0;
    if (this.peek().kind === ')') this.next();
    else {
      for (;;) {
        count++;
        const t = this.peek();
        // An omitted argument, as in IF(A1,,1).
        if (t.kind !== ',' && t.kind !== ')') this.expression(0);
        const after = this.next();
        if (after.kind === ')') break;
        if (after.kind !== ',') refuse('expected , or ) in ' + name + '(');
      }
    }
    if (count > MAX_ARGUMENTS) refuse(name + ' has more than ' + MAX_ARGUMENTS + ' arguments');
    this.depth--;
  }

  /** '(' expression ')', or a union of references '(A1,B2)'. */
  private parenthesised(): boolean {
    const refLike = this.expression(0);
    let parts = 1;
    while (this.peek().kind === ',') {
      if (this.inRule) refuse('conditional formats and data validation cannot use unions');
      this.next();
      if (!refLike || !this.expression(0)) refuse('a union needs references');
      parts++;
    }
    this.expect(')');
    return parts > 1 || refLike;
  }

  private arrayConstant(): void {
    for (;;) {
      let t = this.next();
      if (t.kind === 'op' && t.text === '-') t = this.next();
      if (t.kind !== 'number' && t.kind !== 'string' && t.kind !== 'bool' && t.kind !== 'error')
        refuse('an array constant holds only numbers, text, TRUE/FALSE and errors');
      const sep = this.next();
      if (sep.kind === '}') return;
      if (sep.kind !== ',' && sep.kind !== ';') refuse('expected , ; or } in an array constant');
    }
  }
}

/**
 * Why Excel refuses this formula ('=…', or the bare body), or null when it accepts it.
 * inRule: the formula of a conditional format or a data validation rule.
 */
export function formulaProblem(formula: string, inRule: boolean): string | null {
  const body = formula.charAt(0) === '=' ? formula.slice(1) : formula;
  if (body.length > MAX_FORMULA_LENGTH) return 'formulas are limited to ' + MAX_FORMULA_LENGTH + ' characters';
  try {
    new Parser(tokenize(body), inRule).whole();
    return null;
  } catch (e) {
    if (e instanceof Refused) return e.message;
    throw e;
  }
}

/** Throws InvalidArgument, as Excel does, for a cell formula it refuses. */
export function checkCellFormula(formula: string): void {
  const problem = formulaProblem(formula, false);
  if (problem)
    throw hostError(
      ErrorCodes.invalidArgument,
      'There is a problem with the formula ' + JSON.stringify(formula.slice(0, 80)) + ': ' + problem + '.',
    );
}

/** Throws InvalidArgument, as Excel does, for a conditional format's or a data validation's formula it refuses. */
export function checkRuleFormula(formula: string, what: string): void {
  const problem = formulaProblem(formula, true);
  if (problem)
    throw hostError(
      ErrorCodes.invalidArgument,
      'There is a problem with ' + what + ' ' + JSON.stringify(formula.slice(0, 80)) + ': ' + problem + '.',
    );
}
