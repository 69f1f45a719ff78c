// Browser tests of the portal: playwright-core drives Debian's chromium
// against a real `hokusai serve` on the embedded dev chain, walking each
// journey through the pages and asserting on chain state (read here with
// viem) and API answers, not only on what the page shows. Every page is
// checked with axe-core (no serious or critical violation) and at 375 px
// wide, and screenshotted into docs/portal/.
//
//   node test/portal.test.mjs           (from http/web; `make portal-test` from the root)
// HOKUSAI_BIN names a built binary (default: go build into a temp dir);
// CHROMIUM the browser (default /usr/bin/chromium).
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { createPublicClient, http, keccak256, parseAbi, toBytes } from "viem";
import { privateKeyToAccount } from "viem/accounts";

const require = createRequire(import.meta.url);
const root = resolve(new URL("../../..", import.meta.url).pathname);
const shots = join(root, "docs/portal");
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const tmp = mkdtempSync(join(tmpdir(), "hokusai-portal-"));
const dev = (i) => privateKeyToAccount(keccak256(toBytes("hokusai dev account " + i))).address;
const erc20 = parseAbi(["function balanceOf(address) view returns (uint256)"]);
const registryAbi = parseAbi([
  "function modelIdByTicker(string) view returns (uint256)",
  "function modelAccounts(uint256) view returns (address owner, address token, address pool)",
]);
const started = Date.now();
const results = [];
let server;
let browser;

function log(...a) { console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s]`, ...a); }

async function step(name, fn) {
  const t = Date.now();
  try {
    await fn();
    results.push([name, "ok", Date.now() - t]);
    log("ok  ", name);
  } catch (e) {
    results.push([name, "FAIL", Date.now() - t]);
    log("FAIL", name, "\n", e.stack || e);
    throw e;
  }
}

function binary() {
  if (process.env.HOKUSAI_BIN) return resolve(process.env.HOKUSAI_BIN);
  const out = join(tmp, "hokusai");
  execFileSync("go", ["build", "-o", out, "./cmd/hokusai"], { cwd: root, stdio: "inherit" });
  return out;
}

async function startServer(bin) {
  const data = join(tmp, "data");
  server = spawn(bin, ["serve", "--data-dir", data, "--http-addr", "127.0.0.1:0", "--rpc-addr", "127.0.0.1:0", "--settle-interval", "1s", "--eval-batch-window", "0s", "--log-level", "warn"], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  server.stderr.on("data", (d) => { if (process.env.PORTAL_TEST_VERBOSE) process.stderr.write(d); });
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error("hokusai serve printed no banner in 90 s:\n" + out)), 90000);
    server.stdout.on("data", (d) => {
      out += d;
      const api = /Portal\s+(http:\/\/[^\s/]+)\//.exec(out);
      const rpc = /Chain RPC\s+(http:\/\/\S+)/.exec(out);
      if (api && rpc) { clearTimeout(timer); ok({ url: api[1], rpc: rpc[1] }); }
    });
    server.on("exit", (c) => fail(new Error(`hokusai serve exited ${c}:\n${out}`)));
  });
}

async function main() {
  const bin = binary();
  const { url, rpc } = await startServer(bin);
  log("serve at", url, "chain at", rpc);
  const chainInfo = await (await fetch(url + "/v1/chain")).json();
  const pub = createPublicClient({ transport: http(rpc) });
  // The CLI keeps its wallet's transaction record under $HOME: give it this run's own.
  const cli = (...args) => execFileSync(bin, ["--server", url, ...args], { encoding: "utf8", cwd: root, env: { ...process.env, HOME: tmp } });
  const apiGet = async (path, key) => {
    const r = await fetch(url + path, { headers: key ? { Authorization: "Bearer " + key } : {} });
    const body = await r.json();
    assert.ok(r.ok, `GET ${path}: ${r.status} ${JSON.stringify(body)}`);
    return body;
  };
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
  const errors = [];
  const newPage = async (account, viewport = { width: 1280, height: 860 }) => {
    const ctx = await browser.newContext({ viewport, bypassCSP: true });
    const page = await ctx.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    page.setDefaultTimeout(20000);
    await page.goto(url + "/#/");
    await page.locator("#account").waitFor();
    if (account !== 1) await page.selectOption('select[aria-label="Dev account"]', String(account));
    await page.waitForFunction((a) => document.querySelector("#account")?.title === a, dev(account));
    return page;
  };
  const pages = {}; // name → [page, url fragment] for the per-page checks

  await step("first load: marketplace under 300 KB compressed", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    let bytes = 0;
    cdp.on("Network.loadingFinished", (e) => { bytes += e.encodedDataLength; });
    await page.goto(url + "/");
    await page.waitForFunction(() => performance.getEntriesByName("hokusai:rendered").length > 0);
    await page.waitForLoadState("networkidle");
    const ms = await page.evaluate(() => performance.getEntriesByName("hokusai:rendered")[0].startTime);
    log(`first load: ${bytes} bytes transferred, rendered ${ms.toFixed(0)} ms after navigation start`);
    writeFileSync(join(tmp, "first-load.json"), JSON.stringify({ bytes, ms }));
    assert.ok(bytes < 300 * 1024, `first load transferred ${bytes} bytes, over 300 KB`);
    await ctx.close();
  });

  // The wizard, to a token deployed on-chain and a registered base model.
  const ticker = "PVOTE";
  let modelID;
  await step("wizard: create a model, deploy its token, upload its package", async () => {
    const page = await newPage(1);
    await page.goto(url + "/#/create");
    await page.fill("input[name=name]", "Portal house votes");
    await page.fill("input[name=ticker]", ticker);
    await page.fill("textarea[name=description]", "Predicts a party from 16 votes; created in the browser.");
    await page.fill("input[name=category]", "Politics");
    await page.fill("input[name=tags]", "votes, classification");
    await page.click("text=Next");
    await page.selectOption("select[name=metric]", "accuracy");
    await page.fill("input[name=baseline]", "0.904");
    await page.click("text=Next");
    await page.selectOption("select[name=license]", "decentralized");
    await page.click("text=Next");
    await page.selectOption("select[name=preset]", "experimental");
    assert.match(await page.locator("#inflation").innerText(), /160\.0% a year/);
    await page.selectOption("select[name=preset]", "growth");
    assert.match(await page.locator("#inflation").innerText(), /25\.0% a year/);
    await page.click("text=Next");
    assert.match(await page.locator("#review").innerText(), /Portal house votes \(PVOTE\)/);
    await page.screenshot({ path: join(shots, "create.png") });
    pages.create = "#/create";
    await page.click("text=Continue to deploy");
    await page.click("#deploy");
    await page.locator("#created").waitFor({ timeout: 30000 });
    const id = await pub.readContract({ address: chainInfo.contracts.ModelRegistry, abi: registryAbi, functionName: "modelIdByTicker", args: [ticker] });
    assert.ok(id > 0n, "the registry has no model " + ticker);
    modelID = Number(id);
    const [owner, token, pool] = await pub.readContract({ address: chainInfo.contracts.ModelRegistry, abi: registryAbi, functionName: "modelAccounts", args: [id] });
    assert.equal(owner, dev(1), "the model's on-chain owner is the wallet that signed");
    assert.ok((await pub.getCode({ address: token }))?.length > 2, "no token contract deployed at " + token);
    assert.ok((await pub.getCode({ address: pool }))?.length > 2, "no pool contract deployed at " + pool);
    const m = await apiGet(`/v1/models/${modelID}`);
    assert.equal(m.token.toLowerCase(), token.toLowerCase());
    assert.equal(m.category, "Politics");
    assert.deepEqual(m.tags, ["votes", "classification"]);
    // Register the base model: the package `hokusai package` writes, signed by the owner.
    const pkg = join(tmp, "vote.hkpkg");
    cli("package", "testdata/models/house-votes-84-linear", "--metadata", "examples/house-votes-84.manifest.json", "--dev-account", "1", "--out", pkg);
    await page.setInputFiles("input[name=package]", pkg);
    await page.click("text=Sign and upload");
    await page.locator("text=Registered version 1.0.0").waitFor();
    const vs = await apiGet(`/v1/models/${modelID}/versions`);
    assert.equal(vs.data.length, 1);
    assert.equal(vs.data[0].signer.toLowerCase(), dev(1).toLowerCase());
    await page.context().close();
  });

  // The owner's set-up for contributions, done with the CLI (not a portal page).
  cli("register_model", ticker, "--reward-rate", "100000", "--max-rewards", "400000", "--min-improvement", "0.01", "--dev-account", "1",
    "--benchmark", "testdata/datasets/house-votes-84.csv", "--target", "party", "--initial-rows", "12");
  cli("configure_token_manager", ticker, "--mint-threshold", "0.01", "--api-fee-rate", "0.001", "--reward-distribution", "contributors=0.7,model_owner=0.3", "--dev-account", "1");
  cli("configure_verifier", ticker, "--dev-account", "1");
  cli("model", "create", "--dev-account", "5", "--name", "Iris species", "--ticker", "IRIS", "--metric", "accuracy", "--baseline", "0.9",
    "--direction", "max", "--license", "open-source", "--preset", "mature", "--category", "Science", "--tags", "flowers");
  log("owner set-up done with the CLI");

  await step("marketplace: search with filters and a sort", async () => {
    const page = await newPage(1);
    const listed = async (params) => {
      const q = new URLSearchParams({ ...params, limit: "24" }).toString();
      await page.locator(`#results[data-state="${q}"] #count`).waitFor();
      const shown = await page.locator("[data-ticker]").evaluateAll((els) => els.map((e) => e.dataset.ticker));
      const api = await apiGet("/v1/market?" + q);
      assert.deepEqual(shown, api.data.map((l) => l.model.ticker), "the page lists what GET /v1/market answers for " + q);
      return shown;
    };
    await page.fill("input[name=q]", "votes");
    await page.selectOption("select[name=license]", "decentralized");
    await page.fill("input[name=q]", "votes");
    await page.click("button:text('Search')");
    let shown = await listed({ q: "votes", license: "decentralized" });
    assert.ok(shown.includes(ticker) && !shown.includes("IRIS"), "search and licence filter: " + shown);
    await page.selectOption("select[name=sort]", "newest");
    await listed({ q: "votes", license: "decentralized", sort: "newest" });
    await page.goto(url + "/#/?category=Science&sort=price&order=asc");
    shown = await listed({ category: "Science", sort: "price", order: "asc" });
    assert.deepEqual(shown, ["IRIS"]);
    await page.goto(url + "/#/?tag=votes&min_reward=100000&sort=reserve");
    shown = await listed({ tag: "votes", min_reward: "100000", sort: "reserve" });
    assert.deepEqual(shown, [ticker]);
    await page.goto(url + "/#/?min_price=cheap");
    await page.locator("[role=alert]", { hasText: "min_price" }).waitFor();
    await page.goto(url + "/#/");
    await page.locator("#count").waitFor();
    await page.screenshot({ path: join(shots, "marketplace.png") });
    pages.marketplace = "#/";
    await page.goto(url + `/#/model/${modelID}`);
    await page.locator("#spot").waitFor().catch(async (e) => { throw new Error((await page.locator("main").innerText()) + "\n" + e.message); });
    pages.model = `#/model/${modelID}`;
    await page.context().close();
  });

  let manageKey;
  await step("consumer at 375 px: deposit credits, create, rotate and revoke keys, run the playground", async () => {
    const page = await newPage(3, { width: 375, height: 800 });
    const vaultAbi = parseAbi(["function balanceOf(address) view returns (uint256)"]);
    const before = await pub.readContract({ address: chainInfo.contracts.CreditVault, abi: vaultAbi, functionName: "balanceOf", args: [dev(3)] });
    await page.goto(url + "/#/console");
    await page.fill("input[name=deposit]", "10");
    await page.click("button:text('Deposit')");
    await page.locator("text=/Deposited 10 USDC/").waitFor({ timeout: 30000 });
    const after = await pub.readContract({ address: chainInfo.contracts.CreditVault, abi: vaultAbi, functionName: "balanceOf", args: [dev(3)] });
    assert.equal(after - before, 10_000_000n, "the vault holds 10 USDC more for the consumer");
    const credits = await apiGet(`/v1/credits/${dev(3)}`);
    assert.equal(credits.deposited, 10_000_000);
    await page.click("text=Create a manage key");
    manageKey = await page.locator("[data-secret]").innerText();
    assert.match(manageKey, /^hk_/);
    await page.fill("input[name=keyname]", "playground");
    await page.click("text=Create a call key");
    await page.locator("text=/Your new call key/").waitFor();
    const callKey = await page.locator("[data-secret]").innerText();
    assert.notEqual(callKey, manageKey);
    const keys = (await apiGet("/v1/keys", manageKey)).keys;
    assert.equal(keys.length, 2);
    assert.ok(keys.every((k) => k.owner.toLowerCase() === dev(3).toLowerCase()));
    assert.equal(await page.locator("[data-secret]").count(), 1, "a secret is shown once, in one place");
    await page.reload();
    await page.locator("#keys table").waitFor();
    assert.equal(await page.locator("[data-secret]").count(), 0, "a secret is not shown again");
    pages.console = "#/console";
    // Playground: the call key is charged like any call.
    await page.goto(url + `/#/playground?model=${modelID}`);
    await page.waitForFunction(() => document.querySelector("textarea[name=input]")?.value.includes("physician-fee-freeze"));
    await page.check('input[name=model][value="2"]'); // IRIS has no version yet: its own error, uncharged
    await page.click("button:text('Run')");
    const iris = page.locator('#predictions tr[data-model="2"]');
    await iris.waitFor();
    assert.match(await iris.innerText(), /IRIS|version|head/i);
    const row = page.locator(`#predictions tr[data-model="${modelID}"]`);
    await row.waitFor();
    const cells = await row.locator("td").allInnerTexts();
    assert.equal(cells[1], "republican");
    const fee = /^(\d+)\.(\d{1,6}) USDC$/.exec(cells[4]);
    assert.ok(fee, "the fee is shown in USDC: " + cells[4]);
    const feeMicros = Number(fee[1]) * 1e6 + Number(fee[2].padEnd(6, "0"));
    pages.playground = `#/playground?model=${modelID}`;
    const lb = page.locator(`#leaderboard tr[data-model="${modelID}"]`);
    await lb.waitFor();
    const bench = await apiGet(`/v1/models/${modelID}/benchmark`);
    assert.equal((await lb.locator("td").allInnerTexts())[2], bench.head.score, "the leaderboard shows the measured head score");
    await page.screenshot({ path: join(shots, "playground-375.png") });
    const usage = await apiGet("/v1/usage", manageKey);
    assert.equal(usage.total_calls, 1, "one call charged: the model without a version is not");
    assert.match(await page.locator("#run-fee").innerText(), new RegExp(`Charged ${cells[4].replace(" USDC", "").replace(".", "\\.")} USDC in all`));
    assert.equal(usage.models[0].model_id, modelID);
    assert.equal(usage.total_amount_micros, feeMicros, "the API charged the fee the playground showed");
    assert.ok(feeMicros > 0, "a Decentralized model's call is not free");
    // Rotate, then revoke the call key from the console.
    await page.goto(url + "/#/console");
    const oldRow = page.locator("tr", { hasText: "playground" }).first();
    const oldID = await oldRow.getAttribute("data-key");
    await oldRow.locator("button:text('Rotate')").click();
    await page.locator(`text=/Key ${oldID} rotated to/`).waitFor();
    const rotated = await page.locator("[data-secret]").innerText();
    assert.ok(rotated.startsWith("hk_") && rotated !== callKey, "a new secret is shown once");
    const afterRotate = (await apiGet("/v1/keys", manageKey)).keys;
    assert.equal(afterRotate.length, 3);
    assert.ok(afterRotate.find((x) => x.id === oldID).expires_at, "the old key expires after the overlap");
    const newID = afterRotate.find((x) => x.id !== oldID && x.name === "playground").id;
    const callRow = page.locator(`tr[data-key="${newID}"]`);
    const callID = newID;
    await callRow.locator("button:text('Revoke')").click();
    await page.locator(`text=Key ${callID} revoked.`).waitFor();
    const k = (await apiGet("/v1/keys", manageKey)).keys.find((x) => x.id === callID);
    assert.ok(k.revoked_at, "the API reports the key revoked");
    await page.context().close();
  });

  await step("holder: quote and buy with a slippage bound", async () => {
    const page = await newPage(2);
    const m = await apiGet(`/v1/models/${modelID}`);
    const before = await pub.readContract({ address: m.token, abi: erc20, functionName: "balanceOf", args: [dev(2)] });
    await page.goto(url + `/#/holder/${modelID}`);
    await page.fill("input[name=slippage]", "0.5");
    await page.fill("input[name=buy]", "25");
    await page.locator("#buy-quote", { hasText: "at least" }).waitFor();
    await page.click("button:text('Buy')");
    await page.locator("#trade-status", { hasText: "Bought in transaction" }).waitFor({ timeout: 30000 });
    const after = await pub.readContract({ address: m.token, abi: erc20, functionName: "balanceOf", args: [dev(2)] });
    assert.ok(after > before, "the buyer holds more tokens on-chain");
    const logs = await pub.getContractEvents({ address: m.pool, abi: parseAbi(["event Bought(address indexed buyer, uint256 usdcIn, uint256 fee, uint256 tokensOut, uint256 reserveAfter, uint256 supplyAfter, uint256 priceAfter)"]), eventName: "Bought", fromBlock: 0n });
    const mine = logs.filter((l) => l.args.buyer === dev(2));
    assert.equal(mine.length, 1);
    assert.equal(mine[0].args.usdcIn, 25_000_000n);
    assert.equal(mine[0].args.tokensOut, after - before);
    await page.locator("#dao").filter({ hasText: "voting power" }).waitFor();
    pages.holder = `#/holder/${modelID}`;
    await page.context().close();
  });

  await step("contributor: read the schema, upload rows, follow them to a mint", async () => {
    const page = await newPage(4);
    await page.goto(url + `/#/contribute/${modelID}`);
    await page.locator("#benchmark").waitFor();
    assert.match(await page.locator("#benchmark").innerText(), /party/);
    const csv = await (await fetch(url + `/v1/models/${modelID}/benchmark?format=csv`)).text();
    // A bad row is refused before anything is stored, naming its row.
    const lines = csv.trim().split("\n");
    const bad = join(tmp, "bad.csv");
    writeFileSync(bad, [lines[0], lines[1], lines[2].replace(/^[^,]*/, "maybe")].join("\n") + "\n");
    await page.setInputFiles("input[name=rows]", bad);
    await page.click("text=Sign and upload");
    const refusal = page.locator("form .status.bad");
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /row 2|line 3/i, "the refusal names the bad row");
    assert.equal((await apiGet(`/v1/models/${modelID}/contributions`)).data.length, 0, "nothing was stored");
    const rows = join(tmp, "rows.csv");
    writeFileSync(rows, csv);
    await page.setInputFiles("input[name=rows]", rows);
    await page.click("text=Sign and upload");
    await page.waitForFunction(() => location.hash.includes("?c="));
    const id = new URL(page.url().replace("#/", "")).searchParams.get("c");
    let c;
    for (let seen = "", t = Date.now(); Date.now() - t < 150000; await new Promise((r) => setTimeout(r, 500))) {
      c = await apiGet(`/v1/contributions/${id}`);
      const now = `${c.status} ${c.reason || ""} ${c.evaluation?.mint_state || ""}`;
      if (now !== seen) log(`  contribution ${id}: ${now}`);
      seen = now;
      if (c.status === "rejected" || (c.status === "accepted" && c.mint_tx)) break;
    }
    await page.locator("#contribution-status[data-status=accepted] #mint-tx, #contribution-status[data-status=rejected]").waitFor();
    assert.equal(c.status, "accepted", `contribution ${id} was ${c.status}: ${c.reason}`);
    const rc = await pub.getTransactionReceipt({ hash: c.mint_tx });
    assert.equal(rc.status, "success");
    const m = await apiGet(`/v1/models/${modelID}`);
    const bal = await pub.readContract({ address: m.token, abi: erc20, functionName: "balanceOf", args: [dev(4)] });
    assert.equal(bal, BigInt(c.reward), "the contributor holds the minted reward on-chain");
    pages.contribute = `#/contribute/${modelID}?c=${id}`;
    // The model page lists the contributor among the Agent's members once the ledger is indexed.
    const members = async () => (await apiGet(`/v1/models/${modelID}/members?limit=100`)).data;
    for (let t = Date.now(); Date.now() - t < 20000 && !(await members()).some((x) => x.account.toLowerCase() === dev(4).toLowerCase()); ) await new Promise((r) => setTimeout(r, 500));
    const mine = (await members()).find((x) => x.account.toLowerCase() === dev(4).toLowerCase());
    assert.ok(mine && BigInt(mine.shares) > 0n, "the contributor is a member with training shares: " + JSON.stringify(await members()));
    await page.goto(url + `/#/model/${modelID}`);
    await page.locator(`#members tr[data-account="${dev(4).toLowerCase()}"]`, { hasText: "contributor" }).waitFor();
    await page.context().close();
  });

  await step("holder: votes on a DAO proposal from the wallet", async () => {
    // Bought tokens vote at once: every holder votes with its own tokens, no delegation needed.
    const page = await newPage(2);
    await page.goto(url + `/#/holder/${modelID}`);
    await page.locator("#dao", { hasText: "Your voting power: 2," }).waitFor({ timeout: 30000 });
    assert.equal(await page.locator("#dao button", { hasText: "Vote with my own tokens" }).count(), 0, "no delegate button for a holder who votes");
    const m0 = await apiGet(`/v1/models/${modelID}`);
    const delegatee = await pub.readContract({ address: m0.token, abi: parseAbi(["function delegates(address) view returns (address)"]), functionName: "delegates", args: [dev(2)] });
    assert.equal(delegatee, dev(2), "the holder's votes are its own on-chain");
    // The owner (a member) proposes a price through the CLI; voting opens an hour later on the token's clock.
    const p = JSON.parse(cli("dao", "propose-price", ticker, "--price-micros", "3000", "--description", "Raise the price to 0.003 USDC.", "--dev-account", "1"));
    assert.equal(p.state, "pending");
    cli("chain", "advance-time", "2h");
    await page.reload();
    const row = page.locator("#dao tr", { hasText: "Active" });
    await row.waitFor();
    await row.locator("button", { hasText: "For" }).click();
    await page.locator("#dao tr", { hasText: "voted" }).waitFor({ timeout: 30000 });
    const govAbi = parseAbi(["function hasVoted(uint256, address) view returns (bool)", "function proposalVotes(uint256) view returns (uint256 against, uint256 forVotes, uint256 abstain)"]);
    const after = await apiGet(`/v1/models/${modelID}/proposals/${p.id}`);
    assert.ok(await pub.readContract({ address: after.governor, abi: govAbi, functionName: "hasVoted", args: [BigInt(p.id), dev(2)] }), "the Governor records the holder's vote");
    const [, forVotes] = await pub.readContract({ address: after.governor, abi: govAbi, functionName: "proposalVotes", args: [BigInt(p.id)] });
    const m = await apiGet(`/v1/models/${modelID}`);
    const held = await pub.readContract({ address: m.token, abi: erc20, functionName: "balanceOf", args: [dev(2)] });
    assert.equal(forVotes, held, "the holder's tokens count for the proposal");
    assert.equal(after.votes.for, held.toString(), "the API reports the vote");
    assert.equal(after.state, "active");
    await page.context().close();
  });

  await step("owner: releases vested tokens from the holder page", async () => {
    const page = await newPage(1);
    const m = await apiGet(`/v1/models/${modelID}`);
    const before = await pub.readContract({ address: m.token, abi: erc20, functionName: "balanceOf", args: [dev(1)] });
    await page.goto(url + `/#/holder/${modelID}`);
    await page.click("button:text('Release vested tokens')");
    await page.locator("#trade-status", { hasText: "Released in transaction" }).waitFor({ timeout: 30000 });
    const after = await pub.readContract({ address: m.token, abi: erc20, functionName: "balanceOf", args: [dev(1)] });
    const v = await pub.readContract({ address: m.vesting, abi: parseAbi(["function releasable() view returns (uint256)"]), functionName: "releasable" });
    assert.ok(after > before, "the owner received the vested tokens on-chain");
    assert.ok(v < after - before, "what is left releasable is less than what was released");
    await page.context().close();
  });

  await step("every page: axe-core finds no serious or critical violation; usable at 375 px; screenshots", async () => {
    const bad = [];
    for (const [name, frag] of Object.entries(pages)) {
      for (const width of [375, 1280]) {
        const page = await newPage(name === "model" || name === "create" ? 1 : name === "holder" ? 2 : name === "contribute" ? 4 : 3, { width, height: 860 });
        await page.goto(url + "/" + frag);
        await page.waitForFunction(() => document.querySelector("main")?.dataset.page);
        await page.waitForLoadState("networkidle");
        await page.waitForTimeout(300);
        await page.addScriptTag({ content: axeSource });
        const r = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
        log(`  ${name} at ${width}px: axe ran ${r.testEngine.name} ${r.testEngine.version}; violations: ${r.violations.map((v) => `${v.id} (${v.impact})`).join(", ") || "none"}`);
        for (const v of r.violations) if (v.impact === "serious" || v.impact === "critical") bad.push(`${name} at ${width}px: ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")}`);
        if (width === 375) {
          const over = await page.evaluate(() => {
            const w = document.documentElement.clientWidth;
            const out = [];
            if (document.documentElement.scrollWidth > w) out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${w})`);
            for (const el of document.querySelectorAll("button, input, select, textarea, a")) {
              const b = el.getBoundingClientRect();
              if (b.width && (b.right > w + 1 || b.left < -1) && !el.closest(".scroll") && !el.closest(".skip")) out.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.name || "").trim().slice(0, 20)}" overflows (${b.left.toFixed(0)}–${b.right.toFixed(0)})`);
            }
            return out;
          });
          for (const o of over) bad.push(`${name} at 375px: ${o}`);
        } else {
          await page.screenshot({ path: join(shots, name + ".png") });
        }
        await page.context().close();
      }
    }
    assert.deepEqual(bad, []);
  });

  assert.deepEqual(errors, [], "no script error on any page");
}

let code = 0;
mkdirSync(shots, { recursive: true });
try {
  await main();
} catch (e) {
  if (!results.some((r) => r[1] === "FAIL")) log("FAIL", e.stack || e);
  code = 1;
} finally {
  await browser?.close().catch(() => {});
  server?.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  rmSync(tmp, { recursive: true, force: true });
}
log(`${results.filter((r) => r[1] === "ok").length} of ${results.length} journeys passed`);
process.exit(code);
