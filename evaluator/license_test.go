package evaluator_test

import (
	"database/sql"
	"fmt"
	"net/http/httptest"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/evaluator"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/signreq"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// rowCounts counts the rows of every table of the SQLite file except the
// spent request nonces (a refused signed request still spends its nonce,
// so it cannot be replayed).
func rowCounts(t *testing.T, path string) map[string]int {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		names = append(names, n)
	}
	rows.Close()
	out := map[string]int{}
	for _, n := range names {
		if n == "signed_nonces" {
			continue
		}
		var c int
		if err := db.QueryRow(`SELECT count(*) FROM "` + n + `"`).Scan(&c); err != nil {
			t.Fatal(err)
		}
		out[n] = c
	}
	return out
}

// TestContributionLicence applies F3 at intake: a Proprietary model takes
// contributions only from its owner and whitelisted addresses (403
// WHITELIST_REQUIRED otherwise, and nothing is stored or queued); Open
// Source and Decentralized models take them from anyone.
func TestContributionLicence(t *testing.T) {
	e := newEnv(t)
	models, m := e.indexVotes()
	wl := sqlite.NewWhitelistService(e.db)
	info := e.sess.Protocol.Info("")
	srv := hhttp.NewServer(hhttp.Config{ModelService: models, ChainInfo: func() hokusai.ChainInfo { return info }})
	(&evaluator.API{Store: e.store, Worker: e.worker, Models: models, Client: e.c, Mint: e.mint, Whitelist: wl,
		Signed: &signreq.Verifier{Domain: e.domain(), Nonces: sqlite.NewNonceService(e.db)}}).Register(srv)
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	se := &signedEnv{env: e, url: ts.URL}
	path := fmt.Sprintf("/v1/models/%d/contributions", m.ID)
	chunk := 0
	contribute := func(who int) (int, string) {
		t.Helper()
		rows := e.rows(chunk*5, chunk*5+5, false)
		chunk++
		r := se.sign(devchain.DevKey(who), "POST", signreq.ActionContribute, m.ID, rows)
		r.h.Set("Content-Type", "text/csv")
		return se.send(r, path)
	}
	setLicense := func(l hokusai.License) {
		t.Helper()
		m.License = l
		if err := models.UpsertModel(e.ctx, m); err != nil {
			t.Fatal(err)
		}
	}

	setLicense(hokusai.LicenseProprietary)
	before := rowCounts(t, e.dbPath)
	for _, who := range []int{2, 3} {
		if st, code := contribute(who); st != 403 || code != hokusai.EWHITELIST {
			t.Fatalf("proprietary, dev account %d not whitelisted: %d %s; want 403 %s", who, st, code, hokusai.EWHITELIST)
		}
	}
	if after := rowCounts(t, e.dbPath); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Fatalf("refused contributions left rows behind:\nbefore %v\nafter  %v", before, after)
	}
	// The owner, and an address the owner whitelisted, contribute.
	if st, code := contribute(1); st != 201 {
		t.Fatalf("proprietary, the owner: %d %s", st, code)
	}
	if err := wl.AddToWhitelist(e.ctx, m.ID, devchain.DevAddress(2).Hex()); err != nil {
		t.Fatal(err)
	}
	if st, code := contribute(2); st != 201 {
		t.Fatalf("proprietary, whitelisted: %d %s", st, code)
	}
	if st, code := contribute(3); st != 403 || code != hokusai.EWHITELIST {
		t.Fatalf("proprietary, another address still refused: %d %s", st, code)
	}
	// Open Source and Decentralized: anyone.
	for _, l := range []hokusai.License{hokusai.LicenseOpenSource, hokusai.LicenseDecentralized} {
		setLicense(l)
		if st, code := contribute(4); st != 201 {
			t.Fatalf("%s, anyone: %d %s", l, st, code)
		}
	}
}
