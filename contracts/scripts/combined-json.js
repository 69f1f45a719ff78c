#!/usr/bin/env node
// Prints a solc-style combined JSON of the named contracts from artifacts/<Name>.abi and .bin,
// so abigen binds them in one call and emits the structs they share (e.g. Contributor) once.
// Usage: node combined-json.js Name1 Name2 … > out.json
"use strict";
const fs = require("fs");
const path = require("path");

const dir = path.join(__dirname, "..", "artifacts");
const contracts = {};
for (const name of process.argv.slice(2).sort()) {
  contracts[`${name}.sol:${name}`] = {
    abi: JSON.parse(fs.readFileSync(path.join(dir, name + ".abi"), "utf8")),
    bin: fs.readFileSync(path.join(dir, name + ".bin"), "utf8").trim(),
  };
}
process.stdout.write(JSON.stringify({ contracts, version: "" }, null, 1) + "\n");
