package http_test

import (
	"net"
	"strings"
	"testing"
	"time"

	hhttp "github.com/hokusai-protocol/hokusai/http"
)

// A client that opened a connection and sent nothing when the server
// stops (a load generator's pool, a browser's preconnect) does not make
// Close fail: net/http waits 5 s for such a connection, inside the
// shutdown grace period, and the stop is clean.
func TestCloseWithAConnectionThatSentNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for net/http's 5 s new-connection timeout")
	}
	s := hhttp.NewServer(hhttp.Config{Addr: "127.0.0.1:0"})
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	conn, err := net.Dial("tcp", strings.TrimPrefix(s.URL(), "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	time.Sleep(100 * time.Millisecond) // accepted, no request yet
	start := time.Now()
	if err := s.Close(); err != nil {
		t.Fatalf("Close with an idle new connection: %v", err)
	}
	if d := time.Since(start); d > 8*time.Second {
		t.Fatalf("Close took %s", d)
	}
}
