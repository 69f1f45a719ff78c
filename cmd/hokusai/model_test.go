package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/sqlite"
	"github.com/hokusai-protocol/hokusai/storetest"
)

// startAPI runs a real API server on a free port over a real SQLite store
// holding n models (tickers from readTickers) and returns its URL.
func startAPI(t *testing.T, n int, chain func() hokusai.ChainInfo) string {
	t.Helper()
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "hokusai.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ms := sqlite.NewModelService(db)
	for i := 1; i <= n; i++ {
		m := storetest.NewModel(uint64(i), readTickers[i-1])
		if i == 2 {
			m.Metric, m.Direction = hokusai.MetricLogLoss, hokusai.Minimize
			m.Baseline, _ = hokusai.ParseWad("baseline", "0.3125")
		}
		if err := ms.UpsertModel(context.Background(), m); err != nil {
			t.Fatal(err)
		}
	}
	s := hhttp.NewServer(hhttp.Config{Addr: "127.0.0.1:0", ModelService: ms, ChainInfo: chain})
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s.URL()
}

var readTickers = []string{"IRIS", "VOTE", "PENGU", "AGAR", "MUSH"}

// run executes the real root command with args and returns its output.
func run(t *testing.T, args ...string) (string, error) {
	t.Helper()
	root := newRootCmd()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(args)
	err := root.ExecuteContext(context.Background())
	return out.String(), err
}

func TestModelList(t *testing.T) {
	url := startAPI(t, 5, nil)
	out, err := run(t, "model", "list", "--server", url)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 7 || !strings.HasPrefix(lines[0], "ID") || !strings.Contains(lines[2], "VOTE") ||
		!strings.Contains(lines[2], "log_loss ↓") || !strings.Contains(lines[2], "0.3125") || lines[6] != "5 models." {
		t.Fatalf("table:\n%s", out)
	}
	t.Logf("\n%s", out)

	out, err = run(t, "model", "list", "--server", url, "--limit", "2", "--offset", "1")
	if err != nil || !strings.Contains(out, "Models 2–3 of 5; next page: --offset 3.") || strings.Contains(out, "IRIS") {
		t.Fatalf("page: %v\n%s", err, out)
	}
	out, err = run(t, "model", "list", "--server", url, "--ticker", "pengu", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var page struct {
		Data  []map[string]any
		Total int
	}
	if err := json.Unmarshal([]byte(out), &page); err != nil || page.Total != 1 || page.Data[0]["ticker"] != "PENGU" {
		t.Fatalf("json: %v\n%s", err, out)
	}
	out, err = run(t, "model", "list", "--server", url, "--owner", "0x9999999999999999999999999999999999999999")
	if err != nil || !strings.Contains(out, "No models match") {
		t.Fatalf("empty: %v\n%s", err, out)
	}
	out, err = run(t, "model", "list", "--server", url, "--metric", "log-loss", "--category", "HEALTHCARE", "--tag", "test", "--license", "decentralized")
	if err != nil || !strings.Contains(out, "VOTE") || strings.Contains(out, "IRIS") || !strings.Contains(out, "1 model") {
		t.Fatalf("metric, category, tag and licence: %v\n%s", err, out)
	}
	_, err = run(t, "model", "list", "--server", url, "--license", "mit")
	if hokusai.ErrorField(err) != "license" || exitCode(err) != 2 {
		t.Fatalf("bad licence: %v", err)
	}
	_, err = run(t, "model", "list", "--server", url, "--limit", "0")
	if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != "limit" || exitCode(err) != 2 {
		t.Fatalf("bad limit: %v", err)
	}
}

func TestModelShow(t *testing.T) {
	url := startAPI(t, 3, nil)
	out, err := run(t, "model", "show", "vote", "--server", url)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"2 · VOTE · Model VOTE", "log_loss (lower is better)", "0.3125", "1,000,000 tokens",
		"25% a year", "decentralized", "0x1111111111111111111111111111111111111111", "2026-11-22 12:00:02 UTC, block 102"} {
		if !strings.Contains(out, want) {
			t.Errorf("show lacks %q:\n%s", want, out)
		}
	}
	t.Logf("\n%s", out)
	out, err = run(t, "model", "show", "3", "--json", "--server", url)
	var m map[string]any
	if err != nil || json.Unmarshal([]byte(out), &m) != nil || m["ticker"] != "PENGU" || m["baseline"] != "0.884" {
		t.Fatalf("json: %v\n%s", err, out)
	}
	_, err = run(t, "model", "show", "NOPE", "--server", url)
	if hokusai.ErrorCode(err) != hokusai.ENOTFOUND || exitCode(err) != 3 || !strings.Contains(userMessage(err), "NOPE") {
		t.Fatalf("unknown: %v", err)
	}
	_, err = run(t, "model", "show", "--server", url)
	if hokusai.ErrorField(err) != "id" {
		t.Fatalf("no arg: %v", err)
	}
}

func TestChainInfo(t *testing.T) {
	url := startAPI(t, 0, func() hokusai.ChainInfo {
		return hokusai.ChainInfo{ChainID: 1337, RPCURL: "http://127.0.0.1:8545", Dev: true,
			Contracts: map[string]string{"ModelRegistry": "0x00000000000000000000000000000000000000aa", "Factory": "0x00000000000000000000000000000000000000bb"}}
	})
	out, err := run(t, "chain", "info", "--server", url)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "1337 (embedded dev chain)") || !strings.Contains(out, "http://127.0.0.1:8545") ||
		strings.Index(out, "Factory") > strings.Index(out, "ModelRegistry") || !strings.Contains(out, "0x00000000000000000000000000000000000000aa") {
		t.Fatalf("chain info:\n%s", out)
	}
	t.Logf("\n%s", out)
	out, err = run(t, "chain", "info", "--json", "--server", url)
	var ci map[string]any
	if err != nil || json.Unmarshal([]byte(out), &ci) != nil || ci["chain_id"] != 1337.0 {
		t.Fatalf("json: %v\n%s", err, out)
	}

	noChain := startAPI(t, 0, nil)
	_, err = run(t, "chain", "info", "--server", noChain)
	if hokusai.ErrorCode(err) != hokusai.EUNAVAILABLE || exitCode(err) != 8 {
		t.Fatalf("no chain: %v", err)
	}
}

func TestServerNotRunning(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String()
	ln.Close()
	for _, args := range [][]string{{"model", "list"}, {"model", "show", "1"}, {"chain", "info"}} {
		_, err := run(t, append(args, "--server", url)...)
		msg := userMessage(err)
		if exitCode(err) != 8 || !strings.Contains(msg, url) || !strings.Contains(msg, "hokusai serve") {
			t.Fatalf("%v: %s", args, msg)
		}
	}
	t.Setenv("HOKUSAI_SERVER", url)
	_, err = run(t, "chain", "info")
	if !strings.Contains(userMessage(err), url) {
		t.Fatalf("HOKUSAI_SERVER not used: %v", err)
	}
}

// TestModelListServerErrors: errors the server finds reach the user as the
// server's sentence, naming the flag's field, with the mapped exit code.
func TestModelListServerErrors(t *testing.T) {
	url := startAPI(t, 1, nil)
	_, err := run(t, "model", "list", "--server", url, "--offset", "-1")
	if hokusai.ErrorField(err) != "offset" || exitCode(err) != 2 || !strings.Contains(userMessage(err), "offset must be") {
		t.Fatalf("offset: %v", err)
	}
	_, err = run(t, "model", "list", "--server", url, "--owner", "bob")
	if hokusai.ErrorField(err) != "owner" || exitCode(err) != 2 {
		t.Fatalf("owner: %v", err)
	}
}
