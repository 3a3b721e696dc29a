// The text and pipeline tools an admin strings together (issue 7): registered as one group so
// the common index stays short.
import type { CommandDef } from "../types.js";
import { cksum } from "./cksum.js";
import { sum } from "./sum.js";
import { tr } from "./tr.js";
import { sort } from "./sort.js";
import { cut } from "./cut.js";
import { uniq } from "./uniq.js";
import { xargs } from "./xargs.js";
import { which } from "./which.js";
import { more } from "./more.js";
import { pg } from "./pg.js";

export function pipelineTools(): CommandDef[] {
  return [cksum, cut, more, pg, sort, sum, tr, uniq, which, xargs];
}
