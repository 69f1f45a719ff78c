package finetune

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/hokusai-protocol/hokusai"
)

// HFCache finds Hugging Face models in the hub's cache layout
// (DIR/models--ORG--NAME/refs/REVISION naming a commit,
// DIR/models--ORG--NAME/snapshots/COMMIT/ holding the files), as
// huggingface_hub writes it, so a machine without network uses what is
// cached.
type HFCache struct {
	// Dir is the hub cache; "" means $HF_HUB_CACHE, else $HF_HOME/hub,
	// else ~/.cache/huggingface/hub.
	Dir string
	// Offline forbids downloads, as HF_HUB_OFFLINE=1 does.
	Offline bool
}

// HFCacheFromEnv reads the cache directory and offline flag the way
// huggingface_hub does.
func HFCacheFromEnv() HFCache {
	c := HFCache{Dir: os.Getenv("HF_HUB_CACHE")}
	if c.Dir == "" {
		if h := os.Getenv("HF_HOME"); h != "" {
			c.Dir = filepath.Join(h, "hub")
		} else if home, err := os.UserHomeDir(); err == nil {
			c.Dir = filepath.Join(home, ".cache", "huggingface", "hub")
		}
	}
	switch strings.ToLower(os.Getenv("HF_HUB_OFFLINE")) {
	case "1", "true", "yes", "on":
		c.Offline = true
	}
	return c
}

// Snapshot returns the directory of ref's files in the cache, or "" when
// the cache does not hold that revision.
func (c HFCache) Snapshot(ref hokusai.BaseRef) string {
	repo := filepath.Join(c.Dir, "models--"+strings.ReplaceAll(ref.Model, "/", "--"))
	commit := ref.Revision
	if b, err := os.ReadFile(filepath.Join(repo, "refs", filepath.FromSlash(ref.Revision))); err == nil {
		commit = strings.TrimSpace(string(b))
	}
	dir := filepath.Join(repo, "snapshots", commit)
	if _, err := os.Stat(filepath.Join(dir, "config.json")); err != nil || strings.Contains(commit, "/") {
		return ""
	}
	return dir
}

// Check refuses an hf: base, naming why: one missing from the cache
// (EINVALID on base, with the fix), or one that is cached but that the
// chosen runner does not train (transformer fine-tuning needs the Python
// trainer, which serve runs with --finetune-python).
func (c HFCache) Check(ref hokusai.BaseRef) error {
	if c.Snapshot(ref) == "" {
		if c.Offline {
			return hokusai.FieldErrorf("base", "%s is not in this server's Hugging Face cache and the server is offline (HF_HUB_OFFLINE), so it cannot be downloaded: its operator runs `huggingface-cli download %s --revision %s` where the hub is reachable and copies the cache to the server.", ref, ref.Model, ref.Revision)
		}
		return hokusai.FieldErrorf("base", "%s is not in this server's Hugging Face cache, and the server does not download from the hub: its operator runs `huggingface-cli download %s --revision %s` and copies the cache to the server.", ref, ref.Model, ref.Revision)
	}
	return hokusai.FieldErrorf("base", "%s is cached, but the runner has no Python trainer for Hugging Face models: the server's operator runs `make finetune-trainer` and starts serve with --finetune-python finetune/trainer/.venv/bin/python; or start from a registry model (MODEL@VERSION).", ref)
}
