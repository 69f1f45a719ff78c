package sqlite_test

import (
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/sqlite"
	"github.com/hokusai-protocol/hokusai/storetest"
)

func TestProposalService(t *testing.T) {
	storetest.TestProposalService(t, opener(func(db *sqlite.DB) hokusai.ProposalService { return sqlite.NewProposalService(db) }))
}
