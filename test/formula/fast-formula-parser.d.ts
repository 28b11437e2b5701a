// The parts of fast-formula-parser (MIT, no bundled types) that the evaluator uses.
declare module 'fast-formula-parser' {
  interface CellRef {
    sheet?: string;
    row: number;
    col: number;
  }
  interface RangeRef {
    sheet?: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  /** A function argument as the parser hands it over. */
  interface Arg {
    value: unknown;
    isArray?: boolean;
    isCellRef?: boolean;
    isRangeRef?: boolean;
    omitted?: boolean;
  }
  interface ParserConfig {
    onCell?: (ref: CellRef) => unknown;
    onRange?: (ref: RangeRef) => unknown[][];
    functions?: { [name: string]: (...args: Arg[]) => unknown };
  }
  interface FormulaError extends Error {
    readonly error: string;
  }
  /** Reached only as FormulaParser.FormulaError. */
  interface FormulaErrorClass {
    new (error: string): FormulaError;
    readonly VALUE: FormulaError;
    readonly REF: FormulaError;
  }
  class FormulaParser {
    constructor(config?: ParserConfig);
    parse(formula: string, position: { row: number; col: number; sheet: string }, allowReturnArray?: boolean): unknown;
    static FormulaError: FormulaErrorClass;
  }
  export = FormulaParser;
}
