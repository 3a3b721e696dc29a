// Builds the looplab bin: regenerates the nearley parsers, then bundles shell/main.ts with esbuild
// (ESM, code-split so the headless path never loads the terminal UI's chunk).
import { build } from "esbuild";
import { readFileSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";

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
  // smaller chunks parse faster at start-up; names are kept so stack traces stay readable
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
});
