package agent

import (
	"math/big"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/http/oapi"
)

// A model's outright sale (F28): its listing, and the transactions the
// owner's or buyer's wallet sends itself (the market checks the sender).

// session is the chain session the sale routes read the market through.
func (a *API) session() (*chain.Session, error) {
	if a.Market == (common.Address{}) {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "This chain's protocol has no model market; models cannot be sold here.")
	}
	return &chain.Session{Client: a.Client, Protocol: &chain.Protocol{Registry: a.Registry, Market: a.Market, USDC: a.USDC}}, nil
}

func (a *API) handleSale(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	if err := onlyQuery(r); err != nil {
		return err
	}
	m, err := hhttp.FindModel(ctx, a.Models, r.PathValue("id"))
	if err != nil {
		return err
	}
	s, err := a.session()
	if err != nil {
		return err
	}
	l, err := s.Listing(ctx, m.ID)
	if err != nil {
		return unavailable(err)
	}
	out := oapi.Sale{ModelId: int64(m.ID), Market: a.Market.Hex(), ForSale: l.Seller != (common.Address{})}
	if out.ForSale {
		seller, micros, usdc := l.Seller.Hex(), l.Price.String(), hokusai.FormatUnits(l.Price, 6)
		out.Seller, out.PriceMicros, out.Price = &seller, &micros, &usdc
	}
	return hhttp.WriteJSON(w, http.StatusOK, out)
}

func (a *API) handlePrepareSale(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	body, err := readBody(r)
	if err != nil {
		return err
	}
	var req oapi.SaleRequest
	if err := decodeStrict(body, &req); err != nil {
		return err
	}
	from, err := parseAddress("from", req.From)
	if err != nil {
		return err
	}
	var price *big.Int
	field, v := "", (*int64)(nil)
	switch req.Action {
	case oapi.SaleRequestActionList:
		field, v = "price_micros", req.PriceMicros
		if req.MaxPriceMicros != nil {
			return hokusai.FieldErrorf("max_price_micros", "A listing takes price_micros, not max_price_micros.")
		}
	case oapi.SaleRequestActionBuy:
		field, v = "max_price_micros", req.MaxPriceMicros
		if req.PriceMicros != nil {
			return hokusai.FieldErrorf("price_micros", "A purchase takes max_price_micros (the most you pay), not price_micros.")
		}
	case oapi.SaleRequestActionCancel:
		if req.PriceMicros != nil || req.MaxPriceMicros != nil {
			return hokusai.FieldErrorf("price_micros", "Cancelling a listing takes no price.")
		}
	default:
		return hokusai.FieldErrorf("action", "action is list, cancel or buy, not %q.", hokusai.Excerpt(string(req.Action)))
	}
	if field != "" {
		if v == nil || *v < 1 || *v > chain.MaxSalePrice {
			return hokusai.FieldErrorf(field, "%s is required for %s: 1 to 10^15 micro-USDC.", field, req.Action)
		}
		price = big.NewInt(*v)
	}
	m, err := hhttp.FindModel(ctx, a.Models, r.PathValue("id"))
	if err != nil {
		return err
	}
	s, err := a.session()
	if err != nil {
		return err
	}
	steps, err := s.SalePlan(ctx, string(req.Action), m.ID, from, price)
	if err != nil {
		return unavailable(err)
	}
	out := oapi.SaleTransactions{ModelId: int64(m.ID), ChainId: int64(a.Client.ChainID), From: from.Hex()}
	out.Transactions = make([]struct {
		Data        string `json:"data"`
		Description string `json:"description"`
		To          string `json:"to"`
		Value       string `json:"value"`
	}, len(steps))
	for i, st := range steps {
		out.Transactions[i].Data, out.Transactions[i].Description, out.Transactions[i].To, out.Transactions[i].Value = hexutil.Encode(st.Data), st.Description, st.To.Hex(), "0"
	}
	return hhttp.WriteJSON(w, http.StatusOK, out)
}
