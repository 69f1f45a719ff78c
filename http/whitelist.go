package http

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/http/oapi"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// whitelistCaller proves who manages model ref's whitelist and finds the
// model: a manage key, or, for a change (action not ""), a request signed
// for that action on the model, whose id the signature names.
func (h apiHandler) whitelistCaller(ctx context.Context, ref, action string) (string, *hokusai.Model, error) {
	a, err := h.access()
	if err != nil {
		return "", nil, err
	}
	c := callOf(ctx)
	if action != "" && bearer(c.r.Header) == "" && signreq.Present(c.r.Header) {
		m, err := a.FindModel(ctx, ref)
		if err != nil {
			return "", nil, err
		}
		caller, err := h.signer(ctx, action, m.ID)
		return caller, m, err
	}
	k, err := a.Authenticate(ctx, bearer(c.r.Header), hokusai.ScopeManage)
	if err != nil {
		return "", nil, err
	}
	m, err := a.FindModel(ctx, ref)
	return k.Owner, m, err
}

// GetWhitelist lists the consumers a Proprietary model's owner lets call it.
func (h apiHandler) GetWhitelist(ctx context.Context, req oapi.GetWhitelistRequestObject) (oapi.GetWhitelistResponseObject, error) {
	caller, m, err := h.whitelistCaller(ctx, req.Id, "")
	if err != nil {
		return nil, err
	}
	list, err := h.s.Access.Whitelist(ctx, caller, m)
	if err != nil {
		return nil, err
	}
	return oapi.GetWhitelist200JSONResponse(whitelist(m, list)), nil
}

// AddToWhitelist lets a consumer call a Proprietary model.
func (h apiHandler) AddToWhitelist(ctx context.Context, req oapi.AddToWhitelistRequestObject) (oapi.AddToWhitelistResponseObject, error) {
	w, err := h.changeWhitelist(ctx, req.Id, req.Address, true)
	if err != nil {
		return nil, err
	}
	return oapi.AddToWhitelist200JSONResponse(w), nil
}

// RemoveFromWhitelist stops a consumer calling a Proprietary model.
func (h apiHandler) RemoveFromWhitelist(ctx context.Context, req oapi.RemoveFromWhitelistRequestObject) (oapi.RemoveFromWhitelistResponseObject, error) {
	w, err := h.changeWhitelist(ctx, req.Id, req.Address, false)
	if err != nil {
		return nil, err
	}
	return oapi.RemoveFromWhitelist200JSONResponse(w), nil
}

// changeWhitelist adds or removes consumer; a signed change names the
// consumer in its action, so a captured request cannot be pointed at
// another address.
func (h apiHandler) changeWhitelist(ctx context.Context, ref, consumer string, add bool) (oapi.Whitelist, error) {
	if !common.IsHexAddress(consumer) {
		return oapi.Whitelist{}, hokusai.FieldErrorf("address", "%q is not a 0x address.", hokusai.Excerpt(consumer))
	}
	caller, m, err := h.whitelistCaller(ctx, ref, signreq.WhitelistAction(add, common.HexToAddress(consumer)))
	if err != nil {
		return oapi.Whitelist{}, err
	}
	list, err := h.s.Access.ChangeWhitelist(ctx, caller, m, consumer, add)
	if err != nil {
		return oapi.Whitelist{}, err
	}
	return whitelist(m, list), nil
}

func whitelist(m *hokusai.Model, consumers []string) oapi.Whitelist {
	if consumers == nil {
		consumers = []string{}
	}
	return oapi.Whitelist{ModelId: int64(m.ID), Consumers: consumers}
}
