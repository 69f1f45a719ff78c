// The create-model wizard, the seed's steps: overview, performance metric,
// licence, token supply (three presets and the implied inflation), review,
// then deploy the token (one factory transaction signed in your wallet)
// and register the base model (a package upload signed by your wallet).
import { parseEventLogs } from "viem";
import { api, chain } from "../api.js";
import { factory, registry } from "../abis.js";
import { busy, field, h, set, status } from "../ui.js";
import { wallet } from "../wallet.js";

const metrics = ["accuracy", "precision", "recall", "f1", "auc_roc", "log_loss", "mse", "rmse", "mae", "r2", "perplexity", "custom"];
const proportions = new Set(["accuracy", "precision", "recall", "f1", "auc_roc", "r2"]);
const licenses = { decentralized: 0, proprietary: 1, "open-source": 2 };
/** F4's supply presets: initial supply, tokens per DeltaOne, expected DeltaOnes. */
export const presets = { experimental: [500000, 200000, 8], growth: [1000000, 100000, 5], mature: [2000000, 50000, 3] };
/** The implied yearly inflation, as model.go's Supply.AnnualInflation. */
export const inflation = ([initial, per, expected]) => (per * expected) / initial / 2;

const steps = ["Overview", "Performance metric", "Licence", "Token supply", "Review", "Deploy and register"];

/** Parses a signed decimal into an integer with 18 decimals (a wad). */
function wad(fieldName, s) {
  const m = /^(-?)(\d+)(?:\.(\d{0,18}))?$/.exec(String(s).trim());
  if (!m) throw new Error(`${fieldName} must be a decimal number with at most 18 decimals, such as 0.884.`);
  const v = BigInt(m[2]) * 10n ** 18n + BigInt((m[3] || "").padEnd(18, "0"));
  return m[1] ? -v : v;
}

export async function createPage(el) {
  const f = {
    name: field("Name", { name: "name", required: true, maxlength: 64 }),
    ticker: field("Ticker (3–6 letters)", { name: "ticker", required: true, pattern: "[A-Za-z]{3,6}", size: 8 }),
    description: field("Description", { name: "description", rows: 3 }),
    category: field("Category", { name: "category", value: "Other" }),
    tags: field("Tags (comma-separated)", { name: "tags" }),
    metric: field("Metric", { name: "metric", options: metrics, value: "accuracy" }),
    direction: field("Better is", { name: "direction", options: [["max", "higher"], ["min", "lower"]], value: "max" }),
    baseline: field("Baseline (measured score)", { name: "baseline", inputmode: "decimal", value: "0.9" }),
    deltaOne: field("One DeltaOne (only for metrics that are not proportions)", { name: "delta_one", inputmode: "decimal" }),
    license: field("Licence", { name: "license", options: Object.keys(licenses), value: "decentralized" }),
    treasury: field("Treasury (Proprietary only: an address holding USDC)", { name: "treasury", placeholder: "0x…" }),
    preset: field("Preset", { name: "preset", options: [...Object.keys(presets), "custom"], value: "growth" }),
    initial: field("Initial supply", { name: "initial", inputmode: "numeric" }),
    per: field("Tokens per DeltaOne", { name: "per", inputmode: "numeric" }),
    expected: field("Expected DeltaOnes", { name: "expected", inputmode: "numeric" }),
  };
  const infl = h("p", { id: "inflation", "aria-live": "polite" });
  const fillPreset = () => {
    const p = presets[f.preset.input.value];
    if (p) [f.initial.input.value, f.per.input.value, f.expected.input.value] = p;
    supplyText();
  };
  const supplyText = () => {
    const s = supply();
    infl.textContent = s ? `Implied inflation: about ${(inflation(s) * 100).toFixed(1)}% a year (${s[1].toLocaleString("en-US")} × ${s[2]} DeltaOnes against ${s[0].toLocaleString("en-US")} initial, spread over two years).` : "Give three positive whole numbers.";
  };
  const supply = () => {
    const s = [f.initial, f.per, f.expected].map((x) => Number(x.input.value));
    return s.every((n) => Number.isInteger(n) && n > 0) ? s : null;
  };
  f.preset.input.addEventListener("change", fillPreset);
  for (const x of [f.initial, f.per, f.expected]) x.input.addEventListener("input", () => { f.preset.input.value = "custom"; supplyText(); });
  fillPreset();

  const pages = [
    [f.name, f.ticker, f.description, f.category, f.tags],
    [f.metric, f.direction, f.baseline, f.deltaOne],
    [f.license, f.treasury, h("p.muted", "Decentralized: anyone may call and contribute; Proprietary: only you and those you whitelist, revenue to your treasury; Open Source: free calls.")],
    [f.preset, f.initial, f.per, f.expected, infl],
  ];
  let step = 0;
  const body = h("div");
  const st = status();
  const nav = h("ol.steps", { "aria-label": "Steps" });
  const back = h("button.secondary", { type: "button" }, "Back");
  const next = h("button", { type: "submit" }, "Next");
  back.addEventListener("click", () => { step = Math.max(0, step - 1); draw(); });
  const form = h("form", { id: "wizard", novalidate: true, onsubmit: (e) => { e.preventDefault(); onNext(); } }, body, h("div.row", back, next), st);

  const params = () => {
    const ticker = f.ticker.input.value.trim().toUpperCase();
    if (!f.name.input.value.trim()) throw new Error("Name is required (step 1).");
    if (!/^[A-Z]{3,6}$/.test(ticker)) throw new Error("The ticker must be 3 to 6 letters (step 1).");
    const metric = f.metric.input.value;
    const s = supply();
    if (!s) throw new Error("The supply needs three positive whole numbers (step 4).");
    const lic = f.license.input.value;
    const treasury = f.treasury.input.value.trim();
    if (lic === "proprietary" && !/^0x[0-9a-fA-F]{40}$/.test(treasury)) throw new Error("A Proprietary model needs a treasury address, 0x and 40 hex digits (step 3).");
    const d1 = f.deltaOne.input.value.trim();
    if (d1 && proportions.has(metric)) throw new Error(`${metric} is a proportion: one DeltaOne is fixed at 0.01; leave that field empty (step 2).`);
    const md = { description: f.description.input.value.trim() || undefined, category: f.category.input.value.trim() || undefined,
      tags: f.tags.input.value.split(",").map((t) => t.trim()).filter(Boolean), treasury: lic === "proprietary" ? treasury : undefined };
    if (!md.tags.length) delete md.tags;
    return {
      name: f.name.input.value.trim(), ticker, metric: metrics.indexOf(metric), direction: f.direction.input.value === "max" ? 0 : 1,
      baseline: wad("Baseline", f.baseline.input.value), deltaOne: d1 ? wad("DeltaOne", d1) : 0n, license: licenses[lic],
      initialSupply: BigInt(s[0]) * 10n ** 18n, tokensPerDeltaOne: BigInt(s[1]) * 10n ** 18n, expectedDeltaOnes: BigInt(s[2]),
      metadata: JSON.stringify(md),
    };
  };

  const review = () => {
    const p = params();
    const s = supply();
    return h("dl.kv", { id: "review" },
      h("dt", "Model"), h("dd", `${p.name} (${p.ticker})`),
      h("dt", "Metric"), h("dd", `${f.metric.input.value}, ${f.direction.input.value === "max" ? "higher" : "lower"} is better, baseline ${f.baseline.input.value}`),
      h("dt", "Licence"), h("dd", f.license.input.value),
      h("dt", "Supply"), h("dd", `${s[0].toLocaleString("en-US")} initial (10% now, the rest vests over a year), ${s[1].toLocaleString("en-US")} per DeltaOne, ${s[2]} expected; ~${(inflation(s) * 100).toFixed(1)}% a year`),
      h("dt", "Metadata"), h("dd.mono", p.metadata));
  };

  let created = null;
  const deploy = () => {
    const deployBtn = h("button", { type: "button", id: "deploy" }, created ? "Token deployed" : "Deploy the token");
    deployBtn.disabled = !!created;
    const dst = status();
    deployBtn.addEventListener("click", () => busy(deployBtn, dst, "Confirm the transaction in your wallet…", async () => {
      const info = await chain();
      const rc = await wallet.write({ address: info.contracts.ModelFactory, abi: factory, functionName: "createModel", args: [params()] });
      const ev = parseEventLogs({ abi: registry, logs: rc.logs, eventName: "ModelCreated" })[0];
      if (!ev) throw new Error(`Transaction ${rc.transactionHash} created no model.`);
      created = { id: Number(ev.args.id), tx: rc.transactionHash, token: ev.args.token, pool: ev.args.pool };
      for (let i = 0; i < 80; i++) {
        if (await api(`/v1/models/${created.id}`).then(() => true, () => false)) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      draw();
    }).catch(() => {}));
    const pkg = field("Package (.hkpkg from `hokusai package`)", { type: "file", name: "package", accept: ".hkpkg,.tar.gz,application/gzip" });
    const upBtn = h("button", { type: "button", disabled: !created }, "Sign and upload");
    const ust = status();
    upBtn.addEventListener("click", () => busy(upBtn, ust, "Sign the upload in your wallet…", async () => {
      const file = pkg.input.files[0];
      if (!file) throw new Error("Choose the package file first.");
      const body = new Uint8Array(await file.arrayBuffer());
      const v = await api(`/v1/models/${created.id}/versions`, { method: "POST", body, sign: "register_version", model: created.id, headers: { "Content-Type": "application/gzip" } });
      ust.ok(`Registered version ${v.version} (${v.digest}).`);
    }).catch(() => {}));
    return [
      h("h3", "1. Deploy the token"), h("p", "The factory creates the model, its token, its USDC pool and your vesting in one transaction."), deployBtn, dst,
      created ? h("p", { id: "created" }, `Model ${created.id} created in transaction `, h("span.mono", created.tx), ". ", h("a", { href: `#/model/${created.id}` }, "Open its page")) : null,
      h("h3", "2. Register the base model"), pkg, upBtn, ust,
    ];
  };

  function draw() {
    set(nav, steps.map((s, i) => h("li", { "aria-current": i === step ? "step" : null }, `${i + 1}. ${s}`)));
    back.disabled = step === 0;
    next.hidden = step === steps.length - 1;
    next.textContent = step === 4 ? "Continue to deploy" : "Next";
    st.busy("");
    try {
      set(body, h("h2", steps[step]), step < 4 ? pages[step] : step === 4 ? review() : deploy());
    } catch (e) {
      step = 4;
      set(body, h("h2", steps[step]), h("p.bad", { role: "alert" }, e.message));
    }
  }
  function onNext() {
    try {
      if (step >= 3) params();
      else if (step === 0 && !/^[A-Za-z]{3,6}$/.test(f.ticker.input.value.trim())) throw new Error("The ticker must be 3 to 6 letters.");
      step = Math.min(steps.length - 1, step + 1);
      draw();
    } catch (e) {
      st.fail(e);
    }
  }
  set(el, h("h1", "Create a model"), nav, form);
  draw();
}
