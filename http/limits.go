package http

import (
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/pack"
)

// Defaults of Config's limits. A hostile client may open connections, send
// headers and bodies slowly or not at all, and send bodies larger than any
// route reads; these bound what each costs the server.
const (
	// DefaultReadHeaderTimeout bounds how long a request's headers may take.
	DefaultReadHeaderTimeout = 10 * time.Second
	// DefaultIdleTimeout closes a keep-alive connection idle this long.
	DefaultIdleTimeout = 60 * time.Second
	// DefaultWriteTimeout bounds the time from a request's headers to the
	// end of its answer; routes marked Upload or LongWrite get
	// UploadTimeout more.
	DefaultWriteTimeout = 2 * time.Minute
	// DefaultMaxHeaderBytes bounds a request's header block.
	DefaultMaxHeaderBytes = 64 << 10
	// DefaultMaxBody bounds the body of a route not listed in Routes.
	DefaultMaxBody = 1 << 20
	// DefaultBodyTimeout bounds how long a request body may take to arrive.
	DefaultBodyTimeout = 30 * time.Second
	// DefaultUploadTimeout bounds how long the body of an Upload route
	// (packages, contributions, setups) may take to arrive.
	DefaultUploadTimeout = 15 * time.Minute
	// maxErrorMessage bounds the message of any error the server writes.
	maxErrorMessage = 1024
)

// Auth is what credentials a route needs.
type Auth int

// The kinds of credentials a route may need.
const (
	AuthNone        Auth = iota // anyone; whatever checks there are read the body
	AuthKey                     // an API key: Authorization: Bearer hk_… or X-API-Key
	AuthSigned                  // a wallet-signed request: Hokusai-Signature and its headers
	AuthKeyOrSigned             // either
)

// RouteLimit bounds the requests of one route.
type RouteLimit struct {
	// MaxBody is the most body bytes the route accepts; 0 means
	// Config.MaxBody. A larger Content-Length is refused (413) before the
	// body is read, and a body that turns out larger fails while it is read.
	MaxBody int64
	// Upload gives the body Config.UploadTimeout to arrive (instead of
	// Config.BodyTimeout) and the answer as long again to be written.
	Upload bool
	// LongWrite gives the answer Config.UploadTimeout more to be written
	// (downloads, streamed chat answers).
	LongWrite bool
	// JSON routes refuse a body whose Content-Type or charset is not
	// JSON's (415) and a body that is not UTF-8 (400).
	JSON bool
	// Auth refuses a request with a body but no credentials at all (401)
	// before the body is read; the handler checks the credentials.
	Auth Auth
}

// packageUploadLimit is pack's largest package: a compressed archive is
// never much larger than its content.
const packageUploadLimit = pack.DefaultMaxTotalSize + pack.DefaultMaxTotalSize/8 + 64<<10

// Routes are the limits of the routes that need other than the defaults,
// by mux pattern; Config.Routes overrides them one pattern at a time. Both
// are read when a route is registered.
// Model calls may wait minutes for a remote endpoint, and are charged
// before they are answered: they get LongWrite, so an answer is not cut
// off after its charge.
var Routes = map[string]RouteLimit{
	"POST /v1/models/{id}/predict":                   {MaxBody: 4 << 20, JSON: true, Auth: AuthKey, LongWrite: true},
	"POST /v1/models/{id}/batch_predict":             {MaxBody: 4 << 20, JSON: true, Auth: AuthKey, LongWrite: true},
	"POST /v1/models/{id}/estimate_cost":             {MaxBody: 4 << 20, JSON: true, Auth: AuthKey},
	"POST /v1/chat/completions":                      {MaxBody: 4 << 20, JSON: true, Auth: AuthKey, LongWrite: true},
	"POST /v1/playground":                            {MaxBody: 4 << 20, JSON: true, Auth: AuthKey, LongWrite: true},
	"POST /v1/keys":                                  {MaxBody: 64 << 10, JSON: true, Auth: AuthKeyOrSigned},
	"POST /v1/keys/{key_id}/rotate":                  {MaxBody: 64 << 10, JSON: true, Auth: AuthKey},
	"PUT /v1/models/{id}/setup":                      {MaxBody: 64 << 20, JSON: true, Auth: AuthSigned, Upload: true},
	"POST /v1/models/{id}/contributions":             {MaxBody: 32 << 20, Auth: AuthSigned, Upload: true},
	"POST /v1/models/{id}/versions":                  {MaxBody: packageUploadLimit, Upload: true, Auth: AuthSigned},
	"GET /v1/models/{id}/versions/{version}/package": {LongWrite: true},
	"POST /v1/attestations/{key}":                    {MaxBody: 64 << 10, JSON: true}, // an attester's signature in the body
	"PUT /v1/models/{id}/endpoint_secret":            {MaxBody: 32 << 10, JSON: true, Auth: AuthSigned},
	"DELETE /v1/models/{id}/endpoint_secret":         {MaxBody: 64 << 10, Auth: AuthSigned},
	"PUT /v1/models/{id}/whitelist/{address}":        {MaxBody: 64 << 10, Auth: AuthKeyOrSigned},
	"DELETE /v1/models/{id}/whitelist/{address}":     {MaxBody: 64 << 10, Auth: AuthKeyOrSigned},
	// An access request's body is its message (MaxAccessMessage characters,
	// at most 12 bytes each when JSON-escaped) and little else.
	"POST /v1/models/{id}/access_requests":             {MaxBody: 16 << 10, JSON: true, Auth: AuthSigned},
	"DELETE /v1/models/{id}/access_requests/{address}": {MaxBody: 64 << 10, Auth: AuthKeyOrSigned},
	"POST /v1/models/{id}/integration_test":            {MaxBody: 4 << 20, JSON: true, Auth: AuthKey},
	// A fine-tuning request holds its training and validation rows.
	"POST /v1/fine_tuning/jobs":                 {MaxBody: 72 << 20, JSON: true, Auth: AuthSigned, Upload: true},
	"POST /v1/fine_tuning/jobs/{job_id}/cancel": {MaxBody: 64 << 10, Auth: AuthSigned},
}

// credentialHeaders are the headers that carry credentials of any kind:
// API keys and signed requests (signreq).
var credentialHeaders = []string{"Authorization", "X-API-Key", "Hokusai-Signature"}

// BodyError is why a request body was refused while it was read: too
// large (413), too slow (408), not UTF-8 (400). It unwraps to an
// INVALID_INPUT *hokusai.Error naming the field, and Error writes it with
// its status.
type BodyError struct {
	Status int
	Err    *hokusai.Error
}

// Error is the sentence for the client.
func (e *BodyError) Error() string { return e.Err.Message }

// Unwrap returns the domain error.
func (e *BodyError) Unwrap() error { return e.Err }

// HTTPStatus is the status the error is written with.
func (e *BodyError) HTTPStatus() int { return e.Status }

// BodyTooLarge is the error for a body over limit bytes.
func BodyTooLarge(limit int64) *BodyError {
	return &BodyError{http.StatusRequestEntityTooLarge, hokusai.FieldErrorf("body",
		"The request body is larger than %d bytes, this endpoint's limit; send less per request.", limit)}
}

func bodyTooSlow(d time.Duration) *BodyError {
	return &BodyError{http.StatusRequestTimeout, hokusai.FieldErrorf("body",
		"The request body did not arrive within %s, this endpoint's limit; send it faster or in smaller requests.", d)}
}

func mediaError(field, format string, args ...any) *BodyError {
	return &BodyError{http.StatusUnsupportedMediaType, hokusai.FieldErrorf(field, format, args...)}
}

// limitsFor returns the limits of the route pattern, defaults filled in.
func (s *Server) limitsFor(pattern string) RouteLimit {
	l, ok := s.Routes[pattern]
	if !ok {
		l = Routes[pattern]
	}
	if l.MaxBody <= 0 {
		l.MaxBody = orDefault(s.MaxBody, DefaultMaxBody)
	}
	return l
}

func orDefault[T int64 | int | time.Duration](v, d T) T {
	if v > 0 {
		return v
	}
	return d
}

// guard refuses what no handler should have to read: a path or query
// that is not UTF-8, a Content-Encoding the server does not decode, a
// body without credentials on a route that needs them, a body larger than
// its route's limit, a non-JSON body on a JSON route. It bounds the body
// that passes in size and in time, and the answer's time. Every handler
// is registered behind the guard of its own pattern (Handle, guardedMux).
func (s *Server) guard(pattern string, next http.Handler) http.Handler {
	// The route's limits are fixed when it is registered; only its failer
	// is looked up per request, since HandleErrors may come after Handle.
	l := s.limitsFor(pattern)
	longWrite := orDefault(s.UploadTimeout, DefaultUploadTimeout) + orDefault(s.WriteTimeout, DefaultWriteTimeout)
	timeout := orDefault(s.BodyTimeout, DefaultBodyTimeout)
	if l.Upload {
		timeout = orDefault(s.UploadTimeout, DefaultUploadTimeout)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fail := s.error
		if f := s.failers[pattern]; f != nil {
			fail = f
		}
		if err := checkURL(r.URL); err != nil {
			fail(w, r, err)
			return
		}
		rc := http.NewResponseController(w)
		if l.Upload || l.LongWrite {
			_ = rc.SetWriteDeadline(time.Now().Add(longWrite))
		}
		if r.ContentLength == 0 || r.Body == nil || r.Body == http.NoBody {
			next.ServeHTTP(w, r)
			return
		}
		if err := s.checkBody(r, l); err != nil {
			fail(w, r, err)
			return
		}
		_ = rc.SetReadDeadline(time.Now().Add(timeout))
		b := &guardedBody{r: http.MaxBytesReader(w, r.Body, l.MaxBody), rc: rc, timeout: timeout}
		if l.JSON {
			b.utf8 = &utf8Check{}
		}
		r.Body = b
		next.ServeHTTP(w, r)
	})
}

// checkURL refuses a path, query parameter name or value that is not
// UTF-8, and a query string that does not parse.
func checkURL(u *url.URL) error {
	if !utf8.ValidString(u.Path) {
		return hokusai.FieldErrorf("path", "The path %q is not UTF-8; percent-encode UTF-8 text only.", hokusai.Excerpt(u.Path))
	}
	if u.RawQuery == "" {
		return nil
	}
	q, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		return hokusai.FieldErrorf("query", "The query string does not parse: %s; separate parameters with & and percent-encode their values.", hokusai.Excerpt(plainCause(err)))
	}
	for k, vs := range q {
		if !utf8.ValidString(k) {
			return hokusai.FieldErrorf("query", "The query parameter name %q is not UTF-8.", hokusai.Excerpt(k))
		}
		for _, v := range vs {
			if !utf8.ValidString(v) {
				return hokusai.FieldErrorf(hokusai.Excerpt(k), "Parameter %s is not UTF-8: %q; percent-encode UTF-8 text only.", hokusai.Excerpt(k), hokusai.Excerpt(v))
			}
		}
	}
	return nil
}

// checkBody checks what the headers say about a body before it is read.
func (s *Server) checkBody(r *http.Request, l RouteLimit) error {
	if l.Auth != AuthNone && !hasCredentials(r.Header) {
		switch l.Auth {
		case AuthKey:
			return hokusai.Errorf(hokusai.EUNAUTHORIZED, "This endpoint needs an API key: send \"Authorization: Bearer hk_…\". Create one with `hokusai keys create`.")
		case AuthKeyOrSigned:
			return hokusai.Errorf(hokusai.EUNAUTHORIZED, "This endpoint needs an API key with the manage scope (\"Authorization: Bearer hk_…\") or a request signed by your wallet (the Hokusai-Signature headers); `hokusai keys create` signs for you.")
		}
		return hokusai.Errorf(hokusai.EUNAUTHORIZED, "This endpoint needs a request signed by your wallet (the Hokusai-Signature headers); the hokusai CLI and SDKs sign for you.")
	}
	if r.ContentLength > l.MaxBody {
		return BodyTooLarge(l.MaxBody)
	}
	if ce := r.Header.Get("Content-Encoding"); ce != "" && !strings.EqualFold(ce, "identity") {
		return mediaError("Content-Encoding", "Content-Encoding %q is not accepted; send the body uncompressed.", hokusai.Excerpt(ce))
	}
	if !l.JSON {
		return nil
	}
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		return nil
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil || (mt != "application/json" && !(strings.HasPrefix(mt, "application/") && strings.HasSuffix(mt, "+json"))) {
		return mediaError("Content-Type", "This endpoint takes JSON: send \"Content-Type: application/json\", not %q.", hokusai.Excerpt(ct))
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "utf8") {
		return mediaError("Content-Type", "This endpoint takes JSON in UTF-8, not charset %q.", hokusai.Excerpt(cs))
	}
	return nil
}

// hasCredentials reports whether h carries credentials of any kind.
func hasCredentials(h http.Header) bool {
	for _, k := range credentialHeaders {
		if h.Get(k) != "" {
			return true
		}
	}
	return false
}

// guardedBody is a request body bounded in size (MaxBytesReader) and in
// time (the connection's read deadline), optionally checked to be UTF-8;
// its errors say which bound was hit.
type guardedBody struct {
	r       io.ReadCloser
	rc      *http.ResponseController
	timeout time.Duration
	utf8    *utf8Check
	done    bool
}

// Read reads from the body and turns the bounds' errors into BodyErrors.
func (b *guardedBody) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	if b.utf8 != nil {
		if verr := b.utf8.check(p[:n], err == io.EOF); verr != nil {
			return 0, verr
		}
	}
	switch {
	case err == io.EOF:
		// The deadline bounds the body only: cleared now, it cannot end
		// the server's wait for the connection to close while the
		// handler works.
		if !b.done {
			b.done = true
			_ = b.rc.SetReadDeadline(time.Time{})
		}
	case err != nil:
		var tooLarge *http.MaxBytesError
		switch {
		case errors.As(err, &tooLarge):
			return n, BodyTooLarge(tooLarge.Limit)
		case errors.Is(err, os.ErrDeadlineExceeded):
			return n, bodyTooSlow(b.timeout)
		}
	}
	return n, err
}

// Close closes the body.
func (b *guardedBody) Close() error { return b.r.Close() }

// utf8Check checks a stream is UTF-8 as it passes, across reads.
type utf8Check struct {
	off     int64             // bytes checked so far
	partial [utf8.UTFMax]byte // the start of a rune cut by the last read
	np      int
}

// check checks the next bytes of the stream; eof says they are the last.
func (u *utf8Check) check(b []byte, eof bool) error {
	// A UTF-16 byte-order mark is not UTF-8 either; say what it is.
	if u.off == 0 && len(b) >= 2 && ((b[0] == 0xfe && b[1] == 0xff) || (b[0] == 0xff && b[1] == 0xfe)) {
		return &BodyError{http.StatusBadRequest, hokusai.FieldErrorf("body", "The request body is UTF-16 (it starts with a byte-order mark); send JSON in UTF-8.")}
	}
	i := 0
	if u.np > 0 {
		var s [2 * utf8.UTFMax]byte
		k := copy(s[:], u.partial[:u.np])
		m := copy(s[k:k+utf8.UTFMax], b)
		if !utf8.FullRune(s[:k+m]) {
			if eof {
				return u.invalid(-int64(u.np))
			}
			u.np = copy(u.partial[:], s[:k+m])
			return nil
		}
		r, size := utf8.DecodeRune(s[:k+m])
		if r == utf8.RuneError && size <= 1 {
			return u.invalid(-int64(u.np))
		}
		i = size - k
		u.np = 0
	}
	// The last rune of b may be cut; everything before it must be whole.
	j := len(b)
	for k := len(b) - 1; k >= i && k >= len(b)-utf8.UTFMax; k-- {
		if utf8.RuneStart(b[k]) {
			if !utf8.FullRune(b[k:]) {
				j = k
			}
			break
		}
	}
	if !utf8.Valid(b[i:j]) {
		for k := i; k < j; {
			r, size := utf8.DecodeRune(b[k:j])
			if r == utf8.RuneError && size == 1 {
				return u.invalid(int64(k))
			}
			k += size
		}
	}
	if j < len(b) {
		if eof {
			return u.invalid(int64(j))
		}
		u.np = copy(u.partial[:], b[j:])
	}
	u.off += int64(len(b))
	return nil
}

func (u *utf8Check) invalid(at int64) error {
	return &BodyError{http.StatusBadRequest, hokusai.FieldErrorf("body", "The request body is not UTF-8 (at byte %d); send JSON in UTF-8.", u.off+at)}
}

// capMessage cuts an error message to maxErrorMessage bytes (at a rune
// boundary), the last bound on how much of a client's input an error can
// echo back.
func capMessage(s string) string {
	if len(s) <= maxErrorMessage {
		return s
	}
	cut := maxErrorMessage
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
