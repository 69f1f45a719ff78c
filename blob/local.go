package blob

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hokusai-protocol/hokusai"
)

// Local is a Store in a directory: blobs live at
// <dir>/sha256/<first two hex digits>/<hex>, written to <dir>/tmp first and
// renamed into place after an fsync, so a crash never leaves a partial
// blob under its digest.
type Local struct {
	dir string
}

var _ Store = (*Local)(nil)

// NewLocal returns a Local store in dir, creating it if needed.
func NewLocal(dir string) (*Local, error) {
	for _, d := range []string{dir, filepath.Join(dir, "sha256"), filepath.Join(dir, "tmp")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, fmt.Errorf("blob store: %w", err)
		}
	}
	return &Local{dir: dir}, nil
}

func (l *Local) path(digest string) string {
	hexd := strings.TrimPrefix(digest, "sha256:")
	return filepath.Join(l.dir, "sha256", hexd[:2], hexd)
}

// Put stores r's bytes; see Store.
func (l *Local) Put(ctx context.Context, r io.Reader, expect string) (Info, error) {
	if expect != "" {
		if err := CheckDigest(expect); err != nil {
			return Info{}, err
		}
	}
	tmp, err := os.CreateTemp(filepath.Join(l.dir, "tmp"), "put-*")
	if err != nil {
		return Info{}, fmt.Errorf("blob put: %w", err)
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(tmp, h), ctxReader{ctx, r})
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return Info{}, fmt.Errorf("blob put: %w", err)
	}
	info := Info{Digest: "sha256:" + hex.EncodeToString(h.Sum(nil)), Size: n}
	if expect != "" && info.Digest != expect {
		return Info{}, hokusai.FieldErrorf("digest", "The content hashes to %s, not to the expected %s; it was not stored.", info.Digest, expect)
	}
	dst := l.path(info.Digest)
	if _, err := os.Stat(dst); err == nil {
		return info, nil // already stored: blobs are immutable
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return Info{}, fmt.Errorf("blob put: %w", err)
	}
	if err := os.Rename(tmp.Name(), dst); err != nil {
		return Info{}, fmt.Errorf("blob put: %w", err)
	}
	if d, err := os.Open(filepath.Dir(dst)); err == nil { // make the rename durable
		d.Sync()
		d.Close()
	}
	return info, nil
}

// Get opens a blob; see Store.
func (l *Local) Get(ctx context.Context, digest string) (io.ReadCloser, error) {
	if err := CheckDigest(digest); err != nil {
		return nil, err
	}
	f, err := os.Open(l.path(digest))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No blob has digest %s.", digest)
	}
	if err != nil {
		return nil, fmt.Errorf("blob get: %w", err)
	}
	return VerifyingReader(f, digest), nil
}

// Stat returns a blob's size; see Store.
func (l *Local) Stat(ctx context.Context, digest string) (Info, error) {
	if err := CheckDigest(digest); err != nil {
		return Info{}, err
	}
	fi, err := os.Stat(l.path(digest))
	if errors.Is(err, fs.ErrNotExist) {
		return Info{}, hokusai.Errorf(hokusai.ENOTFOUND, "No blob has digest %s.", digest)
	}
	if err != nil {
		return Info{}, fmt.Errorf("blob stat: %w", err)
	}
	return Info{Digest: digest, Size: fi.Size()}, nil
}

// Delete removes a blob; see Store.
func (l *Local) Delete(ctx context.Context, digest string) error {
	if err := CheckDigest(digest); err != nil {
		return err
	}
	err := os.Remove(l.path(digest))
	if errors.Is(err, fs.ErrNotExist) {
		return hokusai.Errorf(hokusai.ENOTFOUND, "No blob has digest %s.", digest)
	}
	if err != nil {
		return fmt.Errorf("blob delete: %w", err)
	}
	return nil
}

// List returns blobs in digest order; see Store.
func (l *Local) List(ctx context.Context, after string, limit int) ([]Info, error) {
	root := filepath.Join(l.dir, "sha256")
	fan, err := os.ReadDir(root)
	if err != nil {
		return nil, fmt.Errorf("blob list: %w", err)
	}
	sort.Slice(fan, func(i, j int) bool { return fan[i].Name() < fan[j].Name() })
	var out []Info
	for _, f := range fan {
		if !f.IsDir() || len(f.Name()) != 2 || "sha256:"+f.Name()+strings.Repeat("f", 62) <= after {
			continue
		}
		ents, err := os.ReadDir(filepath.Join(root, f.Name()))
		if err != nil {
			return nil, fmt.Errorf("blob list: %w", err)
		}
		for _, e := range ents { // ReadDir sorts by name
			d := "sha256:" + e.Name()
			if d <= after || CheckDigest(d) != nil {
				continue
			}
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			fi, err := e.Info()
			if err != nil {
				continue // deleted meanwhile
			}
			out = append(out, Info{Digest: d, Size: fi.Size()})
			if limit > 0 && len(out) == limit {
				return out, nil
			}
		}
	}
	return out, nil
}

// ctxReader stops a copy when its context is cancelled.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
