// Package netguard makes the HTTP clients the server calls model endpoints
// with. Their dialer refuses loopback, private, link-local (cloud
// metadata included), CGNAT, multicast, unspecified and reserved addresses
// when it connects, that is after DNS resolution, so neither a hostname
// that resolves to 127.0.0.1 nor DNS rebinding nor a redirect reaches the
// server's own network unless the operator allows it. Every client has
// connection, TLS and header timeouts and follows a bounded number of
// redirects.
package netguard

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"syscall"
	"time"
)

// Limits of a guarded client. Callers bound each request further with a
// context (a remote runtime's per-attempt timeout, at most 5 minutes).
const (
	DialTimeout           = 10 * time.Second
	TLSHandshakeTimeout   = 10 * time.Second
	ResponseHeaderTimeout = 5 * time.Minute
	MaxRedirects          = 3
)

// blocked lists the ranges an endpoint may not be in, with what each is.
var blocked = []struct {
	prefix netip.Prefix
	what   string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "an unspecified (\"this network\") address"},
	{netip.MustParsePrefix("10.0.0.0/8"), "a private (RFC 1918) address"},
	{netip.MustParsePrefix("100.64.0.0/10"), "a carrier-grade NAT (RFC 6598) address"},
	{netip.MustParsePrefix("127.0.0.0/8"), "a loopback address"},
	{netip.MustParsePrefix("169.254.0.0/16"), "a link-local address (cloud metadata lives there)"},
	{netip.MustParsePrefix("172.16.0.0/12"), "a private (RFC 1918) address"},
	{netip.MustParsePrefix("192.0.0.0/24"), "an IETF protocol address"},
	{netip.MustParsePrefix("192.168.0.0/16"), "a private (RFC 1918) address"},
	{netip.MustParsePrefix("198.18.0.0/15"), "a benchmarking address"},
	{netip.MustParsePrefix("224.0.0.0/4"), "a multicast address"},
	{netip.MustParsePrefix("240.0.0.0/4"), "a reserved address"},
	{netip.MustParsePrefix("::/128"), "an unspecified address"},
	{netip.MustParsePrefix("::1/128"), "a loopback address"},
	{netip.MustParsePrefix("::/96"), "an IPv4-compatible address"},
	{netip.MustParsePrefix("100::/64"), "a discard-only address"},
	{netip.MustParsePrefix("fc00::/7"), "a unique local (private) address"},
	{netip.MustParsePrefix("fe80::/10"), "a link-local address"},
	{netip.MustParsePrefix("fec0::/10"), "a site-local address"},
	{netip.MustParsePrefix("ff00::/8"), "a multicast address"},
}

// embedsIPv4 lists IPv6 ranges whose last 32 bits are an IPv4 address the
// packet ends up at (NAT64); that address is checked too.
var embedsIPv4 = []netip.Prefix{
	netip.MustParsePrefix("64:ff9b::/96"),
	netip.MustParsePrefix("64:ff9b:1::/48"),
}

// BlockedError is a connection the guard refused.
type BlockedError struct {
	Addr netip.Addr
	What string // e.g. "a loopback address"
}

func (e *BlockedError) Error() string {
	return fmt.Sprintf("%s is %s, which model endpoints may not use; the operator may allow private endpoints with `hokusai serve --allow-private-endpoints`", e.Addr, e.What)
}

// Check returns a *BlockedError when a is an address endpoints may not
// reach: IPv4-mapped and NAT64 forms are judged by the IPv4 address they
// carry.
func Check(a netip.Addr) error {
	a = a.WithZone("")
	if a.Is4In6() {
		a = a.Unmap()
	}
	if a.Is6() {
		for _, p := range embedsIPv4 {
			if p.Contains(a) {
				b := a.As16()
				if err := Check(netip.AddrFrom4([4]byte(b[12:16]))); err != nil {
					return &BlockedError{Addr: a, What: err.(*BlockedError).What}
				}
			}
		}
	}
	for _, b := range blocked {
		if b.prefix.Contains(a) {
			return &BlockedError{Addr: a, What: b.what}
		}
	}
	if a == netip.AddrFrom4([4]byte{255, 255, 255, 255}) {
		return &BlockedError{Addr: a, What: "the broadcast address"}
	}
	return nil
}

// control is a net.Dialer.Control that refuses blocked addresses. It runs
// for every address the dialer tries, after name resolution.
func control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return &BlockedError{What: "not an IP address (" + network + " " + address + ")"}
	}
	return Check(ap.Addr())
}

// dialer returns a dialer that refuses blocked addresses at connect time,
// unless allowPrivate.
func dialer(allowPrivate bool) *net.Dialer {
	d := &net.Dialer{Timeout: DialTimeout, KeepAlive: 30 * time.Second}
	if !allowPrivate {
		d.Control = control
	}
	return d
}

// Options configure Client.
type Options struct {
	// AllowPrivate lets endpoints be loopback, private or link-local
	// addresses (a server whose models run on its own network).
	AllowPrivate bool
	// Timeout bounds a whole request, reading the body included; 0 means
	// none (callers bound each request with a context instead, as a
	// streamed answer must).
	Timeout time.Duration
}

// Client returns an HTTP client for calls to model endpoints: the
// guarded dialer, no proxy from the environment (a proxy would dial on the
// guard's behalf), connection and header timeouts, and at most
// MaxRedirects redirects, each to http or https and each dialled through
// the guard again. A redirect to another host drops the Authorization
// header, so an endpoint's credential goes to that endpoint only.
func Client(o Options) *http.Client {
	t := &http.Transport{
		Proxy:                  nil,
		DialContext:            dialer(o.AllowPrivate).DialContext,
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           100,
		MaxIdleConnsPerHost:    16,
		IdleConnTimeout:        90 * time.Second,
		TLSHandshakeTimeout:    TLSHandshakeTimeout,
		ResponseHeaderTimeout:  ResponseHeaderTimeout,
		ExpectContinueTimeout:  time.Second,
		MaxResponseHeaderBytes: 64 << 10,
	}
	return &http.Client{Transport: t, Timeout: o.Timeout, CheckRedirect: checkRedirect}
}

func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > MaxRedirects {
		return fmt.Errorf("stopped after %d redirects", MaxRedirects)
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("redirect to a %q URL refused", req.URL.Scheme)
	}
	if !strings.EqualFold(req.URL.Host, via[0].URL.Host) {
		req.Header.Del("Authorization")
	}
	return nil
}

// Blocked returns the *BlockedError in err's chain, or nil.
func Blocked(err error) *BlockedError {
	var b *BlockedError
	if errors.As(err, &b) {
		return b
	}
	return nil
}
