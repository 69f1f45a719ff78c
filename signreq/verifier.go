package signreq

import (
	"context"
	"crypto/sha256"
	"errors"
	"hash"
	"io"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
)

// Verifier checks signed requests on the server and spends their nonces.
type Verifier struct {
	Domain Domain
	// Nonces remembers every spent nonce until its request expires.
	Nonces hokusai.NonceService
	// Now is the server's clock; nil means time.Now.
	Now func() time.Time
}

// Authenticate checks the signed request in r's headers for action and
// model and spends its nonce, before any of the body is read. It returns
// the signer and the request, whose Body (see Body) checks the signed
// digest while the handler reads it. Errors: EUNAUTHORIZED (unsigned, bad
// or expired signature), EFORBIDDEN (signed for another action or model),
// ECONFLICT (the nonce was used: a replay), EINVALID (malformed header),
// EUNAVAILABLE (v is nil: the server checks no signed requests).
func (v *Verifier) Authenticate(r *http.Request, action string, model uint64) (common.Address, *Signed, error) {
	if v == nil {
		return common.Address{}, nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "This server is not set up to check signed requests.")
	}
	s, err := Parse(r.Header)
	if err != nil {
		return common.Address{}, nil, err
	}
	now := time.Now()
	if v.Now != nil {
		now = v.Now()
	}
	if err := v.Domain.Check(s, action, model, now); err != nil {
		return common.Address{}, nil, err
	}
	if err := v.Nonces.UseNonce(r.Context(), s.Signer.Hex(), s.Nonce.Hex(), time.Unix(s.Expiry, 0)); err != nil {
		return common.Address{}, nil, err
	}
	return s.Signer, s, nil
}

// Body wraps a request body so that reading it to the end fails unless the
// bytes are the ones s signed, for a body streamed rather than read whole
// (ReadBody).
func (s *Signed) Body(rc io.ReadCloser) io.ReadCloser {
	return &digestReader{rc: rc, h: sha256.New(), want: s.BodyDigest}
}

// ReadBody reads body whole, at most limit bytes, and checks it is the
// body s signed. Errors are EINVALID: a body over limit, one that cannot
// be read, or one whose sha256 is not the signed digest (field
// HeaderBodyDigest).
func (s *Signed) ReadBody(body io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(body, limit+1))
	if err != nil {
		var he *hokusai.Error
		if errors.As(err, &he) {
			// The server's own refusal while reading (too large, too slow),
			// which carries its status.
			return nil, err
		}
		return nil, hokusai.Errorf(hokusai.EINVALID, "The request body could not be read: %v.", err)
	}
	if int64(len(b)) > limit {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The request body is larger than %d bytes.", limit)
	}
	if err := s.CheckBody(b); err != nil {
		return nil, err
	}
	return b, nil
}

type digestReader struct {
	rc   io.ReadCloser
	h    hash.Hash
	want common.Hash
}

func (d *digestReader) Read(p []byte) (int, error) {
	n, err := d.rc.Read(p)
	d.h.Write(p[:n])
	if err == io.EOF {
		var got [32]byte
		d.h.Sum(got[:0])
		if got != [32]byte(d.want) {
			return n, hokusai.FieldErrorf(HeaderBodyDigest, "The body's sha256 is not the signed %s: send the body exactly as signed.", HeaderBodyDigest)
		}
	}
	return n, err
}

func (d *digestReader) Close() error { return d.rc.Close() }

// Sweep deletes nonces whose requests have expired; call it now and then.
func (v *Verifier) Sweep(ctx context.Context) error {
	now := time.Now()
	if v.Now != nil {
		now = v.Now()
	}
	return v.Nonces.SweepNonces(ctx, now)
}
