package gateway_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/gateway"
	"github.com/hokusai-protocol/hokusai/pack"
)

// TestNewHeadIsServed: once a model's head moves to a new version, calls
// are answered by it within HeadTTL; a head whose package will not load is
// MODEL_UNAVAILABLE and not charged.
func TestNewHeadIsServed(t *testing.T) {
	e := newEnv(t, func(c *gateway.Config) { c.Serving.(*gateway.PackageCache).HeadTTL = time.Millisecond })
	key, who := e.newKey(hokusai.ScopeCall)
	e.credit(who, 100*price)
	body := map[string]any{"inputs": []any{voteRow}}
	var out gateway.PredictResponse
	if st := e.do("POST", "/v1/models/1/predict", key, body, &out); st != 200 || out.Version != "1.0.0" {
		t.Fatalf("before: %d %+v", st, out)
	}
	register := func(version string, model []byte) {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "model.json"), model, 0o644)
		archive := packageDir(t, dir, hokusai.RuntimeSpec{Kind: hokusai.RuntimeLinear, Entrypoint: "model.json"}, version)
		info, err := e.blobs.Put(e.ctx, bytes.NewReader(archive), "")
		if err != nil {
			t.Fatal(err)
		}
		p, err := pack.Verify(bytes.NewReader(archive), pack.VerifyOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if err := e.reg.CreateVersion(e.ctx, &hokusai.ModelVersion{ModelID: modelVotes, Version: version, Digest: info.Digest, ManifestDigest: p.ManifestDigest, Size: info.Size, Manifest: p.Manifest}); err != nil {
			t.Fatal(err)
		}
		if err := e.reg.SetHead(e.ctx, modelVotes, version, hokusai.WAD); err != nil {
			t.Fatal(err)
		}
	}
	good, _ := os.ReadFile(filepath.Join("..", "testdata", "models", "house-votes-84-linear", "model.json"))
	register("1.1.0", good)
	time.Sleep(5 * time.Millisecond)
	if st := e.do("POST", "/v1/models/1/predict", key, body, &out); st != 200 || out.Version != "1.1.0" {
		t.Fatalf("after the head moved: %d %+v", st, out)
	}
	register("1.2.0", []byte(`{"format": "not a model"}`))
	time.Sleep(5 * time.Millisecond)
	spent := e.spendable(who)
	if st, b, _ := e.raw("POST", "/v1/models/1/predict", key, body); st != 503 || errCode(b) != hokusai.EUNAVAILABLE {
		t.Fatalf("broken head: %d %s", st, b)
	}
	if e.spendable(who) != spent {
		t.Fatal("a call to a model that cannot load was charged")
	}
}
