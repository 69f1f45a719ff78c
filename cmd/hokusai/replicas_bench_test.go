package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/postgres/pgtest"
)

// BenchmarkReplicasMetered measures metered calls per second (predict with
// an API key, each charged durably in the shared ledger) through one, two
// and three real `hokusai serve` processes on one PostgreSQL database, one
// `hokusai chain dev` chain and one S3 bucket; the load generator's clients
// are spread round-robin over the replicas in use. All of it — the
// replicas, PostgreSQL, the chain and the load generator — shares this
// machine's cores, so the numbers show the cost of the shared database,
// not the scaling of separate machines. Run:
//
//	HOKUSAI_PGTEST_DURABLE=1 go test -run '^$' -bench ReplicasMetered -benchtime 1x ./cmd/hokusai/
func BenchmarkReplicasMetered(b *testing.B) {
	const clients, calls = 64, 4000
	ctx := context.Background()
	dev := startChainDevProcess(b)
	db := pgtest.NewDatabase(b)
	rs := &replicaSet{t: b, nodes: make([]*liveServer, 3),
		args: []string{"--config", filepath.Join(dev.dir, "replica.yaml"), "--database", db, "--blobs", startS3(b), "--log-level", "warn"}}
	for i := range rs.nodes {
		rs.dirs = append(rs.dirs, b.TempDir())
		rs.start(i)
	}
	rs.nodes[0].cli(b, "model", "create", "--dev-account", "1", "--name", "Replicated", "--ticker", "REPL",
		"--metric", "accuracy", "--baseline", "0.9", "--direction", "max", "--license", "decentralized", "--preset", "growth")
	ledgerWaitModel(b, rs.nodes[0], "REPL")
	ledgerRegisterVotes(b, rs.nodes[0], "REPL")
	for _, n := range rs.nodes {
		ledgerWaitModel(b, n, "REPL")
	}
	rs.nodes[1].cli(b, "credits", "deposit", "--usdc", "1000", "--dev-account", "2")
	for _, n := range rs.nodes {
		ledgerWaitCredits(b, n, devchain.DevAddress(2), 1_000_000_000)
	}
	key := strings.TrimSpace(rs.nodes[2].cli(b, "keys", "create", "--dev-account", "2", "--scopes", "call", "--rate-limit", "100000", "--name", "bench"))
	_ = ctx

	run := func(urls []string, n int, tag string) (float64, error) {
		var next, failed atomic.Int64
		var wg sync.WaitGroup
		start := time.Now()
		for c := 0; c < clients; c++ {
			wg.Add(1)
			go func(c int) {
				defer wg.Done()
				for {
					i := next.Add(1)
					if i > int64(n) {
						return
					}
					if r := meteredCall(b, urls[int(i)%len(urls)], key, ""); r.status != 200 {
						failed.Add(1)
					}
				}
			}(c)
		}
		wg.Wait()
		if f := failed.Load(); f > 0 {
			return 0, fmt.Errorf("%d of %d calls failed", f, n)
		}
		return float64(n) / time.Since(start).Seconds(), nil
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k := 1; k <= 3; k++ {
			urls := rs.urls()[:k]
			if _, err := run(urls, 300, fmt.Sprintf("warm-%d-%d", i, k)); err != nil {
				b.Fatal(err)
			}
			rate, err := run(urls, calls, fmt.Sprintf("run-%d-%d", i, k))
			if err != nil {
				b.Fatal(err)
			}
			fmt.Printf("%d replica(s), %d clients: %.0f metered calls/s\n", k, clients, rate)
			b.ReportMetric(rate, fmt.Sprintf("calls/s_%d_replicas", k))
		}
	}
}
