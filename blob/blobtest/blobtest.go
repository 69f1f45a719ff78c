// Package blobtest is the test suite every blob.Store backend must pass:
// run it from the backend's tests with Run(t, open).
package blobtest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
)

// Run runs the suite; open returns a new, empty store for each subtest.
func Run(t *testing.T, open func(t *testing.T) blob.Store) {
	ctx := context.Background()

	t.Run("PutGet", func(t *testing.T) {
		s := open(t)
		for _, body := range [][]byte{{}, []byte("hello"), bytes.Repeat([]byte{7, 8, 9}, 1<<20)} {
			info, err := s.Put(ctx, bytes.NewReader(body), "")
			if err != nil {
				t.Fatal(err)
			}
			want := sha256.Sum256(body)
			if info.Digest != "sha256:"+hex.EncodeToString(want[:]) || info.Size != int64(len(body)) {
				t.Fatalf("Put = %+v, want digest of %d bytes", info, len(body))
			}
			if got := get(t, s, info.Digest); !bytes.Equal(got, body) {
				t.Fatalf("Get returned %d bytes, want %d", len(got), len(body))
			}
			st, err := s.Stat(ctx, info.Digest)
			if err != nil || st != info {
				t.Fatalf("Stat = %+v, %v; want %+v", st, err, info)
			}
		}
	})

	t.Run("PutExpected", func(t *testing.T) {
		s := open(t)
		body := []byte("model bytes")
		d := blob.Digest(body)
		if info, err := s.Put(ctx, bytes.NewReader(body), d); err != nil || info.Digest != d {
			t.Fatalf("Put with the right digest: %+v, %v", info, err)
		}
		other := []byte("other bytes")
		_, err := s.Put(ctx, bytes.NewReader(other), d)
		if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != "digest" {
			t.Fatalf("Put with a wrong digest: %v", err)
		}
		if _, err := s.Stat(ctx, blob.Digest(other)); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
			t.Fatalf("content with a wrong digest was stored: %v", err)
		}
		if _, err := s.Put(ctx, bytes.NewReader(body), "md5:abc"); hokusai.ErrorCode(err) != hokusai.EINVALID {
			t.Fatalf("Put with a malformed digest: %v", err)
		}
	})

	t.Run("Idempotent", func(t *testing.T) {
		s := open(t)
		body := []byte("same")
		a, err := s.Put(ctx, bytes.NewReader(body), "")
		if err != nil {
			t.Fatal(err)
		}
		b, err := s.Put(ctx, bytes.NewReader(body), "")
		if err != nil || a != b {
			t.Fatalf("second Put = %+v, %v; want %+v", b, err, a)
		}
		l, err := s.List(ctx, "", 0)
		if err != nil || len(l) != 1 || l[0] != a {
			t.Fatalf("List = %+v, %v", l, err)
		}
	})

	t.Run("Concurrent", func(t *testing.T) {
		s := open(t)
		body := bytes.Repeat([]byte("concurrent "), 10000)
		var wg sync.WaitGroup
		errs := make([]error, 8)
		for i := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				info, err := s.Put(ctx, bytes.NewReader(body), "")
				if err == nil && info.Digest != blob.Digest(body) {
					err = errors.New("wrong digest " + info.Digest)
				}
				errs[i] = err
			}()
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		if got := get(t, s, blob.Digest(body)); !bytes.Equal(got, body) {
			t.Fatal("concurrent puts corrupted the blob")
		}
	})

	t.Run("Missing", func(t *testing.T) {
		s := open(t)
		d := blob.Digest([]byte("never stored"))
		if _, err := s.Get(ctx, d); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
			t.Fatalf("Get: %v", err)
		}
		if _, err := s.Stat(ctx, d); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
			t.Fatalf("Stat: %v", err)
		}
		if err := s.Delete(ctx, d); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
			t.Fatalf("Delete: %v", err)
		}
		for _, bad := range []string{"", "sha256:xyz", "sha256:" + strings.Repeat("A", 64), "sha256:../../../etc/passwd"} {
			if _, err := s.Get(ctx, bad); hokusai.ErrorCode(err) != hokusai.EINVALID {
				t.Fatalf("Get(%q): %v", bad, err)
			}
		}
	})

	t.Run("Delete", func(t *testing.T) {
		s := open(t)
		info, err := s.Put(ctx, strings.NewReader("gone soon"), "")
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Delete(ctx, info.Digest); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Get(ctx, info.Digest); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
			t.Fatalf("Get after Delete: %v", err)
		}
		if l, _ := s.List(ctx, "", 0); len(l) != 0 {
			t.Fatalf("List after Delete = %+v", l)
		}
	})

	t.Run("ListPages", func(t *testing.T) {
		s := open(t)
		r := rand.New(rand.NewPCG(1, 2))
		var want []string
		for i := 0; i < 40; i++ {
			b := make([]byte, 1+r.IntN(100))
			for j := range b {
				b[j] = byte(r.Uint32())
			}
			info, err := s.Put(ctx, bytes.NewReader(b), "")
			if err != nil {
				t.Fatal(err)
			}
			want = append(want, info.Digest)
		}
		sort.Strings(want)
		var got []string
		after := ""
		for {
			page, err := s.List(ctx, after, 7)
			if err != nil {
				t.Fatal(err)
			}
			if len(page) > 7 {
				t.Fatalf("page of %d > limit 7", len(page))
			}
			if len(page) == 0 {
				break
			}
			for _, p := range page {
				got = append(got, p.Digest)
			}
			after = page[len(page)-1].Digest
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Fatalf("paged List = %v, want %v", got, want)
		}
	})

	t.Run("Cancelled", func(t *testing.T) {
		s := open(t)
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		body := []byte("cancelled")
		if _, err := s.Put(cctx, bytes.NewReader(body), ""); err == nil {
			t.Fatal("Put with a cancelled context succeeded")
		}
		if _, err := s.Stat(ctx, blob.Digest(body)); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
			t.Fatalf("a cancelled Put left a blob: %v", err)
		}
	})

	t.Run("RoundTripProperty", func(t *testing.T) {
		s := open(t)
		rapid.Check(t, func(rt *rapid.T) {
			body := rapid.SliceOfN(rapid.Byte(), 0, 4096).Draw(rt, "body")
			info, err := s.Put(ctx, bytes.NewReader(body), "")
			if err != nil {
				rt.Fatal(err)
			}
			if info.Digest != blob.Digest(body) || info.Size != int64(len(body)) {
				rt.Fatalf("Put = %+v", info)
			}
			if got := get(t, s, info.Digest); !bytes.Equal(got, body) {
				rt.Fatal("round trip changed the bytes")
			}
		})
	})
}

func get(t *testing.T, s blob.Store, d string) []byte {
	t.Helper()
	rc, err := s.Get(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
