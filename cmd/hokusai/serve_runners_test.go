package main

import (
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/finetune"
)

// TestFineTuneRunnersConfig: no remote runner unless configured; each
// missing or malformed setting is refused naming its flag; a full
// configuration yields the Kubernetes and Akash runners and a listening
// run exchange.
func TestFineTuneRunnersConfig(t *testing.T) {
	kubeconfig := filepath.Join(t.TempDir(), "kubeconfig")
	os.WriteFile(kubeconfig, []byte(`apiVersion: v1
kind: Config
clusters: [{name: c, cluster: {server: "https://127.0.0.1:6443"}}]
users: [{name: u, user: {token: t}}]
contexts: [{name: x, context: {cluster: c, user: u}}]
current-context: x
`), 0o600)
	full := runnerConfig{trainerImage: "hokusai:test", exchangeListen: "127.0.0.1:0", exchangeURL: "http://10.0.0.1:8091",
		k8sNamespace: "training", kubeconfig: kubeconfig, akashAPIURL: "https://console-api.akash.network", akashAPIKey: "k",
		akashDenom: finetune.DenomAKT, akashStartPrice: 1000, akashMaxPrice: 5000, akashAttributes: "region=us-west"}
	run := func(c runnerConfig) ([]hokusai.FineTuneRunner, func() error, error) {
		return fineTuneRunners(&server{cfg: &serveConfig{runners: c}, stores: &stores{}, log: slog.Default()}, t.TempDir())
	}
	if r, stop, err := run(runnerConfig{}); r != nil || stop != nil || err != nil {
		t.Fatalf("unconfigured: %v %v", r, err)
	}
	for _, c := range []struct {
		field string
		edit  func(*runnerConfig)
	}{
		{"trainer-image", func(c *runnerConfig) { c.trainerImage = "" }},
		{"runner-exchange-url", func(c *runnerConfig) { c.exchangeURL = "" }},
		{"runner-exchange-url", func(c *runnerConfig) { c.exchangeURL = "ftp://x" }},
		{"kubeconfig", func(c *runnerConfig) { c.kubeconfig = filepath.Join(t.TempDir(), "missing") }},
		{"akash-api-key", func(c *runnerConfig) { c.akashAPIKey = "" }},
		{"akash-max-price", func(c *runnerConfig) { c.akashMaxPrice = 10 }},
		{"akash-denom", func(c *runnerConfig) { c.akashDenom = "usd" }},
		{"akash-attributes", func(c *runnerConfig) { c.akashAttributes = "region" }},
		{"runner-exchange-listen", func(c *runnerConfig) { c.exchangeListen = "256.0.0.1:1" }},
	} {
		cfg := full
		c.edit(&cfg)
		if _, _, err := run(cfg); hokusai.ErrorField(err) != c.field || !strings.Contains(hokusai.ErrorMessage(err), "--") {
			t.Errorf("%s: %v", c.field, err)
		}
	}
	r, stop, err := run(full)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if len(r) != 2 || r[0].Name() != "kubernetes" || r[1].Name() != "akash" {
		t.Fatalf("runners %v", r)
	}
	if k := r[0].(*finetune.KubernetesRunner); k.Namespace != "training" || k.Image != "hokusai:test" || k.Exchange.URL != "http://10.0.0.1:8091" {
		t.Errorf("kubernetes runner %+v", k)
	}
	if a := r[1].(*finetune.AkashRunner); a.Attributes["region"] != "us-west" || a.MaxPrice != 5000 {
		t.Errorf("akash runner %+v", a)
	}
}
