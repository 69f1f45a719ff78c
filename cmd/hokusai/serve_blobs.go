package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
	"github.com/hokusai-protocol/hokusai/blob/s3"
)

// openBlobs opens the blob store --blobs names: an s3:// URL, which every
// replica can share, or "" for the blobs directory in --data-dir. It
// returns the store and a name for it in messages (no secrets).
func openBlobs(ctx context.Context, cfg *serveConfig) (blob.Store, string, error) {
	if cfg.blobs == "" {
		dir := filepath.Join(cfg.dataDir, "blobs")
		st, err := blob.NewLocal(dir)
		if err != nil {
			return nil, "", fmt.Errorf("open blob store: %w", err)
		}
		return st, dir, nil
	}
	// A bad URL, endpoint or bucket is refused naming --blobs and where
	// its value came from.
	named := func(err error) error {
		if hokusai.ErrorCode(err) == hokusai.EINVALID {
			return hokusai.FieldErrorf("blobs", "%s (%s)", hokusai.ErrorMessage(err), cfg.origin("blobs"))
		}
		return err
	}
	s3cfg, err := s3.ParseURL(cfg.blobs, os.Environ())
	if err != nil {
		return nil, "", named(err)
	}
	st, err := s3.Open(ctx, s3cfg)
	if err != nil {
		return nil, "", named(err)
	}
	endpoint := s3cfg.Endpoint
	if endpoint == "" {
		endpoint = "AWS"
	}
	return st, fmt.Sprintf("s3://%s/%s at %s", s3cfg.Bucket, s3cfg.Prefix, endpoint), nil
}
