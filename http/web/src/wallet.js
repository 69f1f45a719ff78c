// Wallets: any EIP-6963 browser wallet (EIP-1193 provider) the page
// discovers, and on the embedded dev chain the built-in dev wallet, which
// holds the ten deterministic dev accounts (keccak256("hokusai dev account
// N"), as chain/devchain derives them) and signs in this page. The server
// never sees a key and never signs for a user.
import {
  createPublicClient, createWalletClient, custom, defineChain, http, keccak256, toBytes, toHex,
} from "viem";
import { privateKeyToAccount } from "viem/accounts";

const DEV_RDNS = "org.hokusai.devwallet";
let info; // GET /v1/chain
let viemChain;
let pub;
const found = new Map(); // uuid → {info, provider}
const listeners = new Set();
let current = null; // {info, provider}
let account = null; // 0x…

function notify() { for (const fn of listeners) fn(); }

/** Starts discovery for the chain described by GET /v1/chain. */
export function init(chainInfo) {
  info = chainInfo;
  viemChain = defineChain({
    id: info.chain_id, name: info.dev ? "Hokusai dev chain" : "Chain " + info.chain_id,
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [info.rpc_url] } },
  });
  pub = createPublicClient({ chain: viemChain, transport: http(info.rpc_url), pollingInterval: 250 });
  window.addEventListener("eip6963:announceProvider", (e) => {
    const d = e.detail;
    if (!d?.info?.uuid || !d.provider?.request) return;
    found.set(d.info.uuid, d);
    if (!current && d.info.rdns === DEV_RDNS && sessionStorage.getItem("wallet") !== "none") connect(d.info.uuid).catch(() => {});
    else if (!current && sessionStorage.getItem("wallet") === d.info.rdns) connect(d.info.uuid).catch(() => {});
    notify();
  });
  if (info.dev) announceDevWallet();
  window.dispatchEvent(new Event("eip6963:requestProvider"));
}

/** The dev wallet: an EIP-1193 provider announced by EIP-6963 on the dev chain. */
function announceDevWallet() {
  const provider = devProvider();
  const detail = Object.freeze({
    info: {
      uuid: "6b1a0c2e-8d55-4a57-9c39-5f0d3e7a9b11", name: "Hokusai dev wallet", rdns: DEV_RDNS,
      icon: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Ccircle cx='8' cy='8' r='7' fill='%231d4ed8'/%3E%3C/svg%3E",
    },
    provider,
  });
  const announce = () => window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail }));
  window.addEventListener("eip6963:requestProvider", announce);
  announce();
}

/** Dev account i's key, as chain/devchain.DevKey derives it. */
export function devAccount(i) {
  return privateKeyToAccount(keccak256(toBytes("hokusai dev account " + i)));
}

function devProvider() {
  let index = Number(sessionStorage.getItem("devAccount") || 1);
  const events = {};
  const emit = (ev, arg) => (events[ev] || []).forEach((fn) => fn(arg));
  const acct = () => devAccount(index);
  return {
    isHokusaiDevWallet: true,
    get index() { return index; },
    setAccount(i) {
      index = i;
      sessionStorage.setItem("devAccount", String(i));
      emit("accountsChanged", [acct().address]);
    },
    on(ev, fn) { (events[ev] ||= []).push(fn); },
    removeListener(ev, fn) { events[ev] = (events[ev] || []).filter((f) => f !== fn); },
    async request({ method, params = [] }) {
      switch (method) {
        case "eth_requestAccounts":
        case "eth_accounts":
          return [acct().address];
        case "eth_chainId":
          return toHex(viemChain.id);
        case "eth_sendTransaction": {
          const tx = params[0];
          const wc = createWalletClient({ account: acct(), chain: viemChain, transport: http(info.rpc_url) });
          return wc.sendTransaction({
            to: tx.to, data: tx.data, value: tx.value ? BigInt(tx.value) : undefined, gas: tx.gas ? BigInt(tx.gas) : undefined,
          });
        }
        case "eth_signTypedData_v4": {
          const td = typeof params[1] === "string" ? JSON.parse(params[1]) : params[1];
          const { EIP712Domain, ...types } = td.types;
          const message = { ...td.message };
          for (const f of types[td.primaryType] || []) if (/^u?int\d*$/.test(f.type)) message[f.name] = BigInt(message[f.name]);
          return acct().signTypedData({ domain: td.domain, types, primaryType: td.primaryType, message });
        }
        case "personal_sign":
          return acct().signMessage({ message: { raw: params[0] } });
        case "wallet_switchEthereumChain":
          return null;
        default:
          return pub.request({ method, params });
      }
    },
  };
}

/** Connects the discovered wallet uuid. */
export async function connect(uuid) {
  const d = found.get(uuid);
  if (!d) throw new Error("That wallet is no longer available; reload the page.");
  const [addr] = await d.provider.request({ method: "eth_requestAccounts" });
  const id = Number(await d.provider.request({ method: "eth_chainId" }));
  if (id !== viemChain.id) {
    try {
      await d.provider.request({ method: "wallet_switchEthereumChain", params: [{ chainId: toHex(viemChain.id) }] });
    } catch {
      throw new Error(`${d.info.name} is on chain ${id}; switch it to chain ${viemChain.id} (${info.rpc_url}) and connect again.`);
    }
  }
  current = d;
  account = addr;
  sessionStorage.setItem("wallet", d.info.rdns);
  d.provider.on?.("accountsChanged", (a) => { account = a[0] || null; notify(); });
  notify();
}

export const wallet = {
  /** The discovered wallets. */
  list: () => [...found.values()],
  current: () => current,
  onChange(fn) { listeners.add(fn); return () => listeners.delete(fn); },
  chain: () => viemChain,
  public: () => pub,
  /** The connected account, or an error that says how to connect. */
  async address() {
    if (!account) throw new Error("Connect a wallet first (top right): the dev wallet on the dev chain, or MetaMask or any EIP-6963 wallet.");
    return account;
  },
  client() {
    if (!current) throw new Error("Connect a wallet first.");
    return createWalletClient({ account, chain: viemChain, transport: custom(current.provider) });
  },
  async signTypedData(td) {
    await this.address();
    return this.client().signTypedData(td);
  },
  /** Sends a contract call signed by the wallet and waits for its receipt; throws on a revert. */
  async write({ address, abi, functionName, args, value }) {
    await this.address();
    try {
      await pub.simulateContract({ account, address, abi, functionName, args, value });
    } catch (e) {
      throw new Error(`${functionName} would revert: ${e.shortMessage || e.message}`);
    }
    const hash = await this.client().writeContract({ address, abi, functionName, args, value });
    const rc = await pub.waitForTransactionReceipt({ hash, pollingInterval: 200 });
    if (rc.status !== "success") throw new Error(`Transaction ${hash} reverted.`);
    return rc;
  },
  read(args) { return pub.readContract(args); },
};
