package http

import (
	"bytes"
	"context"
	"crypto/rand"
	_ "embed"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"regexp"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/http/oapi"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// OpenAPI is the API's OpenAPI 3.0 document, served at /openapi.yaml.
//
//go:embed openapi.yaml
var OpenAPI []byte

// Config holds what a Server needs; every field may also be set on the
// Server after NewServer and before Open.
type Config struct {
	// Addr is the host:port to listen on; port 0 picks a free port (see URL).
	Addr string
	// Logger receives one line per request and every internal error.
	Logger *slog.Logger
	// ModelService is the model index behind /v1/models.
	ModelService hokusai.ModelService
	// Market is the marketplace index behind /v1/market; nil means the
	// server has none (503).
	Market hokusai.MarketService
	// Registry lists a model page's versions; nil leaves them out.
	Registry hokusai.RegistryService
	// ChainInfo reports the chain; nil means no chain is connected (503).
	ChainInfo func() hokusai.ChainInfo
	// Access decides who may use the metered API (keys, whitelists); nil
	// means the server has no gateway and those routes answer 503.
	Access hokusai.AccessService
	// Signed checks wallet-signed requests (a first key, whitelist and
	// endpoint-secret changes); nil means the server checks none (503).
	Signed *signreq.Verifier
	// EndpointSecrets keeps the keys of models' remote endpoints; nil
	// means the server keeps none (503).
	EndpointSecrets hokusai.EndpointSecretService
	// Ledger answers credit balances and usage; nil means the server keeps
	// no credits ledger (503).
	Ledger LedgerReader
	// Metrics is what /metrics exports; nil means nothing (503).
	Metrics prometheus.Gatherer
	// Fallback serves paths outside the API (/v1/…, /healthz, /openapi.yaml),
	// e.g. the web UI; nil means a JSON 404.
	Fallback http.Handler

	// Bounds on what one client may hold; zero means the Default… constant
	// of the same name (limits.go).
	ReadHeaderTimeout time.Duration // until a request's headers are in
	IdleTimeout       time.Duration // a keep-alive connection waiting for its next request
	WriteTimeout      time.Duration // from a request's headers to the end of its answer
	MaxHeaderBytes    int           // a request's header block
	MaxBody           int64         // the body of a route not listed in Routes
	BodyTimeout       time.Duration // until a request's body is in
	UploadTimeout     time.Duration // until the body of an Upload route is in
	// Routes overrides the package's Routes limits, one pattern at a time.
	Routes map[string]RouteLimit
}

// Server is the REST API server. Create it with NewServer, set its
// dependencies, then Open; Close shuts it down.
type Server struct {
	Config

	mux     *http.ServeMux
	extra   []string // patterns added with Handle, checked against the spec in tests
	ln      net.Listener
	srv     *http.Server
	handler http.Handler
	// failers write the guard's refusals of a route in a shape other than
	// the API's (see HandleErrors).
	failers map[string]func(http.ResponseWriter, *http.Request, error)
}

// NewServer returns a server for cfg with every API route registered.
func NewServer(cfg Config) *Server {
	s := &Server{Config: cfg, mux: http.NewServeMux()}
	strict := oapi.NewStrictHandlerWithOptions(apiHandler{s}, nil, oapi.StrictHTTPServerOptions{
		RequestErrorHandlerFunc:  func(w http.ResponseWriter, r *http.Request, err error) { s.error(w, r, bodyError(err)) },
		ResponseErrorHandlerFunc: func(w http.ResponseWriter, r *http.Request, err error) { s.error(w, r, err) },
	})
	oapi.HandlerWithOptions(strict, oapi.StdHTTPServerOptions{
		BaseRouter:       guardedMux{s},
		ErrorHandlerFunc: func(w http.ResponseWriter, r *http.Request, err error) { s.error(w, r, paramError(r, err)) },
	})
	guardedMux{s}.HandleFunc("GET /openapi.yaml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/yaml")
		_, _ = w.Write(OpenAPI)
	})
	guardedMux{s}.HandleFunc("/", s.handleUnknown)
	s.handler = s.logRequests(s.recoverPanics(s.mux))
	return s
}

// Handle registers an extra handler on the server's mux (e.g. a gateway
// route that is not in the OpenAPI document yet). Call it before Open.
func (s *Server) Handle(pattern string, h http.Handler) {
	s.extra = append(s.extra, pattern)
	s.mux.Handle(pattern, s.guard(pattern, h))
}

// guardedMux registers the generated API's handlers on the server's mux,
// each behind the guard of its own pattern, so a request's limits come
// with the route the mux found and cost no second lookup.
type guardedMux struct{ s *Server }

func (g guardedMux) HandleFunc(pattern string, h func(http.ResponseWriter, *http.Request)) {
	params, err := queryParams()
	if err != nil {
		panic(err) // the embedded document is checked by the package's tests
	}
	allowed, checked := params[pattern]
	g.s.mux.Handle(pattern, g.s.guard(pattern, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if checked {
			if err := checkQuery(r, allowed); err != nil {
				g.s.error(w, r, err)
				return
			}
		}
		c := &call{}
		if r.Body != nil && r.Body != http.NoBody {
			c.body = &recordedBody{rc: r.Body}
			r.Body = c.body
		}
		c.r = r.WithContext(context.WithValue(r.Context(), callKey{}, c))
		h(w, c.r)
	})))
}

// callKey is the context key of a generated route's call.
type callKey struct{}

// call is what a strict handler, which sees only the decoded parameters,
// still needs of its request: the credentials in its headers, and the exact
// body bytes a signed request's signature covers.
type call struct {
	r    *http.Request
	body *recordedBody // nil for a request without a body
}

// callOf returns the call of a strict handler's context.
func callOf(ctx context.Context) *call {
	c, _ := ctx.Value(callKey{}).(*call)
	if c == nil {
		return &call{r: &http.Request{Header: http.Header{}}}
	}
	return c
}

// rawBody returns the request body's exact bytes: what the generated
// decoder read, and whatever it left.
func (c *call) rawBody() ([]byte, error) {
	if c.body == nil {
		return nil, nil
	}
	if _, err := io.Copy(io.Discard, c.body); err != nil {
		return nil, err
	}
	return c.body.buf.Bytes(), nil
}

// recordedBody keeps a copy of the body bytes read through it.
type recordedBody struct {
	rc  io.ReadCloser
	buf bytes.Buffer
}

// Read reads from the body and records what it read.
func (b *recordedBody) Read(p []byte) (int, error) {
	n, err := b.rc.Read(p)
	b.buf.Write(p[:n])
	return n, err
}

// Close closes the body.
func (b *recordedBody) Close() error { return b.rc.Close() }

func (g guardedMux) ServeHTTP(w http.ResponseWriter, r *http.Request) { g.s.mux.ServeHTTP(w, r) }

// HandleAPI registers f at pattern behind the route's guard: an error f
// returns is written as the API's error answer (see Error) and logged to
// log.
func (s *Server) HandleAPI(pattern string, log *slog.Logger, f func(http.ResponseWriter, *http.Request) error) {
	s.Handle(pattern, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := f(w, r); err != nil {
			Error(w, r, log, err)
		}
	}))
}

// HandleErrors makes the server write the refusals it makes before
// pattern's handler runs (a bad URL, a body over its limit or of the wrong
// type, no credentials) with fail instead of the API's error shape, so a
// route that speaks another API's dialect (OpenAI's chat completions)
// answers in it. Call it before Open.
func (s *Server) HandleErrors(pattern string, fail func(http.ResponseWriter, *http.Request, error)) {
	if s.failers == nil {
		s.failers = map[string]func(http.ResponseWriter, *http.Request, error){}
	}
	s.failers[pattern] = fail
}

// Handler returns the server's full handler, middleware included, for use
// with httptest or another listener.
func (s *Server) Handler() http.Handler { return s.handler }

// Open starts listening on Addr and serving in the background.
func (s *Server) Open() error {
	addr := s.Addr
	if addr == "" {
		addr = "127.0.0.1:8080"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return hokusai.Errorf(hokusai.EUNAVAILABLE, "Cannot listen on %s: %v. Choose another address with --http-addr.", addr, err)
	}
	s.ln = ln
	s.srv = &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: orDefault(s.ReadHeaderTimeout, DefaultReadHeaderTimeout),
		IdleTimeout:       orDefault(s.IdleTimeout, DefaultIdleTimeout),
		WriteTimeout:      orDefault(s.WriteTimeout, DefaultWriteTimeout),
		MaxHeaderBytes:    orDefault(s.MaxHeaderBytes, DefaultMaxHeaderBytes),
		ErrorLog:          slog.NewLogLogger(s.logger().Handler(), slog.LevelWarn),
	}
	go func() {
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.logger().Error("http serve", "err", err)
		}
	}()
	return nil
}

// Close stops accepting connections and waits up to five seconds for
// requests in flight to finish.
func (s *Server) Close() error {
	if s.srv == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	err := s.srv.Shutdown(ctx)
	if errors.Is(err, context.DeadlineExceeded) {
		// Requests still running after the grace period, and connections
		// a client opened without sending a request (net/http waits 5 s
		// for those), are cut: the server stops as asked, and says so.
		s.logger().Warn("http: connections still open after the shutdown grace period were closed", "grace", shutdownGrace)
		err = s.srv.Close()
	}
	if err != nil {
		return fmt.Errorf("http shutdown: %w", err)
	}
	return nil
}

// shutdownGrace is how long Close lets requests in flight finish. It is
// longer than the 5 s net/http gives a connection that has not sent its
// first request, so such a connection alone does not cut a request short.
const shutdownGrace = 10 * time.Second

// URL returns the base URL clients use, e.g. "http://127.0.0.1:41234";
// a wildcard listen address is reported as 127.0.0.1.
func (s *Server) URL() string {
	if s.ln == nil {
		return ""
	}
	a := s.ln.Addr().(*net.TCPAddr)
	host := a.IP.String()
	if a.IP == nil || a.IP.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, fmt.Sprint(a.Port))
}

func (s *Server) logger() *slog.Logger {
	if s.Logger == nil {
		return discardLogger
	}
	return s.Logger
}

var discardLogger = slog.New(slog.DiscardHandler)

func (s *Server) error(w http.ResponseWriter, r *http.Request, err error) {
	Error(w, r, s.logger(), err)
}

// handleUnknown answers every path the API does not define: a JSON 405
// when the path exists under another method, the Fallback for paths
// outside the API, and a JSON 404 otherwise.
func (s *Server) handleUnknown(w http.ResponseWriter, r *http.Request) {
	var allowed []string
	for _, m := range []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); pattern != "/" && pattern != "" {
			allowed = append(allowed, m)
		}
	}
	if len(allowed) > 0 {
		w.Header().Set("Allow", strings.Join(allowed, ", "))
		writeJSON(w, http.StatusMethodNotAllowed, oapi.FromError(hokusai.Errorf(hokusai.EINVALID,
			"Method %s is not allowed on %s; use %s.", hokusai.Excerpt(r.Method), hokusai.Excerpt(r.URL.Path), strings.Join(allowed, " or "))))
		return
	}
	if s.Fallback != nil && !isAPIPath(r.URL.Path) {
		s.Fallback.ServeHTTP(w, r)
		return
	}
	s.error(w, r, hokusai.Errorf(hokusai.ENOTFOUND, "No such endpoint: %s %s. The API is described at /openapi.yaml.", hokusai.Excerpt(r.Method), hokusai.Excerpt(r.URL.Path)))
}

func isAPIPath(p string) bool {
	return p == "/v1" || strings.HasPrefix(p, "/v1/") || p == "/healthz" || p == "/openapi.yaml"
}

// statusWriter remembers the status and size of a response for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

// WriteHeader records the status before passing it on.
func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

// Write counts the bytes written.
func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

type requestIDKey struct{}

// RequestID returns the id the server gave the request in ctx (also sent
// back as the X-Request-Id header), or "".
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

var requestIDRE = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

// Request ids are a random per-process prefix and a counter: unique
// without a system call per request.
var (
	requestIDPrefix = func() string {
		var b [3]byte
		_, _ = rand.Read(b[:])
		return hex.EncodeToString(b[:])
	}()
	requestIDSeq atomic.Uint64
)

func newRequestID() string {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], requestIDSeq.Add(1))
	return requestIDPrefix + hex.EncodeToString(b[3:])
}

// logRequests gives each request an id (the client's X-Request-Id when it
// is sane) and logs one line per request: id, method, path (never the
// query string or headers, which may carry keys), status, size, duration.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get("X-Request-Id")
		if !requestIDRE.MatchString(id) {
			id = newRequestID()
		}
		w.Header().Set("X-Request-Id", id)
		r = r.WithContext(context.WithValue(r.Context(), requestIDKey{}, id))
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		if sw.status == 0 {
			sw.status = http.StatusOK
		}
		s.logRequest(r, id, sw, start)
	})
}

// logRequest writes a request's log line. Kept out of logRequests so that
// its attributes take no room on the stack while the handler runs.
func (s *Server) logRequest(r *http.Request, id string, sw *statusWriter, start time.Time) {
	s.logger().LogAttrs(r.Context(), slog.LevelInfo, "http", slog.String("request_id", id),
		slog.String("method", r.Method), slog.String("path", r.URL.Path),
		slog.Int("status", sw.status), slog.Int("bytes", sw.bytes),
		slog.Duration("dur", time.Since(start)))
}

// recoverPanics turns a panic in a handler into a logged stack and a JSON 500.
func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.logger().Error("panic", "request_id", RequestID(r.Context()), "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				writeJSON(w, http.StatusInternalServerError, oapi.FromError(fmt.Errorf("panic: %v", v)))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// apiHandler implements oapi.StrictServerInterface; each resource's
// methods live in the file named after it (system.go, model.go, …).
type apiHandler struct{ s *Server }

var _ oapi.StrictServerInterface = apiHandler{}
