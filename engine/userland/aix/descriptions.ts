// The description column of lsdev/lsattr comes from the device catalog (devices.cat on AIX);
// the lab keeps the texts with the predefined device data.
import { predefined } from "../../os/aix/lpar.js";

const byType = new Map(predefined.map((p) => [p.uniquetype, p.description]));

export function deviceDescription(uniquetype: string): string {
  return byType.get(uniquetype) ?? "";
}

export const STATUS_WORDS: Record<number, string> = { 0: "Defined", 1: "Available", 2: "Stopped", 4: "Diagnose" };
