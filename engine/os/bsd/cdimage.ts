// A CD image on the default BSD machine, to practise the vnode disk on: a real ISO 9660 image
// (Rock Ridge, as mkisofs -R writes it) in a sparse file, made by the same writer the AIX samples
// use. The boot of the BSD machine calls installSampleIso.
import type { Sys } from "../../kernel/sys.js";
import { writeIsoImage } from "../../scenario/images.js";

export const SAMPLE_ISO = "/images/cd.iso";

export function installSampleIso(sys: Sys, path = SAMPLE_ISO): void {
  writeIsoImage(sys, path, {
    volume: "LOOPLAB_CD",
    blocks: 327680,
    files: {
      "README": "Sample CD image for the looplab exercises.\nAttach it with vndconfig, mount it with mount -t cd9660, unmount it, clear the unit.\n",
      "doc/vnd.txt": "A file can back one vnd unit at a time.\nvndconfig -c refuses a unit while a partition is open.\n",
      "etc/motd": "Welcome to the CD.\n",
    },
  });
}
