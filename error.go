package hokusai

import (
	"errors"
	"fmt"
)

// Error codes. Each maps to one HTTP status in ErrorStatus and to one
// CLI exit code in cmd/hokusai. They are part of the public API: clients
// switch on them, so they never change meaning.
const (
	EINVALID        = "INVALID_INPUT"        // the request is malformed or a field is out of range
	ENOTFOUND       = "NOT_FOUND"            // the named thing does not exist
	ECONFLICT       = "CONFLICT"             // the request conflicts with stored state (a taken ticker, a reused key)
	EUNAUTHORIZED   = "UNAUTHORIZED"         // no or bad credentials
	EFORBIDDEN      = "FORBIDDEN"            // credentials are fine but lack the right
	ECREDITS        = "INSUFFICIENT_CREDITS" // the consumer cannot pay for the call
	ERATELIMIT      = "RATE_LIMITED"         // too many requests; retry later
	EUNAVAILABLE    = "MODEL_UNAVAILABLE"    // a dependency (runtime, chain) is not reachable now
	ECHAIN          = "CHAIN_REVERTED"       // the chain refused a transaction; the message says why
	ENOTIMPLEMENTED = "NOT_IMPLEMENTED"      // the feature exists in the design but not yet in this build
	EINTERNAL       = "INTERNAL"             // a bug or an unexpected failure
)

// statuses maps each error code to its HTTP status; codes not listed are
// 500. It lives beside the codes because both ends of the wire use it: the
// server to answer, clients to read a status that came without a body.
var statuses = map[string]int{
	EINVALID:        400,
	EUNAUTHORIZED:   401,
	ECREDITS:        402,
	EFORBIDDEN:      403,
	ELICENSE:        403,
	EWHITELIST:      403,
	EPROPRIETARY:    403,
	ENOTFOUND:       404,
	ECONFLICT:       409,
	ECHAIN:          422,
	ERATELIMIT:      429,
	ENOTIMPLEMENTED: 501,
	EUNAVAILABLE:    503,
}

// ErrorStatus returns the HTTP status for an error code (500 when unknown).
func ErrorStatus(code string) int {
	if s, ok := statuses[code]; ok {
		return s
	}
	return 500
}

// ErrorCodeForStatus is the inverse of ErrorStatus, for clients that get an
// error status without a JSON body (a proxy, a load balancer).
func ErrorCodeForStatus(status int) string {
	switch status {
	case 403: // several licence codes share 403
		return EFORBIDDEN
	case 405, 408, 413, 415: // refused by the HTTP layer before any handler
		return EINVALID
	}
	for code, s := range statuses {
		if s == status {
			return code
		}
	}
	return EINTERNAL
}

// Error is a domain error: a code a program can switch on, a sentence a
// person can act on, and optionally the field that is wrong.
type Error struct {
	Code    string
	Message string
	Field   string
}

// Error implements the error interface.
func (e *Error) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("%s: %s (field %s)", e.Code, e.Message, e.Field)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code string, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// FieldErrorf returns an EINVALID *Error naming the field that is wrong.
func FieldErrorf(field string, format string, args ...any) *Error {
	return &Error{Code: EINVALID, Field: field, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the human message of the first *Error in err's chain,
// or a generic sentence for other errors so internals never leak to users.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "Internal error."
}

// ErrorField returns the field named by the first *Error in err's chain.
func ErrorField(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Field
	}
	return ""
}

// ExcerptLen is how many characters of client input an error quotes.
const ExcerptLen = 64

// Excerpt returns s cut to its first ExcerptLen characters, with "…" when
// cut, so an error can quote bad input without echoing all of it back.
// Quote the result with %q: s may hold invalid UTF-8 or control bytes.
func Excerpt(s string) string {
	n := 0
	for i := range s {
		if n == ExcerptLen {
			return s[:i] + "…"
		}
		n++
	}
	return s
}
