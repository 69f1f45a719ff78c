package hokusai

// ChainInfo says where the chain is and where the protocol lives on it.
type ChainInfo struct {
	ChainID   uint64            `json:"chain_id"`
	RPCURL    string            `json:"rpc_url"`
	Dev       bool              `json:"dev"`       // the embedded dev chain
	Contracts map[string]string `json:"contracts"` // name → 0x address: ModelRegistry, Factory, USDC, Treasury…
}
