// bash 4.1's ${x/pat/rep}, ${x//pat/rep}, ${x/#pat/rep}, ${x/%pat/rep}, ${x:off:len} and ${#x} on
// the Solaris machine (the dialect's paramOps); ksh88 on AIX and BSD's sh keep their messages.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../../engine/session.js";

const on = (os: "solaris" | "aix" | "bsd") => createSession({ os, clock: Date.UTC(2013, 10, 27, 6, 43) / 1000 });
const is = (s: ReturnType<typeof on>, line: string, output: string, status = 0) => assert.equal(runLine(s, line), { output, status }, line);

test("pattern substitution: first, every, at the start, at the end; longest match; quoted pattern", () => {
  const s = on("solaris");
  runLine(s, "x=hello.world.txt");
  is(s, "echo ${x/o/0} ${x//o/0} ${x/#hel/H} ${x/%txt/md} ${x/#x/Q}", "hell0.world.txt hell0.w0rld.txt Hlo.world.txt hello.world.md hello.world.txt\n");
  is(s, "echo ${x//[aeiou]/} ${x/l*o/L} ${x/.} \"${x//./ }\"", "hll.wrld.txt heLrld.txt helloworld.txt hello world txt\n");
  is(s, "p='l*'; echo ${x/$p/Z} ${x/\"$p\"/Z} ${x/l\\*/Z}", "heZ hello.world.txt hello.world.txt\n");
  is(s, "y=world; echo ${x/$y/$(echo there)} ${x/#/>} ${x/%/<}", "hello.there.txt >hello.world.txt hello.world.txt<\n");
});

test("substrings and length; a negative length is bash 4.1's error", () => {
  const s = on("solaris");
  runLine(s, "x=abcdef");
  is(s, "echo ${x:2} ${x:2:3} ${x: -2} ${x:1+1:1} ${#x} [${x:9}] [${x: -9}]", "cdef cde ef c 6 [] []\n");
  is(s, "echo ${x:1:-1}", "-bash: -1: substring expression < 0\n", 1);
  is(s, "set -- one two; echo ${1/o/O} ${2:1}", "One wo\n");
});

test("AIX's ksh88 and BSD's sh still call them bad substitutions", () => {
  is(on("aix"), "x=abc; echo ${x/a/b}", "ksh: ${x/a/b}: 0403-011 The specified substitution is not valid for this command.\n", 1);
  is(on("aix"), "x=abc; echo ${x:1:1}", "ksh: ${x:1:1}: 0403-011 The specified substitution is not valid for this command.\n", 1);
  is(on("bsd"), "x=abc; echo ${x/a/b}", "Bad substitution\n", 1);
});

test.run();
