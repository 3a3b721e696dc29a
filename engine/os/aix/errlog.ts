// The AIX error log (/var/adm/ras/errlog as errdemon keeps it): entries made from error record
// templates, each with a sequence number and the machine-clock time it was logged. The log is
// kept with the machine; errpt reads it. Deterministic: entries come from boots and shutdowns.
import type { Machine } from "../../kernel/machine.js";

export type ErrType = "PERM" | "TEMP" | "PERF" | "PEND" | "UNKN" | "INFO";
export type ErrClass = "H" | "S" | "O" | "U";

/** an error record template (errpt -t), with the texts of its message sets */
export interface ErrTemplate {
  id: number;
  label: string;
  type: ErrType;
  cls: ErrClass;
  desc: string;
  probable?: string[];
  user?: string[];
  userActions?: string[];
  failure?: string[];
  failureActions?: string[];
  /** detail data: a label and how errpt shows the value (D: decimal words) */
  detail?: { label: string; encoding: "A" | "D" }[];
}

export const TEMPLATES: ErrTemplate[] = [
  {
    id: 0x9dbcfdee, label: "ERRLOG_ON", type: "TEMP", cls: "O", desc: "ERROR LOGGING TURNED ON",
    probable: ["ERRDEMON STARTED AUTOMATICALLY"], user: ["/USR/LIB/ERRDEMON COMMAND"], userActions: ["NONE"],
  },
  {
    id: 0x192ac071, label: "ERRLOG_OFF", type: "TEMP", cls: "O", desc: "ERROR LOGGING TURNED OFF",
    probable: ["ERRSTOP COMMAND"], user: ["ERRSTOP COMMAND"], userActions: ["RUN ERRDEMON"],
  },
  {
    id: 0x2bfa76f6, label: "REBOOT_ID", type: "TEMP", cls: "S", desc: "SYSTEM SHUTDOWN BY USER",
    probable: ["SYSTEM SHUTDOWN"],
    detail: [
      { label: "USER ID", encoding: "D" },
      { label: "0=SOFT IPL 1=HALT 2=TIME REBOOT", encoding: "D" },
      { label: "TIME TO REBOOT (FOR TIMED REBOOT ONLY)", encoding: "D" },
    ],
  },
  {
    id: 0x3caca614, label: "PARTID_BOOT_REASON", type: "INFO", cls: "O", desc: "Partition boot reason.",
    detail: [{ label: "Boot reason", encoding: "A" }],
  },
  {
    id: 0xa6df45aa, label: "RMCD_INFO_0_ST", type: "INFO", cls: "O", desc: "The daemon is started.",
    probable: ["The Resource Monitoring and Control daemon was started."],
    user: ["The startsrc -s ctrmc command has been executed or", "the rmcctrl -s command has been executed."],
    userActions: ["Confirm that the daemon should be started."],
    detail: [{ label: "DETECTING MODULE", encoding: "A" }],
  },
];

export interface ErrEntry {
  seq: number;
  /** machine-clock seconds */
  time: number;
  template: ErrTemplate;
  resource: string;
  /** one value per template detail field */
  detail: string[];
}

const logs = new WeakMap<Machine, ErrEntry[]>();

export function errlog(m: Machine): ErrEntry[] {
  let l = logs.get(m);
  if (!l) {
    l = [];
    logs.set(m, l);
  }
  return l;
}

export function logError(m: Machine, label: string, resource: string, time: number, detail: string[] = []): void {
  const template = TEMPLATES.find((t) => t.label === label);
  if (!template) return;
  const l = errlog(m);
  const seq = (l[l.length - 1]?.seq ?? 0) + 1;
  l.push({ seq, time, template, resource, detail });
}

/** what a boot logs: the error daemon starts, the previous shutdown is recorded, the partition's boot reason, RMC */
export function logBoot(m: Machine, boot: number, shutdown: number | null): void {
  logError(m, "ERRLOG_ON", "errdemon", boot + 9);
  if (shutdown !== null) logError(m, "REBOOT_ID", "SYSPROC", shutdown, ["0", "0", "0"]);
  logError(m, "PARTID_BOOT_REASON", "sys0", boot + 9, ["0x00 Not specified"]);
  logError(m, "RMCD_INFO_0_ST", "RMCdaemon", boot + 15, ["RSCT,rmcd.C,1.138,226"]);
}

/** what a shutdown logs before the machine goes down */
export function logShutdown(m: Machine, time: number): void {
  logError(m, "ERRLOG_OFF", "errdemon", time);
}
