// An ISO image on the Solaris machine, to practise lofiadm and hsfs on: a real ISO 9660 image
// (Rock Ridge, as mkisofs -R writes it) in a sparse file, made by the same writer the AIX and BSD
// samples use. The boot of the Solaris machine calls installSolarisIso.
import type { Sys } from "../../kernel/sys.js";
import { writeIsoImage } from "../../scenario/images.js";

export const SOLARIS_SAMPLE_ISO = "/export/iso/sol-11_1-repo.iso";

export function installSolarisIso(sys: Sys, path = SOLARIS_SAMPLE_ISO): void {
  writeIsoImage(sys, path, {
    volume: "SOL_11_1_REPO",
    blocks: 65536,
    files: {
      "README": "Sample ISO image for the looplab exercises.\nMap it with lofiadm -a, mount it with mount -F hsfs, unmount it, lofiadm -d.\n",
      "doc/lofi.txt": "A file can be mapped to one lofi device at a time.\nlofiadm -d refuses a device while it is mounted.\n",
      "repo/pkg5.repository": "[repository]\nversion = 4\n",
    },
  });
}
