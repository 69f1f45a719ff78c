package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/postgres"
	"github.com/hokusai-protocol/hokusai/postgres/pgtest"
	"github.com/hokusai-protocol/hokusai/storetest"
)

// openShared opens two handles on one fresh database, as two servers would.
func openShared(t *testing.T) (*postgres.DB, *postgres.DB) {
	t.Helper()
	u := pgtest.NewDatabase(t)
	var dbs [2]*postgres.DB
	for i := range dbs {
		dbs[i] = postgres.NewDB(u)
		if err := dbs[i].Open(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { dbs[i].Close() })
	}
	return dbs[0], dbs[1]
}

func TestContributionService(t *testing.T) {
	storetest.TestContributionService(t,
		func(t *testing.T) hokusai.ContributionService { return postgres.NewContributionService(openDB(t)) },
		func(t *testing.T) (hokusai.ContributionService, hokusai.ContributionService) {
			a, b := openShared(t)
			return postgres.NewContributionService(a), postgres.NewContributionService(b)
		})
}

func TestJobQueue(t *testing.T) {
	const rescue = 8 * time.Second
	storetest.TestJobQueue(t, func(t *testing.T) (hokusai.JobQueue, hokusai.JobQueue) {
		a, b := openShared(t)
		var qs [2]*postgres.JobQueue
		for i, db := range []*postgres.DB{a, b} {
			q := postgres.NewJobQueue(db)
			q.Timeout, q.RescueAfter, q.Backoff, q.Poll = rescue-2*time.Second, rescue, 100*time.Millisecond, 50*time.Millisecond
			if err := q.Open(context.Background()); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { q.Close() })
			qs[i] = q
		}
		return qs[0], qs[1]
	}, storetest.JobQueueTiming{Hold: rescue / 2, Takeover: rescue + 40*time.Second, Retry: 6 * time.Second})
}
