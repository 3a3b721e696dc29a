// shutdown(1M) of Solaris 11 (usr/src/cmd/initpkg/shutdown.sh, a /usr/sbin/sh script): root only,
// getopts `rg:i:y?`, then "Shutdown started." with the date, the grace period slept (60 s unless
// -g), the question unless -y, "Changing to init state N - please wait" and `/usr/sbin/init N`:
// 6 (or -r) restarts the machine as reboot and init 6 do, 0 and 5 halt as init 0 does, s/S/1
// (the default is s) go to the administrative state, which the lab leaves as it is. The wall(1M)
// broadcasts and /etc/nologin the script makes while it waits are not simulated.
import type { Co } from "../../kernel/proc/wait.js";
import { msg } from "../common/msg.js";
import { formatDate } from "../common/strftime.js";
import type { CommandContext, CommandDef } from "../types.js";
import { restartSolaris } from "./reboot.js";
import { complain, scriptName, shGetopts } from "./shgetopts.js";

/** the script's echo lines all go to standard output */
const say = (ctx: CommandContext, id: string, ...args: string[]): void => ctx.stdout.write(msg(ctx, id, ...args) + "\n");

function usage(ctx: CommandContext, name: string): number {
  say(ctx, "shutdown.usage", name);
  return 1;
}

interface Request {
  grace: number;
  ask: boolean;
  state: string;
}

/** the getopts loop and its checks, in the script's order; a number is the exit status */
function parse(ctx: CommandContext, name: string): Request | number {
  const { opts } = shGetopts(ctx.argv.slice(1), "?rg:i:y");
  const r: Request = { grace: 60, ask: true, state: "" };
  let reboot = false;
  for (const o of opts) {
    if (o.kind === "bad") {
      complain(ctx, name, o);
      return usage(ctx, name);
    }
    if (o.letter === "g") {
      if (!/^[0-9]+$/.test(o.arg!)) {
        say(ctx, "shutdown.grace", name);
        return usage(ctx, name);
      }
      r.grace = Number(o.arg);
    } else if (o.letter === "i") {
      if (/^[Ss0156]$/.test(o.arg!)) r.state = o.arg!;
      else if (/^[234abcqQ]$/.test(o.arg!)) {
        say(ctx, "shutdown.notdown", name, o.arg!);
        return 1;
      } else {
        say(ctx, "shutdown.badstate", name, o.arg!);
        return usage(ctx, name);
      }
    } else if (o.letter === "r") reboot = true;
    else if (o.letter === "y") r.ask = false;
  }
  if (r.state !== "" && reboot) return usage(ctx, name);
  if (reboot) r.state = "6";
  if (r.state === "") r.state = "s";
  return r;
}

function* run(ctx: CommandContext): Co<number> {
  const name = scriptName(ctx, shutdown);
  if (ctx.sys.proc.uid !== 0) {
    say(ctx, "shutdown.notroot", name, name);
    return 2;
  }
  const r = parse(ctx, name);
  if (typeof r === "number") return r;
  const clock = ctx.machine.clock;
  const tz = ctx.shell.env.get("TZ") || "UTC";
  yield* ctx.stdout.put(`\n${msg(ctx, "shutdown.started")}${formatDate("%a %b %e %H:%M:%S %Z %Y", clock.now(), tz)}\n\n`);
  // the warnings' sleeps down to 10 s before the end (or the whole grace when it is 10 s or less)
  const last = [7200, 3600, 1800, 1200, 600, 300, 120, 60, 30, 10].filter((i) => r.grace > i).pop();
  if (last !== undefined) clock.set(clock.now() + r.grace - last);
  const grace = last ?? r.grace;
  if (r.ask) {
    yield* ctx.stdout.put(msg(ctx, "shutdown.ask"));
    const line = yield* ctx.stdin.readLine();
    if (line === null || line.text !== "y") {
      say(ctx, "shutdown.aborted");
      return 1;
    }
  }
  if (grace > 0) clock.set(clock.now() + grace);
  say(ctx, "shutdown.changing", r.state);
  if (r.state === "6") yield* restartSolaris(ctx);
  // 0 and 5 halt (and power off): nothing more runs, the session ends, as init 0 does
  else if (r.state === "0" || r.state === "5") ctx.shell.exitRequested = 0;
  return 0;
}

export const shutdown: CommandDef = {
  name: "shutdown",
  run,
  path: "/usr/sbin/shutdown",
  summary: "Shuts the system down or restarts it, after a grace period.",
  flags: ["-y", "-g", "-i", "-r"],
  man: `shutdown Command

Purpose
       shut down system, change system state

Syntax
       shutdown [-y] [-g grace-period] [-i init-state] [message]

Description
       shutdown is a script run by root that takes the system to another
       init state: it says when it started, waits the grace period (60
       seconds by default), asks for confirmation unless -y is given, then
       runs init with the state (s by default). shutdown -y -g0 -i6
       restarts the system at once; -i0 and -i5 halt it.

Flags
       -y         Answers the confirmation question yes.
       -g grace-period
                  Seconds to wait before the system goes down (default 60).
       -i init-state
                  The state to go to: 0, 1, 5, 6, s or S (default s).
       -r         Restart: the same as -i6.

Messages
       Shutdown started.    Wed Nov 27 06:43:00 UTC 2013
       Do you want to continue? (y or n):
       Shutdown aborted.
       Changing to init state 6 - please wait
       /usr/sbin/shutdown:  Only root can run /usr/sbin/shutdown
       /usr/sbin/shutdown: -g requires a numeric option
       /usr/sbin/shutdown: Initstate 3 is not for system shutdown
       /usr/sbin/shutdown: x is not a valid initstate
       Usage: /usr/sbin/shutdown [ -y ] [ -g<grace> ] [ -r | -i<initstate> ] [ message ]

Exit Status
       0    The state was changed.
       1    Wrong usage, or the question was not answered y.
       2    Not run by root.
`,
};
