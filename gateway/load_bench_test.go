package gateway_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
	hkruntime "github.com/hokusai-protocol/hokusai/runtime"
)

// BenchmarkMeteredVsBare is the gateway's load benchmark on loopback: the
// built-in house-votes logistic regression served (a) by the full metered
// path — REST server, key check, rate limit, licence, price, model, and a
// durable charge in the SQLite ledger (WAL, synchronous=FULL, group commit)
// — and (b) by a bare net/http handler that decodes, predicts and encodes
// with no auth or metering. Both run in the same process and run, in
// alternating rounds. It prints throughput at 16 concurrent clients and
// latency at 1 client, and the ratios the targets name. Run:
//
//	go test -run '^$' -bench MeteredVsBare -benchtime 1x ./gateway/
func BenchmarkMeteredVsBare(b *testing.B) {
	for _, clients := range []int{16, 64, 256} {
		b.Run(fmt.Sprintf("sqlite-ledger-%d-clients", clients), func(b *testing.B) {
			benchMeteredVsBare(b, newEnvWithLedger(b, sqliteLedger(b), nil), clients)
		})
	}
	// The same with the in-memory test ledger: the gateway's own cost,
	// without the durable write.
	b.Run("memory-ledger-16-clients", func(b *testing.B) { benchMeteredVsBare(b, newEnv(b), 16) })
}

func benchMeteredVsBare(b *testing.B, e *env, clients int) {
	p, err := hkruntime.Open(hokusai.RuntimeSpec{Kind: hokusai.RuntimeLinear, Entrypoint: "model.json"},
		filepath.Join("..", "testdata", "models", "house-votes-84-linear"), hkruntime.Config{})
	if err != nil {
		b.Fatal(err)
	}
	bare := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Inputs []hokusai.Row `json:"inputs"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		preds, err := p.Predict(r.Context(), req.Inputs)
		if err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"predictions": preds})
	}))
	defer bare.Close()

	keys := make([]string, clients)
	for i := range keys {
		k, who := e.newKey(hokusai.ScopeCall)
		e.credit(who, 1<<40)
		keys[i] = k
	}
	body, _ := json.Marshal(map[string]any{"inputs": []any{voteRow}})
	tr := &http.Transport{MaxIdleConnsPerHost: clients * 2}
	hc := &http.Client{Transport: tr}

	// run sends perClient requests from each of n clients and returns the
	// throughput (requests per second) and every latency.
	run := func(url string, n, perClient int, metered bool) (float64, []time.Duration) {
		lats := make([][]time.Duration, n)
		var wg sync.WaitGroup
		start := time.Now()
		for c := 0; c < n; c++ {
			wg.Add(1)
			go func(c int) {
				defer wg.Done()
				for i := 0; i < perClient; i++ {
					req, _ := http.NewRequest("POST", url, bytes.NewReader(body))
					req.Header.Set("Content-Type", "application/json")
					if metered {
						req.Header.Set("Authorization", "Bearer "+keys[c])
					}
					t0 := time.Now()
					res, err := hc.Do(req)
					if err != nil {
						b.Error(err)
						return
					}
					_, _ = io.Copy(io.Discard, res.Body)
					res.Body.Close()
					if res.StatusCode != 200 {
						b.Errorf("status %d", res.StatusCode)
						return
					}
					lats[c] = append(lats[c], time.Since(t0))
				}
			}(c)
		}
		wg.Wait()
		el := time.Since(start)
		var all []time.Duration
		for _, l := range lats {
			all = append(all, l...)
		}
		return float64(len(all)) / el.Seconds(), all
	}
	pct := func(d []time.Duration, q float64) time.Duration {
		s := append([]time.Duration(nil), d...)
		sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
		return s[int(q*float64(len(s)-1))]
	}
	metURL, bareURL := e.srv.URL+"/v1/models/1/predict", bare.URL
	// Warm up both paths (connections, package cache, JIT-free but cache-hot).
	run(metURL, clients, 20, true)
	run(bareURL, clients, 20, false)

	b.ResetTimer()
	var metTP, bareTP float64
	var metLat, bareLat []time.Duration
	const rounds, seq = 3, 1500
	perClient := 2400 / clients
	for r := 0; r < rounds; r++ {
		tp, _ := run(bareURL, clients, perClient, false)
		bareTP += tp / rounds
		tp, _ = run(metURL, clients, perClient, true)
		metTP += tp / rounds
		_, l := run(bareURL, 1, seq/rounds, false)
		bareLat = append(bareLat, l...)
		_, l = run(metURL, 1, seq/rounds, true)
		metLat = append(metLat, l...)
	}
	b.StopTimer()
	ratio := metTP / bareTP
	added99 := pct(metLat, 0.99) - pct(bareLat, 0.99)
	b.ReportMetric(ratio, "throughput_ratio")
	b.ReportMetric(float64(added99.Microseconds())/1000, "p99_added_ms")
	fmt.Printf("%s: loopback, %d clients: bare %.0f req/s, metered %.0f req/s, ratio %.2f (target ≥ 0.7)\n", b.Name(), clients, bareTP, metTP, ratio)
	fmt.Printf("1 client: bare p50 %s p99 %s; metered p50 %s p99 %s; p99 added %s (target < 2ms)\n",
		pct(bareLat, 0.5), pct(bareLat, 0.99), pct(metLat, 0.5), pct(metLat, 0.99), added99)
}

// BenchmarkHandlerCost measures the CPU cost per call without the network:
// the metered handler (REST middleware, key, limits, licence, price, model,
// in-memory charge) against the bare handler, in-process with
// httptest.NewRecorder. Less noisy than the loopback benchmark on a shared
// machine. Run: go test -run '^$' -bench HandlerCost ./gateway/
func BenchmarkHandlerCost(b *testing.B) {
	e := newEnv(b)
	p, err := hkruntime.Open(hokusai.RuntimeSpec{Kind: hokusai.RuntimeLinear, Entrypoint: "model.json"},
		filepath.Join("..", "testdata", "models", "house-votes-84-linear"), hkruntime.Config{})
	if err != nil {
		b.Fatal(err)
	}
	bare := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Inputs []hokusai.Row `json:"inputs"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		preds, err := p.Predict(r.Context(), req.Inputs)
		if err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"predictions": preds})
	})
	key, who := e.newKey(hokusai.ScopeCall)
	e.credit(who, 1<<50)
	body, _ := json.Marshal(map[string]any{"inputs": []any{voteRow}})
	metered := e.srv.Config.Handler
	call := func(b *testing.B, h http.Handler, auth bool) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			req := httptest.NewRequest("POST", "/v1/models/1/predict", bytes.NewReader(body))
			if auth {
				req.Header.Set("Authorization", "Bearer "+key)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code != 200 {
				b.Fatalf("status %d: %s", w.Code, w.Body)
			}
		}
	}
	b.Run("bare", func(b *testing.B) { call(b, bare, false) })
	b.Run("metered", func(b *testing.B) { call(b, metered, true) })
}
