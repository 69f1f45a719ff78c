// The marketplace: GET /v1/market's full-text search, filters and sorts,
// with what a buyer compares on each listing (head score and its interval,
// price, reserve, 7-day calls and users, DeltaOnes, rating, training score).
// The form's state lives in the URL fragment, so a search can be shared.
import { api } from "../api.js";
import { field, h, set } from "../ui.js";

const sorts = [["score", "Training score"], ["trending", "Trending (7-day call growth)"], ["newest", "Newest"], ["price", "Price"],
  ["calls", "Calls (7 days)"], ["deltaones", "DeltaOnes"], ["reserve", "Reserve"]];
const metrics = ["accuracy", "precision", "recall", "f1", "auc_roc", "log_loss", "mse", "rmse", "mae", "r2", "perplexity", "custom"];
const keys = ["q", "category", "tag", "license", "metric", "runtime", "min_reward", "min_price", "max_price", "has_open_proposals", "sort", "order"];

export async function marketPage(el, { query }) {
  const state = Object.fromEntries(query);
  const f = {
    q: field("Search", { type: "search", name: "q", value: state.q || "", placeholder: "name, ticker, tag…" }),
    category: field("Category", { name: "category", value: state.category || "", placeholder: "e.g. Finance", size: 10 }),
    tag: field("Tag", { name: "tag", value: state.tag || "", size: 10 }),
    license: field("Licence", { name: "license", value: state.license || "", options: [["", "Any"], "decentralized", "proprietary", "open-source"] }),
    metric: field("Metric", { name: "metric", value: state.metric || "", options: [["", "Any"], ...metrics] }),
    runtime: field("Runtime", { name: "runtime", value: state.runtime || "", options: [["", "Any"], "linear", "onnx", "xgboost", "lightgbm", "remote", "openai"] }),
    min_reward: field("Min. tokens per DeltaOne", { name: "min_reward", value: state.min_reward || "", inputmode: "numeric", size: 8 }),
    min_price: field("Min. price (USDC)", { name: "min_price", value: state.min_price || "", inputmode: "decimal", size: 6 }),
    max_price: field("Max. price (USDC)", { name: "max_price", value: state.max_price || "", inputmode: "decimal", size: 6 }),
    has_open_proposals: field("Open proposals", { name: "has_open_proposals", value: state.has_open_proposals || "", options: [["", "Any"], ["true", "Some"], ["false", "None"]] }),
    sort: field("Sort by", { name: "sort", value: state.sort || "score", options: sorts }),
    order: field("Order", { name: "order", value: state.order || "", options: [["", "Default"], ["desc", "Descending"], ["asc", "Ascending"]] }),
  };
  const apply = () => {
    const p = new URLSearchParams();
    for (const k of keys) if (f[k].input.value) p.set(k, f[k].input.value.trim());
    if (p.get("sort") === "score") p.delete("sort");
    window.location.hash = "#/" + (p.toString() ? "?" + p : "");
  };
  const form = h("form.row", { role: "search", onsubmit: (e) => { e.preventDefault(); apply(); } }, keys.map((k) => f[k]), h("button", { type: "submit" }, "Search"));
  for (const k of ["license", "metric", "runtime", "has_open_proposals", "sort", "order"]) f[k].input.addEventListener("change", apply);
  const results = h("div", { id: "results", "aria-live": "polite" }, h("p.muted", "Loading models…"));
  set(el, h("h1", "Marketplace"), h("p.muted", "Models that earn for the people who improve them. Find one, call it, or buy its token."), form, results);

  const params = new URLSearchParams();
  for (const k of keys) if (state[k]) params.set(k, state[k]);
  params.set("limit", "24");
  const page = await api("/v1/market?" + params);
  const list = h("ul.grid", { style: "list-style:none;padding:0" }, page.data.map(card));
  const more = h("div.row");
  const addMore = (cursor) => {
    if (!cursor) return set(more);
    const b = h("button.secondary", "More");
    b.addEventListener("click", async () => {
      b.disabled = true;
      const next = await api("/v1/market?" + new URLSearchParams([...params, ["cursor", cursor]]));
      list.append(...next.data.map(card));
      addMore(next.next_cursor);
    });
    set(more, b);
  };
  addMore(page.next_cursor);
  results.dataset.state = params.toString(); // what this list answers (the browser tests wait on it)
  set(results,
    h("p.muted", { id: "count" }, `${page.total} model${page.total === 1 ? "" : "s"}`),
    page.data.length ? [list, more] : h("p", "No model matches. Clear a filter, or ", h("a", { href: "#/create" }, "create one"), "."));
}

function card(l) {
  const m = l.model;
  const score = l.head_score
    ? `${m.metric} ${l.head_score}${l.score_interval ? ` (95%: ${l.score_interval.low}–${l.score_interval.high})` : ""}`
    : `${m.metric} baseline ${m.baseline}`;
  return h("li.card", { "data-ticker": m.ticker },
    h("h2", h("a", { href: `#/model/${m.id}` }, m.name), " ", h("span.muted", m.ticker)),
    m.description ? h("p", m.description) : null,
    h("dl.kv",
      h("dt", "Score"), h("dd", score),
      h("dt", "Price"), h("dd", `${l.price} USDC · reserve ${l.reserve}`),
      h("dt", "7 days"), h("dd", `${l.calls_7d} calls, ${l.users_7d} users`),
      h("dt", "DeltaOnes"), h("dd", `${l.deltaones} · training score ${(l.training_score / 100).toFixed(2)}%`),
      h("dt", "Rating"), h("dd", l.rating ? `${l.rating} / 5 (${l.ratings})` : "unrated"),
      h("dt", "Licence"), h("dd", `${m.license}${m.category ? " · " + m.category : ""}${l.runtime ? " · " + l.runtime : ""}${l.open_proposals ? ` · ${l.open_proposals} open proposals` : ""}`)),
    h("div", (m.tags || []).map((t) => h("span.tag", t))));
}
