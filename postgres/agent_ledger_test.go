package postgres_test

import (
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/postgres"
	"github.com/hokusai-protocol/hokusai/storetest"
)

func TestAgentLedgerService(t *testing.T) {
	storetest.TestAgentLedgerService(t, opener(func(db *postgres.DB) hokusai.AgentLedgerService { return postgres.NewAgentLedgerService(db) }))
}
