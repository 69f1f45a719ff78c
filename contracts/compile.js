#!/usr/bin/env node
// Compiles contracts/src/*.sol with the pinned solc (standard JSON, optimizer on, cancun,
// no metadata) and writes artifacts/<Name>.abi and .bin. The output is byte-identical run
// after run.
"use strict";
const fs = require("fs");
const path = require("path");
const solc = require("solc");

const root = __dirname;
const srcDir = path.join(root, "src");
const outDir = path.join(root, "artifacts");

function findImports(p) {
  for (const base of [path.join(root, "node_modules"), srcDir]) {
    const f = path.join(base, p);
    if (fs.existsSync(f)) return { contents: fs.readFileSync(f, "utf8") };
  }
  return { error: "not found: " + p };
}

const sources = {};
for (const f of fs.readdirSync(srcDir).sort()) {
  if (f.endsWith(".sol")) sources[f] = { content: fs.readFileSync(path.join(srcDir, f), "utf8") };
}

const input = {
  language: "Solidity",
  sources,
  settings: {
    optimizer: { enabled: true, runs: 10000 },
    evmVersion: "cancun",
    viaIR: true,
    metadata: { bytecodeHash: "none", appendCBOR: false },
    outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
  },
};

const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of out.errors || []) {
  if (e.severity === "error") failed = true;
  // Library warnings (node_modules) are not ours to fix.
  const file = e.sourceLocation && e.sourceLocation.file;
  if (e.severity === "error" || !file || !file.startsWith("@")) process.stderr.write(e.formattedMessage + "\n");
}
if (failed) process.exit(1);

fs.mkdirSync(outDir, { recursive: true });
// Every deployable contract in src/ (interfaces and internal-only libraries are skipped).
const names = [];
for (const file of Object.keys(out.contracts).sort().filter((f) => !f.startsWith("@"))) {
  for (const name of Object.keys(out.contracts[file]).sort()) {
    const c = out.contracts[file][name];
    if (c.evm.bytecode.object.length > 0 && c.abi.length > 0) names.push([file, name]);
  }
}
for (const [file, name] of names) {
  const c = out.contracts[file][name];
  fs.writeFileSync(path.join(outDir, name + ".abi"), JSON.stringify(c.abi, null, 2) + "\n");
  fs.writeFileSync(path.join(outDir, name + ".bin"), c.evm.bytecode.object + "\n");
  const sizes = { bytecode: c.evm.bytecode.object.length / 2, deployed: c.evm.deployedBytecode.object.length / 2 };
  process.stdout.write(`${name}: ${sizes.deployed} bytes deployed\n`);
  if (sizes.deployed > 24576) {
    process.stderr.write(`${name} exceeds the 24,576-byte code size limit\n`);
    process.exit(1);
  }
}
process.stdout.write("solc " + solc.version() + "\n");
