// The portal's entry: the wallet bar, and a router over the URL fragment
// (#/model/3, #/console…), so the server serves one page.
import { chain } from "./api.js";
import { h, set, short } from "./ui.js";
import { marketPage } from "./pages/market.js";

// Every page but the marketplace is a chunk loaded when it is first opened,
// after the wallet module (viem) is loaded and started.
let walletReady;
const lazy = (load, name) => async (...args) => {
  await walletReady;
  return (await load())[name](...args);
};
const routes = [
  [/^\/?$/, marketPage, "Marketplace"],
  [/^\/model\/([^/]+)$/, lazy(() => import("./pages/model.js"), "modelPage"), "Model"],
  [/^\/console$/, lazy(() => import("./pages/console.js"), "consolePage"), "Console"],
  [/^\/playground$/, lazy(() => import("./pages/playground.js"), "playgroundPage"), "Playground"],
  [/^\/holder\/([^/]+)$/, lazy(() => import("./pages/holder.js"), "holderPage"), "Trade and vote"],
  [/^\/contribute\/([^/]+)$/, lazy(() => import("./pages/contribute.js"), "contributePage"), "Contribute data"],
  [/^\/create$/, lazy(() => import("./pages/create.js"), "createPage"), "Create a model"],
];

/** The fragment's path and query: "#/?q=x" → ["/", URLSearchParams]. */
export function location() {
  const raw = window.location.hash.replace(/^#/, "") || "/";
  const [path, query = ""] = raw.split("?");
  return [path, new URLSearchParams(query)];
}

let seq = 0;
async function route() {
  const main = document.getElementById("main");
  const [path, query] = location();
  const mine = ++seq;
  for (const [re, page, title] of routes) {
    const m = re.exec(path);
    if (!m) continue;
    document.title = title + " · Hokusai";
    for (const a of document.querySelectorAll(".top nav a")) {
      a.toggleAttribute("aria-current", a.getAttribute("href") === "#" + path);
      if (a.hasAttribute("aria-current")) a.setAttribute("aria-current", "page");
    }
    const el = h("div");
    try {
      await page(el, { params: m.slice(1).map(decodeURIComponent), query });
    } catch (e) {
      set(el, h("h1", title), h("p.bad", { role: "alert" }, e.message || String(e)));
    }
    if (mine === seq) set(main, el);
    main.dataset.page = title;
    return;
  }
  set(main, h("h1", "Not found"), h("p", "No page at ", path, ". ", h("a", { href: "#/" }, "Go to the marketplace.")));
}

function walletBar(el, { wallet, connect }) {
  const draw = () => {
    const cur = wallet.current();
    const list = wallet.list();
    const items = [];
    if (!list.length) items.push(h("span.muted", "No wallet found"));
    if (list.length && !cur) {
      const sel = h("select", { "aria-label": "Wallet" }, list.map((d) => h("option", { value: d.info.uuid }, d.info.name)));
      items.push(sel, h("button", { onclick: () => connect(sel.value).catch((e) => alert(e.message)) }, "Connect"));
    }
    if (cur) {
      if (cur.provider.isHokusaiDevWallet) {
        const sel = h("select", { "aria-label": "Dev account" },
          [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => h("option", { value: i, selected: cur.provider.index === i }, "Dev account " + i)));
        sel.addEventListener("change", () => cur.provider.setAccount(Number(sel.value)));
        items.push(sel);
      } else {
        items.push(h("span", cur.info.name));
      }
      wallet.address().then((a) => { badge.textContent = short(a); badge.title = a; }).catch(() => {});
      const badge = h("span.mono", { id: "account" });
      items.push(badge);
    }
    set(el, items);
  };
  wallet.onChange(() => { draw(); route(); });
  draw();
}

async function start() {
  window.addEventListener("hashchange", route);
  walletReady = (async () => {
    const bar = document.getElementById("wallet");
    try {
      const [info, w] = await Promise.all([chain(), import("./wallet.js")]);
      w.init(info);
      walletBar(bar, w);
    } catch (e) {
      set(bar, h("span.bad", "No chain: " + e.message));
    }
  })();
  await route();
  performance.mark("hokusai:rendered"); // the first page is drawn (read by the browser tests)
}

start();
