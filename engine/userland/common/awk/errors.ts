// How awk fails. A syntax error found while reading the program (AwkSyntax) is reported with the
// line and the program text around it, as awk's yacc parser does; an error while running
// (AwkFatal: division by zero, a file that cannot be read …) ends awk with status 2 after the
// message and where it happened (input line, file, program line). Texts are in the catalog.

/** what the lexer or parser could not read, at [pos, end) of the program text */
export class AwkSyntax extends Error {
  constructor(
    /** syntax (yacc's "syntax error"), overflow (nested too deeply), strnl strend renl reend (literals) */
    readonly kind: string,
    readonly pos: number,
    readonly end: number,
  ) {
    super(kind);
  }
}

/** a fatal error while running: catalog id and its arguments */
export class AwkFatal extends Error {
  constructor(
    readonly id: string,
    readonly args: (string | number)[] = [],
  ) {
    super(id);
  }
}

/** `exit [status]` unwinding to the END actions (or out of them) */
export class AwkExit {
  constructor(readonly status: number | null) {}
}

/** `next` and `nextfile` unwinding to the main loop */
export class AwkNext {
  constructor(readonly file: boolean) {}
}

/** the most user functions awk lets call each other at once (a lab limit, as ksh's functions have
 *  one: deeper is an awk error, never the host's stack) */
export const MAX_CALL_DEPTH = 200;

/** the deepest a program's expressions and statements may nest (the parser's limit) */
export const MAX_NESTING = 300;
