// The REST API client: JSON in and out, errors as thrown APIError with the
// server's code and sentence; signed requests (EIP-712, see signreq/) are
// signed by the connected wallet in the browser.
// viem and the wallet load only when a request is signed, so the first page
// (the marketplace) does not wait for them.

/** An error answer from the API. */
export class APIError extends Error {
  constructor(status, body) {
    body = body?.error ?? body; // {"error": {code, message, field}}
    super(body?.message || `The server answered ${status}.`);
    this.status = status;
    this.code = body?.code;
    this.field = body?.field;
  }
}

/** Calls the API. opts: method, json (a body to send as JSON), body (raw), key (bearer), sign (action), model, headers. */
export async function api(path, opts = {}) {
  const headers = { Accept: "application/json", ...(opts.headers || {}) };
  let body = opts.body;
  if (opts.json !== undefined) {
    body = JSON.stringify(opts.json);
    headers["Content-Type"] = "application/json";
  }
  if (opts.key) headers.Authorization = "Bearer " + opts.key;
  if (opts.sign) Object.assign(headers, await signedHeaders(opts.sign, opts.model || 0, body));
  const res = await fetch(path, { method: opts.method || "GET", headers, body });
  const text = await res.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = { message: text }; }
  if (!res.ok) throw new APIError(res.status, data);
  return data;
}

let chainInfo;
/** GET /v1/chain, once. */
export async function chain() {
  chainInfo ??= api("/v1/chain");
  return chainInfo;
}

/** The headers of a request signed by the connected wallet (signreq's EIP-712 Request). */
export async function signedHeaders(action, model, body) {
  const [{ sha256, toHex }, { wallet }] = await Promise.all([import("viem"), import("./wallet.js")]);
  const info = await chain();
  const bytes = body === undefined ? new Uint8Array() : typeof body === "string" ? new TextEncoder().encode(body) : new Uint8Array(await new Response(body).arrayBuffer());
  const digest = sha256(bytes);
  const nonce = toHex(crypto.getRandomValues(new Uint8Array(32)));
  const expiry = Math.floor(Date.now() / 1000) + 300;
  const signer = await wallet.address();
  const signature = await wallet.signTypedData({
    domain: { name: "Hokusai API", version: "1", chainId: info.chain_id, verifyingContract: info.contracts.ModelRegistry },
    types: {
      Request: [
        { name: "action", type: "string" }, { name: "model", type: "uint256" },
        { name: "body", type: "bytes32" }, { name: "nonce", type: "bytes32" }, { name: "expiry", type: "uint256" },
      ],
    },
    primaryType: "Request",
    message: { action, model: BigInt(model), body: digest, nonce, expiry: BigInt(expiry) },
  });
  return {
    "Hokusai-Action": action, "Hokusai-Model": String(model), "Hokusai-Body-Digest": "sha256:" + digest.slice(2),
    "Hokusai-Nonce": nonce, "Hokusai-Expiry": String(expiry), "Hokusai-Signer": signer, "Hokusai-Signature": signature,
  };
}

/** Finds a model by id or ticker. */
export async function model(ref) {
  return api("/v1/models/" + encodeURIComponent(ref));
}

/** Every model (the index pages through /v1/models). */
export async function allModels(filters = {}) {
  const out = [];
  for (let offset = 0; ; offset += 100) {
    const q = new URLSearchParams({ ...filters, limit: 100, offset });
    const page = await api("/v1/models?" + q);
    out.push(...page.data);
    if (out.length >= page.total || page.data.length === 0 || out.length >= 1000) return out;
  }
}
