package netguard_test

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai/netguard"
)

// TestCheck guards against outbound calls to the server's own network:
// every loopback, private, link-local (metadata), CGNAT, multicast,
// unspecified and reserved form is refused, IPv4-mapped and NAT64 forms
// included, and public addresses pass.
func TestCheck(t *testing.T) {
	refused := []string{
		"127.0.0.1", "127.255.255.254", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.255",
		"192.168.1.1", "169.254.169.254", "169.254.0.1", "100.64.0.1", "100.127.255.255", "0.0.0.0",
		"0.1.2.3", "224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1", "198.18.0.1", "192.0.0.8",
		"::1", "::", "fd00:ec2::254", "fc00::1", "fdff:ffff::1", "fe80::1", "fe80::1%eth0", "ff02::1", "fec0::1",
		"::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::ffff:0.0.0.0", "::127.0.0.1",
		"64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "100::1",
	}
	for _, s := range refused {
		a := netip.MustParseAddr(s)
		err := netguard.Check(a)
		if err == nil {
			t.Errorf("%s: allowed, want refused", s)
			continue
		}
		if !strings.Contains(err.Error(), "--allow-private-endpoints") {
			t.Errorf("%s: error does not say how to allow it: %v", s, err)
		}
	}
	allowed := []string{"8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.1", "172.15.255.255", "172.32.0.1",
		"192.169.0.1", "169.253.255.255", "2606:4700:4700::1111", "2001:4860:4860::8888", "::ffff:8.8.8.8", "64:ff9b::808:808"}
	for _, s := range allowed {
		if err := netguard.Check(netip.MustParseAddr(s)); err != nil {
			t.Errorf("%s: refused: %v", s, err)
		}
	}
}

func get(c *http.Client, url string) (int, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	req.Header.Set("Authorization", "Bearer sk-test")
	resp, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
	return resp.StatusCode, nil
}

// TestClientRefusesLoopback dials for real: a server on 127.0.0.1, reached
// by address and by a name that resolves to it, is never contacted unless
// private endpoints are allowed.
func TestClientRefusesLoopback(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	_, port, _ := net.SplitHostPort(strings.TrimPrefix(srv.URL, "http://"))
	guarded := netguard.Client(netguard.Options{})
	for _, u := range []string{srv.URL, "http://localhost:" + port, "http://[::ffff:127.0.0.1]:" + port} {
		_, err := get(guarded, u)
		if netguard.Blocked(err) == nil {
			t.Errorf("%s: got %v, want a refused dial", u, err)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Fatalf("the loopback server was contacted %d times", n)
	}
	open := netguard.Client(netguard.Options{AllowPrivate: true})
	if st, err := get(open, srv.URL); err != nil || st != 200 {
		t.Fatalf("with private endpoints allowed: %d, %v", st, err)
	}
}

// TestClientRedirects: redirects are bounded, and a redirect to another
// host does not carry the Authorization header along.
func TestClientRedirects(t *testing.T) {
	var sawAuth atomic.Value
	sawAuth.Store("")
	target := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sawAuth.Store(r.Header.Get("Authorization"))
	}))
	defer target.Close()
	_, port, _ := net.SplitHostPort(strings.TrimPrefix(target.URL, "http://"))
	loop := httptest.NewServer(nil)
	defer loop.Close()
	loop.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/away": // another host name for the same machine
			http.Redirect(w, r, "http://localhost:"+port+"/", http.StatusTemporaryRedirect)
		case "/file":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		default:
			http.Redirect(w, r, r.URL.Path+"x", http.StatusFound)
		}
	})
	c := netguard.Client(netguard.Options{AllowPrivate: true})
	if _, err := get(c, loop.URL+"/a"); err == nil || !strings.Contains(err.Error(), fmt.Sprint(netguard.MaxRedirects)) {
		t.Errorf("endless redirects: %v", err)
	}
	if _, err := get(c, loop.URL+"/file"); err == nil {
		t.Errorf("a redirect to file:// was followed")
	}
	if st, err := get(c, loop.URL+"/away"); err != nil || st != 200 {
		t.Fatalf("redirect to another host: %d %v", st, err)
	}
	if a := sawAuth.Load().(string); a != "" {
		t.Fatalf("the other host received Authorization %q", a)
	}
}

// TestCheckMappedFormsAgree: an IPv4 address, its IPv4-mapped IPv6 form
// and its NAT64 form are judged alike, so no spelling of a private
// address gets through.
func TestCheckMappedFormsAgree(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		b := [4]byte{}
		for i := range b {
			b[i] = rapid.Byte().Draw(rt, fmt.Sprint("b", i))
		}
		v4 := netip.AddrFrom4(b)
		mapped := netip.AddrFrom16([16]byte{10: 0xff, 11: 0xff, 12: b[0], 13: b[1], 14: b[2], 15: b[3]})
		nat64 := netip.AddrFrom16([16]byte{0: 0x00, 1: 0x64, 2: 0xff, 3: 0x9b, 12: b[0], 13: b[1], 14: b[2], 15: b[3]})
		want := netguard.Check(v4) == nil
		if (netguard.Check(mapped) == nil) != want || (netguard.Check(nat64) == nil) != want {
			rt.Fatalf("%s: v4 allowed %v, mapped %v, nat64 %v", v4, want, netguard.Check(mapped), netguard.Check(nat64))
		}
	})
}
