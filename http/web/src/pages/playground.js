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
        const out = await Promise.all(ids.map((id) => api(`/v1/models/${id}/predict`, { method: "POST", key: key.input.value, json: { input: row } }).then((r) => ({ id, r }), (err) => ({ id, err }))));
        set(results, h("div.scroll", h("table", { id: "predictions" },
          h("thead", h("tr", ["Model", "Prediction", "Confidence", "Latency", "Fee", "Version"].map((t) => h("th", { scope: "col" }, t)))),
          h("tbody", out.map(({ id, r, err }) => {
            const m = models.find((x) => x.id === id);
            if (err) return h("tr", h("td", m?.ticker || id), h("td.bad", { colspan: 5 }, err.message));
            const p = r.predictions[0] || {};
            return h("tr", { "data-model": id, "data-usage": r.usage_id }, h("td", r.ticker), h("td", p.label ?? p.text ?? p.value), h("td", (p.confidence * 100).toFixed(1) + "%"),
              h("td", r.latency_ms.toFixed(2) + " ms"), h("td", r.fee_charged + " USDC"), h("td", r.version));
          })))));
        st.ok(`Ran ${ids.length} model${ids.length > 1 ? "s" : ""}.`);
      }).catch(() => {});
    },
  }, picks, key, input, h("div.row", run), st);
  set(el, h("h1", "Playground"), h("p.muted", "Calls are charged to your key's credits like any API call (Open Source models are free)."), form, results);
  if (chosen.size) await fillExample([...chosen][0]);
}
