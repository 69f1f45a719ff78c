package http_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
	hhttp "github.com/hokusai-protocol/hokusai/http"
)

// readingRoutes registers handlers that read their whole body before they
// look at credentials, as a naive handler would: the server's guard must
// stop what they should not read. read counts the bytes they got.
func readingRoutes(s *hhttp.Server, read *atomic.Int64) {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, err := io.ReadAll(io.LimitReader(r.Body, 64<<20))
		read.Add(int64(len(b)))
		if err != nil {
			hhttp.Error(w, r, nil, err)
			return
		}
		if r.Header.Get("Authorization") == "" && r.Header.Get("Hokusai-Signature") == "" {
			hhttp.Error(w, r, nil, hokusai.Errorf(hokusai.EUNAUTHORIZED, "No credentials."))
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	s.Handle("POST /v1/models/{id}/predict", h)
	s.Handle("PUT /v1/models/{id}/setup", h)
	s.Handle("POST /v1/models/{id}/versions", h)
	s.Handle("POST /v1/models/{id}/integration_test", h)
	s.Handle("POST /v1/echo", h) // a JSON route with the default limits
}

// openServer starts a real http.Server (Open) on a loopback port with cfg.
func openServer(t *testing.T, cfg hhttp.Config, read *atomic.Int64) *hhttp.Server {
	t.Helper()
	cfg.Addr = "127.0.0.1:0"
	s := hhttp.NewServer(cfg)
	readingRoutes(s, read)
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

type answer struct {
	status int
	field  string
	msg    string
	size   int
}

func send(t *testing.T, h http.Handler, method, target string, body io.Reader, hdr ...string) answer {
	t.Helper()
	r := httptest.NewRequest(method, target, body)
	for i := 0; i+1 < len(hdr); i += 2 {
		r.Header.Set(hdr[i], hdr[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	var v struct {
		Error struct {
			Field   string `json:"field"`
			Message string `json:"message"`
		} `json:"error"`
	}
	_ = json.Unmarshal(w.Body.Bytes(), &v)
	return answer{w.Code, v.Error.Field, v.Error.Message, w.Body.Len()}
}

// Client input never gets a 500: paths and query values that are not
// UTF-8, bodies that are not UTF-8 or not JSON, encodings the server does
// not decode each get a 4xx that names what is wrong, before any handler
// reads them.
func TestHostileInputGets4xx(t *testing.T) {
	var read atomic.Int64
	s := hhttp.NewServer(hhttp.Config{})
	readingRoutes(s, &read)
	h := s.Handler()
	key := []string{"Authorization", "Bearer hk_dev_x", "Content-Type", "application/json"}
	for _, c := range []struct {
		name, method, target, body string
		hdr                        []string
		status                     int
		field                      string
	}{
		{"path not UTF-8", "POST", "/v1/models/%FF/predict", `{}`, key, 400, "path"},
		{"path not UTF-8, no key", "POST", "/v1/models/%FF/predict", "", nil, 400, "path"},
		{"unknown path not UTF-8", "GET", "/v1/nope/%C3%28", "", nil, 400, "path"},
		{"query not UTF-8", "GET", "/v1/models?ticker=%FF", "", nil, 400, "ticker"},
		{"query does not parse", "GET", "/v1/models?ticker=%zz", "", nil, 400, "query"},
		{"body not UTF-8", "POST", "/v1/models/1/predict", "{\"a\": \"\xff\"}", key, 400, "body"},
		{"body cut in a rune", "POST", "/v1/models/1/predict", "{\"a\": \"\xe2\x82", key, 400, "body"},
		{"UTF-16 body", "POST", "/v1/models/1/predict", "\xff\xfe{\x00}\x00", key, 400, "body"},
		{"gzip", "POST", "/v1/models/1/predict", "{}", append([]string{"Content-Encoding", "gzip"}, key...), 415, "Content-Encoding"},
		{"text/plain", "POST", "/v1/models/1/predict", "{}", []string{"Authorization", "Bearer hk_dev_x", "Content-Type", "text/plain"}, 415, "Content-Type"},
		{"form", "POST", "/v1/models/1/predict", "{}", []string{"Authorization", "Bearer hk_dev_x", "Content-Type", "application/x-www-form-urlencoded"}, 415, "Content-Type"},
		{"UTF-16 charset", "POST", "/v1/models/1/predict", "{}", []string{"Authorization", "Bearer hk_dev_x", "Content-Type", "application/json; charset=utf-16"}, 415, "Content-Type"},
		{"bad media type", "POST", "/v1/models/1/predict", "{}", []string{"Authorization", "Bearer hk_dev_x", "Content-Type", "application/json; ==="}, 415, "Content-Type"},
		{"no key, with body", "POST", "/v1/models/1/predict", "{}", nil, 401, ""},
		{"not signed, with body", "PUT", "/v1/models/1/setup", "{}", nil, 401, ""},
		{"anonymous package upload", "POST", "/v1/models/1/versions", "PK\x03\x04", nil, 401, ""},
		{"key request without key or signature", "POST", "/v1/keys", "{}", nil, 401, ""},
		{"access request without signature", "POST", "/v1/models/1/access_requests", "{}", nil, 401, ""},
		{"access request too large", "POST", "/v1/models/1/access_requests", `{"message": "` + strings.Repeat("a", 16<<10) + `"}`, []string{"Hokusai-Signature", "0x00", "Content-Type", "application/json"}, 413, "body"},
		{"integration test without key", "POST", "/v1/models/1/integration_test", "{}", nil, 401, ""},
		{"integration test as text", "POST", "/v1/models/1/integration_test", "{}", []string{"Authorization", "Bearer hk_dev_x", "Content-Type", "text/plain"}, 415, "Content-Type"},
		{"too large", "POST", "/v1/echo", strings.Repeat(" ", hhttp.DefaultMaxBody+1), key, 413, "body"},
	} {
		t.Run(c.name, func(t *testing.T) {
			read.Store(0)
			a := send(t, h, c.method, c.target, strings.NewReader(c.body), c.hdr...)
			if a.status != c.status || a.field != c.field {
				t.Fatalf("got %d field %q (%s), want %d field %q", a.status, a.field, a.msg, c.status, c.field)
			}
			if c.status != 400 || c.field != "body" {
				if n := read.Load(); n != 0 {
					t.Fatalf("the handler read %d bytes", n)
				}
			}
		})
	}
	// Good UTF-8, runes cut across reads included, passes.
	body := `{"a": "` + strings.Repeat("é€😀", 20000) + `"}`
	if a := send(t, h, "POST", "/v1/models/1/predict", iotestHalfReader(body), key...); a.status != 204 {
		t.Fatalf("UTF-8 body: %d %s", a.status, a.msg)
	}
}

// iotestHalfReader reads s a few bytes at a time, so runes are cut
// between reads.
func iotestHalfReader(s string) io.Reader {
	return &smallReads{s: s}
}

type smallReads struct {
	s string
	n int
}

func (r *smallReads) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	r.n = r.n%7 + 1
	k := copy(p[:min(len(p), r.n)], r.s)
	r.s = r.s[k:]
	return k, nil
}

// An error quotes little of the input: a handler's 2 MB message is cut,
// and a long path is quoted as an excerpt.
func TestErrorMessagesCapped(t *testing.T) {
	s := hhttp.NewServer(hhttp.Config{})
	s.Handle("GET /v1/echo", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		long := strings.Repeat("k", 2<<20)
		hhttp.Error(w, r, nil, hokusai.FieldErrorf(long, "The key %q is wrong.", long))
	}))
	if a := send(t, s.Handler(), "GET", "/v1/echo", nil); a.status != 400 || a.size > 2048 {
		t.Fatalf("%d, %d bytes", a.status, a.size)
	}
	if a := send(t, s.Handler(), "GET", "/v1/"+strings.Repeat("p", 100_000), nil); a.status != 404 || a.size > 1024 {
		t.Fatalf("%d, %d bytes", a.status, a.size)
	}
}

// A body sent one byte every 2 s used to hold its connection for as long
// as the client liked; the body deadline (1 s here) ends it.
func TestSlowBodyIsDisconnected(t *testing.T) {
	var read atomic.Int64
	s := openServer(t, hhttp.Config{BodyTimeout: time.Second}, &read)
	c, err := net.Dial("tcp", strings.TrimPrefix(s.URL(), "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	start := time.Now()
	fmt.Fprintf(c, "POST /v1/models/1/predict HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer hk_dev_x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n")
	closed := make(chan struct{})
	var res *http.Response
	go func() {
		defer close(closed)
		_ = c.SetReadDeadline(time.Now().Add(10 * time.Second))
		br := bufio.NewReader(c)
		if res, err = http.ReadResponse(br, nil); err == nil {
			_, _ = io.Copy(io.Discard, res.Body)
			_, err = br.ReadByte() // the server closes the connection: EOF
		}
	}()
	tick := time.NewTicker(2 * time.Second)
	defer tick.Stop()
	for {
		if _, werr := c.Write([]byte(" ")); werr != nil {
			break
		}
		select {
		case <-closed:
		case <-tick.C:
			continue
		}
		break
	}
	<-closed
	took := time.Since(start)
	if res == nil || res.StatusCode != http.StatusRequestTimeout {
		t.Fatalf("answer %v, err %v", res, err)
	}
	if !errors.Is(err, io.EOF) || took > 5*time.Second {
		t.Fatalf("connection still open after %s (err %v)", took, err)
	}
}

// raiseFileLimit lets the test hold n connections (both ends in this
// process), or skips it.
func raiseFileLimit(t *testing.T, n uint64) {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		t.Skipf("cannot read the file limit: %v", err)
	}
	if lim.Cur >= n {
		return
	}
	if lim.Max < n {
		t.Skipf("the file limit (hard %d) is below the %d this test needs; raise it with ulimit -n", lim.Max, n)
	}
	old := lim
	lim.Cur = n
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		t.Skipf("cannot raise the file limit to %d: %v", n, err)
	}
	t.Cleanup(func() { _ = syscall.Setrlimit(syscall.RLIMIT_NOFILE, &old) })
}

// Idle keep-alive connections used never to be closed; IdleTimeout (1 s
// here) closes every one of 1,000.
func TestIdleConnectionsAreClosed(t *testing.T) {
	const conns = 1000
	raiseFileLimit(t, 2*conns+256)
	var read atomic.Int64
	s := openServer(t, hhttp.Config{IdleTimeout: time.Second}, &read)
	addr := strings.TrimPrefix(s.URL(), "http://")
	var closed, failed atomic.Int64
	var wg sync.WaitGroup
	sem := make(chan struct{}, 64) // dials at a time
	for range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			c, err := net.Dial("tcp", addr)
			if err != nil {
				<-sem
				failed.Add(1)
				return
			}
			defer c.Close()
			_ = c.SetDeadline(time.Now().Add(15 * time.Second))
			_, err = io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
			br := bufio.NewReader(c)
			var res *http.Response
			if err == nil {
				res, err = http.ReadResponse(br, nil)
			}
			<-sem
			if err != nil || res.Close {
				failed.Add(1)
				return
			}
			_, _ = io.Copy(io.Discard, res.Body)
			// Now idle: the server must close the connection.
			if _, err := br.ReadByte(); errors.Is(err, io.EOF) {
				closed.Add(1)
			}
		}()
	}
	wg.Wait()
	if failed.Load() > 0 || closed.Load() != conns {
		t.Fatalf("%d of %d idle connections closed by the server (%d failed)", closed.Load(), conns, failed.Load())
	}
}

// Ten clients sending 60 MB bodies with no or bad credentials cost the
// server little memory: each is answered 401 or 413 before its body is
// read. Unguarded, the handlers read 300 MB.
func TestOversizedBodiesStayOutOfMemory(t *testing.T) {
	var read atomic.Int64
	s := openServer(t, hhttp.Config{}, &read)
	addr := strings.TrimPrefix(s.URL(), "http://")
	const size = 60 << 20
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)

	var wg sync.WaitGroup
	statuses := make([]int, 10)
	took := make([]time.Duration, 10)
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			start := time.Now()
			c, err := net.Dial("tcp", addr)
			if err != nil {
				return
			}
			defer c.Close()
			_ = c.SetDeadline(time.Now().Add(20 * time.Second))
			if i%2 == 0 { // unsigned setup, streamed: 401
				fmt.Fprintf(c, "PUT /v1/models/1/setup HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
			} else { // a key, but 60 MB declared: 413
				fmt.Fprintf(c, "POST /v1/models/1/predict HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer hk_dev_x\r\nContent-Length: %d\r\n\r\n", size)
			}
			done := make(chan struct{})
			go func() {
				defer close(done)
				if res, err := http.ReadResponse(bufio.NewReader(c), nil); err == nil {
					statuses[i], took[i] = res.StatusCode, time.Since(start)
				}
			}()
			chunk := bytes.Repeat([]byte("x"), 64<<10)
			if i%2 == 0 {
				chunk = append(fmt.Appendf(nil, "%x\r\n", len(chunk)), append(chunk, "\r\n"...)...)
			}
			for sent := 0; sent < size; sent += len(chunk) {
				select {
				case <-done:
					return
				default:
				}
				if _, err := c.Write(chunk); err != nil {
					break
				}
			}
			<-done
		}()
	}
	wg.Wait()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	for i, st := range statuses {
		if st != http.StatusUnauthorized && st != http.StatusRequestEntityTooLarge {
			t.Errorf("client %d: status %d", i, st)
		}
		if took[i] > 3*time.Second {
			t.Errorf("client %d: answered after %s", i, took[i])
		}
	}
	const bound = 32 << 20
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > bound {
		t.Errorf("the server allocated %d MiB for 10 refused bodies; the bound is %d MiB", alloc>>20, bound>>20)
	}
	if n := read.Load(); n != 0 {
		t.Errorf("handlers read %d body bytes", n)
	}
}

// Headers are bounded too: sent slowly they are cut off by
// ReadHeaderTimeout (1 s here), and a header block over MaxHeaderBytes is
// refused with 431.
func TestSlowAndLargeHeaders(t *testing.T) {
	var read atomic.Int64
	s := openServer(t, hhttp.Config{ReadHeaderTimeout: time.Second}, &read)
	addr := strings.TrimPrefix(s.URL(), "http://")
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	start := time.Now()
	_ = c.SetReadDeadline(time.Now().Add(10 * time.Second))
	fmt.Fprintf(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n")
	if _, err := io.Copy(io.Discard, c); err != nil || time.Since(start) > 5*time.Second {
		t.Fatalf("slow headers: connection held %s (err %v)", time.Since(start), err)
	}

	req, _ := http.NewRequest("GET", s.URL()+"/healthz", nil)
	req.Header.Set("X-Big", strings.Repeat("h", hhttp.DefaultMaxHeaderBytes+8192)) // net/http allows 4 KiB over the limit
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
		t.Fatalf("large headers: %d", res.StatusCode)
	}
}
