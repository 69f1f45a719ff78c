package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// newKey returns a key of owner created at t, with every field set.
func newKey(id, owner string, t time.Time) *hokusai.APIKey {
	return &hokusai.APIKey{
		ID: id, Owner: owner, Name: "ci " + id, Hint: "hk_dev_" + id[len(id)-4:] + "…",
		Scopes: []hokusai.Scope{hokusai.ScopeCall, hokusai.ScopeManage}, RateLimit: 12.5,
		CreatedAt: t, ExpiresAt: t.Add(90 * 24 * time.Hour),
	}
}

func secretHash(id string) string { return fmt.Sprintf("%064x", []byte(id)) }

func equalKeys(a, b *hokusai.APIKey) string {
	if a.ID != b.ID || a.Owner != b.Owner || a.Name != b.Name || a.Hint != b.Hint || !slices.Equal(a.Scopes, b.Scopes) ||
		a.RateLimit != b.RateLimit || !a.CreatedAt.Equal(b.CreatedAt) || !a.ExpiresAt.Equal(b.ExpiresAt) ||
		!a.RevokedAt.Equal(b.RevokedAt) || a.RotatedTo != b.RotatedTo {
		return fmt.Sprintf("got %+v, want %+v", a, b)
	}
	return ""
}

// TestKeyService is the suite every KeyService must pass: keys round-trip
// by hash and id, ids and hashes are unique, an owner's keys list newest
// first, revocation keeps its first time, rotation moves a key to its
// successor once, and replicas racing to create one key or rotate one key
// leave exactly one winner.
func TestKeyService(t *testing.T, open Opener[hokusai.KeyService]) {
	ctx := context.Background()
	owner, other := "0x1111111111111111111111111111111111111111", "0x2222222222222222222222222222222222222222"
	t0 := time.Date(2026, 12, 1, 9, 30, 0, 123456000, time.UTC)

	t.Run("RoundTrip", func(t *testing.T) {
		s := open(t)()
		k := newKey("key_000000000001", owner, t0)
		if err := s.CreateKey(ctx, k, secretHash(k.ID)); err != nil {
			t.Fatal(err)
		}
		for name, find := range map[string]func() (*hokusai.APIKey, error){
			"hash": func() (*hokusai.APIKey, error) { return s.FindKeyByHash(ctx, secretHash(k.ID)) },
			"id":   func() (*hokusai.APIKey, error) { return s.FindKeyByID(ctx, k.ID) },
		} {
			got, err := find()
			if err != nil {
				t.Fatalf("by %s: %v", name, err)
			}
			if d := equalKeys(got, k); d != "" {
				t.Fatalf("by %s: %s", name, d)
			}
		}
		never := newKey("key_000000000002", owner, t0)
		never.ExpiresAt, never.Scopes, never.Name, never.RateLimit = time.Time{}, []hokusai.Scope{hokusai.ScopeCall}, "", 0
		if err := s.CreateKey(ctx, never, secretHash(never.ID)); err != nil {
			t.Fatal(err)
		}
		got, err := s.FindKeyByID(ctx, never.ID)
		if err != nil {
			t.Fatal(err)
		}
		if d := equalKeys(got, never); d != "" || !got.ExpiresAt.IsZero() || !got.RevokedAt.IsZero() {
			t.Fatalf("a key that never expires: %s", d)
		}
		if _, err := s.FindKeyByHash(ctx, secretHash("nope")); code(err) != hokusai.ENOTFOUND {
			t.Fatalf("unknown hash: %v", err)
		}
		if _, err := s.FindKeyByID(ctx, "key_nope"); code(err) != hokusai.ENOTFOUND {
			t.Fatalf("unknown id: %v", err)
		}
	})

	t.Run("Unique", func(t *testing.T) {
		s := open(t)()
		k := newKey("key_00000000000a", owner, t0)
		if err := s.CreateKey(ctx, k, secretHash(k.ID)); err != nil {
			t.Fatal(err)
		}
		if err := s.CreateKey(ctx, newKey(k.ID, owner, t0), secretHash("another")); code(err) != hokusai.ECONFLICT {
			t.Fatalf("same id: got %v, want %s", err, hokusai.ECONFLICT)
		}
		if err := s.CreateKey(ctx, newKey("key_00000000000b", owner, t0), secretHash(k.ID)); code(err) != hokusai.ECONFLICT {
			t.Fatalf("same hash: got %v, want %s", err, hokusai.ECONFLICT)
		}
		if _, err := s.FindKeyByID(ctx, "key_00000000000b"); code(err) != hokusai.ENOTFOUND {
			t.Fatalf("a refused key was stored: %v", err)
		}
	})

	t.Run("ListNewestFirst", func(t *testing.T) {
		s := open(t)()
		for i, id := range []string{"key_0000000000b1", "key_0000000000b3", "key_0000000000b2"} {
			if err := s.CreateKey(ctx, newKey(id, owner, t0.Add(time.Duration(i)*time.Minute)), secretHash(id)); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.CreateKey(ctx, newKey("key_0000000000c1", other, t0), secretHash("key_0000000000c1")); err != nil {
			t.Fatal(err)
		}
		ks, err := s.FindKeys(ctx, owner)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, k := range ks {
			ids = append(ids, k.ID)
		}
		if want := []string{"key_0000000000b2", "key_0000000000b3", "key_0000000000b1"}; !slices.Equal(ids, want) {
			t.Fatalf("listed %v, want %v", ids, want)
		}
		if ks, err := s.FindKeys(ctx, "0x3333333333333333333333333333333333333333"); err != nil || len(ks) != 0 {
			t.Fatalf("an owner without keys: %d keys, %v", len(ks), err)
		}
	})

	t.Run("Revoke", func(t *testing.T) {
		s := open(t)()
		k := newKey("key_0000000000d1", owner, t0)
		if err := s.CreateKey(ctx, k, secretHash(k.ID)); err != nil {
			t.Fatal(err)
		}
		first := t0.Add(time.Hour)
		if err := s.RevokeKey(ctx, k.ID, first); err != nil {
			t.Fatal(err)
		}
		if err := s.RevokeKey(ctx, k.ID, first.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		got, err := s.FindKeyByHash(ctx, secretHash(k.ID))
		if err != nil {
			t.Fatal(err)
		}
		if !got.RevokedAt.Equal(first) {
			t.Fatalf("revoked at %v, %v; want the first revocation %v", got.RevokedAt, err, first)
		}
		if got.Active(first) || !got.Active(first.Add(-time.Second)) {
			t.Fatal("the revoked key is active after, or inactive before, its revocation")
		}
		if err := s.RevokeKey(ctx, "key_nope", first); code(err) != hokusai.ENOTFOUND {
			t.Fatalf("unknown key: %v", err)
		}
	})

	t.Run("Rotate", func(t *testing.T) {
		s := open(t)()
		old := newKey("key_0000000000e1", owner, t0)
		if err := s.CreateKey(ctx, old, secretHash(old.ID)); err != nil {
			t.Fatal(err)
		}
		next := newKey("key_0000000000e2", owner, t0.Add(time.Hour))
		overlap := next.CreatedAt.Add(24 * time.Hour)
		if err := s.RotateKey(ctx, old.ID, overlap, next, secretHash(next.ID)); err != nil {
			t.Fatal(err)
		}
		gotOld, err := s.FindKeyByID(ctx, old.ID)
		if err != nil || gotOld.RotatedTo != next.ID || !gotOld.ExpiresAt.Equal(overlap) {
			t.Fatalf("old key after rotation: %+v, %v; want rotated to %s, expiring %v", gotOld, err, next.ID, overlap)
		}
		if gotNext, err := s.FindKeyByHash(ctx, secretHash(next.ID)); err != nil || equalKeys(gotNext, next) != "" {
			t.Fatalf("successor: %+v, %v", gotNext, err)
		}
		third := newKey("key_0000000000e3", owner, t0.Add(2*time.Hour))
		if err := s.RotateKey(ctx, old.ID, overlap, third, secretHash(third.ID)); code(err) != hokusai.ECONFLICT {
			t.Fatalf("rotating a rotated key: got %v, want %s", err, hokusai.ECONFLICT)
		}
		if _, err := s.FindKeyByID(ctx, third.ID); code(err) != hokusai.ENOTFOUND {
			t.Fatalf("a refused rotation stored its key: %v", err)
		}
		// The overlap never lengthens the old key's life.
		short := newKey("key_0000000000f1", owner, t0)
		short.ExpiresAt = t0.Add(3 * time.Hour)
		if err := s.CreateKey(ctx, short, secretHash(short.ID)); err != nil {
			t.Fatal(err)
		}
		if err := s.RotateKey(ctx, short.ID, t0.Add(48*time.Hour), third, secretHash(third.ID)); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.FindKeyByID(ctx, short.ID); !got.ExpiresAt.Equal(short.ExpiresAt) {
			t.Fatalf("rotation moved the expiry from %v to %v", short.ExpiresAt, got.ExpiresAt)
		}
		// A revoked key cannot be rotated, and the refusal leaves it as it was.
		gone := newKey("key_0000000000f2", owner, t0)
		if err := s.CreateKey(ctx, gone, secretHash(gone.ID)); err != nil {
			t.Fatal(err)
		}
		if err := s.RevokeKey(ctx, gone.ID, t0.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		fourth := newKey("key_0000000000f4", owner, t0.Add(time.Hour))
		if err := s.RotateKey(ctx, gone.ID, t0.Add(48*time.Hour), fourth, secretHash(fourth.ID)); code(err) != hokusai.EINVALID {
			t.Fatalf("rotating a revoked key: got %v, want %s", err, hokusai.EINVALID)
		}
		if got, _ := s.FindKeyByID(ctx, gone.ID); got.RotatedTo != "" {
			t.Fatalf("a refused rotation left rotated_to = %q", got.RotatedTo)
		}
		if err := s.RotateKey(ctx, "key_nope", overlap, fourth, secretHash(fourth.ID)); code(err) != hokusai.ENOTFOUND {
			t.Fatalf("rotating an unknown key: %v", err)
		}
	})

	t.Run("ReplicasRaceCreate", func(t *testing.T) {
		handles := open(t)
		replicas := []hokusai.KeyService{handles(), handles()}
		// Every racer presents the same secret (hash) under its own id.
		wins, conflicts := race(t, 16, func(i int) error {
			k := newKey(fmt.Sprintf("key_%012d", 500+i), owner, t0)
			return replicas[i%2].CreateKey(ctx, k, secretHash("one secret"))
		})
		if wins != 1 || conflicts != 15 {
			t.Fatalf("%d creates of one secret succeeded and %d conflicted of 16; want 1 and 15", wins, conflicts)
		}
		if ks, err := replicas[0].FindKeys(ctx, owner); err != nil || len(ks) != 1 {
			t.Fatalf("%d keys stored, %v; want 1", len(ks), err)
		}
	})

	t.Run("ReplicasRaceRotate", func(t *testing.T) {
		handles := open(t)
		replicas := []hokusai.KeyService{handles(), handles()}
		old := newKey("key_0000000000a0", owner, t0)
		if err := replicas[0].CreateKey(ctx, old, secretHash(old.ID)); err != nil {
			t.Fatal(err)
		}
		wins, conflicts := race(t, 12, func(i int) error {
			next := newKey(fmt.Sprintf("key_%012d", 700+i), owner, t0.Add(time.Minute))
			return replicas[i%2].RotateKey(ctx, old.ID, t0.Add(time.Hour), next, secretHash(next.ID))
		})
		if wins != 1 || conflicts != 11 {
			t.Fatalf("%d rotations succeeded and %d conflicted of 12; want 1 and 11", wins, conflicts)
		}
		ks, err := replicas[1].FindKeys(ctx, owner)
		if err != nil || len(ks) != 2 {
			t.Fatalf("%d keys after the race, %v; want the old key and one successor", len(ks), err)
		}
		got, _ := replicas[1].FindKeyByID(ctx, old.ID)
		if _, err := replicas[1].FindKeyByID(ctx, got.RotatedTo); err != nil {
			t.Fatalf("the old key points at %q, which is not stored: %v", got.RotatedTo, err)
		}
	})
}

// TestWhitelistService is the suite every WhitelistService must pass:
// adding and removing are idempotent, lists are per model in address
// order, and replicas adding one consumer at once leave one entry.
func TestWhitelistService(t *testing.T, open Opener[hokusai.WhitelistService]) {
	ctx := context.Background()
	a, b, c := "0x1111111111111111111111111111111111111111", "0x2222222222222222222222222222222222222222", "0x3333333333333333333333333333333333333333"

	t.Run("AddListRemove", func(t *testing.T) {
		s := open(t)()
		if l, err := s.Whitelist(ctx, 1); err != nil || l == nil || len(l) != 0 {
			t.Fatalf("empty whitelist: %#v, %v; want an empty list", l, err)
		}
		for _, x := range []string{c, a, b, a} {
			if err := s.AddToWhitelist(ctx, 1, x); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.AddToWhitelist(ctx, 2, b); err != nil {
			t.Fatal(err)
		}
		if l, _ := s.Whitelist(ctx, 1); !slices.Equal(l, []string{a, b, c}) {
			t.Fatalf("model 1: %v", l)
		}
		if l, _ := s.Whitelist(ctx, 2); !slices.Equal(l, []string{b}) {
			t.Fatalf("model 2: %v", l)
		}
		for _, x := range []string{a, a} {
			if err := s.RemoveFromWhitelist(ctx, 1, x); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.RemoveFromWhitelist(ctx, 3, a); err != nil {
			t.Fatalf("removing from an empty whitelist: %v", err)
		}
		for _, w := range []struct {
			model    uint64
			consumer string
			want     bool
		}{{1, a, false}, {1, b, true}, {1, c, true}, {2, b, true}, {2, c, false}, {3, a, false}} {
			if got, err := s.Whitelisted(ctx, w.model, w.consumer); err != nil || got != w.want {
				t.Fatalf("model %d consumer %s: %v, %v; want %v", w.model, w.consumer, got, err, w.want)
			}
		}
	})

	t.Run("ReplicasRaceAdd", func(t *testing.T) {
		handles := open(t)
		replicas := []hokusai.WhitelistService{handles(), handles()}
		wins, _ := race(t, 8, func(i int) error { return replicas[i%2].AddToWhitelist(ctx, 1, a) })
		if wins != 8 {
			t.Fatalf("%d of 8 idempotent adds succeeded", wins)
		}
		if l, _ := replicas[1].Whitelist(ctx, 1); !slices.Equal(l, []string{a}) {
			t.Fatalf("whitelist after the race: %v", l)
		}
	})
	testAccessRequests(t, open)
}
