package ledger

// RecordAttempt exposes recordAttempt to the external tests.
var RecordAttempt = (*Service).recordAttempt
