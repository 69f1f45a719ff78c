package evaluator

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

// Mailbox holds the claims waiting for remote attesters: the worker opens a
// claim and waits; an attester (`hokusai attest --server`) lists the claims
// for models it attests, re-checks one, and delivers its signature.
type Mailbox struct {
	mu   sync.Mutex
	open map[common.Hash]*openClaim
}

type openClaim struct {
	claim   *Claim
	sigs    map[common.Address]chain.MintSignature
	changed chan struct{} // closed and replaced on every delivery
}

// NewMailbox returns an empty mailbox.
func NewMailbox() *Mailbox { return &Mailbox{open: map[common.Hash]*openClaim{}} }

func (m *Mailbox) put(c *Claim) *openClaim {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := c.Request.IdempotencyKey
	if o := m.open[k]; o != nil && o.claim.Request.ReceiptHash == c.Request.ReceiptHash {
		return o
	}
	o := &openClaim{claim: c, sigs: map[common.Address]chain.MintSignature{}, changed: make(chan struct{})}
	m.open[k] = o
	return o
}

func (m *Mailbox) close(key common.Hash) {
	m.mu.Lock()
	delete(m.open, key)
	m.mu.Unlock()
}

// Claims returns the open claims, oldest request key order not guaranteed.
func (m *Mailbox) Claims() []*Claim {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]*Claim, 0, len(m.open))
	for _, o := range m.open {
		out = append(out, o.claim)
	}
	return out
}

// Deliver records an attester's signature of the open claim with request
// key. The signature must recover to s.Signer over the claim's EIP-712
// digest with low s; ENOTFOUND when no such claim is open.
func (m *Mailbox) Deliver(key common.Hash, s chain.MintSignature) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	o := m.open[key]
	if o == nil {
		return hokusai.Errorf(hokusai.ENOTFOUND, "No claim with request key %s is waiting for signatures (it was minted, refused or expired).", key.Hex())
	}
	if !s.IsLowS() || (s.V != 27 && s.V != 28) {
		return hokusai.FieldErrorf("signature", "The signature must have v 27 or 28 and a low s.")
	}
	d := chain.MintRequestDigest(o.claim.Domain, o.claim.Request)
	sig := append(append(append([]byte{}, s.R[:]...), s.S[:]...), s.V-27)
	pub, err := crypto.SigToPub(d[:], sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != s.Signer {
		return hokusai.FieldErrorf("signature", "The signature does not recover to %s over the request's EIP-712 digest %s.", s.Signer.Hex(), d.Hex())
	}
	o.sigs[s.Signer] = s
	close(o.changed)
	o.changed = make(chan struct{})
	return nil
}

// wait returns signer's signature of the claim once delivered.
func (m *Mailbox) wait(ctx context.Context, c *Claim, signer common.Address) (chain.MintSignature, error) {
	o := m.put(c)
	for {
		m.mu.Lock()
		s, ok := o.sigs[signer]
		ch := o.changed
		m.mu.Unlock()
		if ok {
			return s, nil
		}
		select {
		case <-ctx.Done():
			return chain.MintSignature{}, hokusai.Errorf(hokusai.EUNAVAILABLE, "Attester %s did not sign in time.", signer.Hex())
		case <-ch:
		}
	}
}

// remoteAttester waits in a mailbox for one registered attester's signature.
type remoteAttester struct {
	addr common.Address
	box  *Mailbox
}

// Address is the registered attester this stand-in waits for.
func (r *remoteAttester) Address() common.Address { return r.addr }

// Attest opens the claim in the mailbox and waits for the signature.
func (r *remoteAttester) Attest(ctx context.Context, c *Claim) (chain.MintSignature, error) {
	return r.box.wait(ctx, c, r.addr)
}

// ModelAttesters reads the attesters registered for a model on the verifier.
func ModelAttesters(ctx context.Context, c *chain.Client, verifier common.Address, modelID uint64) ([]common.Address, error) {
	v := bindings.NewDeltaOneVerifier()
	out, err := c.Backend.CallContract(ctx, ethereum.CallMsg{To: &verifier, Data: v.PackAttesters(new(big.Int).SetUint64(modelID))}, nil)
	if err != nil {
		return nil, fmt.Errorf("model attesters: %w", chain.DecodeError(err, mintABIs...))
	}
	return v.UnpackAttesters(out)
}

// attestersFor returns who signs for a model: each registered attester this
// worker holds locally, and (with a Mailbox) a remote stand-in for each
// other registered attester. Without a chain list (tests with a bare
// worker) it is the local attesters.
func (w *Worker) attestersFor(ctx context.Context, modelID uint64) ([]Attester, error) {
	regs, err := ModelAttesters(ctx, w.Client, w.Mint.Verifier, modelID)
	if err != nil {
		return nil, err
	}
	local := map[common.Address]Attester{}
	for _, a := range w.Attesters {
		local[a.Address()] = a
	}
	var out []Attester
	for _, r := range regs {
		switch {
		case local[r] != nil:
			out = append(out, local[r])
		case w.Mailbox != nil:
			out = append(out, &remoteAttester{addr: r, box: w.Mailbox})
		}
	}
	return out, nil
}

// collect asks every attester at once and returns the first k signatures,
// sorted by signer, or the refusals when fewer than k sign within
// AttestTimeout.
func (w *Worker) collect(ctx context.Context, claim *Claim, attesters []Attester, k int) ([]chain.MintSignature, []string) {
	timeout := w.AttestTimeout
	if timeout == 0 {
		timeout = 2 * time.Minute
	}
	actx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if w.Mailbox != nil {
		defer w.Mailbox.close(claim.Request.IdempotencyKey)
	}
	type result struct {
		addr common.Address
		sig  chain.MintSignature
		err  error
	}
	ch := make(chan result, len(attesters))
	for _, a := range attesters {
		go func(a Attester) {
			s, err := a.Attest(actx, claim)
			ch <- result{a.Address(), s, err}
		}(a)
	}
	var sigs []chain.MintSignature
	var refusals []string
	for range attesters {
		r := <-ch
		if r.err != nil {
			refusals = append(refusals, fmt.Sprintf("%s: %s", r.addr.Hex(), hokusai.ErrorMessage(r.err)))
			continue
		}
		sigs = append(sigs, r.sig)
		if len(sigs) == k {
			break
		}
	}
	chain.SortMintSignatures(sigs)
	return sigs, refusals
}
