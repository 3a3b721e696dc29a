// Review 9 (#5): lofiadm's argument errors as Solaris 11's main.c: getopt's own line then the
// usage, realpath failures as `lofiadm: name: strerror`, "" no file, the full usage.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { solarisSession } from "./helpers.js";

const t = suite("review 9: lofiadm");
const ISO = "/export/iso/sol-11_1-repo.iso";
const USAGE =
  "Usage: lofiadm -a | -r file [ device ]  [-c aes-128-cbc|aes-192-cbc|aes-256-cbc|des3-cbc|blowfish-cbc] [-e] [-k keyfile] [-T [token]:[manuf]:[serial]:key]\n" +
  "       lofiadm -d file | device\n       lofiadm -C [gzip|gzip-6|gzip-9|lzma] [-s segment_size] file\n       lofiadm -U file\n       lofiadm [ file | device ]\n";

t("getopt's line, then the usage (exit 2)", () => {
  const { run } = solarisSession();
  const cases: [string, string, number][] = [
    ["lofiadm -x", "lofiadm: illegal option -- x\n" + USAGE, 2],
    ["lofiadm -a", "lofiadm: option requires an argument -- a\n" + USAGE, 2],
    [`lofiadm -a ${ISO} -d /dev/lofi/1`, USAGE, 2],
    [`lofiadm -a ${ISO} /dev/lofi/1 extra`, USAGE, 2],
    ["lofiadm a b", USAGE, 2],
  ];
  for (const [line, output, status] of cases) assert.equal(run(line), { output, status }, line);
});

t("realpath's failures die with the name as given; \"\" is no file", () => {
  const { run } = solarisSession();
  const cases: [string, string, number][] = [
    ["lofiadm /nonexist", "lofiadm: /nonexist: No such file or directory\n", 1],
    ["lofiadm -d /export/x.iso", "lofiadm: /export/x.iso: No such file or directory\n", 1],
    ["lofiadm -a /nofile.iso -x", "lofiadm: /nofile.iso: No such file or directory\n", 1],
    ['lofiadm -a ""', "lofiadm: : No such file or directory\n", 1],
    ['lofiadm ""', "lofiadm: : No such file or directory\n", 1],
    // not a device name (sscanf finds no number): a file
    ["lofiadm -d /dev/foo", "lofiadm: /dev/foo: No such file or directory\n", 1],
    ["lofiadm /dev/lofi/x", "lofiadm: /dev/lofi/x: No such file or directory\n", 1],
    // an existing file that is not mapped: the driver's answer, by its absolute name
    ["cd /export/iso; lofiadm -d sol-11_1-repo.iso", `lofiadm: could not unmap file ${ISO}: No such file or directory\n`, 1],
    ["cd /export/iso; lofiadm sol-11_1-repo.iso", `lofiadm: could not find device for ${ISO}: No such file or directory\n`, 1],
    // the file is checked before the device's name
    ["lofiadm -a /etc /dev/foo", "lofiadm: /etc is not a regular file, block, or character device\n", 1],
    [`lofiadm -a ${ISO} /dev/foo`, "lofiadm: malformed device name /dev/foo\n", 1],
  ];
  for (const [line, output, status] of cases) assert.equal(run(line), { output, status }, line);
});

t("a device name with what sscanf reads: /dev/lofi/1x is unit 1", () => {
  const { run } = solarisSession();
  assert.equal(run(`lofiadm -a ${ISO} /dev/lofi/2; lofiadm /dev/lofi/2x; lofiadm -d /dev/rlofi/2; lofiadm | wc -l`), { output: `${ISO}\n       1\n`, status: 0 });
});

t.run();
