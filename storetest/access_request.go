package storetest

import (
	"context"
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// testAccessRequests is the access-request part of TestWhitelistService:
// one pending request per (model, consumer), a second ask returns it,
// whitelisting approves it, declining ends it, and a whitelisted consumer
// cannot ask.
func testAccessRequests(t *testing.T, open Opener[hokusai.WhitelistService]) {
	ctx := context.Background()
	a, b := "0x1111111111111111111111111111111111111111", "0x2222222222222222222222222222222222222222"

	t.Run("AccessRequestLifecycle", func(t *testing.T) {
		s := open(t)()
		if l, err := s.AccessRequests(ctx, 1, ""); err != nil || l == nil || len(l) != 0 {
			t.Fatalf("no requests: %#v, %v; want an empty list", l, err)
		}
		r, created, err := s.RequestAccess(ctx, 1, a, "for research")
		if err != nil || !created || r.Status != hokusai.AccessPending || r.Message != "for research" || r.Consumer != a || r.ModelID != 1 || r.CreatedAt.IsZero() || !r.DecidedAt.IsZero() {
			t.Fatalf("first request: %+v, %v, %v", r, created, err)
		}
		again, created, err := s.RequestAccess(ctx, 1, a, "second note")
		if err != nil || created || again.ID != r.ID || again.Message != "for research" {
			t.Fatalf("second request while pending: %+v, %v, %v; want the pending one", again, created, err)
		}
		rb, _, err := s.RequestAccess(ctx, 1, b, "")
		if err != nil || rb.ID == r.ID {
			t.Fatalf("request by b: %+v, %v", rb, err)
		}
		if _, _, err := s.RequestAccess(ctx, 2, a, ""); err != nil {
			t.Fatal(err)
		}
		if l, _ := s.AccessRequests(ctx, 1, hokusai.AccessPending); len(l) != 2 || l[0].ID != r.ID || l[1].ID != rb.ID {
			t.Fatalf("pending on model 1: %+v; want a's then b's", l)
		}

		if err := s.AddToWhitelist(ctx, 1, a); err != nil {
			t.Fatal(err)
		}
		if l, _ := s.AccessRequests(ctx, 1, hokusai.AccessApproved); len(l) != 1 || l[0].ID != r.ID || l[0].DecidedAt.IsZero() {
			t.Fatalf("approved after whitelisting a: %+v", l)
		}
		if _, _, err := s.RequestAccess(ctx, 1, a, ""); code(err) != hokusai.ECONFLICT {
			t.Fatalf("request by a whitelisted consumer: %v; want %s", err, hokusai.ECONFLICT)
		}
		if l, _ := s.AccessRequests(ctx, 2, hokusai.AccessPending); len(l) != 1 {
			t.Fatalf("model 2's request changed by model 1's whitelist: %+v", l)
		}

		d, err := s.DeclineAccessRequest(ctx, 1, b)
		if err != nil || d.ID != rb.ID || d.Status != hokusai.AccessDeclined || d.DecidedAt.IsZero() {
			t.Fatalf("decline b: %+v, %v", d, err)
		}
		if _, err := s.DeclineAccessRequest(ctx, 1, b); code(err) != hokusai.ENOTFOUND {
			t.Fatalf("declining twice: %v; want %s", err, hokusai.ENOTFOUND)
		}
		again, created, err = s.RequestAccess(ctx, 1, b, "please")
		if err != nil || !created || again.ID == rb.ID {
			t.Fatalf("asking again after a decline: %+v, %v, %v; want a new request", again, created, err)
		}
		if l, _ := s.AccessRequests(ctx, 1, ""); len(l) != 3 || l[0].Status != hokusai.AccessApproved || l[1].Status != hokusai.AccessDeclined || l[2].Status != hokusai.AccessPending {
			t.Fatalf("all requests on model 1: %+v", l)
		}
	})

	t.Run("ReplicasRaceRequest", func(t *testing.T) {
		handles := open(t)
		replicas := []hokusai.WhitelistService{handles(), handles()}
		var ids [8]uint64
		wins, _ := race(t, 8, func(i int) error {
			r, _, err := replicas[i%2].RequestAccess(ctx, 1, a, "")
			if err == nil {
				ids[i] = r.ID
			}
			return err
		})
		if wins != 8 {
			t.Fatalf("%d of 8 idempotent requests succeeded", wins)
		}
		if l, _ := replicas[1].AccessRequests(ctx, 1, ""); len(l) != 1 {
			t.Fatalf("requests after the race: %+v; want one", l)
		}
		for _, id := range ids {
			if id != ids[0] {
				t.Fatalf("racing requests returned different ids: %v", ids)
			}
		}
	})
}
