// Package remote serves models that run elsewhere: OpenAI-compatible chat
// and completions endpoints, and plain JSON over HTTP. Every request has a
// per-attempt timeout; 5xx, 429 and network errors are retried a bounded
// number of times with exponential backoff; 4xx answers are not; a cancelled
// context stops everything at once.
package remote

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/netguard"
)

// Defaults for an EndpointSpec's zero fields.
const (
	DefaultTimeout   = 30 * time.Second
	DefaultAttempts  = 3
	DefaultBackoff   = 200 * time.Millisecond
	DefaultParallel  = 4
	DefaultBatchSize = 64
	maxBackoff       = 10 * time.Second
	// MaxResponse bounds an endpoint's answer; a longer one is refused
	// while it is read.
	MaxResponse = 32 << 20
)

// caller posts JSON to one endpoint with timeouts and retries.
type caller struct {
	client   *http.Client
	timeout  time.Duration
	attempts int
	backoff  time.Duration
	headers  map[string]string
	// credential returns the endpoint's key, or "" for none.
	credential func(ctx context.Context) (string, error)
}

// Option configures a remote runtime with what the server, not the
// manifest, provides.
type Option func(*caller)

// WithCredential makes every request to the endpoint carry
// "Authorization: Bearer <key>", the key coming from resolve at each
// request (so a key the owner rotates is used at once); "" sends none. The
// server passes a model's endpoint secret this way: a manifest can name no
// credential, environment variable or file.
func WithCredential(resolve func(ctx context.Context) (string, error)) Option {
	return func(c *caller) { c.credential = resolve }
}

func newCaller(e *hokusai.EndpointSpec, client *http.Client, opts []Option) (*caller, error) {
	if err := e.Validate(); err != nil {
		return nil, err
	}
	c := &caller{client: client, timeout: time.Duration(e.Timeout), attempts: e.Attempts, backoff: time.Duration(e.Backoff), headers: e.Headers}
	for _, o := range opts {
		o(c)
	}
	if c.client == nil {
		c.client = http.DefaultClient
	}
	if c.timeout == 0 {
		c.timeout = DefaultTimeout
	}
	if c.attempts == 0 {
		c.attempts = DefaultAttempts
	}
	if c.backoff == 0 {
		c.backoff = DefaultBackoff
	}
	return c, nil
}

// redact drops a URL's query and credentials so errors never print secrets.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "the endpoint"
	}
	u.User, u.RawQuery, u.Fragment = nil, "", ""
	return u.String()
}

// failure is the last thing that went wrong with a request.
type failure struct {
	timeout bool
	status  int
	body    string
	err     error
	final   error // an error to return as it is, without retrying
}

// post sends body to target and returns the 2xx response body.
func (c *caller) post(ctx context.Context, target string, body []byte) ([]byte, error) {
	where := redact(target)
	var last failure
	for attempt := 1; attempt <= c.attempts; attempt++ {
		if attempt > 1 {
			wait := c.backoff << (attempt - 2)
			if last.status == http.StatusTooManyRequests {
				wait = max(wait, retryAfter(last.body))
			}
			wait = min(wait, maxBackoff)
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
				return nil, fmt.Errorf("endpoint %s: %w", where, ctx.Err())
			case <-t.C:
			}
		}
		out, f, retry := c.once(ctx, target, body)
		if f == nil {
			return out, nil
		}
		if ctx.Err() != nil {
			return nil, fmt.Errorf("endpoint %s: %w", where, ctx.Err())
		}
		last = *f
		if !retry {
			return nil, c.refused(where, f)
		}
	}
	n := c.attempts
	switch {
	case last.timeout:
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Endpoint %s timed out after %s (%d attempts); raise runtime.options.endpoint.timeout or check the server.", where, c.timeout, n)
	case last.status == http.StatusTooManyRequests:
		return nil, hokusai.Errorf(hokusai.ERATELIMIT, "Endpoint %s is rate limiting (429 Too Many Requests, %d attempts); retry later or lower runtime.options.endpoint.parallel.", where, n)
	case last.status != 0:
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Endpoint %s answered %d %s (%d attempts): %s", where, last.status, http.StatusText(last.status), n, snippet(last.body))
	}
	return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Endpoint %s is unreachable (%d attempts): %v.", where, n, last.err)
}

// once makes one attempt; retry says whether another may succeed.
func (c *caller) once(ctx context.Context, target string, body []byte) ([]byte, *failure, bool) {
	actx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(actx, http.MethodPost, target, bytes.NewReader(body))
	if err != nil {
		return nil, &failure{err: err}, false
	}
	for k, v := range c.headers {
		req.Header.Set(k, v)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	if c.credential != nil {
		key, err := c.credential(ctx)
		if err != nil {
			return nil, &failure{final: err}, false
		}
		if key != "" {
			req.Header.Set("Authorization", "Bearer "+key)
		}
	}
	resp, err := c.client.Do(req)
	if b := netguard.Blocked(err); b != nil {
		return nil, &failure{final: hokusai.Errorf(hokusai.EUNAVAILABLE, "Endpoint %s cannot be called: %s.", redact(target), b.Error())}, false
	}
	if err != nil {
		return nil, classify(actx, err), true
	}
	defer resp.Body.Close()
	if resp.ContentLength > MaxResponse {
		return nil, &failure{final: tooLarge(target)}, false
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, MaxResponse+1))
	if err != nil {
		return nil, classify(actx, err), true
	}
	if len(b) > MaxResponse {
		return nil, &failure{final: tooLarge(target)}, false
	}
	switch {
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		return b, nil, false
	case resp.StatusCode == http.StatusTooManyRequests:
		return nil, &failure{status: resp.StatusCode, body: resp.Header.Get("Retry-After")}, true
	case resp.StatusCode >= 500:
		return nil, &failure{status: resp.StatusCode, body: string(b)}, true
	}
	return nil, &failure{status: resp.StatusCode, body: string(b)}, false
}

func tooLarge(target string) error {
	return hokusai.Errorf(hokusai.EUNAVAILABLE, "Endpoint %s answered more than %d MiB, the bound on an endpoint's answer; answer smaller batches (runtime.options.endpoint.batch_size).", redact(target), MaxResponse>>20)
}

func classify(actx context.Context, err error) *failure {
	var ne net.Error
	if errors.Is(actx.Err(), context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		return &failure{timeout: true, err: err}
	}
	return &failure{err: err}
}

// refused describes an answer that retrying cannot fix.
func (c *caller) refused(where string, f *failure) error {
	switch {
	case f.final != nil:
		return f.final
	case f.status == http.StatusUnauthorized || f.status == http.StatusForbidden:
		return hokusai.Errorf(hokusai.EUNAUTHORIZED, "Endpoint %s refused the credentials (%d %s): %s The model's owner sets the endpoint's key with `hokusai model endpoint-secret set`.", where, f.status, http.StatusText(f.status), snippet(f.body))
	case f.status != 0:
		return hokusai.Errorf(hokusai.EINVALID, "Endpoint %s refused the request (%d %s): %s", where, f.status, http.StatusText(f.status), snippet(f.body))
	}
	return hokusai.Errorf(hokusai.EINVALID, "Endpoint %s cannot be called: %v.", where, f.err)
}

// snippet is the start of a response body, as a sentence.
func snippet(b string) string {
	b = strings.Join(strings.Fields(b), " ")
	if len(b) > 200 {
		b = b[:200] + "…"
	}
	if b == "" {
		return "(empty body)."
	}
	return strconv.Quote(b) + "."
}

// retryAfter reads a Retry-After header given in seconds.
func retryAfter(v string) time.Duration {
	if s, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && s > 0 {
		return time.Duration(s) * time.Second
	}
	return 0
}

// parallel runs f(i) for i in [0, n) with at most limit in flight. The first
// error cancels the rest and is returned (an error of f's own wins over the
// cancellations it caused).
func parallel(ctx context.Context, n, limit int, f func(ctx context.Context, i int) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	record := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		if first == nil || (errors.Is(first, context.Canceled) && !errors.Is(err, context.Canceled)) {
			first = err
		}
	}
	sem := make(chan struct{}, limit)
	for i := 0; i < n; i++ {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
		}
		if err := ctx.Err(); err != nil {
			record(err)
			break
		}
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer func() { <-sem }()
			if err := f(ctx, i); err != nil {
				record(err)
				cancel()
			}
		}(i)
	}
	wg.Wait()
	return first
}
