// The playground: run a model on an input and see the prediction, its
// confidence, the latency and the fee, charged to your API key like any
// call; tick several models to run the same input side by side.
import { allModels, api } from "../api.js";
import { busy, field, h, set, status } from "../ui.js";
import { keys } from "./console.js";

export async function playgroundPage(el, { query }) {
  const models = (await allModels()).sort((a, b) => a.name.localeCompare(b.name));
  const chosen = new Set((query.get("model") || "").split(",").filter(Boolean).map(Number));
  if (!chosen.size && models.length) chosen.add(models[0].id);
  const key = field("API key (call scope)", { name: "key", type: "password", autocomplete: "off", value: keys.call || "", placeholder: "hk_…" });
  const input = field("Input (JSON: one row, feature → value)", { name: "input", rows: 6, value: "{}" });
  const picks = h("fieldset", h("legend", "Models"), models.map((m) => {
    const cb = h("input", { type: "checkbox", name: "model", value: m.id, checked: chosen.has(m.id) });
    cb.addEventListener("change", () => { cb.checked ? chosen.add(m.id) : chosen.delete(m.id); if (cb.checked) fillExample(m.id); });
    return h("label", { style: "flex-direction:row;gap:6px;align-items:center" }, cb, `${m.name} (${m.ticker})`);
  }));
  const st = status();
  const run = h("button", { type: "submit" }, "Run");
  const results = h("div", { id: "results" });
  const fillExample = async (id) => {
    if (input.input.value.trim() !== "{}" && input.input.value.trim() !== "") return;
    const vs = await api(`/v1/models/${id}/versions`).catch(() => null);
    const ex = vs?.data?.at(-1)?.manifest?.usage_example?.input;
    if (ex) input.input.value = JSON.stringify(ex, null, 2);
  };
  const form = h("form", {
    onsubmit: (e) => {
      e.preventDefault();
      busy(run, st, "Running…", async () => {
        let row;
        try { row = JSON.parse(input.input.value); } catch (err) { throw new Error("The input is not JSON: " + err.message); }
        if (!key.input.value) throw new Error("Give an API key with the call scope (create one in the Console).");
        if (!chosen.size) throw new Error("Tick at least one model.");
        const ids = [...chosen];
        if (ids.length > 8) throw new Error("Compare at most 8 models at once; untick some.");
        const run = await api("/v1/playground", { method: "POST", key: key.input.value, json: { models: ids.map(String), input: row } });
        set(results, h("p", { id: "run-fee" }, `Charged ${run.fee_charged} USDC in all.`), h("div.scroll", h("table", { id: "predictions" },
          h("thead", h("tr", ["Model", "Prediction", "Confidence", "Latency", "Fee", "Version"].map((t) => h("th", { scope: "col" }, t)))),
          h("tbody", run.results.map(({ model: id, result: r, error: err }) => {
            const m = models.find((x) => String(x.id) === id);
            if (err) return h("tr", { "data-model": id }, h("td", m?.ticker || id), h("td.bad", { colspan: 5 }, err.message));
            const p = r.predictions[0] || {};
            return h("tr", { "data-model": id, "data-usage": r.usage_id }, h("td", r.ticker), h("td", p.label ?? p.text ?? p.value), h("td", (p.confidence * 100).toFixed(1) + "%"),
              h("td", r.latency_ms.toFixed(2) + " ms"), h("td", r.fee_charged + " USDC"), h("td", r.version));
          })))));
        st.ok(`Ran ${ids.length} model${ids.length > 1 ? "s" : ""}.`);
      }).catch(() => {});
    },
  }, picks, key, input, h("div.row", run), st);
  const board = h("div", { id: "leaderboard" });
  set(el, h("h1", "Playground"), h("p.muted", "Calls are charged to your key's credits like any API call (Open Source models are free)."), form, results,
    h("h2", "Leaderboard"), board);
  if (chosen.size) {
    await fillExample([...chosen][0]);
    leaderboard(board, models, [...chosen][0]).catch((e) => set(board, h("p.bad", e.message)));
  }
}

/** Ranks the models that share model id's benchmark (the same benchmark hash committed on-chain) by their head score. */
async function leaderboard(box, models, id) {
  set(box, h("p.muted", "Reading benchmarks…"));
  const benches = (await Promise.all(models.slice(0, 100).map((m) => api(`/v1/models/${m.id}/benchmark`).then((b) => ({ m, b }), () => null)))).filter(Boolean);
  const mine = benches.find((x) => x.m.id === id);
  const hash = mine?.b.committed_benchmark_hash;
  if (!hash || /^0x0*$/.test(hash)) return set(box, h("p.muted", "This model has no benchmark committed on-chain yet, so there is nothing to rank it against."));
  const peers = benches.filter((x) => x.b.committed_benchmark_hash === hash);
  const rows = await Promise.all(peers.map(async ({ m, b }) => {
    const l = b.head ? null : await api(`/v1/market/${m.id}`).then((r) => r.listing, () => null);
    // The evaluator's measured head (its bootstrap interval) first; the market's figures otherwise.
    const score = b.head?.score ?? l?.head_score;
    const iv = b.head ? { low: b.head.low95, high: b.head.high95 } : l?.score_interval;
    return { m, score, iv, dir: b.direction };
  }));
  rows.sort((a, b) => (a.dir === "min" ? 1 : -1) * (Number(a.score) - Number(b.score)));
  set(box, h("p.muted", `Benchmark ${hash.slice(0, 10)}…, ${mine.b.scored_as || mine.b.metric}: ${rows.length} model${rows.length > 1 ? "s" : ""}, scores from the evaluator's signed receipts.`),
    h("div.scroll", h("table", h("thead", h("tr", ["Rank", "Model", "Score", "95% interval"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", rows.map((r, i) => h("tr", { "data-model": r.m.id }, h("td", i + 1), h("td", h("a", { href: `#/model/${r.m.id}` }, `${r.m.name} (${r.m.ticker})`)),
        h("td", r.score ?? "—"), h("td", r.iv ? `${r.iv.low}–${r.iv.high}` : "—")))))));
}
