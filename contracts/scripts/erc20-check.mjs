// An independent client (ethers v6, not our code) reads a model token as a
// plain ERC-20 from a running chain, proving the token is a real ERC-20.
//
//   node contracts/scripts/erc20-check.mjs RPC_URL TOKEN_ADDRESS HOLDER_ADDRESS
//
// Prints one JSON object: name, symbol, decimals, totalSupply, balance.
import { JsonRpcProvider, Contract } from "ethers";

const [rpc, token, holder] = process.argv.slice(2);
if (!rpc || !token || !holder) {
  console.error("usage: erc20-check.mjs RPC_URL TOKEN_ADDRESS HOLDER_ADDRESS");
  process.exit(2);
}
const abi = [
  "function name() view returns (string)",
  "function symbol() view returns (string)",
  "function decimals() view returns (uint8)",
  "function totalSupply() view returns (uint256)",
  "function balanceOf(address) view returns (uint256)",
];
const provider = new JsonRpcProvider(rpc, undefined, { staticNetwork: true });
const erc20 = new Contract(token, abi, provider);
const [name, symbol, decimals, totalSupply, balance] = await Promise.all([
  erc20.name(), erc20.symbol(), erc20.decimals(), erc20.totalSupply(), erc20.balanceOf(holder),
]);
const network = await provider.getNetwork();
console.log(JSON.stringify({
  chainId: network.chainId.toString(), name, symbol, decimals: Number(decimals),
  totalSupply: totalSupply.toString(), balance: balance.toString(),
}));
provider.destroy();
