// Small DOM helpers: h() builds elements, so no page assembles HTML from
// strings (user data never becomes markup).

/** h("div.card", {onclick}, child…) builds an element; a string child is text. */
export function h(tag, attrs, ...children) {
  const [name, ...classes] = tag.split(".");
  const el = document.createElement(name);
  if (classes.length) el.className = classes.join(" ");
  if (attrs && (typeof attrs !== "object" || attrs instanceof Node || Array.isArray(attrs))) {
    children.unshift(attrs);
    attrs = null;
  }
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "value") el.value = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces el's children. */
export function set(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A labelled input; returns the label (the input is label.input). */
export function field(text, attrs = {}) {
  const input = attrs.options ? select(attrs) : h(attrs.rows ? "textarea" : "input", { ...attrs, options: undefined });
  const l = h("label", text, input);
  l.input = input;
  return l;
}

function select({ options, ...attrs }) {
  const s = h("select", attrs);
  for (const o of options) {
    const [value, text] = Array.isArray(o) ? o : [o, o];
    s.append(h("option", { value, selected: String(attrs.value ?? "") === String(value) }, text));
  }
  return s;
}

/** A status line that screen readers announce. */
export function status() {
  const el = h("p.status", { role: "status", "aria-live": "polite" });
  el.ok = (msg) => { el.className = "status ok"; el.textContent = msg; };
  el.fail = (err) => { el.className = "status bad"; el.textContent = err?.message || String(err); };
  el.busy = (msg) => { el.className = "status muted"; el.textContent = msg; };
  return el;
}

/** Runs fn with button disabled, reporting failures on st. */
export async function busy(button, st, msg, fn) {
  button.disabled = true;
  if (msg) st.busy(msg);
  try {
    return await fn();
  } catch (e) {
    st.fail(e);
    throw e;
  } finally {
    button.disabled = false;
  }
}

/** Formats an integer amount with `decimals` decimals exactly (BigInt), trimming zeros. */
export function units(v, decimals, maxFrac = decimals) {
  let n = BigInt(v);
  const neg = n < 0n;
  if (neg) n = -n;
  const base = 10n ** BigInt(decimals);
  let frac = (n % base).toString().padStart(decimals, "0").slice(0, maxFrac).replace(/0+$/, "");
  const s = (n / base).toLocaleString("en-US") + (frac ? "." + frac : "");
  return neg ? "-" + s : s;
}

/** Parses a decimal string into an integer with `decimals` decimals; throws naming field. */
export function parseUnits(field, s, decimals) {
  s = String(s).trim();
  const m = /^(\d+)(?:\.(\d*))?$/.exec(s);
  if (!m) throw new Error(`${field} must be a positive decimal number such as 10 or 2.5, got "${s}".`);
  const frac = m[2] || "";
  if (frac.length > decimals) throw new Error(`${field} has more than ${decimals} decimals.`);
  return BigInt(m[1]) * 10n ** BigInt(decimals) + BigInt(frac.padEnd(decimals, "0") || "0");
}

export const usdc = (micros) => units(micros, 6) + " USDC";
export const tokens = (wei) => units(wei, 18, 4);
export const short = (addr) => (addr ? addr.slice(0, 6) + "…" + addr.slice(-4) : "");
export const when = (iso) => (iso ? new Date(iso).toLocaleString() : "");
