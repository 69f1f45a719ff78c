// The holder's page: quote, buy and sell the model's token on its pool with
// a slippage bound and a deadline; delegate and cast votes on the model's
// DAO proposals; release the owner's vested tokens. Every transaction is
// signed by the connected wallet.
import { api, chain, model } from "../api.js";
import { erc20, governor, pool, registry, token, agent, vesting } from "../abis.js";
import { busy, field, h, parseUnits, set, status, tokens, units, usdc } from "../ui.js";
import { wallet } from "../wallet.js";

const states = ["Pending", "Active", "Canceled", "Defeated", "Succeeded", "Queued", "Expired", "Executed"];

export async function holderPage(el, { params: [ref] }) {
  const m = await model(ref);
  set(el, h("h1", "Trade and vote: ", m.name, " ", h("span.muted", m.ticker)), h("p", h("a", { href: `#/model/${m.id}` }, "Back to the model")));
  let addr;
  try {
    addr = await wallet.address();
  } catch (e) {
    el.append(h("p.bad", { role: "alert" }, e.message));
    return;
  }
  const info = await chain();
  const usdcAddr = info.contracts.USDC;
  const read = (address, abi, functionName, args) => wallet.read({ address, abi, functionName, args });
  const [tok, cash, spot] = await Promise.all([
    read(m.token, erc20, "balanceOf", [addr]), read(usdcAddr, erc20, "balanceOf", [addr]), read(m.pool, pool, "spotPrice"),
  ]);
  const redraw = () => holderPage(el, { params: [ref] });
  el.append(h("dl.kv", { id: "balances" },
    h("dt", "Your tokens"), h("dd", { id: "token-balance" }, tokens(tok), " ", m.ticker),
    h("dt", "Your USDC"), h("dd", usdc(cash)),
    h("dt", "Price"), h("dd", units(spot, 24, 6), " USDC per token")));

  const slippage = field("Slippage bound (%)", { name: "slippage", value: "1", inputmode: "decimal", size: 5 });
  const bps = () => {
    const v = Number(slippage.input.value);
    if (!(v >= 0 && v <= 50)) throw new Error("Slippage must be between 0 and 50 percent.");
    return BigInt(Math.round(v * 100));
  };
  const deadline = () => BigInt(Math.floor(Date.now() / 1000) + 600);

  // Buy
  const buyAmt = field("Pay (USDC)", { name: "buy", value: "10", inputmode: "decimal", size: 8 });
  const buyQuote = h("p", { id: "buy-quote", "aria-live": "polite" });
  const buySt = status();
  const buyBtn = h("button", { type: "submit" }, "Buy");
  const quoteBuy = async () => {
    const v = parseUnits("Pay", buyAmt.input.value, 6);
    const [out, fee] = await read(m.pool, pool, "quoteBuy", [v]);
    const min = (out * (10000n - bps())) / 10000n;
    buyQuote.textContent = `About ${tokens(out)} ${m.ticker} (fee ${usdc(fee)}); at least ${tokens(min)} or the buy reverts.`;
    return { v, min };
  };
  buyAmt.input.addEventListener("input", () => quoteBuy().catch((e) => { buyQuote.textContent = e.message; }));
  const buyForm = h("form", {
    onsubmit: (e) => {
      e.preventDefault();
      busy(buyBtn, buySt, "Approve, then buy: confirm in your wallet…", async () => {
        const { v, min } = await quoteBuy();
        await wallet.write({ address: usdcAddr, abi: erc20, functionName: "approve", args: [m.pool, v] });
        const rc = await wallet.write({ address: m.pool, abi: pool, functionName: "buy", args: [v, min, deadline()] });
        await redraw();
        el.querySelector("#trade-status").textContent = `Bought in transaction ${rc.transactionHash}.`;
      }).catch(() => {});
    },
  }, h("div.row", buyAmt, buyBtn), buyQuote, buySt);

  // Sell
  const sellAmt = field(`Sell (${m.ticker})`, { name: "sell", value: "1", inputmode: "decimal", size: 8 });
  const sellQuote = h("p", { "aria-live": "polite" });
  const sellSt = status();
  const sellBtn = h("button", { type: "submit" }, "Sell");
  const quoteSell = async () => {
    const v = parseUnits("Sell", sellAmt.input.value, 18);
    const [out, fee] = await read(m.pool, pool, "quoteSell", [v]);
    const min = (out * (10000n - bps())) / 10000n;
    sellQuote.textContent = `About ${usdc(out)} (fee ${usdc(fee)}); at least ${usdc(min)} or the sell reverts.`;
    return { v, min };
  };
  sellAmt.input.addEventListener("input", () => quoteSell().catch((e) => { sellQuote.textContent = e.message; }));
  const sellForm = h("form", {
    onsubmit: (e) => {
      e.preventDefault();
      busy(sellBtn, sellSt, "Confirm the sell in your wallet…", async () => {
        const { v, min } = await quoteSell();
        const rc = await wallet.write({ address: m.pool, abi: pool, functionName: "sell", args: [v, min, deadline()] });
        await redraw();
        el.querySelector("#trade-status").textContent = `Sold in transaction ${rc.transactionHash}.`;
      }).catch(() => {});
    },
  }, h("div.row", sellAmt, sellBtn), sellQuote, sellSt);
  el.append(h("h2", "Trade"), slippage, h("p", { id: "trade-status", role: "status" }), buyForm, sellForm);
  quoteBuy().catch(() => {});

  // Votes and proposals
  const dao = h("div", { id: "dao" });
  el.append(h("h2", "DAO proposals"), dao);
  drawDAO(dao, m, addr, redraw).catch((e) => set(dao, h("p.bad", "Cannot read the DAO: " + e.message)));

  if (addr.toLowerCase() === m.owner.toLowerCase()) {
    const [rel, locked] = await Promise.all([read(m.vesting, vesting, "releasable"), read(m.vesting, vesting, "locked")]);
    const st = status();
    const btn = h("button", { disabled: rel === 0n }, "Release vested tokens");
    btn.addEventListener("click", () => busy(btn, st, "Confirm in your wallet…", async () => {
      const rc = await wallet.write({ address: m.vesting, abi: vesting, functionName: "release", args: [] });
      await redraw();
      el.querySelector("#trade-status").textContent = `Released in transaction ${rc.transactionHash}.`;
    }).catch(() => {}));
    el.append(h("h2", "Your vesting"), h("p", `${tokens(rel)} releasable now, ${tokens(locked)} still locked.`), btn, st);
  }
}

async function drawDAO(box, m, addr, redraw) {
  const read = (address, abi, functionName, args) => wallet.read({ address, abi, functionName, args });
  const [links] = [await read((await chain()).contracts.ModelRegistry, registry, "modelLinks", [BigInt(m.id)])];
  const agentAddr = links[0] ?? links.agent;
  if (!agentAddr || /^0x0+$/.test(agentAddr)) return set(box, h("p.muted", "This model has no DAO."));
  const gov = await read(agentAddr, agent, "governor");
  const [votes, delegatee, listed] = await Promise.all([
    read(m.token, token, "getVotes", [addr]), read(m.token, token, "delegates", [addr]), api(`/v1/models/${m.id}/proposals?limit=20`),
  ]);
  const st = status();
  const items = [h("p", `Your voting power: ${tokens(votes)} ${m.ticker}.`)];
  // Every holder votes with its own tokens unless it delegated them elsewhere (or nowhere).
  if (delegatee.toLowerCase() !== addr.toLowerCase()) {
    const btn = h("button.secondary", "Vote with my own tokens");
    btn.addEventListener("click", () => busy(btn, st, "Confirm in your wallet…", async () => {
      await wallet.write({ address: m.token, abi: token, functionName: "delegate", args: [addr] });
      await redraw();
    }).catch(() => {}));
    const where = /^0x0+$/.test(delegatee) ? "nowhere" : `to ${delegatee}`;
    items.push(h("p.muted", `Your tokens' votes are delegated ${where}; take them back to vote with them. Votes count at a proposal's snapshot hour.`), btn);
  }
  const rows = [];
  // The Governor keeps no list of its proposals; the API's index of its events does (newest first).
  for (const p of listed.data) {
    const id = BigInt(p.id);
    const voted = await read(gov, governor, "hasVoted", [id, addr]);
    const state = states.findIndex((s) => s.toLowerCase() === p.state);
    const [against, forV, abstain] = [BigInt(p.votes.against || 0), BigInt(p.votes.for || 0), BigInt(p.votes.abstain || 0)];
    const what = p.description || p.kind || p.id.slice(0, 10) + "…";
    const cells = [h("td", what.length > 80 ? what.slice(0, 79) + "…" : what), h("td", states[state] || state), h("td", `${tokens(forV)} for, ${tokens(against)} against, ${tokens(abstain)} abstain`)];
    const act = h("td");
    if (state === 1 && !voted) {
      for (const [support, text] of [[1, "For"], [0, "Against"], [2, "Abstain"]]) {
        const b = h("button.secondary", { "aria-label": `Vote ${text} on proposal ${p.id}` }, text);
        b.addEventListener("click", () => busy(b, st, "Confirm your vote in your wallet…", async () => {
          await wallet.write({ address: gov, abi: governor, functionName: "castVote", args: [id, support] });
          await redraw();
        }).catch(() => {}));
        act.append(b, " ");
      }
    } else if (voted) act.append("voted");
    rows.push(h("tr", cells, act));
  }
  items.push(rows.length ? h("div.scroll", h("table", h("thead", h("tr", ["Proposal", "State", "Votes", "Vote"].map((t) => h("th", { scope: "col" }, t)))), h("tbody", rows)))
    : h("p.muted", "No proposal yet."), st);
  set(box, items);
}
