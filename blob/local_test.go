package blob_test

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
	"github.com/hokusai-protocol/hokusai/blob/blobtest"
)

func TestLocal(t *testing.T) {
	blobtest.Run(t, func(t *testing.T) blob.Store {
		s, err := blob.NewLocal(filepath.Join(t.TempDir(), "blobs"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

// A blob whose file was changed on disk fails at the end of its read.
func TestLocalDetectsCorruption(t *testing.T) {
	dir := t.TempDir()
	s, err := blob.NewLocal(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	info, err := s.Put(ctx, strings.NewReader("precious weights"), "")
	if err != nil {
		t.Fatal(err)
	}
	hexd := strings.TrimPrefix(info.Digest, "sha256:")
	p := filepath.Join(dir, "sha256", hexd[:2], hexd)
	if err := os.WriteFile(p, []byte("precious weightz"), 0o644); err != nil {
		t.Fatal(err)
	}
	rc, err := s.Get(ctx, info.Digest)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	_, err = io.ReadAll(rc)
	if hokusai.ErrorCode(err) != hokusai.EINTERNAL || !strings.Contains(err.Error(), "corrupt") {
		t.Fatalf("corrupt blob read: %v", err)
	}
	// No temp files are left after puts.
	if ents, _ := os.ReadDir(filepath.Join(dir, "tmp")); len(ents) != 0 {
		t.Fatalf("temp files left: %v", ents)
	}
	if _, err := s.Put(ctx, bytes.NewReader(nil), blob.Digest([]byte("x"))); err == nil {
		t.Fatal("mismatched put succeeded")
	}
	if ents, _ := os.ReadDir(filepath.Join(dir, "tmp")); len(ents) != 0 {
		t.Fatalf("temp files left after a refused put: %v", ents)
	}
}
