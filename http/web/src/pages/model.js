// A model's page: what it is, its versions, its pool (price, reserve and
// the price history from the pool's Bought/Sold events) and where to go
// next: call it, trade its token, contribute data.
import uPlot from "uplot";
import { api, model } from "../api.js";
import { pool as poolAbi } from "../abis.js";
import { h, set, units, usdc, when, short } from "../ui.js";
import { wallet } from "../wallet.js";

export async function modelPage(el, { params: [ref] }) {
  const m = await model(ref);
  const versions = await api(`/v1/models/${m.id}/versions`).catch(() => ({ data: [], head: null }));
  const [market, members] = await Promise.all([
    api(`/v1/market/${m.id}`).catch(() => null),
    api(`/v1/models/${m.id}/members?limit=100`).catch(() => null),
  ]);
  const poolBox = h("div", h("p.muted", "Reading the pool…"));
  set(el,
    h("h1", m.name, " ", h("span.muted", m.ticker)),
    m.description ? h("p", m.description) : null,
    h("p.row",
      h("a", { href: `#/playground?model=${m.id}` }, "Try it in the playground"), " · ",
      h("a", { href: `#/holder/${m.id}` }, "Buy, sell, vote"), " · ",
      h("a", { href: `#/contribute/${m.id}` }, "Contribute data")),
    h("dl.kv",
      h("dt", "Metric"), h("dd", `${m.metric} (${m.direction === "max" ? "higher" : "lower"} is better), baseline ${m.baseline}, one DeltaOne = ${m.delta_one}`),
      h("dt", "Licence"), h("dd", m.license),
      h("dt", "Category"), h("dd", m.category || "—"),
      h("dt", "Tags"), h("dd", (m.tags || []).map((t) => h("span.tag", t)), (m.tags || []).length ? null : "—"),
      h("dt", "Supply"), h("dd", `${m.supply.initial_supply.toLocaleString("en-US")} initial, ${m.supply.tokens_per_deltaone.toLocaleString("en-US")} per DeltaOne, ${m.supply.expected_deltaones} expected DeltaOnes (about ${(m.supply.annual_inflation * 100).toFixed(1)}% a year)`),
      h("dt", "Owner"), h("dd.mono", m.owner),
      h("dt", "Token"), h("dd.mono", m.token),
      h("dt", "Pool"), h("dd.mono", m.pool),
      h("dt", "Created"), h("dd", when(m.created_at), " in block ", m.block_number)),
    market ? [h("h2", "Market"), marketFigures(market)] : null,
    h("h2", "Pool"), poolBox,
    members ? [h("h2", "Members"), memberTable(members)] : null,
    h("h2", "Versions"), versions.head ? h("p", { id: "head" }, `Head: ${versions.head.version}, score ${versions.head.score}`) : null, versionTable(versions.data || []));
  drawPool(poolBox, m).catch((e) => set(poolBox, h("p.bad", "Cannot read the pool: " + e.message)));
}

function marketFigures({ listing: l, history }) {
  const box = h("div", h("dl.kv", { id: "market" },
    h("dt", "Head score"), h("dd", l.head_score ? `${l.head_score}${l.score_interval ? ` (95%: ${l.score_interval.low}–${l.score_interval.high})` : ""}` : "no head yet"),
    h("dt", "DeltaOnes"), h("dd", l.deltaones),
    h("dt", "Calls, 7 days"), h("dd", `${l.calls_7d} (${l.users_7d} users; the 7 days before: ${l.calls_prev_7d})`),
    h("dt", "Training score"), h("dd", `${(l.training_score / 100).toFixed(2)}%`),
    h("dt", "Rating"), h("dd", l.rating ? `${l.rating} / 5 from ${l.ratings}` : "unrated"),
    h("dt", "Open proposals"), h("dd", l.open_proposals),
    l.parent ? [h("dt", "Forked from"), h("dd", h("a", { href: `#/model/${l.parent.model_id}` }, `model ${l.parent.model_id} v${l.parent.version}`))] : null));
  const pts = (history || []).filter((p) => p.head_score !== undefined);
  if (pts.length > 1) {
    const chart = h("div.chart", { role: "img", "aria-label": `Head score over time, ${pts.length} snapshots` });
    box.append(h("h3", "Metric history"), chart);
    queueMicrotask(() => new uPlot({ width: Math.max(280, Math.min(box.clientWidth || 600, 900)), height: 180, series: [{}, { label: "head score", stroke: "#166534" }] },
      [pts.map((p) => Date.parse(p.at) / 1000), pts.map((p) => Number(p.head_score))], chart));
  }
  return box;
}

function memberTable({ data, total }) {
  if (!data.length) return h("p.muted", "No member yet: the owner, contributors and paying consumers join the model's Agent.");
  const all = data.reduce((a, x) => a + BigInt(x.shares), 0n);
  const pct = (s) => (all ? (Number((BigInt(s) * 1000000n) / all) / 10000).toFixed(2) + "%" : "—");
  return h("div.scroll", h("table", { id: "members" }, h("caption.muted", `${total} member${total === 1 ? "" : "s"}; training shares weigh rewards and votes of the model's Agent`),
    h("thead", h("tr", ["Account", "Joined as", "Training shares", "Rating"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", data.map((x) => h("tr", { "data-account": x.account.toLowerCase() }, h("td.mono", short(x.account)), h("td", x.reason), h("td", pct(x.shares)), h("td", x.stars ? "★".repeat(x.stars) : "—"))))));
}

function versionTable(vs) {
  if (!vs.length) return h("p.muted", "No version registered yet: the owner uploads a package (hokusai model register, or the create wizard).");
  return h("div.scroll", h("table", h("thead", h("tr", h("th", "Version"), h("th", "Digest"), h("th", "Runtime"), h("th", "Registered"))),
    h("tbody", vs.map((v) => h("tr", h("td", v.version), h("td.mono", short(v.digest)), h("td", v.manifest?.runtime?.kind || ""), h("td", when(v.created_at)))))));
}

async function drawPool(box, m) {
  const pub = wallet.public();
  if (!pub) throw new Error("no chain connection");
  const [spot, reserve] = await Promise.all([
    pub.readContract({ address: m.pool, abi: poolAbi, functionName: "spotPrice" }),
    pub.readContract({ address: m.pool, abi: poolAbi, functionName: "reserve" }),
  ]);
  const logs = await pub.getContractEvents({ address: m.pool, abi: poolAbi, fromBlock: BigInt(m.block_number) });
  const trades = logs.filter((l) => l.eventName === "Bought" || l.eventName === "Sold");
  set(box,
    h("dl.kv", h("dt", "Price"), h("dd", { id: "spot" }, units(spot, 24, 6), " USDC per token"),
      h("dt", "Reserve"), h("dd", { id: "reserve" }, usdc(reserve)), h("dt", "Trades"), h("dd", trades.length)),
    trades.length ? null : h("p.muted", "No trade yet: the price chart starts with the first buy."));
  if (!trades.length) return;
  const chart = h("div.chart", { role: "img", "aria-label": `Price of ${m.ticker} after each of ${trades.length} trades` });
  box.append(chart);
  const xs = trades.map((_, i) => i + 1);
  const ys = trades.map((l) => Number(l.args.priceAfter) / 1e24);
  const width = Math.max(280, Math.min(box.clientWidth || 600, 900));
  new uPlot({ width, height: 200, scales: { x: { time: false } }, series: [{ label: "trade" }, { label: "USDC per token", stroke: "#1d4ed8" }] }, [xs, ys], chart);
}
