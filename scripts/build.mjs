// Builds the looplab bin: regenerates the nearley parsers, then bundles shell/main.ts with esbuild
// (ESM, code-split so the headless path never loads the terminal UI's chunk).
import { build } from "esbuild";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import vm from "node:vm";

execFileSync(process.execPath, ["scripts/grammar.mjs"], { stdio: "inherit" });
const pkg = JSON.parse(readFileSync("package.json", "utf8"));
rmSync("dist", { recursive: true, force: true });
await build({
  entryPoints: { looplab: "shell/main.ts" },
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
  define: { "process.env.NODE_ENV": '"production"', LOOPLAB_VERSION: JSON.stringify(pkg.version) },
  alias: { "react-devtools-core": "./shell/devtools-stub.js" },
  banner: { js: "import{createRequire as __cr}from'module';const require=__cr(import.meta.url);" },
  // smaller chunks parse and compile faster at start-up (the headless budget is 1.5x bare node)
  minify: true,
  keepNames: false,
  logLevel: "warning",
});

// The headless path again as one CommonJS file with V8's code cache beside it: the bin loads it
// with vm.Script and the cache, so a headless start (looplab -c, stdin, check) skips compiling
// the engine. Made here, by the node that runs the bin; a cache V8 rejects is only slower.
const headless = resolve("dist/headless.cjs");
await build({
  entryPoints: ["shell/headless.ts"],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  outfile: headless,
  // import.meta.url for the CommonJS file (re.ts requires re2js relative to itself)
  banner: { js: "const __importMetaUrl=require('url').pathToFileURL(__filename).href;" },
  define: { "process.env.NODE_ENV": '"production"', LOOPLAB_VERSION: JSON.stringify(pkg.version), "import.meta.url": "__importMetaUrl" },
  minify: true,
  logLevel: "warning",
});
const script = new vm.Script(wrapCjs(readFileSync(headless, "utf8")), { filename: headless });
const mod = { exports: {} };
script.runInThisContext()(mod.exports, createRequire(headless), mod, headless, dirname(headless));
mod.exports.warm();
writeFileSync(headless + ".cache", script.createCachedData());

function wrapCjs(code) {
  return `(function (exports, require, module, __filename, __dirname) {${code}\n})`;
}
