package sqlite_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/sqlite"
	"github.com/hokusai-protocol/hokusai/storetest"
)

// openShared opens two handles on one fresh database file, as two
// processes would.
func openShared(t *testing.T) (*sqlite.DB, *sqlite.DB) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "hokusai.db")
	var dbs [2]*sqlite.DB
	for i := range dbs {
		dbs[i] = sqlite.NewDB(path)
		if err := dbs[i].Open(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { dbs[i].Close() })
	}
	return dbs[0], dbs[1]
}

func TestContributionService(t *testing.T) {
	storetest.TestContributionService(t,
		func(t *testing.T) hokusai.ContributionService { return sqlite.NewContributionService(openDB(t)) },
		func(t *testing.T) (hokusai.ContributionService, hokusai.ContributionService) {
			a, b := openShared(t)
			return sqlite.NewContributionService(a), sqlite.NewContributionService(b)
		})
}

func TestJobQueue(t *testing.T) {
	const lease = 2 * time.Second
	storetest.TestJobQueue(t, func(t *testing.T) (hokusai.JobQueue, hokusai.JobQueue) {
		a, b := openShared(t)
		qa, qb := sqlite.NewJobQueue(a), sqlite.NewJobQueue(b)
		for _, q := range []*sqlite.JobQueue{qa, qb} {
			q.Lease, q.Poll, q.Backoff = lease, 50*time.Millisecond, 100*time.Millisecond
		}
		return qa, qb
	}, storetest.JobQueueTiming{Hold: lease / 2, Takeover: lease + 10*time.Second, Retry: time.Second})
}
