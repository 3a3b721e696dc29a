// The commands every system of the lab has (their messages come from each system's catalog).
import type { CommandDef } from "../types.js";
import { cat } from "./cat.js";
import { chmod } from "./chmod.js";
import { cd } from "./cd.js";
import { clear } from "./clear.js";
import { cp } from "./cp.js";
import { dd } from "./dd.js";
import { echo } from "./echo.js";
import { env } from "./env.js";
import { exit } from "./exit.js";
import { exportCmd } from "./export.js";
import { grep } from "./grep.js";
import { head } from "./head.js";
import { help } from "./help.js";
import { hostname } from "./hostname.js";
import { ln } from "./ln.js";
import { ls } from "./ls.js";
import { man } from "./man.js";
import { mkdir } from "./mkdir.js";
import { mv } from "./mv.js";
import { od } from "./od.js";
import { print } from "./print.js";
import { pwd } from "./pwd.js";
import { read } from "./read.js";
import { rmCmd } from "./rm.js";
import { rmdir } from "./rmdir.js";
import { set } from "./set.js";
import { tail } from "./tail.js";
import { testCmd } from "./test.js";
import { touch } from "./touch.js";
import { falseCmd, trueCmd } from "./true.js";
import { uname } from "./uname.js";
import { wc } from "./wc.js";
import { alias, unalias } from "./alias.js";
import { trap } from "./trap.js";
import { readonlyCmd, typeset } from "./typeset.js";
import { ulimit } from "./ulimit.js";
import { umask } from "./umask.js";
import { unset } from "./unset.js";
import { whence } from "./whence.js";
import { sleep } from "./sleep.js";
import { yes } from "./yes.js";
import { tee } from "./tee.js";
import { printf } from "./printf.js";
import { killCmd } from "./kill.js";
import { nohup } from "./nohup.js";
import { sed } from "./sed/index.js";
import { find } from "./find/index.js";
import { du } from "./du.js";
import { file } from "./file.js";
import { chown } from "./chown.js";
import { chgrp } from "./chgrp.js";
import { kshCommand, shCommand } from "../sh/command.js";
import { bg, fg, jobs, wait } from "./jobctl.js";
import { pipelineTools } from "./pipeline-tools.js";
import { awk } from "./awk/command.js";
import { date } from "./date.js";

export function commonCommands(): CommandDef[] {
  return [
    cat, cd, chmod, clear, cp, dd, echo, env, exit, exportCmd, falseCmd, grep, head, help, hostname, ln, ls,
    man, mkdir, mv, od, print, pwd, read, rmCmd, rmdir, set, tail, testCmd, touch, trueCmd,
    uname, wc, alias, unalias, trap, typeset, readonlyCmd, ulimit, umask, unset, whence,
    sleep, yes, tee, printf, killCmd, nohup, sed, find, du, file, chown, chgrp, jobs, fg, bg, wait, kshCommand, shCommand, awk, date,
    ...pipelineTools(),
  ];
}
