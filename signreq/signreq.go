// Package signreq is how a wallet signs an API request and how the server
// checks it: EIP-712 typed data whose domain binds the chain and the
// platform (the model registry's address), and whose message binds the
// action, the model, the sha256 of the body, a single-use nonce and an
// expiry. A signature made for one request is good for that request only:
// not on another chain or platform, not for another action or model, not
// with another body, not twice and not late.
//
// The signed values travel in headers (Hokusai-Action, Hokusai-Model,
// Hokusai-Body-Digest, Hokusai-Nonce, Hokusai-Expiry, Hokusai-Signer,
// Hokusai-Signature), so the server checks who signed before it reads a
// byte of the body, then checks the body against the signed digest as it
// reads it.
//
// The package imports no server package: the Go SDK, the CLI and the
// server share it, and any EIP-712 wallet (eth_signTypedData_v4, Python's
// eth-account) makes the same signature from TypedData.
package signreq

import (
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
)

// Header names of a signed request.
const (
	HeaderAction     = "Hokusai-Action"
	HeaderModel      = "Hokusai-Model"
	HeaderBodyDigest = "Hokusai-Body-Digest"
	HeaderNonce      = "Hokusai-Nonce"
	HeaderExpiry     = "Hokusai-Expiry"
	HeaderSigner     = "Hokusai-Signer"
	HeaderSignature  = "Hokusai-Signature"
)

// Actions: one per wallet-signed operation. The server derives the action
// from the route, so a signature for one operation is refused by another.
const (
	ActionSetupModel           = "setup_model"            // PUT /v1/models/{id}/setup
	ActionContribute           = "contribute"             // POST /v1/models/{id}/contributions
	ActionRegisterVersion      = "register_version"       // POST /v1/models/{id}/versions
	ActionDownloadPackage      = "download_package"       // GET /v1/models/{id}/versions/{version}/package
	ActionCreateKey            = "create_key"             // POST /v1/keys (model 0)
	ActionWhitelistAdd         = "whitelist_add"          // PUT /v1/models/{id}/whitelist/{address}: see WhitelistAction
	ActionWhitelistRemove      = "whitelist_remove"       // DELETE /v1/models/{id}/whitelist/{address}: see WhitelistAction
	ActionSetEndpointSecret    = "set_endpoint_secret"    // PUT /v1/models/{id}/endpoint_secret
	ActionDeleteEndpointSecret = "delete_endpoint_secret" // DELETE /v1/models/{id}/endpoint_secret
	ActionListAttestations     = "list_attestations"      // GET /v1/attestations (model 0)
	ActionRequestAccess        = "request_access"         // POST /v1/models/{id}/access_requests
	ActionListAccessRequests   = "list_access_requests"   // GET /v1/models/{id}/access_requests
	ActionDeclineAccess        = "access_decline"         // DELETE /v1/models/{id}/access_requests/{address}: see DeclineAccessAction
	ActionPropose              = "propose"                // POST /v1/models/{id}/proposals
	ActionCreateFineTune       = "finetune_create"        // POST /v1/fine_tuning/jobs (model 0)
	ActionCancelFineTune       = "finetune_cancel"        // POST /v1/fine_tuning/jobs/{job_id}/cancel (model 0): see CancelFineTuneAction
)

// DeclineAccessAction is the action declining consumer's access request is
// signed for ("access_decline:0xabc…", lower case), so the signature
// cannot be pointed at another consumer's request.
func DeclineAccessAction(consumer common.Address) string {
	return ActionDeclineAccess + ":" + strings.ToLower(consumer.Hex())
}

// CancelFineTuneAction is the action cancelling fine-tuning job id is
// signed for ("finetune_cancel:ftjob-7"), so the signature cannot cancel
// another of the owner's jobs.
func CancelFineTuneAction(id int64) string {
	return fmt.Sprintf("%s:ftjob-%d", ActionCancelFineTune, id)
}

// WhitelistAction is the action a whitelist change is signed for: the
// verb and the consumer it adds or removes ("whitelist_add:0xabc…", the
// address in lower case), so a signed change cannot be pointed at another
// consumer of the same model (the consumer is in the path, not the body).
func WhitelistAction(add bool, consumer common.Address) string {
	verb := ActionWhitelistRemove
	if add {
		verb = ActionWhitelistAdd
	}
	return verb + ":" + strings.ToLower(consumer.Hex())
}

// Bounds on a request's lifetime.
const (
	// MaxLifetime is the furthest in the future an expiry may lie.
	MaxLifetime = time.Hour
	// DefaultLifetime is how long a request signed by NewRequest stays good.
	DefaultLifetime = 5 * time.Minute
	// maxHeader bounds every signed header's length before it is parsed.
	maxHeader = 200
)

// EIP-712 names and types. TypedData spells the same for wallets.
const (
	DomainName    = "Hokusai API"
	DomainVersion = "1"
	domainType    = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	requestType   = "Request(string action,uint256 model,bytes32 body,bytes32 nonce,uint256 expiry)"
)

var (
	domainTypeHash  = crypto.Keccak256Hash([]byte(domainType))
	requestTypeHash = crypto.Keccak256Hash([]byte(requestType))
	secp256k1HalfN  = new(big.Int).Rsh(crypto.S256().Params().N, 1)
)

// Domain is the platform a request is signed for: the chain id and the
// model registry's address (verifyingContract).
type Domain struct {
	ChainID  uint64
	Platform common.Address
}

// Separator is the EIP-712 domain separator.
func (d Domain) Separator() common.Hash {
	return crypto.Keccak256Hash(
		domainTypeHash[:],
		crypto.Keccak256([]byte(DomainName)),
		crypto.Keccak256([]byte(DomainVersion)),
		math.U256Bytes(new(big.Int).SetUint64(d.ChainID)),
		common.LeftPadBytes(d.Platform[:], 32),
	)
}

// Request is the signed message.
type Request struct {
	Action     string
	Model      uint64      // 0 for actions not about one model
	BodyDigest common.Hash // sha256 of the exact body bytes (of nothing for a bodyless request)
	Nonce      common.Hash // random, single use per signer
	Expiry     int64       // unix seconds; the request is refused after it
}

// NewRequest returns a request for body with a fresh random nonce that
// expires DefaultLifetime after now.
func NewRequest(action string, model uint64, body []byte, now time.Time) Request {
	r := Request{Action: action, Model: model, BodyDigest: sha256.Sum256(body), Expiry: now.Add(DefaultLifetime).Unix()}
	if _, err := rand.Read(r.Nonce[:]); err != nil {
		panic("signreq: no randomness: " + err.Error())
	}
	return r
}

// Digest is what the wallet signs: keccak256("\x19\x01" ‖ separator ‖ hashStruct(r)).
func (d Domain) Digest(r Request) common.Hash {
	sep := d.Separator()
	sh := crypto.Keccak256(
		requestTypeHash[:],
		crypto.Keccak256([]byte(r.Action)),
		math.U256Bytes(new(big.Int).SetUint64(r.Model)),
		r.BodyDigest[:],
		r.Nonce[:],
		math.U256Bytes(big.NewInt(r.Expiry)),
	)
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], sh)
}

// TypedData is r as eth_signTypedData_v4 JSON (for browser wallets and
// other SDKs); signing it gives the same signature as Sign.
func (d Domain) TypedData(r Request) map[string]any {
	return map[string]any{
		"types": map[string]any{
			"EIP712Domain": []map[string]string{
				{"name": "name", "type": "string"}, {"name": "version", "type": "string"},
				{"name": "chainId", "type": "uint256"}, {"name": "verifyingContract", "type": "address"},
			},
			"Request": []map[string]string{
				{"name": "action", "type": "string"}, {"name": "model", "type": "uint256"},
				{"name": "body", "type": "bytes32"}, {"name": "nonce", "type": "bytes32"},
				{"name": "expiry", "type": "uint256"},
			},
		},
		"primaryType": "Request",
		"domain": map[string]any{
			"name": DomainName, "version": DomainVersion,
			"chainId": d.ChainID, "verifyingContract": d.Platform.Hex(),
		},
		"message": map[string]any{
			"action": r.Action, "model": r.Model, "body": r.BodyDigest.Hex(),
			"nonce": r.Nonce.Hex(), "expiry": r.Expiry,
		},
	}
}

// Sign signs r with key and returns r||s||v with v = 27 or 28.
func (d Domain) Sign(r Request, key *ecdsa.PrivateKey) ([]byte, error) {
	h := d.Digest(r)
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return nil, fmt.Errorf("sign request: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// SetHeaders signs r with key and writes the signed request's headers.
func (d Domain) SetHeaders(h http.Header, r Request, key *ecdsa.PrivateKey) error {
	sig, err := d.Sign(r, key)
	if err != nil {
		return err
	}
	h.Set(HeaderAction, r.Action)
	h.Set(HeaderModel, strconv.FormatUint(r.Model, 10))
	h.Set(HeaderBodyDigest, "sha256:"+hex.EncodeToString(r.BodyDigest[:]))
	h.Set(HeaderNonce, r.Nonce.Hex())
	h.Set(HeaderExpiry, strconv.FormatInt(r.Expiry, 10))
	h.Set(HeaderSigner, crypto.PubkeyToAddress(key.PublicKey).Hex())
	h.Set(HeaderSignature, "0x"+hex.EncodeToString(sig))
	return nil
}

// Signed is a request as read from headers, before it is checked.
type Signed struct {
	Request
	Signer    common.Address
	Signature []byte
}

// Present reports whether h carries a signed request at all.
func Present(h http.Header) bool { return h.Get(HeaderSignature) != "" }

// Parse reads a signed request from headers. Every error names the header
// and the form it needs; nothing is recovered or looked up yet.
func Parse(h http.Header) (*Signed, error) {
	if !Present(h) {
		return nil, hokusai.Errorf(hokusai.EUNAUTHORIZED, "This request must be signed by a wallet: send the headers %s, %s, %s, %s, %s, %s and %s (EIP-712, see docs/SECURITY.md).",
			HeaderAction, HeaderModel, HeaderBodyDigest, HeaderNonce, HeaderExpiry, HeaderSigner, HeaderSignature)
	}
	get := func(name string) (string, error) {
		v := h.Get(name)
		if v == "" {
			return "", hokusai.FieldErrorf(name, "The signed request lacks the header %s.", name)
		}
		if len(v) > maxHeader {
			return "", hokusai.FieldErrorf(name, "The header %s is longer than %d characters.", name, maxHeader)
		}
		return v, nil
	}
	s := &Signed{}
	var err error
	var v string
	if s.Action, err = get(HeaderAction); err != nil {
		return nil, err
	}
	if v, err = get(HeaderModel); err != nil {
		return nil, err
	}
	if s.Model, err = strconv.ParseUint(v, 10, 64); err != nil {
		return nil, hokusai.FieldErrorf(HeaderModel, "%s must be the model's numeric id (0 for requests about no model).", HeaderModel)
	}
	if v, err = get(HeaderBodyDigest); err != nil {
		return nil, err
	}
	if s.BodyDigest, err = hash32(strings.TrimPrefix(v, "sha256:"), HeaderBodyDigest, "sha256:<64 hex digits>"); err != nil {
		return nil, err
	}
	if v, err = get(HeaderNonce); err != nil {
		return nil, err
	}
	if s.Nonce, err = hash32(v, HeaderNonce, "0x<64 hex digits>"); err != nil {
		return nil, err
	}
	if v, err = get(HeaderExpiry); err != nil {
		return nil, err
	}
	if s.Expiry, err = strconv.ParseInt(v, 10, 64); err != nil || s.Expiry <= 0 {
		return nil, hokusai.FieldErrorf(HeaderExpiry, "%s must be a time in unix seconds.", HeaderExpiry)
	}
	if v, err = get(HeaderSigner); err != nil {
		return nil, err
	}
	if !common.IsHexAddress(v) {
		return nil, hokusai.FieldErrorf(HeaderSigner, "%s must be the signing wallet's 0x address.", HeaderSigner)
	}
	s.Signer = common.HexToAddress(v)
	if v, err = get(HeaderSignature); err != nil {
		return nil, err
	}
	sig, err := hex.DecodeString(strings.TrimPrefix(v, "0x"))
	if err != nil || len(sig) != 65 {
		return nil, hokusai.FieldErrorf(HeaderSignature, "%s must be 0x followed by 65 bytes in hex (r, s, v).", HeaderSignature)
	}
	s.Signature = sig
	return s, nil
}

func hash32(v, header, form string) (common.Hash, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(v, "0x"))
	if err != nil || len(b) != 32 {
		return common.Hash{}, hokusai.FieldErrorf(header, "%s must be %s.", header, form)
	}
	return common.BytesToHash(b), nil
}

// Check verifies s for the given action and model at time now: the
// signature recovers to the named signer under d, the action and the model
// are the ones the route serves, and the expiry has not passed nor lies
// more than MaxLifetime ahead. It does not spend the nonce (see
// Verifier) nor check the body (see CheckBody).
func (d Domain) Check(s *Signed, action string, model uint64, now time.Time) error {
	sig := append([]byte(nil), s.Signature...)
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	if sig[64] > 1 || new(big.Int).SetBytes(sig[32:64]).Cmp(secp256k1HalfN) > 0 {
		return hokusai.FieldErrorf(HeaderSignature, "The signature must have v of 27 or 28 and a low s (EIP-2).")
	}
	h := d.Digest(s.Request)
	pub, err := crypto.SigToPub(h[:], sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != s.Signer {
		return hokusai.Errorf(hokusai.EUNAUTHORIZED, "The signature does not recover to %s for these headers on chain %d and platform %s: sign the request for this server (GET /v1/chain gives both) and send the headers exactly as signed.", s.Signer.Hex(), d.ChainID, d.Platform.Hex())
	}
	if s.Action != action {
		return hokusai.Errorf(hokusai.EFORBIDDEN, "The request was signed for the action %q, not %q: sign a new request for %q.", hokusai.Excerpt(s.Action), action, action)
	}
	if s.Model != model {
		return hokusai.Errorf(hokusai.EFORBIDDEN, "The request was signed for model %d, not model %d: sign a new request naming model %d.", s.Model, model, model)
	}
	t := now.Unix()
	if s.Expiry < t {
		return hokusai.Errorf(hokusai.EUNAUTHORIZED, "The signed request expired at %s (server time %s): sign it again.", time.Unix(s.Expiry, 0).UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339))
	}
	if s.Expiry > now.Add(MaxLifetime).Unix() {
		return hokusai.FieldErrorf(HeaderExpiry, "%s lies more than %s ahead of the server's clock (%s): sign with a shorter lifetime.", HeaderExpiry, MaxLifetime, now.UTC().Format(time.RFC3339))
	}
	return nil
}

// CheckBody reports whether body is the one s signed.
func (s *Signed) CheckBody(body []byte) error {
	if sha256.Sum256(body) != [32]byte(s.BodyDigest) {
		return hokusai.FieldErrorf(HeaderBodyDigest, "The body's sha256 is not the signed %s: send the body exactly as signed.", HeaderBodyDigest)
	}
	return nil
}
