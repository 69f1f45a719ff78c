package sdk_test

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sqlite"
	"github.com/hokusai-protocol/hokusai/storetest"
)

// serve starts a real server over a real SQLite store holding models.
func serve(t *testing.T, models ...*hokusai.Model) *hhttp.Server { return serveB(t, models...) }

// serveB is serve for tests and benchmarks alike.
func serveB(t testing.TB, models ...*hokusai.Model) *hhttp.Server {
	t.Helper()
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "hokusai.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ms := sqlite.NewModelService(db)
	for _, m := range models {
		if err := ms.UpsertModel(context.Background(), m); err != nil {
			t.Fatal(err)
		}
	}
	s := hhttp.NewServer(hhttp.Config{Addr: "127.0.0.1:0", ModelService: ms, Market: sqlite.NewMarketService(db), Registry: sqlite.NewRegistryService(db),
		ChainInfo: func() hokusai.ChainInfo {
			return hokusai.ChainInfo{ChainID: 31337, RPCURL: "http://127.0.0.1:8545", Contracts: map[string]string{"Factory": "0xabc"}}
		}})
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	a := storetest.NewModel(1, "IRIS")
	b := storetest.NewModel(2, "LOSS")
	b.Metric, b.Direction, b.License = hokusai.MetricLogLoss, hokusai.Minimize, hokusai.LicenseProprietary
	b.Baseline, _ = hokusai.ParseWad("baseline", "0.000000000000000001") // one wei of score: exact
	b.DeltaOne, _ = hokusai.ParseWad("delta_one", "123456789.123456789")
	b.Tags = nil
	s := serve(t, a, b)
	c := sdk.New(s.URL() + "/")

	if err := c.Health(ctx); err != nil {
		t.Fatal(err)
	}
	ci, err := c.ChainInfo(ctx)
	if err != nil || ci.ChainID != 31337 || ci.Contracts["Factory"] != "0xabc" || ci.Dev {
		t.Fatalf("chain info %+v, %v", ci, err)
	}
	ms, total, err := c.ListModels(ctx, hokusai.ModelFilter{})
	if err != nil || total != 2 || len(ms) != 2 {
		t.Fatalf("list: %d of %d, %v", len(ms), total, err)
	}
	b.Tags = []string{} // nil tags come back as an empty list
	for i, want := range []*hokusai.Model{a, b} {
		if d := storetest.EqualModels(want, ms[i]); d != "" {
			t.Fatalf("list[%d]: %s", i, d)
		}
	}
	got, err := c.GetModel(ctx, "loss")
	if err != nil {
		t.Fatal(err)
	}
	if d := storetest.EqualModels(b, got); d != "" {
		t.Fatal(d)
	}
	tk := "iris"
	ms, total, err = c.ListModels(ctx, hokusai.ModelFilter{Ticker: &tk, Limit: 5, Offset: 0})
	if err != nil || total != 1 || ms[0].ID != 1 {
		t.Fatalf("filtered: %v %d %v", ms, total, err)
	}
	lic, metric, cat, tag := hokusai.LicenseProprietary, hokusai.MetricLogLoss, "healthcare", "TABULAR"
	ms, total, err = c.ListModels(ctx, hokusai.ModelFilter{License: &lic, Metric: &metric, Category: &cat})
	if err != nil || total != 1 || ms[0].ID != 2 {
		t.Fatalf("licence, metric and category: %v %d %v", ms, total, err)
	}
	ms, total, err = c.ListModels(ctx, hokusai.ModelFilter{Tag: &tag})
	if err != nil || total != 1 || ms[0].ID != 1 {
		t.Fatalf("tag: %v %d %v", ms, total, err)
	}
}

func TestServerErrorsBecomeDomainErrors(t *testing.T) {
	ctx := context.Background()
	c := sdk.New(serve(t).URL())
	_, err := c.GetModel(ctx, "NOPE")
	var he *hokusai.Error
	if !errors.As(err, &he) || he.Code != hokusai.ENOTFOUND || !strings.Contains(he.Message, "NOPE") {
		t.Fatalf("got %#v", err)
	}
	_, _, err = c.ListModels(ctx, hokusai.ModelFilter{Limit: 9999})
	if !errors.As(err, &he) || he.Code != hokusai.EINVALID || he.Field != "limit" {
		t.Fatalf("got %#v", err)
	}
	_, err = c.GetModel(ctx, "x/y")
	if !errors.As(err, &he) || he.Code != hokusai.EINVALID || he.Field != "id" {
		t.Fatalf("got %#v", err)
	}
	if _, err := c.GetModel(ctx, "  "); hokusai.ErrorField(err) != "id" {
		t.Fatalf("blank ref: %v", err)
	}
}

func TestUnreachableServer(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens here now
	_, err = sdk.New("http://" + addr).ChainInfo(context.Background())
	msg := hokusai.ErrorMessage(err)
	if hokusai.ErrorCode(err) != hokusai.EUNAVAILABLE || !strings.Contains(msg, "http://"+addr) || !strings.Contains(msg, "hokusai serve") {
		t.Fatalf("got %v", err)
	}
}

func TestNotAHokusaiServer(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/healthz" {
			w.WriteHeader(http.StatusOK)
			w.Write([]byte("<html>hello</html>"))
			return
		}
		http.Error(w, "upstream down", http.StatusBadGateway)
	}))
	defer ts.Close()
	c := sdk.New(ts.URL)
	_, err := c.GetModel(context.Background(), "1")
	if hokusai.ErrorCode(err) != hokusai.EINTERNAL || !strings.Contains(hokusai.ErrorMessage(err), "502") {
		t.Fatalf("502: %v", err)
	}
	if err := c.Health(context.Background()); hokusai.ErrorCode(err) != hokusai.EINTERNAL {
		t.Fatalf("html health: %v", err)
	}
}

func TestBadBaseURL(t *testing.T) {
	for _, u := range []string{"", "127.0.0.1:8080", "ftp://x", "http://"} {
		_, err := sdk.New(u).ChainInfo(context.Background())
		if hokusai.ErrorField(err) != "server" {
			t.Errorf("%q: got %v", u, err)
		}
	}
}

func TestCanceledContext(t *testing.T) {
	c := sdk.New(serve(t).URL())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := c.ChainInfo(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v", err)
	}
}
