// The hardware the default AIX LPAR runs on: a POWER9 server (IBM,9009-42A) with one partition.
// Data only. sys0's attributes (lsattr -El sys0), uname -M/-u/-m, prtconf, lscfg, bootinfo and
// CuVPD all read these values through the ODM, so they agree with each other.

/** the machine type-model and serial number the HMC knows the server by */
export const MACHINE_TYPE = "9009";
export const MACHINE_MODEL = "42A";
export const SERIAL = "78A1B2C";
/** sys0 modelname and systemid ("IBM," + plant code 02 + serial) */
export const MODELNAME = `IBM,${MACHINE_TYPE}-${MACHINE_MODEL}`;
export const SYSTEMID = `IBM,02${SERIAL}`;
/** uname -m: 00 + the system id digits + model id 4C + 00 */
export const MACHINE_ID = "00C4A1B24C00";
export const LPAR_ID = 1;

/** memory in KB (sys0 realmem), processors and their clock */
export const REALMEM_KB = 8388608;
export const PROCESSOR = { type: "PowerPC_POWER9", mode: "POWER 9", version: "PV_9_Compat", mhz: 3450, name: "PowerPC,POWER9" };
export const FIRMWARE = { platform: "VL950_075", version: "IBM,FW950.30 (VL950_075)" };

/** the physical location code prefix of this server's partition 1 */
const U = `U${MACHINE_TYPE}.${MACHINE_MODEL}.${SERIAL}-V${LPAR_ID}`;

export interface DeviceHardware {
  /** lscfg's location column and lsdev's physloc */
  physloc: string;
  /** diagnostics support it (lscfg marks it +; * when not) */
  diag: boolean;
  /** hardware VPD keywords, in the order lscfg prints them */
  vpd?: [string, string][];
  /** the Open Firmware node lscfg -p shows */
  node?: { name: string; node: string; type: string };
}

/** the devices lscfg knows about (the sys0 tree), with their location codes and VPD */
export const hardware: Record<string, DeviceHardware> = {
  sys0: { physloc: "", diag: true },
  sysplanar0: { physloc: "", diag: true },
  vio0: { physloc: "", diag: false },
  vscsi0: {
    physloc: `${U}-C3-T1`,
    diag: false,
    vpd: [["YL", `${U}-C3-T1`]],
    node: { name: "v-scsi", node: "v-scsi@30000003", type: "vscsi" },
  },
  hdisk0: {
    physloc: `${U}-C3-T1-L8100000000000000`,
    diag: false,
    vpd: [["TM", "VDASD"], ["YL", `${U}-C3-T1-L8100000000000000`]],
  },
  ent0: {
    physloc: `${U}-C2-T1`,
    diag: false,
    vpd: [["NA", "FA1A6B2C3D02"], ["DS", "Virtual I/O Ethernet Adapter (l-lan)"], ["YL", `${U}-C2-T1`]],
    node: { name: "l-lan", node: "l-lan@30000002", type: "network" },
  },
  vsa0: {
    physloc: `${U}-C0`,
    diag: false,
    vpd: [["YL", `${U}-C0`]],
    node: { name: "vty", node: "vty@30000000", type: "serial" },
  },
  vty0: { physloc: `${U}-C0-L0`, diag: false },
  L2cache0: { physloc: "", diag: true },
  mem0: { physloc: "", diag: true },
  proc0: { physloc: "", diag: true },
  proc4: { physloc: "", diag: true },
};

/** lscfg's VPD labels for the keywords the lab's devices carry (the diag catalog's texts) */
export const VPD_LABELS: Record<string, string> = {
  NA: "Network Address.............",
  DS: "Displayable Message.........",
  YL: "Hardware Location Code......",
  TM: "Machine Type and Model......",
};

/**
 * A CuVPD value: keyword records, each "*" + a two-letter keyword + the data. (The firmware's
 * records also carry a binary length byte; the lab leaves it out, so odmget prints no control
 * characters.)
 */
export function encodeVpd(fields: readonly [string, string][]): string {
  return fields.map(([kw, v]) => `*${kw}${v}`).join("");
}

/** the keyword records of a CuVPD value (lscfg -v reads them back) */
export function decodeVpd(vpd: string): [string, string][] {
  const out: [string, string][] = [];
  for (const rec of vpd.split("*").slice(1)) if (rec.length >= 2) out.push([rec.slice(0, 2), rec.slice(2)]);
  return out;
}
