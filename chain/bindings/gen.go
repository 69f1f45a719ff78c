// Package bindings holds the abigen v2 Go bindings of the Hokusai contracts in contracts/src.
// They are generated: run `go generate ./chain/bindings` (needs Node and `npm ci` in contracts/).
package bindings

//go:generate go run ../../zk/signtestgen ../../contracts/src/SignTest.sol
//go:generate sh -c "cd ../../contracts && npm ci --silent --no-audit --no-fund && node compile.js >/dev/null"
//go:generate python3 ../../sdk/python/scripts/contract_errors.py
//go:generate go tool abigen --v2 --abi ../../contracts/artifacts/ModelRegistry.abi --bin ../../contracts/artifacts/ModelRegistry.bin --pkg bindings --type ModelRegistry --out model_registry.go
//go:generate go tool abigen --v2 --abi ../../contracts/artifacts/ModelFactory.abi --bin ../../contracts/artifacts/ModelFactory.bin --pkg bindings --type ModelFactory --out model_factory.go
//go:generate go tool abigen --v2 --abi ../../contracts/artifacts/ModelToken.abi --bin ../../contracts/artifacts/ModelToken.bin --pkg bindings --type ModelToken --out model_token.go
//go:generate go tool abigen --v2 --abi ../../contracts/artifacts/ModelPool.abi --bin ../../contracts/artifacts/ModelPool.bin --pkg bindings --type ModelPool --out model_pool.go
//go:generate go tool abigen --v2 --abi ../../contracts/artifacts/OwnerVesting.abi --bin ../../contracts/artifacts/OwnerVesting.bin --pkg bindings --type OwnerVesting --out owner_vesting.go
//go:generate go tool abigen --v2 --abi ../../contracts/artifacts/MockUSDC.abi --bin ../../contracts/artifacts/MockUSDC.bin --pkg bindings --type MockUSDC --alias eip712Domain=usdcEip712Domain --out mock_usdc.go
//go:generate sh -c "node ../../contracts/scripts/combined-json.js ModelAgent ModelGovernor ModelTimelock ModelMarket | go tool abigen --v2 --combined-json - --pkg bindings --alias eip712Domain=governorEip712Domain --out hexs.go"
//go:generate sh -c "node ../../contracts/scripts/combined-json.js CreditVault DeltaOneVerifier TokenManager UsageFeeRouter | go tool abigen --v2 --combined-json - --pkg bindings --alias eip712Domain=verifierEip712Domain --out mint.go"
