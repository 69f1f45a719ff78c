package agent

import (
	"context"
	"fmt"
	"net/http"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/http/oapi"
	"github.com/hokusai-protocol/hokusai/relay"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// Ratings by signature: a member signs the Agent's EIP-712 Rating and the
// platform relays it (ModelAgent.rateBySig), so a member with no ETH rates.

// maxRatingWindow is how far past the chain's newest block a rating's
// deadline may lie.
const maxRatingWindow = 30 * 86400

// parseStars reads a rating: whole stars 1–5.
func parseStars(v int64) (uint8, error) {
	if v < 1 || v > 5 {
		return 0, hokusai.FieldErrorf("stars", "A rating is 1 to 5 whole stars, not %d.", v)
	}
	return uint8(v), nil
}

// chainNow is the newest block's time (Unix seconds), which the Agent
// holds a deadline against.
func (a *API) chainNow(ctx context.Context) (uint64, error) {
	h, err := a.Client.Backend.HeaderByNumber(ctx, nil)
	if err != nil || h == nil {
		return 0, hokusai.Errorf(hokusai.EUNAVAILABLE, "The chain cannot be read now (%v); retry shortly.", err)
	}
	return h.Time, nil
}

// checkDeadline refuses a deadline already past or too far ahead.
func checkDeadline(deadline, now uint64) error {
	if deadline <= now || deadline > now+maxRatingWindow {
		return hokusai.FieldErrorf("deadline", "deadline must lie after the chain's newest block (%d, Unix seconds) and at most 30 days later, not %d; fetch a fresh ballot.", now, deadline)
	}
	return nil
}

// agentOf finds the model in the path and its Agent.
func (a *API) agentOf(ctx context.Context, r *http.Request) (*hokusai.Model, common.Address, error) {
	m, d, err := a.dao(ctx, r)
	if err != nil {
		return nil, common.Address{}, err
	}
	return m, d.Agent, nil
}

func (a *API) handleRatingBallot(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	if err := onlyQuery(r, "member", "stars", "deadline"); err != nil {
		return err
	}
	q := r.URL.Query()
	member, err := parseAddress("member", q.Get("member"))
	if err != nil {
		return err
	}
	v, err := strconv.ParseInt(q.Get("stars"), 10, 64)
	if err != nil {
		return hokusai.FieldErrorf("stars", "stars is a whole number from 1 to 5, not %q.", hokusai.Excerpt(q.Get("stars")))
	}
	stars, err := parseStars(v)
	if err != nil {
		return err
	}
	deadline := uint64(0)
	if s := q.Get("deadline"); s != "" {
		d, err := strconv.ParseUint(s, 10, 63)
		if err != nil {
			return hokusai.FieldErrorf("deadline", "deadline is Unix seconds, not %q.", hokusai.Excerpt(s))
		}
		deadline = d
	}
	_, agentAddr, err := a.agentOf(ctx, r)
	if err != nil {
		return err
	}
	now, err := a.chainNow(ctx)
	if err != nil {
		return err
	}
	if deadline == 0 {
		deadline = now + 3600
	}
	if err := checkDeadline(deadline, now); err != nil {
		return err
	}
	nonce, err := a.Client.RatingNonce(ctx, agentAddr, member)
	if err != nil {
		return unavailable(err)
	}
	chainID := a.Client.ChainID
	return hhttp.WriteJSON(w, http.StatusOK, oapi.RatingBallot{
		ChainId: int64(chainID), Agent: agentAddr.Hex(), Member: member.Hex(), Stars: int64(stars), Nonce: nonce.String(),
		Deadline: int64(deadline), Digest: signreq.RatingDigest(chainID, agentAddr, stars, member, nonce, deadline).Hex(),
		TypedData: signreq.RatingTypedData(chainID, agentAddr, stars, member, nonce, deadline),
	})
}

func (a *API) handleRate(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	body, err := readBody(r)
	if err != nil {
		return err
	}
	var req oapi.RatingRequest
	if err := decodeStrict(body, &req); err != nil {
		return err
	}
	member, err := parseAddress("member", req.Member)
	if err != nil {
		return err
	}
	stars, err := parseStars(req.Stars)
	if err != nil {
		return err
	}
	if req.Deadline < 1 {
		return hokusai.FieldErrorf("deadline", "deadline is the Unix time the member signed, not %d.", req.Deadline)
	}
	deadline := uint64(req.Deadline)
	sig, err := hexutil.Decode(req.Signature)
	if err != nil || len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		return hokusai.FieldErrorf("signature", "The signature must be 65 bytes r||s||v in hex (0x and 130 digits, v 27 or 28), as a wallet signs the rating's digest.")
	}
	m, d, err := a.relayDAO(ctx, r, relay.RouteRate, member.Hex())
	if err != nil {
		return err
	}
	agentAddr := d.Agent
	now, err := a.chainNow(ctx)
	if err != nil {
		return err
	}
	if deadline <= now {
		return hokusai.FieldErrorf("deadline", "The signed rating expired at %d; the chain is at %d (Unix seconds). Fetch a fresh ballot and sign again.", deadline, now)
	}
	isMember, err := a.Client.IsMember(ctx, agentAddr, member)
	if err != nil {
		return unavailable(err)
	}
	if !isMember {
		return hokusai.Errorf(hokusai.EFORBIDDEN, "%s is not a member of model %d, so it cannot rate it: members are its owner, its contributors and consumers with a settled call.", member.Hex(), m.ID)
	}
	nonce, err := a.Client.RatingNonce(ctx, agentAddr, member)
	if err != nil {
		return unavailable(err)
	}
	// Check the signature here, so a wrong one costs the platform no gas.
	digest := signreq.RatingDigest(a.Client.ChainID, agentAddr, stars, member, nonce, deadline)
	rs := append([]byte(nil), sig...)
	rs[64] -= 27
	pub, err := crypto.SigToPub(digest.Bytes(), rs)
	if err != nil || crypto.PubkeyToAddress(*pub) != member {
		return hokusai.FieldErrorf("signature", "The signature is not %s's rating of %d stars for model %d with nonce %s and deadline %d; fetch the ballot (GET …/ratings/ballot) and sign its digest again.", member.Hex(), stars, m.ID, nonce, deadline)
	}
	tx := chain.RateBySigTx(agentAddr, stars, member, deadline, sig)
	tx.IdempotencyKey = fmt.Sprintf("rate:%s:%s:%s", agentAddr.Hex(), member.Hex(), nonce)
	rc, err := a.Relay.Send(ctx, a.Client, a.Platform, relay.RouteRate, m.ID, member.Hex(), tx)
	if err != nil {
		return err
	}
	st, err := a.Client.AgentStats(ctx, agentAddr)
	if err != nil {
		return unavailable(err)
	}
	rec, err := a.Client.AgentMember(ctx, agentAddr, member)
	if err != nil {
		return unavailable(err)
	}
	out := oapi.Rating{ModelId: int64(m.ID), Agent: agentAddr.Hex(), Member: member.Hex(), Stars: int64(rec.Rating),
		Ratings: int64(st.Ratings), RatingSum: int64(st.RatingSum), TxHash: rc.TxHash.Hex()}
	if st.Ratings > 0 {
		mean := hokusai.FormatInt64Units(int64(st.RatingSum)*100/int64(st.Ratings), 2)
		out.RatingMean = &mean
	}
	return hhttp.WriteJSON(w, http.StatusOK, out)
}
