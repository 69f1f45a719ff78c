// Package http is Hokusai's REST API: a server generated spec-first from
// openapi.yaml (see package oapi), the one place that writes errors as JSON
// bodies with their code's status (hokusai.ErrorStatus), and the middleware
// every route shares.
//
// To add an endpoint: describe it in openapi.yaml (reuse the shared
// parameters and responses under components), run `go generate ./http/oapi`,
// and implement the new method of oapi.StrictServerInterface on apiHandler in
// a file named after the resource, returning domain errors (*hokusai.Error)
// for Error to map. A route that must stream (uploads, downloads) may instead
// be a plain handler registered with Server.Handle; list its operation id in
// oapi/server.config.yaml so the generated server leaves it out.
// TestSpecAndRoutesAgree fails when the spec and the served routes differ.
package http

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"reflect"
	"strconv"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/http/oapi"
)

// RetryAfterer is implemented by rate-limit errors that know when the client
// may retry; others get "Retry-After: 1".
type RetryAfterer interface{ RetryAfter() time.Duration }

// HTTPStatuser is implemented by errors that need a status other than
// their code's (a body too large, too slow, of the wrong type); only 4xx
// statuses are honoured.
type HTTPStatuser interface{ HTTPStatus() int }

// ErrorStatusOf returns the status err is written with: its code's, or
// the 4xx status an HTTPStatuser in its chain asks for.
func ErrorStatusOf(err error) int {
	var hs HTTPStatuser
	if errors.As(err, &hs) && hs.HTTPStatus() >= 400 && hs.HTTPStatus() < 500 {
		return hs.HTTPStatus()
	}
	return hokusai.ErrorStatus(hokusai.ErrorCode(err))
}

// Error writes err as the JSON error body with the status its code maps to.
// Internal errors are logged with their detail and shown as a generic
// sentence, so internals never leak to clients. Messages are cut to 1,024
// bytes, so no error echoes a client's input in full.
func Error(w http.ResponseWriter, r *http.Request, logger *slog.Logger, err error) {
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) && hokusai.ErrorCode(err) == hokusai.EINTERNAL {
		err = BodyTooLarge(tooLarge.Limit)
	}
	code := hokusai.ErrorCode(err)
	status := ErrorStatusOf(err)
	if code == hokusai.EINTERNAL && logger != nil {
		logger.Error("internal error", "request_id", RequestID(r.Context()), "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if code == hokusai.ERATELIMIT {
		secs := 1
		var ra RetryAfterer
		if errors.As(err, &ra) {
			if d := ra.RetryAfter(); d > 0 {
				secs = int((d + time.Second - 1) / time.Second)
			}
		}
		w.Header().Set("Retry-After", strconv.Itoa(secs))
	}
	body := oapi.FromError(err)
	body.Error.Message = capMessage(body.Error.Message)
	if f := body.Error.Field; f != nil && len(*f) > hokusai.ExcerptLen {
		short := hokusai.Excerpt(*f)
		body.Error.Field = &short
	}
	writeJSON(w, status, body)
}

// WriteJSON writes v as a JSON answer with status, for handlers that
// return their errors (see Server.HandleAPI); a value that does not encode
// is returned, with nothing written.
func WriteJSON(w http.ResponseWriter, status int, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, err = w.Write(append(b, '\n'))
	return err
}

// writeJSON writes v as a JSON body with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":{"code":"INTERNAL","message":"Internal error."}}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}

// paramError turns the generated router's parameter-binding errors into
// INVALID_INPUT errors that name the parameter.
func paramError(r *http.Request, err error) error {
	var (
		format   *oapi.InvalidParamFormatError
		required *oapi.RequiredParamError
		many     *oapi.TooManyValuesForParamError
		unmarsh  *oapi.UnmarshalingParamError
		header   *oapi.RequiredHeaderError
	)
	switch {
	case errors.As(err, &format):
		name := format.ParamName
		got := r.URL.Query()[name]
		var num *strconv.NumError
		switch {
		case len(got) > 1:
			return hokusai.FieldErrorf(name, "Parameter %s was given %d times; give it once.", name, len(got))
		case errors.As(format.Err, &num) && errors.Is(num.Err, strconv.ErrRange):
			return hokusai.FieldErrorf(name, "Parameter %s is out of range: %q.", name, hokusai.Excerpt(num.Num))
		case errors.As(format.Err, &num):
			return hokusai.FieldErrorf(name, "Parameter %s must be a whole number, got %q.", name, hokusai.Excerpt(num.Num))
		}
		return hokusai.FieldErrorf(name, "Parameter %s has the wrong type or format: got %q (%s); see /openapi.yaml for what it accepts.", name, hokusai.Excerpt(r.URL.Query().Get(name)), hokusai.Excerpt(plainCause(format.Err)))
	case errors.As(err, &required):
		return hokusai.FieldErrorf(required.ParamName, "Parameter %s is required.", required.ParamName)
	case errors.As(err, &many):
		return hokusai.FieldErrorf(many.ParamName, "Parameter %s was given %d times; give it once.", many.ParamName, many.Count)
	case errors.As(err, &unmarsh):
		return hokusai.FieldErrorf(unmarsh.ParamName, "Parameter %s is not valid JSON: %s.", unmarsh.ParamName, hokusai.Excerpt(plainCause(unmarsh.Err)))
	case errors.As(err, &header):
		return hokusai.FieldErrorf(header.ParamName, "Header %s is required.", header.ParamName)
	}
	return hokusai.Errorf(hokusai.EINVALID, "The request is malformed: %s.", hokusai.Excerpt(plainCause(err)))
}

// bodyError turns a request body decoding error into INVALID_INPUT.
func bodyError(err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &typ):
		return hokusai.FieldErrorf(hokusai.Excerpt(typ.Field), "Field %s must be %s, not a JSON %s.", hokusai.Excerpt(typ.Field), jsonKind(typ.Type), typ.Value)
	case errors.As(err, &syn):
		return hokusai.FieldErrorf("body", "The request body is not valid JSON (at byte %d): %s.", syn.Offset, syn.Error())
	}
	var be *BodyError
	if errors.As(err, &be) {
		return be
	}
	return hokusai.FieldErrorf("body", "The request body could not be read: %s.", hokusai.Excerpt(plainCause(err)))
}

// plainCause shortens a library error to its last, most specific part.
func plainCause(err error) string {
	if err == nil {
		return "unknown error"
	}
	var ne interface{ Unwrap() error }
	for errors.As(err, &ne) && ne.Unwrap() != nil {
		err = ne.Unwrap()
	}
	return fmt.Sprint(err)
}

// jsonKind names what a Go type looks like in JSON, for error sentences.
func jsonKind(t reflect.Type) string {
	if t == nil {
		return "a value of another type"
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Map, reflect.Struct:
		return "an object"
	}
	return "a " + t.String()
}
