package sqlite_test

import (
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/sqlite"
	"github.com/hokusai-protocol/hokusai/storetest"
)

func TestAgentLedgerService(t *testing.T) {
	storetest.TestAgentLedgerService(t, opener(func(db *sqlite.DB) hokusai.AgentLedgerService { return sqlite.NewAgentLedgerService(db) }))
}
