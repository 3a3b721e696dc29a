// bash on Solaris 11.1: /usr/bin/bash, root's login shell. The same command as AIX's ksh and sh
// (a new shell in the command's own process, engine/userland/sh/command.ts); the shell it starts
// speaks the machine's dialect (engine/os/solaris/sh.ts).
import { shCommand } from "../sh/command.js";
import type { CommandDef } from "../types.js";

export const solarisBashCommand: CommandDef = {
  ...shCommand,
  name: "bash",
  path: "/usr/bin/bash",
  summary: "GNU Bourne-Again SHell (bash 4.1), root's shell on Solaris 11.1.",
  man: `bash Command

Purpose
       GNU Bourne-Again SHell (bash 4.1), root's shell on Solaris 11.1.

Syntax
       bash [-aefnuvx] [-c string | file] [argument ...]

Description
       Bash is an sh-compatible command language interpreter that executes
       commands read from the standard input or from a file. With no file
       and no -c it reads commands from standard input: when that is the
       terminal it prompts (user@host:dir#) and ends with exit or Ctrl-D.
       With -c it runs string and ends; with file it runs the file.

       A command that is not found prints
              -bash: name: command not found
       at root's login (an interactive bash names itself by its argv[0]) and
       ends with status 127. Reading -c, a script or standard input, bash
       names $0 and the line instead:
              bash: line 0: cd: /x: No such file or directory
              ./s.sh: line 3: name: command not found
       (the lines of a -c string count from 0; a built-in's line is always
       named). A job started with & prints [1] and its pid; jobs lists
              [1]+  Running                 sleep 100 &
       and the jobs that end are listed so before the next prompt.

       Its own built-ins type, declare, local and shopt have no file. sh and
       ksh on Solaris 11.1 are ksh93, with ksh93's messages; print and whence
       are ksh93's, not bash's.

Flags
       -c string  Runs string; the next argument is $0, the rest $1 ...
       -e -x -v -u -f -n
                  Set the options as the set command does.
`,
};
