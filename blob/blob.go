// Package blob is Hokusai's content-addressed blob store: bytes are stored
// and fetched by the sha256 of their content ("sha256:<hex>"). Store is the
// interface every backend implements (a local directory here, an S3 bucket
// in blob/s3); blobtest holds the suite every backend must pass.
package blob

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"io"

	"github.com/hokusai-protocol/hokusai"
)

// Info describes a stored blob.
type Info struct {
	Digest string // "sha256:<hex>"
	Size   int64
}

// Store keeps blobs by the sha256 of their content. Blobs are immutable:
// putting the same bytes twice stores them once.
type Store interface {
	// Put stores r's bytes and returns their digest and size. When expect is
	// not "", the content must hash to it, or Put stores nothing and returns
	// EINVALID naming "digest". EINVALID also for an expect that is not a
	// well-formed digest.
	Put(ctx context.Context, r io.Reader, expect string) (Info, error)
	// Get opens a blob. ENOTFOUND when absent. The reader fails with an
	// EINTERNAL error at the end if the stored bytes no longer match the
	// digest.
	Get(ctx context.Context, digest string) (io.ReadCloser, error)
	// Stat returns a blob's size. ENOTFOUND when absent.
	Stat(ctx context.Context, digest string) (Info, error)
	// Delete removes a blob. ENOTFOUND when absent.
	Delete(ctx context.Context, digest string) error
	// List returns up to limit blobs with digests greater than after, in
	// digest order (limit ≤ 0: all of them).
	List(ctx context.Context, after string, limit int) ([]Info, error)
}

// Digest returns the "sha256:<hex>" digest of b.
func Digest(b []byte) string {
	s := sha256.Sum256(b)
	return "sha256:" + hex.EncodeToString(s[:])
}

// CheckDigest returns EINVALID naming "digest" for a malformed digest.
func CheckDigest(d string) error { return hokusai.CheckDigest("digest", d) }

// VerifyingReader wraps r so that reading to EOF fails when the bytes do
// not hash to digest; backends return it from Get.
func VerifyingReader(r io.ReadCloser, digest string) io.ReadCloser {
	return &verifying{r: r, h: sha256.New(), want: digest}
}

type verifying struct {
	r    io.ReadCloser
	h    hash.Hash
	want string
}

func (v *verifying) Read(p []byte) (int, error) {
	n, err := v.r.Read(p)
	v.h.Write(p[:n])
	if err == io.EOF {
		if got := "sha256:" + hex.EncodeToString(v.h.Sum(nil)); got != v.want {
			return n, &hokusai.Error{Code: hokusai.EINTERNAL, Message: "Blob " + v.want + " is corrupt: its content hashes to " + got + "."}
		}
	}
	return n, err
}

func (v *verifying) Close() error { return v.r.Close() }
