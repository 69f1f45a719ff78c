package http

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/http/oapi"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// RequestAccess asks a Proprietary model's owner to whitelist the wallet
// that signs the request.
func (h apiHandler) RequestAccess(ctx context.Context, req oapi.RequestAccessRequestObject) (oapi.RequestAccessResponseObject, error) {
	a, err := h.access()
	if err != nil {
		return nil, err
	}
	c := callOf(ctx)
	if !signreq.Present(c.r.Header) {
		return nil, hokusai.Errorf(hokusai.EUNAUTHORIZED, "An access request proves which wallet asks: sign it with that wallet (the Hokusai-Signature headers; the Python SDK's request_whitelist_access signs for you).")
	}
	m, err := a.FindModel(ctx, req.Id)
	if err != nil {
		return nil, err
	}
	caller, err := h.signer(ctx, signreq.ActionRequestAccess, m.ID)
	if err != nil {
		return nil, err
	}
	// The generated decoder ignores unknown fields; the body is decoded
	// again strictly, once its sender is proven.
	raw, err := c.rawBody()
	if err != nil {
		return nil, err
	}
	var body oapi.AccessRequestBody
	if err := decodeStrict(raw, &body, "access request"); err != nil {
		return nil, err
	}
	message := ""
	if body.Message != nil {
		message = *body.Message
	}
	r, created, err := a.RequestAccess(ctx, caller, m, message)
	if err != nil {
		return nil, err
	}
	if created {
		return oapi.RequestAccess201JSONResponse(accessRequest(r)), nil
	}
	return oapi.RequestAccess200JSONResponse(accessRequest(r)), nil
}

// ListAccessRequests lists a Proprietary model's access requests to its
// owner.
func (h apiHandler) ListAccessRequests(ctx context.Context, req oapi.ListAccessRequestsRequestObject) (oapi.ListAccessRequestsResponseObject, error) {
	caller, m, err := h.whitelistCaller(ctx, req.Id, signreq.ActionListAccessRequests)
	if err != nil {
		return nil, err
	}
	status := ""
	if req.Params.Status != nil {
		status = string(*req.Params.Status)
	}
	list, err := h.s.Access.AccessRequests(ctx, caller, m, status)
	if err != nil {
		return nil, err
	}
	out := oapi.AccessRequestList{ModelId: int64(m.ID), Requests: make([]oapi.AccessRequest, 0, len(list))}
	for _, r := range list {
		out.Requests = append(out.Requests, accessRequest(r))
	}
	return oapi.ListAccessRequests200JSONResponse(out), nil
}

// DeclineAccessRequest declines a consumer's pending access request.
func (h apiHandler) DeclineAccessRequest(ctx context.Context, req oapi.DeclineAccessRequestRequestObject) (oapi.DeclineAccessRequestResponseObject, error) {
	if !common.IsHexAddress(req.Address) {
		return nil, hokusai.FieldErrorf("address", "%q is not a 0x address.", hokusai.Excerpt(req.Address))
	}
	caller, m, err := h.whitelistCaller(ctx, req.Id, signreq.DeclineAccessAction(common.HexToAddress(req.Address)))
	if err != nil {
		return nil, err
	}
	r, err := h.s.Access.DeclineAccess(ctx, caller, m, req.Address)
	if err != nil {
		return nil, err
	}
	return oapi.DeclineAccessRequest200JSONResponse(accessRequest(r)), nil
}

func accessRequest(r *hokusai.AccessRequest) oapi.AccessRequest {
	out := oapi.AccessRequest{
		Id: int64(r.ID), ModelId: int64(r.ModelID), Address: r.Consumer, Message: r.Message,
		Status: oapi.AccessRequestStatus(r.Status), CreatedAt: r.CreatedAt,
	}
	if !r.DecidedAt.IsZero() {
		d := r.DecidedAt
		out.DecidedAt = &d
	}
	return out
}
