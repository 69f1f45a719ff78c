// Re-checks a Hokusai evaluation receipt with ethers, independently of Go:
// rebuilds the canonical JSON (keys sorted, arrays in order, no whitespace), hashes it with
// keccak256 and recovers the EIP-191 personal_sign signer.
// Usage: node verify.cjs ETHERS_DIR RECEIPT.json  → prints "<hash> <signer>"
const fs = require("fs");
const { ethers } = require(process.argv[2]);
const r = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
const sig = r.signature;
delete r.signature;
const canon = (v) =>
  Array.isArray(v)
    ? "[" + v.map(canon).join(",") + "]"
    : v && typeof v === "object"
      ? "{" + Object.keys(v).sort().map((k) => JSON.stringify(k) + ":" + canon(v[k])).join(",") + "}"
      : JSON.stringify(v);
const hash = ethers.keccak256(ethers.toUtf8Bytes(canon(r)));
console.log(hash, ethers.verifyMessage(ethers.getBytes(hash), sig));
