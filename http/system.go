package http

import (
	"context"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/http/oapi"
)

// GetHealth answers the liveness check.
func (h apiHandler) GetHealth(ctx context.Context, _ oapi.GetHealthRequestObject) (oapi.GetHealthResponseObject, error) {
	return oapi.GetHealth200JSONResponse{Status: "ok"}, nil
}

// GetChain reports the chain id, RPC URL and contract addresses.
func (h apiHandler) GetChain(ctx context.Context, _ oapi.GetChainRequestObject) (oapi.GetChainResponseObject, error) {
	if h.s.ChainInfo == nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "This server is not connected to a chain yet; start it with `hokusai serve` (embedded dev chain) or `hokusai serve --rpc URL`.")
	}
	return oapi.GetChain200JSONResponse(oapi.FromChainInfo(h.s.ChainInfo())), nil
}
