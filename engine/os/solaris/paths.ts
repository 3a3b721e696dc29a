// Which of the lab's common commands Solaris 11.1 does not have. Every common command lives in
// /usr/bin on Solaris as on AIX (/bin is a link to usr/bin on Solaris 11), so their places stay.

/** ksh88's own commands that neither bash nor Solaris 11's /usr/bin have: print and whence are
 *  built-ins of ksh with no file on Solaris 11 */
export const SOLARIS_ABSENT: ReadonlySet<string> = new Set(["print", "whence"]);
