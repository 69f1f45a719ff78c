package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// NewContribution returns a received contribution to model from
// contributor whose rows have the given digest, with every stored field
// set, as intake would hand it to CreateContribution.
func NewContribution(model uint64, contributor, key, digest string) *hokusai.Contribution {
	return &hokusai.Contribution{
		ModelID: model, Contributor: contributor, IdempotencyKey: key, RequestDigest: "sha256:req-" + digest,
		Digest: digest, Format: "csv", Rows: 2, Status: hokusai.ContributionReceived,
		Data: []byte(`{"a":1,"y":"x"}` + "\n" + `{"a":2,"y":"z"}` + "\n"),
	}
}

// TestContributionService is the suite every ContributionService must
// pass. open returns a fresh, empty store; openTwice returns two handles
// on one fresh database (two servers sharing it).
func TestContributionService(t *testing.T, open func(t *testing.T) hokusai.ContributionService,
	openTwice func(t *testing.T) (hokusai.ContributionService, hokusai.ContributionService)) {
	ctx := context.Background()
	const alice = "0x00000000000000000000000000000000000A11cE"
	const bob = "0x00000000000000000000000000000000000000b0"
	const maxOpen = 3

	t.Run("Setup", func(t *testing.T) {
		s := open(t)
		if _, err := s.FindSetup(ctx, 1); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
			t.Fatalf("no setup: %v; want %s", err, hokusai.ENOTFOUND)
		}
		in := &hokusai.ContributionSetup{ModelID: 1, Settings: []byte(`{"seed":84}`), Benchmark: []byte("{\"a\":1}\n"), Training: []byte("{\"a\":2}\n")}
		if _, err := s.FindSetupDigest(ctx, 1); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
			t.Fatalf("no setup's digest: %v; want %s", err, hokusai.ENOTFOUND)
		}
		if err := s.PutSetup(ctx, in); err != nil {
			t.Fatal(err)
		}
		first, err := s.FindSetupDigest(ctx, 1)
		if err != nil || first != hokusai.SetupDigest(in) {
			t.Fatalf("digest %q %v; want %q", first, err, hokusai.SetupDigest(in))
		}
		in.Settings = []byte(`{"seed":85}`)
		if err := s.PutSetup(ctx, in); err != nil {
			t.Fatalf("replace before any acceptance: %v", err)
		}
		if d, err := s.FindSetupDigest(ctx, 1); err != nil || d == first || d != hokusai.SetupDigest(in) {
			t.Fatalf("digest after the replacement: %q %v; want %q", d, err, hokusai.SetupDigest(in))
		}
		got, err := s.FindSetup(ctx, 1)
		if err != nil || string(got.Settings) != `{"seed":85}` || string(got.Benchmark) != "{\"a\":1}\n" || string(got.Training) != "{\"a\":2}\n" || got.CreatedAt.IsZero() {
			t.Fatalf("setup: %+v %v", got, err)
		}
		c, _, err := s.CreateContribution(ctx, NewContribution(1, alice, "", "d1"), maxOpen)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.SetOutcome(ctx, c.ID, hokusai.ContributionOutcome{Status: hokusai.ContributionAccepted}); err != nil {
			t.Fatal(err)
		}
		if err := s.PutSetup(ctx, in); hokusai.ErrorCode(err) != hokusai.ECONFLICT {
			t.Fatalf("replace after an acceptance: %v; want %s", err, hokusai.ECONFLICT)
		}
	})

	t.Run("CreateFindAndIdempotency", func(t *testing.T) {
		s := open(t)
		in := NewContribution(1, alice, "key-1", "d1")
		in.Candidate, in.CandidateDigest = []byte("model"), "sha256:model"
		c, created, err := s.CreateContribution(ctx, in, maxOpen)
		if err != nil || !created || c.ID == 0 || c.CreatedAt.IsZero() {
			t.Fatalf("create: %+v %v %v", c, created, err)
		}
		got, err := s.FindContribution(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.ModelID != 1 || got.Contributor != alice || got.IdempotencyKey != "key-1" || got.RequestDigest != in.RequestDigest ||
			got.Digest != "d1" || got.Format != "csv" || got.Rows != 2 || string(got.Data) != string(in.Data) ||
			got.Status != hokusai.ContributionReceived || string(got.Candidate) != "model" || got.CandidateDigest != "sha256:model" ||
			!got.CreatedAt.Equal(c.CreatedAt) {
			t.Fatalf("read back %+v; wrote %+v", got, c)
		}
		// The same key again (even with other rows) returns the first.
		again, created, err := s.CreateContribution(ctx, NewContribution(1, alice, "key-1", "d2"), maxOpen)
		if err != nil || created || again.ID != c.ID || again.Digest != "d1" {
			t.Fatalf("same key: %+v %v %v; want contribution %d, not created", again, created, err, c.ID)
		}
		byKey, err := s.FindContributionByKey(ctx, alice, "key-1")
		if err != nil || byKey.ID != c.ID {
			t.Fatalf("by key: %+v %v", byKey, err)
		}
		if _, err := s.FindContributionByKey(ctx, bob, "key-1"); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
			t.Fatalf("another contributor's key: %v; want %s", err, hokusai.ENOTFOUND)
		}
		if _, err := s.FindContributionByKey(ctx, alice, ""); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
			t.Fatalf("the empty key: %v; want %s", err, hokusai.ENOTFOUND)
		}
		if _, err := s.FindContribution(ctx, c.ID+100); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
			t.Fatalf("unknown id: %v", err)
		}
		// Bob may use the same key for his own contribution.
		if _, created, err := s.CreateContribution(ctx, NewContribution(1, bob, "key-1", "d3"), maxOpen); err != nil || !created {
			t.Fatalf("bob's key-1: %v %v", created, err)
		}
	})

	t.Run("DuplicateRows", func(t *testing.T) {
		s := open(t)
		a, _, err := s.CreateContribution(ctx, NewContribution(1, alice, "", "same"), maxOpen)
		if err != nil {
			t.Fatal(err)
		}
		_, _, err = s.CreateContribution(ctx, NewContribution(1, bob, "", "same"), maxOpen)
		if hokusai.ErrorCode(err) != hokusai.ECONFLICT || hokusai.ErrorField(err) != "rows" || !strings.Contains(err.Error(), fmt.Sprintf("contribution %d", a.ID)) {
			t.Fatalf("same rows: %v; want CONFLICT naming contribution %d", err, a.ID)
		}
		// Another model may take the same rows.
		if _, _, err := s.CreateContribution(ctx, NewContribution(2, bob, "", "same"), maxOpen); err != nil {
			t.Fatalf("same rows, other model: %v", err)
		}
		// Once rejected, the rows may be sent again.
		if err := s.SetOutcome(ctx, a.ID, hokusai.ContributionOutcome{Status: hokusai.ContributionRejected, ReasonCode: "WORSE"}); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.CreateContribution(ctx, NewContribution(1, bob, "", "same"), maxOpen); err != nil {
			t.Fatalf("after rejection: %v", err)
		}
	})

	t.Run("OpenLimit", func(t *testing.T) {
		s := open(t)
		var ids []int64
		for i := range maxOpen {
			c, _, err := s.CreateContribution(ctx, NewContribution(1, alice, "", fmt.Sprint("open-", i)), maxOpen)
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, c.ID)
		}
		_, _, err := s.CreateContribution(ctx, NewContribution(1, alice, "", "one-too-many"), maxOpen)
		if hokusai.ErrorCode(err) != hokusai.ERATELIMIT {
			t.Fatalf("over the limit: %v; want %s", err, hokusai.ERATELIMIT)
		}
		// Other contributors and other models are not limited by alice's.
		if _, _, err := s.CreateContribution(ctx, NewContribution(1, bob, "", "bobs"), maxOpen); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.CreateContribution(ctx, NewContribution(2, alice, "", "other-model"), maxOpen); err != nil {
			t.Fatal(err)
		}
		// An evaluating one still counts; a finished one frees a place.
		if err := s.ClaimContributions(ctx, "claim-1", ids[:1]); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.CreateContribution(ctx, NewContribution(1, alice, "", "still-full"), maxOpen); hokusai.ErrorCode(err) != hokusai.ERATELIMIT {
			t.Fatalf("with one evaluating: %v; want %s", err, hokusai.ERATELIMIT)
		}
		if err := s.SetOutcome(ctx, ids[0], hokusai.ContributionOutcome{Status: hokusai.ContributionRejected}); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.CreateContribution(ctx, NewContribution(1, alice, "", "room-again"), maxOpen); err != nil {
			t.Fatalf("after one finished: %v", err)
		}
	})

	t.Run("LifecycleAndQueries", func(t *testing.T) {
		s := open(t)
		var cs []*hokusai.Contribution
		for i, m := range []uint64{2, 1, 2, 1} {
			c, _, err := s.CreateContribution(ctx, NewContribution(m, alice, "", fmt.Sprint("lc-", i)), 10)
			if err != nil {
				t.Fatal(err)
			}
			cs = append(cs, c)
		}
		waiting, err := s.WaitingModels(ctx)
		if err != nil || fmt.Sprint(waiting) != "[2 1]" {
			t.Fatalf("waiting models %v %v; want [2 1] (oldest waiting first)", waiting, err)
		}
		got, err := s.FindContributions(ctx, hokusai.ContributionFilter{ModelID: 1})
		if err != nil || len(got) != 2 || got[0].ID != cs[1].ID || got[1].ID != cs[3].ID {
			t.Fatalf("model 1: %v %v", contributionIDs(got), err)
		}
		if got, _ := s.FindContributions(ctx, hokusai.ContributionFilter{Limit: 3}); len(got) != 3 || got[0].ID != cs[0].ID {
			t.Fatalf("limit 3: %v", contributionIDs(got))
		}
		// Outcomes: every field reads back.
		o := hokusai.ContributionOutcome{Status: hokusai.ContributionAccepted, ReasonCode: "", Reason: "", EvaluationID: 7, MintTx: "0xabc", DeltaOnes: "1.5", Reward: "1000"}
		if err := s.SetOutcome(ctx, cs[3].ID, o); err != nil {
			t.Fatal(err)
		}
		if err := s.SetOutcome(ctx, cs[1].ID, hokusai.ContributionOutcome{Status: hokusai.ContributionAccepted, EvaluationID: 9}); err != nil {
			t.Fatal(err)
		}
		if err := s.SetOutcome(ctx, cs[0].ID, hokusai.ContributionOutcome{Status: hokusai.ContributionRejected, ReasonCode: "WORSE", Reason: "Worse.", EvaluationID: 8}); err != nil {
			t.Fatal(err)
		}
		c3, _ := s.FindContribution(ctx, cs[3].ID)
		if c3.Status != hokusai.ContributionAccepted || c3.EvaluationID != 7 || c3.MintTx != "0xabc" || c3.DeltaOnes != "1.5" || c3.Reward != "1000" {
			t.Fatalf("accepted: %+v", c3)
		}
		c0, _ := s.FindContribution(ctx, cs[0].ID)
		if c0.Status != hokusai.ContributionRejected || c0.ReasonCode != "WORSE" || c0.Reason != "Worse." || c0.EvaluationID != 8 {
			t.Fatalf("rejected: %+v", c0)
		}
		acc, err := s.AcceptedContributions(ctx, 1)
		if err != nil || len(acc) != 2 || acc[0].ID != cs[3].ID || acc[1].ID != cs[1].ID {
			t.Fatalf("accepted in evaluation order: %v %v; want [%d %d]", contributionIDs(acc), err, cs[3].ID, cs[1].ID)
		}
		st, _ := s.FindContributions(ctx, hokusai.ContributionFilter{Status: []hokusai.ContributionStatus{hokusai.ContributionReceived, hokusai.ContributionRejected}})
		if len(st) != 2 || st[0].ID != cs[0].ID || st[1].ID != cs[2].ID {
			t.Fatalf("received or rejected: %v", contributionIDs(st))
		}
		if waiting, _ := s.WaitingModels(ctx); fmt.Sprint(waiting) != "[2]" {
			t.Fatalf("waiting after outcomes: %v", waiting)
		}
		if err := s.SetOutcome(ctx, 99999, o); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
			t.Fatalf("unknown id: %v", err)
		}
	})

	t.Run("ClaimsAndEvaluations", func(t *testing.T) {
		s := open(t)
		a, _, _ := s.CreateContribution(ctx, NewContribution(1, alice, "", "ev-a"), 10)
		b, _, _ := s.CreateContribution(ctx, NewContribution(1, bob, "", "ev-b"), 10)
		if err := s.ClaimContributions(ctx, "", []int64{a.ID}); hokusai.ErrorCode(err) != hokusai.EINVALID {
			t.Fatalf("empty claim: %v", err)
		}
		if err := s.ClaimContributions(ctx, "one", []int64{a.ID}); err != nil {
			t.Fatal(err)
		}
		// All or none: b is free but a is taken.
		if err := s.ClaimContributions(ctx, "two", []int64{b.ID, a.ID}); hokusai.ErrorCode(err) != hokusai.ECONFLICT {
			t.Fatalf("claim of a taken contribution: %v; want %s", err, hokusai.ECONFLICT)
		}
		if got, _ := s.FindContribution(ctx, b.ID); got.Status != hokusai.ContributionReceived {
			t.Fatalf("b after a refused claim: %s; want received", got.Status)
		}
		ev := &hokusai.Evaluation{ModelID: 1, Contributions: []int64{a.ID}, HeadScore: "880000000000000000", Decision: hokusai.DecisionMint,
			Weights: []hokusai.ContributionWeight{{Contribution: a.ID, Contributor: alice, Bps: 10000, Value: 0.02}},
			Receipt: json.RawMessage(`{"signed":true}`), ReceiptHash: "0xreceipt", CandidateScore: 0.9}
		if err := s.CreateEvaluation(ctx, "not-mine", ev); hokusai.ErrorCode(err) != hokusai.ECONFLICT || ev.ID != 0 {
			t.Fatalf("evaluation under another claim: %v (id %d); want %s", err, ev.ID, hokusai.ECONFLICT)
		}
		if err := s.CreateEvaluation(ctx, "one", ev); err != nil || ev.ID == 0 {
			t.Fatalf("evaluation: %v", err)
		}
		got, err := s.FindEvaluation(ctx, ev.ID)
		if err != nil || got.ModelID != 1 || fmt.Sprint(got.Contributions) != fmt.Sprint([]int64{a.ID}) || got.Decision != hokusai.DecisionMint ||
			len(got.Weights) != 1 || got.Weights[0].Bps != 10000 || got.CandidateScore != 0.9 || string(got.Receipt) != `{"signed":true}` || got.ID != ev.ID {
			t.Fatalf("evaluation read back: %+v %v", got, err)
		}
		byReceipt, err := s.FindEvaluationByReceipt(ctx, "0xreceipt")
		if err != nil || byReceipt.ID != ev.ID {
			t.Fatalf("by receipt: %+v %v", byReceipt, err)
		}
		if _, err := s.FindEvaluationByReceipt(ctx, "0xnone"); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
			t.Fatalf("unknown receipt: %v", err)
		}
		if _, err := s.FindEvaluation(ctx, ev.ID+100); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
			t.Fatalf("unknown evaluation: %v", err)
		}
		if c, _ := s.FindContribution(ctx, a.ID); c.EvaluationID != ev.ID || c.Status != hokusai.ContributionEvaluating {
			t.Fatalf("a after its evaluation: %+v", c)
		}
	})

	t.Run("ReleaseClaims", func(t *testing.T) {
		s := open(t)
		a, _, _ := s.CreateContribution(ctx, NewContribution(1, alice, "", "rel-a"), 10)
		b, _, _ := s.CreateContribution(ctx, NewContribution(1, bob, "", "rel-b"), 10)
		c, _, _ := s.CreateContribution(ctx, NewContribution(2, bob, "", "rel-c"), 10)
		for _, x := range []*hokusai.Contribution{a, b, c} {
			if err := s.ClaimContributions(ctx, fmt.Sprint("claim-", x.ID), []int64{x.ID}); err != nil {
				t.Fatal(err)
			}
		}
		// b's evaluation has a pending mint: it stays evaluating.
		ev := &hokusai.Evaluation{ModelID: 1, Contributions: []int64{b.ID}, Receipt: json.RawMessage(`{}`)}
		if err := s.CreateEvaluation(ctx, fmt.Sprint("claim-", b.ID), ev); err != nil {
			t.Fatal(err)
		}
		if err := s.JournalMint(ctx, fmt.Sprint("claim-", b.ID), &hokusai.MintRecord{EvaluationID: ev.ID, ModelID: 1, IdempotencyKey: "0xKEY", Request: json.RawMessage(`{}`)}); err != nil {
			t.Fatal(err)
		}
		n, err := s.ReleaseClaims(ctx, 1)
		if err != nil || n != 1 {
			t.Fatalf("released %d %v; want 1 (a)", n, err)
		}
		for id, want := range map[int64]hokusai.ContributionStatus{a.ID: hokusai.ContributionReceived, b.ID: hokusai.ContributionEvaluating, c.ID: hokusai.ContributionEvaluating} {
			if got, _ := s.FindContribution(ctx, id); got.Status != want {
				t.Fatalf("contribution %d: %s; want %s", id, got.Status, want)
			}
		}
		// The released claim is dead: its holder can record nothing.
		late := &hokusai.Evaluation{ModelID: 1, Contributions: []int64{a.ID}, Receipt: json.RawMessage(`{}`)}
		if err := s.CreateEvaluation(ctx, fmt.Sprint("claim-", a.ID), late); hokusai.ErrorCode(err) != hokusai.ECONFLICT {
			t.Fatalf("evaluation under a released claim: %v; want %s", err, hokusai.ECONFLICT)
		}
		if err := s.ClaimContributions(ctx, "new", []int64{a.ID}); err != nil {
			t.Fatalf("reclaim: %v", err)
		}
	})

	t.Run("MintJournal", func(t *testing.T) {
		s := open(t)
		a, _, _ := s.CreateContribution(ctx, NewContribution(1, alice, "", "mint-a"), 10)
		if err := s.ClaimContributions(ctx, "c1", []int64{a.ID}); err != nil {
			t.Fatal(err)
		}
		ev := &hokusai.Evaluation{ModelID: 1, Contributions: []int64{a.ID}, Receipt: json.RawMessage(`{}`)}
		if err := s.CreateEvaluation(ctx, "c1", ev); err != nil {
			t.Fatal(err)
		}
		if _, err := s.FindMint(ctx, ev.ID); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
			t.Fatalf("no mint yet: %v", err)
		}
		rec := &hokusai.MintRecord{EvaluationID: ev.ID, ModelID: 1, IdempotencyKey: "0xAbC", Request: json.RawMessage(`{"request":1}`)}
		if err := s.JournalMint(ctx, "c2", rec); hokusai.ErrorCode(err) != hokusai.ECONFLICT {
			t.Fatalf("journal under another claim: %v; want %s", err, hokusai.ECONFLICT)
		}
		if err := s.JournalMint(ctx, "c1", rec); err != nil || rec.State != hokusai.MintPending {
			t.Fatalf("journal: %v %s", err, rec.State)
		}
		if err := s.JournalMint(ctx, "c1", rec); hokusai.ErrorCode(err) != hokusai.ECONFLICT {
			t.Fatalf("journal twice: %v; want %s", err, hokusai.ECONFLICT)
		}
		m, err := s.FindMint(ctx, ev.ID)
		if err != nil || m.ModelID != 1 || m.IdempotencyKey != "0xAbC" || string(m.Request) != `{"request":1}` || m.State != hokusai.MintPending {
			t.Fatalf("mint: %+v %v", m, err)
		}
		if p, err := s.PendingMints(ctx, 0); err != nil || len(p) != 1 || p[0].EvaluationID != ev.ID {
			t.Fatalf("pending: %v %v", p, err)
		}
		if p, _ := s.PendingMints(ctx, 2); len(p) != 0 {
			t.Fatalf("model 2's pending: %v", p)
		}
		if st, _ := s.MintStates(ctx); st["0xabc"] != hokusai.MintPending {
			t.Fatalf("states %v", st)
		}
		// The journaled batch is not released: its mint may be on-chain.
		if n, _ := s.ReleaseClaims(ctx, 1); n != 0 {
			t.Fatalf("released %d with a pending mint", n)
		}
		if err := s.FinishMint(ctx, ev.ID, hokusai.MintConfirmed, "0xtx", "500"); err != nil {
			t.Fatal(err)
		}
		if m, _ := s.FindMint(ctx, ev.ID); m.State != hokusai.MintConfirmed || m.TxHash != "0xtx" || m.Reward != "500" {
			t.Fatalf("confirmed: %+v", m)
		}
		if e, _ := s.FindEvaluation(ctx, ev.ID); e.MintTx != "0xtx" || e.Reward != "500" || e.MintState != hokusai.MintConfirmed {
			t.Fatalf("evaluation with its mint: %+v", e)
		}
		if p, _ := s.PendingMints(ctx, 0); len(p) != 0 {
			t.Fatalf("pending after confirmation: %v", p)
		}
		// A second, abandoned entry under the same key keeps the key confirmed.
		if err := s.SetOutcome(ctx, a.ID, hokusai.ContributionOutcome{Status: hokusai.ContributionReceived}); err != nil {
			t.Fatal(err)
		}
		if err := s.ClaimContributions(ctx, "c3", []int64{a.ID}); err != nil {
			t.Fatal(err)
		}
		ev2 := &hokusai.Evaluation{ModelID: 1, Contributions: []int64{a.ID}, Receipt: json.RawMessage(`{}`)}
		if err := s.CreateEvaluation(ctx, "c3", ev2); err != nil {
			t.Fatal(err)
		}
		if err := s.JournalMint(ctx, "c3", &hokusai.MintRecord{EvaluationID: ev2.ID, ModelID: 1, IdempotencyKey: "0xAbC", Request: json.RawMessage(`{}`)}); err != nil {
			t.Fatalf("journal again under the same key: %v", err)
		}
		if err := s.FinishMint(ctx, ev2.ID, hokusai.MintAbandoned, "", ""); err != nil {
			t.Fatal(err)
		}
		if st, _ := s.MintStates(ctx); len(st) != 1 || st["0xabc"] != hokusai.MintConfirmed {
			t.Fatalf("states %v; want the key confirmed", st)
		}
	})

	t.Run("RacingSubmissionsWithOneKey", func(t *testing.T) {
		s1, s2 := openTwice(t)
		const n = 16
		var wg sync.WaitGroup
		got := make([]*hokusai.Contribution, n)
		created := make([]bool, n)
		errs := make([]error, n)
		for i := range n {
			s := s1
			if i%2 == 1 {
				s = s2
			}
			wg.Go(func() {
				got[i], created[i], errs[i] = s.CreateContribution(ctx, NewContribution(1, alice, "race", "race-rows"), maxOpen)
			})
		}
		wg.Wait()
		winners := 0
		for i := range n {
			if errs[i] != nil {
				t.Fatalf("submission %d: %v", i, errs[i])
			}
			if created[i] {
				winners++
			}
			if got[i].ID != got[0].ID {
				t.Fatalf("submission %d got contribution %d, another got %d", i, got[i].ID, got[0].ID)
			}
		}
		if winners != 1 {
			t.Fatalf("%d submissions created a contribution; want 1", winners)
		}
		if all, _ := s2.FindContributions(ctx, hokusai.ContributionFilter{}); len(all) != 1 {
			t.Fatalf("%d contributions stored; want 1", len(all))
		}
	})

	t.Run("RacingSubmissionsOverTheLimit", func(t *testing.T) {
		s1, s2 := openTwice(t)
		const n = 12
		var wg sync.WaitGroup
		var mu sync.Mutex
		ok, limited := 0, 0
		for i := range n {
			s := s1
			if i%2 == 1 {
				s = s2
			}
			wg.Go(func() {
				_, _, err := s.CreateContribution(ctx, NewContribution(1, alice, "", fmt.Sprint("limit-", i)), maxOpen)
				mu.Lock()
				defer mu.Unlock()
				switch hokusai.ErrorCode(err) {
				case "":
					ok++
				case hokusai.ERATELIMIT:
					limited++
				default:
					t.Errorf("submission %d: %v", i, err)
				}
			})
		}
		wg.Wait()
		if ok != maxOpen || limited != n-maxOpen {
			t.Fatalf("%d stored, %d limited; want %d and %d", ok, limited, maxOpen, n-maxOpen)
		}
	})

	t.Run("RacingClaims", func(t *testing.T) {
		s1, s2 := openTwice(t)
		c, _, err := s1.CreateContribution(ctx, NewContribution(1, alice, "", "claim-race"), maxOpen)
		if err != nil {
			t.Fatal(err)
		}
		const n = 8
		var wg sync.WaitGroup
		var mu sync.Mutex
		won := 0
		for i := range n {
			s := s1
			if i%2 == 1 {
				s = s2
			}
			wg.Go(func() {
				err := s.ClaimContributions(ctx, fmt.Sprint("racer-", i), []int64{c.ID})
				mu.Lock()
				defer mu.Unlock()
				if err == nil {
					won++
				} else if hokusai.ErrorCode(err) != hokusai.ECONFLICT {
					t.Errorf("claim %d: %v", i, err)
				}
			})
		}
		wg.Wait()
		if won != 1 {
			t.Fatalf("%d claims won; want 1", won)
		}
	})
}

func contributionIDs(cs []*hokusai.Contribution) []int64 {
	out := make([]int64, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}
