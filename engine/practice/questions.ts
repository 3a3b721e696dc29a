// Questions answered from the live machine, as certification exams ask them from an exhibit
// ("which device holds /backup/cd_image?"). An answer is checked against a pattern written in the
// scenario (RE2, the whole trimmed answer), or against what the machine's state says at the
// moment the answer is given.
import type { AnswerFrom, Question } from "./spec.js";
import { normalPath, pattern } from "./spec.js";
import type { World } from "./world.js";

export interface Verdict {
  ok: boolean;
  /** why a computed answer could not be had (the state has none now); absent otherwise */
  why?: string;
  /** right by what the state was at an earlier check, not by what it is now */
  then?: true;
  /** judged on the machine as the exercise found it (a UI says so, not "now") */
  asFound?: true;
}

/** the answers the machine's state accepts now, or a sentence why it has none */
export function answersNow(w: World, from: AnswerFrom): { accept: string[] } | { none: string } {
  const m = w.machine;
  switch (from.kind) {
    case "holder-of": {
      const u = w.bound().find((x) => w.holds(x, from.image));
      return u ? { accept: w.unitNames(u) } : { none: `${from.image} is bound to no device now` };
    }
    case "image-of": {
      const u = w.unit(from.device);
      if (u?.image) return { accept: [u.imagePath] };
      if (m.os === "aix" && m.odm) {
        const name = from.device.replace(/^\/dev\//, "");
        const f = m.odm.attr(name, "filename");
        if (f) return { accept: [f] };
      }
      return { none: `${from.device} is bound to no file now` };
    }
    case "mounted-on": {
      const mt = w.mountAt(from.on);
      if (!mt) return { none: `nothing is mounted on ${from.on} now` };
      // a loop, vnd or lofi disk by any of its device names (vnd1, vnd1c, /dev/vnd1c), not by
      // its bare number: that names the unit to its command, not what is mounted
      const u = mt.special.startsWith("/dev/") ? w.unit(mt.special) : undefined;
      const names = u ? w.unitNames(u).filter((n) => !/^\d+$/.test(n)) : [];
      return { accept: [...new Set([mt.special, ...names])] };
    }
    case "fstype-of": {
      const mt = w.mountAt(from.on);
      return mt ? { accept: [mt.vfs.type] } : { none: `nothing is mounted on ${from.on} now` };
    }
    case "state-of": {
      const name = from.device.replace(/^\/dev\//, "");
      const cu = m.odm?.find("CuDv", { name })[0];
      if (!cu) return { none: `${name} does not exist now` };
      return { accept: [["Defined", "Available", "Stopped"][Number(cu.status)] ?? String(cu.status)] };
    }
    case "users-of": {
      const v = w.resolve(from.on);
      if (v === null) return { none: `${from.on} does not exist now` };
      const pids = w.usersOf(v);
      return pids.length ? { accept: pids.map(String) } : { none: `no process uses the file system of ${from.on} now` };
    }
    case "attribute": {
      const name = from.device.replace(/^\/dev\//, "");
      const v = m.odm?.attr(name, from.attribute);
      return v !== undefined ? { accept: [v] } : { none: `${name} has no attribute ${from.attribute} now` };
    }
    case "device-number-of": {
      const v = w.resolve(from.path);
      if (v === null) return { none: `${from.path} does not exist now` };
      // as stat(1) prints st_dev: the number (%d), or split as major,minor (%Hd,%Ld)
      const d = v.getattr().fsid;
      const dev = w.session.os.formats.dev;
      return { accept: [String(d), `${dev.major(d)},${dev.minor(d)}`] };
    }
  }
}

/** the word or phrase of `text` a pattern question would take as its answer, or null: each word
 *  (what stands between spaces, its quotes and closing punctuation taken off) is tried whole, and
 *  the example as a phrase (a hint or a why-not that holds it gives the answer away) */
export function answerNamedIn(text: string, q: Question): string | null {
  if (q.pattern === undefined) return null;
  const m = pattern(q.pattern);
  for (const raw of text.split(/\s+/)) {
    const word = raw.replace(/^[("'`]+|[)"'`,.;:!?]+$/g, "");
    if (word !== "" && m.matcher(word).matches()) return word;
  }
  const ex = q.example;
  return ex !== undefined && ex.length >= 4 && holdsWhole(text, ex, true) ? ex : null;
}

/** does the text hold `word` whole (not a part of a path or a longer name)? */
export function holdsWhole(text: string, word: string, anyCase = false): boolean {
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\w/.-])${esc}(?![\\w/-])`, anyCase ? "i" : "").test(text);
}

/** a device's name as each system writes it, and how a wrong-form answer is told what is asked */
const UNIT_FORMS: Record<string, { form: RegExp; says: string }> = {
  aix: { form: /^(\/dev\/)?loop\d+$/, says: "loopN or /dev/loopN" },
  bsd: { form: /^((\/dev\/r?)?vnd\d+c?|\d+)$/, says: "vndN, /dev/vndNc or the unit's number N" },
  solaris: { form: /^((\/dev\/r?)?lofi\/\d+|\d+)$/, says: "/dev/lofi/N or the number N" },
};

/** a holder-of answer that is no device name at all: what form the question wants */
function wrongForm(w: World, q: Question, a: string): string | null {
  if (q.from?.kind !== "holder-of") return null;
  const f = UNIT_FORMS[w.machine.os];
  return f && !f.form.test(a) ? `not a device name: the answer is written as ${f.says}` : null;
}

/** what a state answer is judged on besides the state now: `found`, the answers right after
 *  set-up (then they alone count), or `seen`, the answers of the last check that had any */
export interface Earlier {
  found?: ReadonlySet<string>;
  seen?: ReadonlySet<string> | undefined;
}

/** does the typed answer answer the question: as the machine was found, or now or earlier? */
export function judge(w: World, q: Question, typed: string, earlier: Earlier = {}): Verdict {
  let t = typed.trim();
  // a pid copied from fuser's report keeps its letters and user (1114604c, 1025co(root)): the pid
  if (q.from?.kind === "users-of") t = t.replace(/^(\d+)[a-z]*(\([^)]*\))?$/, "$1");
  // a path is the same path with its slashes tidied (/backup//cd_image/)
  const a = t.startsWith("/") ? normalPath(t) : t;
  if (q.pattern !== undefined) return { ok: pattern(q.pattern).matcher(t).matches() };
  const form = wrongForm(w, q, a);
  if (form !== null) return { ok: false, why: form };
  const now = w.quietly(() => answersNow(w, q.from!));
  // a state answer is a name: its case counts only where the system's does (Available, loop0);
  // an attribute's word (yes, no, true) has no case that matters, its path does
  const caseless = q.from!.kind === "state-of" || (q.from!.kind === "attribute" && !a.includes("/"));
  const right = (accept: Iterable<string>) => [...accept].some((x) => x === a || (caseless && x.toLowerCase() === a.toLowerCase()));
  const rightNow = "accept" in now && right(now.accept);
  const found = earlier.found;
  if (found) {
    if (right(found)) return rightNow ? { ok: true } : { ok: true, then: true };
    if (rightNow) return { ok: false, why: "so it is now, but not as the exercise found the machine" };
    if ("accept" in now) return { ok: false, asFound: true };
    return { ok: false, why: `not so as the exercise found the machine (now ${now.none.replace(/ now$/, "")})` };
  }
  const before = earlier.seen;
  if (rightNow) return { ok: true };
  if (before && right(before)) return { ok: true, then: true };
  if ("accept" in now) return { ok: false };
  if (before?.size) return { ok: false, why: `not the answer the machine had the last time it had one (now ${now.none.replace(/ now$/, "")})` };
  return { ok: false, why: now.none };
}
