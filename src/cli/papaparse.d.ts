// The part of papaparse (5.x) that sheet-files.ts uses. @types/papaparse is not used: it brings in
// Node's types for the whole project, whose browser code would then type-check against them.
declare module 'papaparse' {
  interface ParseError {
    readonly type: string;
    readonly code: string;
    readonly message: string;
    /** The record the error is in, from 0. */
    readonly row?: number;
  }
  interface ParseResult {
    readonly data: string[][];
    readonly errors: ParseError[];
  }
  const Papa: {
    parse(text: string, config: { delimiter?: string; skipEmptyLines?: boolean }): ParseResult;
    unparse(
      data: readonly (readonly (string | number | boolean | null)[])[],
      config?: { newline?: string; quotes?: boolean; escapeFormulae?: boolean },
    ): string;
  };
  export default Papa;
}
