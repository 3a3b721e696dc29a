// Memory for a 4 GB sparse image attached and mounted (target: under 20 MB more than idle).
// Run with --expose-gc for steadier numbers. Prints numbers; asserts nothing.
import { createSession, runLine } from "../engine/session.js";
import { writeIsoImage } from "../engine/scenario/images.js";

const gc = (globalThis as { gc?: () => void }).gc;
const settle = () => {
  for (let i = 0; i < 3; i++) gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

const shell = createSession({});
runLine(shell, "mkdir /big");
const idle = settle();
const rssIdle = process.memoryUsage().rss;
writeIsoImage(shell.sys, "/images/big.iso", {
  volume: "BIG",
  blocks: 2 * 1024 * 1024, // 2 Mi sectors of 2 KB = 4 GB
  files: { "readme.txt": "a 4 GB image that costs almost nothing\n" },
});
const r = runLine(shell, 'loopmount -i /images/big.iso -o "-V cdrfs -o ro" -m /big; df -g /big; cat /big/readme.txt');
const loaded = settle();
console.log(r.output.trimEnd());
console.log(`heap+buffers idle:    ${(idle / 1048576).toFixed(1)} MB`);
console.log(`with 4 GB image:      ${(loaded / 1048576).toFixed(1)} MB`);
console.log(`difference:           ${((loaded - idle) / 1048576).toFixed(2)} MB   (target < 20 MB)`);
console.log(`rss difference:       ${((process.memoryUsage().rss - rssIdle) / 1048576).toFixed(1)} MB${gc ? "" : " (run with --expose-gc for steadier numbers)"}`);
