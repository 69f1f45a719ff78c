// Builds the portal: src/ → dist/ (app.js, app.css, index.html), the files
// embedded in the binary. The output depends only on the sources and the
// pinned packages, so CI rebuilds it and checks the committed copy is fresh
// (scripts/check-generated.sh).
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const here = new URL(".", import.meta.url).pathname;
rmSync(here + "dist", { recursive: true, force: true });
mkdirSync(here + "dist");
await build({
  entryPoints: [here + "src/main.js"],
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  legalComments: "eof",
  loader: { ".abi": "json" },
  splitting: true,
  entryNames: "app",
  chunkNames: "chunk-[hash]",
  outdir: here + "dist",
  logLevel: "warning",
});
const css = readFileSync(here + "node_modules/uplot/dist/uPlot.min.css", "utf8") + "\n" + readFileSync(here + "src/style.css", "utf8");
writeFileSync(here + "dist/app.css", css);
copyFileSync(here + "src/index.html", here + "dist/index.html");
