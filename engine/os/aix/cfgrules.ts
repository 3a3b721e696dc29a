// The Configuration Manager's work (cfgmgr, and the boot): run the Config_Rules programs of a
// phase in sequence order, then the configure method of every device they name and of the
// children each method names in turn. The steps are returned so cfgmgr -v can report them.
import type { Machine } from "../../kernel/machine.js";
import type { Sys } from "../../kernel/sys.js";
import type { Odm } from "../../kernel/odm/odm.js";
import { configureLoop, LOOP_TYPE } from "./devices.js";
import { cuDvObject, customized, detectable } from "./lpar.js";

/** Config_Rules as the base system and the loopback fileset install them: [phase, seq, rule] */
export const CONFIG_RULES: [number, number, string][] = [
  [1, 10, "/etc/methods/defsys"],
  [1, 12, "/usr/lib/methods/deflvm"],
  [2, 5, "/usr/lib/methods/loadkmod"],
  [2, 10, "/etc/methods/defsys"],
  [2, 12, "/usr/lib/methods/deflvm"],
  [2, 19, "/etc/methods/ptynode"],
  [2, 25, "/etc/methods/starttty"],
  [2, 30, "/usr/lib/methods/defaio"],
  [2, 0, "/usr/lib/methods/startloop"],
  [3, 5, "/usr/lib/methods/loadkmod"],
  [3, 10, "/etc/methods/defsys"],
  [3, 12, "/usr/lib/methods/deflvm"],
  [3, 19, "/etc/methods/ptynode"],
  [3, 25, "/etc/methods/starttty"],
  [3, 30, "/usr/lib/methods/defaio"],
  [3, 0, "/usr/lib/methods/startloop"],
];

export type CfgStep =
  | { kind: "rule"; rule: string; out: string }
  | { kind: "device"; name: string; led: number; method: string; out: string; error: unknown }
  | { kind: "missing"; name: string };

const STATUS_DEFINED = 0;
const STATUS_AVAILABLE = 1;
const STATUS_DIAGNOSE = 4;

/** what a node configuration program prints: the devices at the top of its node */
function ruleOutput(odm: Odm, rule: string): string {
  const base = rule.replace(/^.*\//, "").split(/\s+/)[0];
  switch (base) {
    case "defsys":
      // defsys defines sys0 when its object is gone (odmdelete), then names it
      defineFound(odm, "sys0");
      return "sys0\n";
    case "ptynode":
      defineFound(odm, "pty0");
      return "pty0\n";
    case "startloop":
      // the loopback devices left Defined (by mkdev -d, rmdev, or a boot)
      return odm
        .find("CuDv", { PdDvLn: LOOP_TYPE, status: STATUS_DEFINED })
        .map((o) => `${o.name}\n`)
        .join("");
    default:
      return "";
  }
}

/** a device of the machine's hardware defined again (Defined) when its CuDv object is missing */
function defineFound(odm: Odm, name: string): void {
  const c = customized.find((d) => d.name === name);
  if (c && odm.find("CuDv", { name }).length === 0) odm.add("CuDv", cuDvObject(c, STATUS_DEFINED));
}

/** the rules of a phase in the order cfgmgr runs them: by seq, with seq 0 (don't care) last */
export function rulesOf(odm: Odm, phase: number): string[] {
  const rules = odm.find("Config_Rules", { phase });
  const key = (seq: number) => (seq === 0 ? Number.MAX_SAFE_INTEGER : seq);
  return rules
    .map((r, i) => ({ r, i }))
    .sort((a, b) => key(Number(a.r.seq)) - key(Number(b.r.seq)) || a.i - b.i)
    .map(({ r }) => String(r.rule));
}

/** one device's configure method: make it Available; it names its children */
function configureDevice(m: Machine, sys: Sys, odm: Odm, name: string): CfgStep {
  const cu = odm.find("CuDv", { name });
  const pd = cu.length === 1 ? odm.find("PdDv", { uniquetype: String(cu[0]!.PdDvLn) })[0] : undefined;
  if (!pd) return { kind: "missing", name };
  const method = String(pd.Configure);
  const step = { kind: "device" as const, name, led: Number(pd.led), method, out: "", error: null as unknown };
  if (Number(cu[0]!.status) === STATUS_DIAGNOSE) return step;
  if (cu[0]!.PdDvLn === LOOP_TYPE) {
    try {
      configureLoop(m, sys, name);
    } catch (e) {
      step.error = e;
    }
    return step;
  }
  if (Number(cu[0]!.status) === STATUS_DEFINED) odm.change("CuDv", { name }, { status: STATUS_AVAILABLE });
  // a bus or adapter finds its hardware: a child whose object was deleted is defined again
  for (const c of customized) if (c.parent === name && detectable(c)) defineFound(odm, c.name);
  const children = odm.find("CuDv", { parent: name }).filter((c) => c.PdDvLn !== LOOP_TYPE);
  step.out = children.map((c) => `${c.name} `).join("");
  return step;
}

/** configure_list: the named devices, then the names each configure method printed, in turn */
export function configureList(m: Machine, sys: Sys, names: string, steps: CfgStep[]): void {
  const odm = m.odm!;
  const lists = [names];
  const seen = new Set<string>();
  for (let j = 0; j < lists.length; j++) {
    sys.charge(1);
    for (const name of lists[j]!.split(/[ ,\n\t]+/).filter(Boolean)) {
      // a device tree is finite, but a hand-edited ODM can make a parent its own descendant
      if (seen.has(name)) continue;
      seen.add(name);
      const step = configureDevice(m, sys, odm, name);
      steps.push(step);
      if (step.kind === "device" && step.out) lists.push(step.out);
    }
  }
}

/** configure_node: every rule of the phase and the devices it names */
export function runRules(m: Machine, sys: Sys, phase: number): CfgStep[] {
  const odm = m.odm!;
  const steps: CfgStep[] = [];
  for (const rule of rulesOf(odm, phase)) {
    const out = ruleOutput(odm, rule);
    steps.push({ kind: "rule", rule, out });
    if (out) configureList(m, sys, out, steps);
  }
  return steps;
}
