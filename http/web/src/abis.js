// The contracts' ABIs, read from the committed artifacts (contracts/artifacts)
// so a revert decodes to its custom error's name and arguments.
import { parseAbi } from "viem";
import usdcAbi from "../../../contracts/artifacts/MockUSDC.abi";
import tokenAbi from "../../../contracts/artifacts/ModelToken.abi";
import vaultAbi from "../../../contracts/artifacts/CreditVault.abi";
import poolAbi from "../../../contracts/artifacts/ModelPool.abi";
import vestingAbi from "../../../contracts/artifacts/OwnerVesting.abi";
import factoryAbi from "../../../contracts/artifacts/ModelFactory.abi";
import registryAbi from "../../../contracts/artifacts/ModelRegistry.abi";
import governorAbi from "../../../contracts/artifacts/ModelGovernor.abi";

export const erc20 = usdcAbi;
export const token = tokenAbi;
export const vault = vaultAbi;
export const pool = poolAbi;
export const vesting = vestingAbi;
export const factory = factoryAbi;
export const registry = registryAbi;
export const governor = governorAbi;
export const agent = parseAbi(["function governor() view returns (address)"]);
