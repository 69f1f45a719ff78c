// The contributor's page: the model's benchmark (label, columns, dev split
// to download), an upload of rows signed by the contributor's wallet (row
// errors come back by row and field), and the contribution's status with
// its evaluation, interval, receipt and mint transaction.
import { api } from "../api.js";
import { busy, field, h, set, status, tokens } from "../ui.js";
import { wallet } from "../wallet.js";

export async function contributePage(el, { params: [ref], query }) {
  const m = await api("/v1/models/" + encodeURIComponent(ref));
  set(el, h("h1", "Contribute data: ", m.name, " ", h("span.muted", m.ticker)), h("p", h("a", { href: `#/model/${m.id}` }, "Back to the model")));
  const bench = await api(`/v1/models/${m.id}/benchmark`).catch((e) => ({ error: e }));
  if (bench.error) {
    el.append(h("p.bad", "No benchmark yet: ", bench.error.message));
  } else {
    el.append(h("h2", "What to send"),
      h("dl.kv", { id: "benchmark" },
        h("dt", "Label column"), h("dd", bench.label),
        h("dt", "Columns"), h("dd.mono", (bench.columns || []).map((c) => c.name ?? c).join(", ")),
        h("dt", "Metric"), h("dd", `${bench.scored_as || bench.metric} (${bench.direction === "max" ? "higher" : "lower"} is better)`),
        h("dt", "Head score"), h("dd", bench.head ? String(bench.head.score ?? "") : "—"),
        h("dt", "Dev split"), h("dd", h("a", { href: `/v1/models/${m.id}/benchmark?format=csv`, download: `${m.ticker}-dev.csv` }, `Download ${bench.dev_rows} rows (CSV)`))));
  }
  const file = field("Rows (CSV with a header, or JSONL)", { type: "file", name: "rows", accept: ".csv,.jsonl,text/csv" });
  const st = status();
  const btn = h("button", { type: "submit" }, "Sign and upload");
  const out = h("div", { id: "contribution" });
  el.append(h("h2", "Upload"), h("form", {
    onsubmit: (e) => {
      e.preventDefault();
      busy(btn, st, "Sign the upload in your wallet…", async () => {
        const f = file.input.files[0];
        if (!f) throw new Error("Choose a file of rows first.");
        if (f.size > 64 << 20) throw new Error("The file is over 64 MiB; split it.");
        const body = new Uint8Array(await f.arrayBuffer());
        const jsonl = /\.jsonl$/i.test(f.name);
        const c = await api(`/v1/models/${m.id}/contributions?format=${jsonl ? "jsonl" : "csv"}`, {
          method: "POST", body, sign: "contribute", model: m.id, headers: { "Content-Type": jsonl ? "application/x-ndjson" : "text/csv" },
        });
        st.ok(`Contribution ${c.id} received: ${c.rows} rows.`);
        window.location.hash = `#/contribute/${m.id}?c=${c.id}`;
      }).catch(() => {});
    },
  }, file, h("div.row", btn), st), out);
  const id = query.get("c");
  // Not awaited: the page is attached once this function returns, and the
  // tracking stops when the page is left.
  if (id) track(out, id, true).catch((e) => set(out, h("p.bad", e.message)));
  else await listMine(out, m).catch(() => {});
}

async function listMine(out, m) {
  const addr = await wallet.address();
  const list = await api(`/v1/models/${m.id}/contributions`);
  const items = (list.data || list.contributions || []).filter((c) => c.contributor.toLowerCase() === addr.toLowerCase());
  if (!items.length) return;
  set(out, h("h2", "Your contributions"), h("ul", items.map((c) => h("li", h("a", { href: `#/contribute/${m.id}?c=${c.id}` }, `#${c.id}`), ` ${c.rows} rows, ${c.status}`))));
}

/** Shows contribution id and polls it until it is decided. */
async function track(out, id, first) {
  for (let i = 0; ; i++) {
    if (!first && !out.isConnected) return;
    first = false;
    const c = await api(`/v1/contributions/${id}`);
    const e = c.evaluation;
    set(out, h("h2", `Contribution ${c.id}`), h("dl.kv", { id: "contribution-status", "data-status": c.status },
      h("dt", "Status"), h("dd", c.status, c.reason ? ` — ${c.reason}` : ""),
      h("dt", "Rows"), h("dd", c.rows),
      e ? [h("dt", "Score"), h("dd", `${e.baseline_score} → ${e.candidate_score} (improvement ${e.improvement}, 95% lower bound ${e.lower95})`),
        h("dt", "DeltaOnes"), h("dd", e.delta_ones),
        h("dt", "Receipt"), h("dd.mono", h("a", { href: `/v1/receipts/${e.receipt_hash}` }, e.receipt_hash))] : null,
      c.reward ? [h("dt", "Reward"), h("dd", tokens(c.reward), " tokens")] : null,
      c.mint_tx ? [h("dt", "Mint transaction"), h("dd.mono", { id: "mint-tx" }, c.mint_tx)] : null));
    const done = c.status === "rejected" || (c.status === "accepted" && c.mint_tx);
    if (done || i > 600) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
}
