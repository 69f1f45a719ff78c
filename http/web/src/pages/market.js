// The marketplace: search, filters and sorts over the model index. The
// filters the API knows (category, tag, licence, metric) are sent to
// GET /v1/models; the text search and the sort run over its answer.
import { allModels } from "../api.js";
import { field, h, set } from "../ui.js";

const sorts = {
  newest: ["Newest", (a, b) => b.id - a.id],
  oldest: ["Oldest", (a, b) => a.id - b.id],
  name: ["Name A–Z", (a, b) => a.name.localeCompare(b.name)],
  ticker: ["Ticker A–Z", (a, b) => a.ticker.localeCompare(b.ticker)],
};
const metrics = ["accuracy", "precision", "recall", "f1", "auc_roc", "log_loss", "mse", "rmse", "mae", "r2", "perplexity", "custom"];

/** Keeps only models whose name, ticker, description or tags contain every word of q. */
export function search(models, q) {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  return models.filter((m) => {
    const text = [m.name, m.ticker, m.description, ...(m.tags || [])].join(" ").toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

export async function marketPage(el, { query }) {
  const state = Object.fromEntries(query);
  const q = field("Search", { type: "search", name: "q", value: state.q || "", placeholder: "name, ticker, tag…" });
  const category = field("Category", { name: "category", value: state.category || "", placeholder: "e.g. Finance" });
  const tag = field("Tag", { name: "tag", value: state.tag || "" });
  const license = field("Licence", { name: "license", value: state.license || "", options: [["", "Any"], "decentralized", "proprietary", "open-source"] });
  const metric = field("Metric", { name: "metric", value: state.metric || "", options: [["", "Any"], ...metrics] });
  const sort = field("Sort by", { name: "sort", value: state.sort || "newest", options: Object.entries(sorts).map(([k, [t]]) => [k, t]) });
  const inputs = [q, category, tag, license, metric, sort];
  const apply = () => {
    const p = new URLSearchParams();
    for (const l of inputs) if (l.input.value) p.set(l.input.name, l.input.value);
    if (p.get("sort") === "newest") p.delete("sort");
    window.location.hash = "#/" + (p.toString() ? "?" + p : "");
  };
  const form = h("form.row", { role: "search", onsubmit: (e) => { e.preventDefault(); apply(); } }, inputs, h("button", { type: "submit" }, "Search"));
  for (const l of [license, metric, sort]) l.input.addEventListener("change", apply);
  const results = h("div", { id: "results", "aria-live": "polite" }, h("p.muted", "Loading models…"));
  set(el, h("h1", "Marketplace"), h("p.muted", "Models that earn for the people who improve them. Find one, call it, or buy its token."), form, results);

  const filters = {};
  for (const k of ["category", "tag", "license", "metric"]) if (state[k]) filters[k] = state[k];
  const models = search(await allModels(filters), state.q || "").sort((sorts[state.sort] || sorts.newest)[1]);
  set(results,
    h("p.muted", { id: "count" }, `${models.length} model${models.length === 1 ? "" : "s"}`),
    models.length ? h("ul.grid", { style: "list-style:none;padding:0" }, models.map(card)) : h("p", "No model matches. Clear a filter, or ", h("a", { href: "#/create" }, "create one"), "."));
}

function card(m) {
  return h("li.card", { "data-ticker": m.ticker },
    h("h2", h("a", { href: `#/model/${m.id}` }, m.name), " ", h("span.muted", m.ticker)),
    m.description ? h("p", m.description) : null,
    h("div.muted", `${m.metric} ${m.direction === "max" ? "≥" : "≤"} ${m.baseline} · ${m.license}${m.category ? " · " + m.category : ""}`),
    h("div", (m.tags || []).map((t) => h("span.tag", t))));
}
