// The compound commands: for, select, while, until, if, case, { }, ( ), [[ ]], (( )) and
// function definitions. Each loop iteration is a step of the shell (it may give the processor
// back and handles signals), so an endless loop never holds the machine and Ctrl-C ends it.
import type { CompoundCommand, CondExpr, List } from "../../../grammar/ast.js";
import type { Co } from "../../kernel/proc/wait.js";
import { optionIsOn } from "../common/set.js";
import { TestError, testExpr } from "../common/test.js";
import { readLineFd } from "../streams.js";
import { arith, expandOne, expandPattern, expandWord } from "./expand.js";
import { braceWords, execList, subshell } from "./exec.js";
import { ExpansionError, type Shell } from "./interp.js";
import { shellPattern } from "./pattern.js";
import { applyRedirects, restoreRedirects } from "./redirect.js";
import { contextFor } from "./spawn.js";

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function* runCompound(sh: Shell, c: CompoundCommand): Co<number> {
  if (c.redirects.length === 0) return yield* compound(sh, c);
  const saved = yield* applyRedirects(sh, c.redirects, true);
  try {
    return yield* compound(sh, c);
  } finally {
    restoreRedirects(sh, saved);
  }
}

/** the condition of if, while or until: set -e and the ERR trap do not act inside it */
function* condition(sh: Shell, list: List): Co<number> {
  sh.condDepth++;
  try {
    return yield* execList(sh, list);
  } finally {
    sh.condDepth--;
  }
}

/** after a loop body: true when the loop must stop (break, continue of an outer loop, return,
 *  exit) */
function leaveLoop(sh: Shell): boolean {
  const c = sh.ctl;
  if (c !== null) {
    if (c.kind === "return") return true;
    if (c.kind === "break") {
      if (--c.n <= 0) sh.ctl = null;
      return true;
    }
    if (c.n <= 1) sh.ctl = null;
    else {
      c.n--;
      return true;
    }
  }
  return sh.state.exitRequested !== null || sh.aborted;
}

function* words(sh: Shell, list: CompoundCommand & { words: import("../../../grammar/ast.js").Word[] | null }): Co<string[]> {
  if (list.words === null) return [...sh.state.positional];
  const out: string[] = [];
  for (const w of braceWords(sh, list.words)) out.push(...(yield* expandWord(sh, w)));
  return out;
}

function* compound(sh: Shell, c: CompoundCommand): Co<number> {
  switch (c.kind) {
    case "group":
      return yield* execList(sh, c.list);
    case "subshell":
      return yield* subshell(sh, c.list, c);
    case "function":
      sh.state.functions.set(c.name, c);
      return 0;
    case "arith": {
      const v = yield* arith(sh, c.expr);
      return v === "0" ? 1 : 0;
    }
    case "cond":
      return (yield* cond(sh, c.expr)) ? 0 : 1;
    case "select":
      return yield* select(sh, c);
    case "for": {
      if (!NAME.test(c.name)) throw new ExpansionError(sh.msg("sh.badid", c.name));
      const list = yield* words(sh, c);
      let status = 0;
      sh.loopDepth++;
      try {
        for (const w of list) {
          yield* sh.checkpoint();
          sh.state.env.set(c.name, w);
          status = yield* execList(sh, c.body);
          if (leaveLoop(sh)) break;
        }
      } finally {
        sh.loopDepth--;
      }
      return status;
    }
    case "while":
    case "until": {
      let status = 0;
      sh.loopDepth++;
      try {
        for (;;) {
          yield* sh.checkpoint();
          const cond = yield* condition(sh, c.cond);
          if (leaveLoop(sh)) break;
          if ((cond === 0) !== (c.kind === "while")) break;
          status = yield* execList(sh, c.body);
          if (leaveLoop(sh)) break;
        }
      } finally {
        sh.loopDepth--;
      }
      return status;
    }
    case "if": {
      for (const cl of c.clauses) {
        const st = yield* condition(sh, cl.cond);
        if (sh.state.exitRequested !== null || sh.ctl !== null || sh.aborted) return st;
        if (st === 0) return yield* execList(sh, cl.body);
      }
      return c.otherwise === null ? 0 : yield* execList(sh, c.otherwise);
    }
    case "case": {
      const subject = yield* expandOne(sh, c.word);
      for (const arm of c.arms) {
        for (const p of arm.patterns) {
          if (shellPattern(yield* expandPattern(sh, p)).matches(subject)) return arm.body === null ? 0 : yield* execList(sh, arm.body);
        }
      }
      return 0;
    }
  }
}

/** select: the menu on standard error, a line of standard input picks the word (REPLY holds the
 *  line); end of input ends the loop */
function* select(sh: Shell, c: Extract<CompoundCommand, { kind: "select" }>): Co<number> {
  if (!NAME.test(c.name)) throw new ExpansionError(sh.msg("sh.badid", c.name));
  const list = yield* words(sh, c);
  if (list.length === 0) return 0;
  const width = String(list.length).length;
  const menu = list.map((w, i) => `${String(i + 1).padStart(width)}) ${w}\n`).join("");
  let status = 0;
  let showMenu = true;
  sh.loopDepth++;
  try {
    for (;;) {
      yield* sh.checkpoint();
      if (showMenu) sh.write(2, menu);
      sh.write(2, sh.state.env.get("PS3") ?? "#? ");
      const line = yield* readLineFd(sh.sys, 0, "data");
      if (line === null) {
        status = 1;
        break;
      }
      sh.state.env.set("REPLY", line.text);
      showMenu = line.text === "";
      if (showMenu) continue;
      const k = /^[ \t]*([0-9]+)[ \t]*$/.exec(line.text);
      sh.state.env.set(c.name, k !== null ? (list[Number(k[1]) - 1] ?? "") : "");
      status = yield* execList(sh, c.body);
      if (leaveLoop(sh)) break;
    }
  } finally {
    sh.loopDepth--;
  }
  return status;
}

/** [[ … ]]: no field splitting or pathname expansion; the right side of = == != a pattern */
function* cond(sh: Shell, e: CondExpr): Co<boolean> {
  switch (e.kind) {
    case "and":
      return (yield* cond(sh, e.left)) && (yield* cond(sh, e.right));
    case "or":
      return (yield* cond(sh, e.left)) || (yield* cond(sh, e.right));
    case "not":
      return !(yield* cond(sh, e.expr));
    case "word":
      return (yield* expandOne(sh, e.word)) !== "";
    case "unary": {
      const arg = yield* expandOne(sh, e.arg);
      if (e.op === "-o") return optionIsOn(sh.state.options, arg);
      return test(sh, [e.op, arg]);
    }
    case "binary": {
      const left = yield* expandOne(sh, e.left);
      switch (e.op) {
        case "=":
        case "==":
        case "!=": {
          const m = shellPattern(yield* expandPattern(sh, e.right)).matches(left);
          return e.op === "!=" ? !m : m;
        }
        case "<":
        case ">": {
          const right = yield* expandOne(sh, e.right);
          return e.op === "<" ? left < right : left > right;
        }
        default:
          return test(sh, [left, e.op, yield* expandOne(sh, e.right)]);
      }
    }
  }
}

/** a test expression (the file and number operators of [[ ]]) */
function test(sh: Shell, args: string[]): boolean {
  try {
    return testExpr(contextFor(sh, sh.sys, args), args);
  } catch (e) {
    if (e instanceof TestError) throw new ExpansionError(e.message);
    throw e;
  }
}
