package postgres_test

import (
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/postgres"
	"github.com/hokusai-protocol/hokusai/storetest"
)

func TestProposalService(t *testing.T) {
	storetest.TestProposalService(t, opener(func(db *postgres.DB) hokusai.ProposalService { return postgres.NewProposalService(db) }))
}
