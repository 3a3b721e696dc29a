// A sample image on the BSD machine, to practise the vnode disk on: a small CD image.
import type { Sys } from "../../kernel/sys.js";
import { writeIsoImage } from "../../scenario/images.js";

export const BSD_SAMPLE_CD = "/home/images/cd.iso";

export function installBsdSamples(sys: Sys): void {
  sys.mkdirp("/home/images");
  writeIsoImage(sys, BSD_SAMPLE_CD, {
    volume: "BSDTOOLS",
    blocks: 2048,
    files: {
      "README.TXT": "Sample CD image for the looplab exercises.\nConfigure a vnode disk on it with vnconfig, mount it with mount -t cd9660.\n",
      "DOCS/NULLFS.TXT": "mount_loopback target mount-point makes a null layer: the same files under another name.\n",
    },
  });
}
