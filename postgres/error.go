package postgres

import (
	"errors"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/hokusai-protocol/hokusai"
)

// SQLSTATE codes the stores turn into domain error codes
// (https://www.postgresql.org/docs/current/errcodes-appendix.html).
const (
	uniqueViolation      = "23505"
	foreignKeyViolation  = "23503"
	checkViolation       = "23514"
	notNullViolation     = "23502"
	serializationFailure = "40001"
	deadlockDetected     = "40P01"
)

// pgError returns the server's error in err's chain, or nil when err did
// not come from the server.
func pgError(err error) *pgconn.PgError {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return pe
	}
	return nil
}

// errorCode maps a PostgreSQL error to the hokusai error code a store
// reports for it: a duplicate key is ECONFLICT, a missing referenced row
// ENOTFOUND, a violated check EINVALID, a lost serialization race
// ECONFLICT (the caller may retry); "" when err is not one of these.
func errorCode(err error) string {
	pe := pgError(err)
	if pe == nil {
		return ""
	}
	switch pe.Code {
	case uniqueViolation, serializationFailure, deadlockDetected:
		return hokusai.ECONFLICT
	case foreignKeyViolation:
		return hokusai.ENOTFOUND
	case checkViolation, notNullViolation:
		return hokusai.EINVALID
	}
	return ""
}

// violates reports whether err is a unique or foreign-key violation of the
// named constraint.
func violates(err error, constraint string) bool {
	pe := pgError(err)
	return pe != nil && pe.ConstraintName == constraint
}
