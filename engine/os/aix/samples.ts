// Sample images on the default AIX machine, to practise the technote on: the technote's CD
// image (419576 blocks, as its df shows) and a disk image that is not a CD file system.
import type { Sys } from "../../kernel/sys.js";
import { writeIsoImage } from "../../scenario/images.js";

export const SAMPLE_CD = "/backup/cd_image";
export const SAMPLE_DISK = "/images/disk.img";

export function installSampleImages(sys: Sys): void {
  writeIsoImage(sys, SAMPLE_CD, {
    volume: "AIX_TOOLS",
    blocks: 419576,
    files: {
      "README.txt": "Sample CD image for the looplab exercises.\nMount it with loopmount, read it, unmount it with loopumount.\n",
      "installp/ppc/tools.lst": "bos.loopback.rte 7.2.4.0\ndevices.loopback.rte 7.2.4.0\n",
      "docs/loopback.txt": "An image file can be associated with only one loopback device.\nCD ISO images are supported read-only.\n",
    },
  });
  const f = sys.open(SAMPLE_DISK, { write: true, create: true, trunc: true }, 0o644);
  f.vnode.setattr({ size: 64 * 1024 * 1024 });
}
