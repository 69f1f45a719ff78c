// The consumer console: prepaid credits (deposit from the wallet into the
// credit vault), API keys (created by a wallet-signed request, then managed
// with a manage key; every secret is shown once), and usage by model.
import uPlot from "uplot";
import { api, chain } from "../api.js";
import { erc20, vault } from "../abis.js";
import { busy, field, h, parseUnits, set, status, usdc, when } from "../ui.js";
import { wallet } from "../wallet.js";

/** The keys this tab created, kept for this tab only (sessionStorage). */
export const keys = {
  get manage() { return sessionStorage.getItem("manageKey") || ""; },
  set manage(v) { sessionStorage.setItem("manageKey", v); },
  get call() { return sessionStorage.getItem("callKey") || ""; },
  set call(v) { sessionStorage.setItem("callKey", v); },
};

export async function consolePage(el) {
  set(el, h("h1", "Console"), h("p.muted", "Credits pay for API calls; keys prove who calls. Your wallet signs deposits and your first key."));
  let addr;
  try {
    addr = await wallet.address();
  } catch (e) {
    el.append(h("p.bad", { role: "alert" }, e.message));
    return;
  }
  const credits = h("div", { id: "credits" });
  const keyBox = h("div", { id: "keys" });
  const usageBox = h("div", { id: "usage" });
  el.append(h("h2", "Credits"), credits, h("h2", "API keys"), keyBox, h("h2", "Usage"), usageBox);
  await Promise.all([drawCredits(credits, addr), drawKeys(keyBox, addr, usageBox)]);
}

async function drawCredits(box, addr) {
  const info = await chain();
  const usdcAddr = info.contracts.USDC;
  const vaultAddr = info.contracts.CreditVault;
  const [c, bal] = await Promise.all([
    api(`/v1/credits/${addr}`).catch(() => null),
    wallet.read({ address: usdcAddr, abi: erc20, functionName: "balanceOf", args: [addr] }),
  ]);
  const amount = field("Deposit (USDC)", { name: "deposit", inputmode: "decimal", value: "10", size: 8 });
  const st = status();
  const btn = h("button", { type: "submit" }, "Deposit");
  const form = h("form.row", {
    onsubmit: async (e) => {
      e.preventDefault();
      await busy(btn, st, "Approve, then deposit: confirm in your wallet…", async () => {
        const v = parseUnits("Deposit", amount.input.value, 6);
        if (v <= 0n) throw new Error("Deposit must be more than 0.");
        if (v > bal) throw new Error(`Your wallet holds ${usdc(bal)}, less than ${usdc(v)}.`);
        const before = c ? BigInt(c.deposited) : 0n;
        await wallet.write({ address: usdcAddr, abi: erc20, functionName: "approve", args: [vaultAddr, v] });
        const rc = await wallet.write({ address: vaultAddr, abi: vault, functionName: "depositFor", args: [addr, v] });
        st.busy(`Deposited in transaction ${rc.transactionHash}; waiting for the server to count it…`);
        for (let i = 0; i < 60; i++) {
          const now = await api(`/v1/credits/${addr}`).catch(() => null);
          if (now && BigInt(now.deposited) >= before + v) break;
          await new Promise((r) => setTimeout(r, 250));
        }
        await drawCredits(box, addr);
        box.querySelector(".status").textContent = `Deposited ${usdc(v)} (transaction ${rc.transactionHash}).`;
      }).catch(() => {});
    },
  }, amount, btn);
  set(box,
    h("dl.kv",
      h("dt", "Spendable"), h("dd", { id: "spendable" }, c ? usdc(c.spendable) : "—"),
      h("dt", "Deposited"), h("dd", c ? usdc(c.deposited) : "—"),
      h("dt", "Used, unsettled"), h("dd", c ? usdc(c.unsettled) : "—"),
      h("dt", "Used, settled on-chain"), h("dd", c ? usdc(c.settled) : "—"),
      h("dt", "USDC in your wallet"), h("dd", { id: "wallet-usdc" }, usdc(bal))),
    form, st);
}

async function drawKeys(box, addr, usageBox) {
  const st = status();
  const shown = h("div", { id: "secret" });
  const redraw = async () => {
    await drawKeys(box, addr, usageBox);
  };
  if (!keys.manage) {
    const btn = h("button", "Create a manage key");
    btn.addEventListener("click", () => busy(btn, st, "Sign the key request in your wallet…", async () => {
      const r = await api("/v1/keys", { method: "POST", json: { scopes: ["call", "manage"], name: "portal" }, sign: "create_key" });
      keys.manage = r.secret;
      await redraw();
      showSecretIn(box, "Your manage key", r.secret);
    }).catch(() => {}));
    set(box, h("p", "A manage key lists, creates, rotates and revokes your other keys. Your wallet signs the request; no gas."), btn, st, shown);
    set(usageBox, h("p.muted", "Create a key to see usage."));
    return;
  }
  let list;
  try {
    list = (await api("/v1/keys", { key: keys.manage })).keys;
  } catch (e) {
    keys.manage = "";
    return redraw();
  }
  const name = field("Name", { name: "keyname", value: "my app", size: 12 });
  const createBtn = h("button", { type: "submit" }, "Create a call key");
  const form = h("form.row", {
    onsubmit: (e) => {
      e.preventDefault();
      busy(createBtn, st, "Creating…", async () => {
        const r = await api("/v1/keys", { method: "POST", key: keys.manage, json: { scopes: ["call"], name: name.input.value } });
        keys.call = r.secret;
        await redraw();
        showSecretIn(box, "Your new call key " + r.key.id, r.secret);
      }).catch(() => {});
    },
  }, name, createBtn);
  const rows = list.map((k) => {
    const revoked = !!k.revoked_at;
    const rot = h("button.secondary", { disabled: revoked, "aria-label": `Rotate key ${k.id}` }, "Rotate");
    const rev = h("button.secondary", { disabled: revoked, "aria-label": `Revoke key ${k.id}` }, "Revoke");
    rot.addEventListener("click", () => busy(rot, st, "Rotating…", async () => {
      const r = await api(`/v1/keys/${k.id}/rotate`, { method: "POST", key: keys.manage, json: { overlap_seconds: 60 } });
      if (k.scopes.includes("manage")) keys.manage = r.secret;
      else keys.call = r.secret;
      await redraw();
      showSecretIn(box, `Key ${k.id} rotated to ${r.key.id} (the old one works 60 s more)`, r.secret);
    }).catch(() => {}));
    rev.addEventListener("click", () => busy(rev, st, "Revoking…", async () => {
      await api(`/v1/keys/${k.id}`, { method: "DELETE", key: keys.manage });
      await redraw();
      box.querySelector(".status").textContent = `Key ${k.id} revoked.`;
    }).catch(() => {}));
    return h("tr", { "data-key": k.id }, h("td.mono", k.hint), h("td", k.name || ""), h("td", k.scopes.join(", ")), h("td", when(k.created_at)),
      h("td", revoked ? "revoked " + when(k.revoked_at) : k.expires_at ? "expires " + when(k.expires_at) : "active"), h("td", rot, " ", rev));
  });
  set(box, form, st, shown,
    h("div.scroll", h("table", h("caption.muted", "Your keys (secrets are never shown again)"),
      h("thead", h("tr", ["Key", "Name", "Scopes", "Created", "State", "Actions"].map((t) => h("th", { scope: "col" }, t)))), h("tbody", rows))));
  await drawUsage(usageBox);
}

function showSecretIn(box, what, secret) {
  set(box.querySelector("#secret"), h("div.secret", h("p", what, " — shown once, copy it now:"), h("p.mono", { "data-secret": "" }, secret)));
}

async function drawUsage(box) {
  const from = field("From", { type: "date", name: "from", value: new Date(Date.now() - 7 * 864e5).toISOString().slice(0, 10) });
  const to = field("To (exclusive)", { type: "date", name: "to", value: new Date(Date.now() + 864e5).toISOString().slice(0, 10) });
  const out = h("div");
  const load = async () => {
    try {
      const q = new URLSearchParams({ from: from.input.value, to: to.input.value });
      const u = await api("/v1/usage?" + q, { key: keys.manage });
      set(out,
        h("p", { id: "usage-total" }, `${u.total_calls} calls, ${usdc(u.total_amount_micros)}`),
        u.models.length ? h("div.scroll", h("table", h("thead", h("tr", h("th", { scope: "col" }, "Model"), h("th", { scope: "col" }, "Calls"), h("th", { scope: "col" }, "Spent"))),
          h("tbody", u.models.map((m) => h("tr", h("td", h("a", { href: `#/model/${m.model_id}` }, "model " + m.model_id)), h("td", m.calls), h("td", usdc(m.amount_micros))))))) : null);
      if (u.models.length) {
        const chart = h("div.chart", { role: "img", "aria-label": "Spend by model" });
        out.append(chart);
        new uPlot({
          width: Math.max(280, Math.min(out.clientWidth || 600, 900)), height: 180, scales: { x: { time: false } },
          series: [{ label: "model" }, { label: "USDC spent", stroke: "#1d4ed8", paths: uPlot.paths.bars({ size: [0.6] }) }],
        }, [u.models.map((m) => m.model_id), u.models.map((m) => m.amount_micros / 1e6)], chart);
      }
    } catch (e) {
      set(out, h("p.bad", e.message));
    }
  };
  from.input.addEventListener("change", load);
  to.input.addEventListener("change", load);
  set(box, h("div.row", from, to), out);
  await load();
}
