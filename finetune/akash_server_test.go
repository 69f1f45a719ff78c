package finetune_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/hokusai-protocol/hokusai/finetune"
)

// akashProvider is a provider of the test market: it bids on a
// deployment whose pricing reaches its ask and whose GPU model it has
// (or on any deployment, when bidsAnyway).
type akashProvider struct {
	addr       string
	gpu        string // model, e.g. h100
	ask        int64  // per block
	bidsAnyway bool
}

type akashDeployment struct {
	dseq    string
	sdl     *finetune.SDL
	state   string
	bids    []finetune.AkashBid
	lease   *finetune.AkashLease
	stop    context.CancelFunc
	logs    *syncBuffer
	funds   int64
	started int // the trainer's start step, from its first line
}

// akashServer speaks the Akash Console managed-wallet API (deployments,
// bids, leases, the GPU market, providers) and, at the providers' host
// URI, the provider API's lease status and logs. Leasing a bid runs the
// manifest's command — the trainer, finetune.Train — in this process as
// the provider's container, and the server can close a lease once its
// trainer reports a given step.
type akashServer struct {
	t         *testing.T
	key       string
	providers []akashProvider
	gpus      []finetune.AkashGPUModel
	// closeAtStep closes the first lease after its trainer reports this
	// step (0: never).
	closeAtStep int

	mu      sync.Mutex
	next    int
	deps    map[string]*akashDeployment
	order   []string
	wg      sync.WaitGroup
	srv     *httptest.Server
	closedN int
}

func newAkashServer(t *testing.T, providers ...akashProvider) *akashServer {
	s := &akashServer{t: t, key: "test-key", providers: providers, deps: map[string]*akashDeployment{}, next: 1000}
	s.srv = httptest.NewServer(s)
	t.Cleanup(func() {
		s.mu.Lock()
		for _, d := range s.deps {
			if d.stop != nil {
				d.stop()
			}
		}
		s.mu.Unlock()
		s.wg.Wait()
		s.srv.Close()
	})
	return s
}

func (s *akashServer) client() *finetune.AkashClient {
	return &finetune.AkashClient{URL: s.srv.URL, Key: s.key}
}

func (s *akashServer) deployments() []*akashDeployment {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*akashDeployment
	for _, d := range s.order {
		out = append(out, s.deps[d])
	}
	return out
}

func writeData(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"data": v})
}

func writeErr(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": http.StatusText(status), "message": msg})
}

func (s *akashServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.URL.Path, "/lease/") {
		s.serveProvider(w, r)
		return
	}
	if r.Header.Get("x-api-key") != s.key {
		writeErr(w, http.StatusUnauthorized, "Invalid API key")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case r.Method == http.MethodPost && r.URL.Path == "/v1/deployments":
		var in struct {
			Data struct {
				SDL     string `json:"sdl"`
				Deposit string `json:"deposit"`
			} `json:"data"`
		}
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			writeErr(w, http.StatusBadRequest, err.Error())
			return
		}
		sdl, err := finetune.ParseSDL([]byte(in.Data.SDL))
		if err != nil {
			writeErr(w, http.StatusBadRequest, err.Error())
			return
		}
		s.next++
		d := &akashDeployment{dseq: strconv.Itoa(s.next), sdl: sdl, state: "active", logs: &syncBuffer{}, funds: 5_000_000}
		s.bid(d)
		s.deps[d.dseq] = d
		s.order = append(s.order, d.dseq)
		manifest, _ := json.Marshal(sdl.Services)
		writeData(w, map[string]string{"dseq": d.dseq, "manifest": string(manifest)})
	case r.Method == http.MethodGet && r.URL.Path == "/v1/bids":
		d := s.deps[r.URL.Query().Get("dseq")]
		if d == nil {
			writeErr(w, http.StatusNotFound, "no such deployment")
			return
		}
		writeData(w, d.bids)
	case r.Method == http.MethodPost && r.URL.Path == "/v1/leases":
		var in struct {
			Manifest string                `json:"manifest"`
			Leases   []finetune.AkashBidID `json:"leases"`
		}
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil || len(in.Leases) != 1 {
			writeErr(w, http.StatusBadRequest, fmt.Sprintf("want a manifest and one lease: %v", err))
			return
		}
		d := s.deps[in.Leases[0].DSeq]
		if d == nil || d.state != "active" || d.lease != nil {
			writeErr(w, http.StatusBadRequest, "the deployment is not open for a lease")
			return
		}
		var bid *finetune.AkashBid
		for i := range d.bids {
			if d.bids[i].Bid.ID.Provider == in.Leases[0].Provider {
				bid = &d.bids[i]
			}
		}
		if bid == nil {
			writeErr(w, http.StatusBadRequest, "no bid from that provider")
			return
		}
		var services map[string]finetune.SDLService
		if err := json.Unmarshal([]byte(in.Manifest), &services); err != nil {
			writeErr(w, http.StatusBadRequest, "manifest: "+err.Error())
			return
		}
		d.lease = &finetune.AkashLease{ID: bid.Bid.ID, State: "active", Price: bid.Bid.Price}
		s.start(d, services["trainer"])
		writeData(w, map[string]string{"dseq": d.dseq})
	case r.Method == http.MethodGet && strings.HasPrefix(r.URL.Path, "/v1/deployments/"):
		d := s.deps[strings.TrimPrefix(r.URL.Path, "/v1/deployments/")]
		if d == nil {
			writeErr(w, http.StatusNotFound, "no such deployment")
			return
		}
		var out finetune.AkashDeployment
		out.Deployment.State = d.state
		if d.lease != nil {
			out.Leases = []finetune.AkashLease{*d.lease}
		}
		out.EscrowAccount.State.State = "open"
		out.EscrowAccount.State.Funds = []finetune.AkashCoin{{Denom: finetune.DenomAKT, Amount: strconv.FormatInt(d.funds, 10) + ".000000000000000000"}}
		writeData(w, out)
	case r.Method == http.MethodDelete && strings.HasPrefix(r.URL.Path, "/v1/deployments/"):
		d := s.deps[strings.TrimPrefix(r.URL.Path, "/v1/deployments/")]
		if d == nil {
			writeErr(w, http.StatusNotFound, "no such deployment")
			return
		}
		d.state = "closed"
		if d.lease != nil {
			d.lease.State = "closed"
		}
		if d.stop != nil {
			d.stop()
		}
		writeData(w, map[string]bool{"success": true})
	case r.Method == http.MethodGet && r.URL.Path == "/v1/gpu-prices":
		writeData(w, map[string]any{"models": s.gpus})
	case r.Method == http.MethodGet && strings.HasPrefix(r.URL.Path, "/v1/providers/"):
		writeData(w, map[string]string{"owner": strings.TrimPrefix(r.URL.Path, "/v1/providers/"), "hostUri": s.srv.URL})
	default:
		writeErr(w, http.StatusNotFound, r.Method+" "+r.URL.Path+" is not part of this API")
	}
}

// bid has each provider bid on d as the market would.
func (s *akashServer) bid(d *akashDeployment) {
	price := d.sdl.Profiles.Placement["akash"].Pricing["trainer"]
	gpu := d.sdl.Profiles.Compute["trainer"].Resources.GPU
	for i, p := range s.providers {
		fits := gpu == nil || gpu.Units == 0
		if gpu != nil {
			for _, m := range gpu.Attributes.Vendor["nvidia"] {
				fits = fits || m.Model == p.gpu
			}
		}
		if !p.bidsAnyway && (!fits || p.ask > price.Amount) {
			continue
		}
		var b finetune.AkashBid
		b.Bid.ID = finetune.AkashBidID{Owner: "akash1tenant", DSeq: d.dseq, GSeq: 1, OSeq: 1, Provider: p.addr, BSeq: i + 1}
		b.Bid.State = "open"
		b.Bid.Price = finetune.AkashCoin{Denom: price.Denom, Amount: strconv.FormatInt(p.ask, 10) + ".000000000000000000"}
		b.Bid.ResourcesOffer = make([]finetune.AkashOffer, 1)
		b.Bid.ResourcesOffer[0].Count = 1
		if p.gpu != "" {
			b.Bid.ResourcesOffer[0].Resources.GPU.Attributes = []finetune.AkashAttribute{{Key: "vendor/nvidia/model/" + p.gpu + "/ram/80Gi", Value: "true"}}
		}
		d.bids = append(d.bids, b)
	}
}

// start runs the lease's container: the manifest's command, which must be
// the trainer, in this process.
func (s *akashServer) start(d *akashDeployment, svc finetune.SDLService) {
	args := append(append([]string(nil), svc.Command...), svc.Args...)
	if len(args) != 5 || strings.Join(args[:4], " ") != "hokusai finetune train --spec" {
		s.t.Errorf("the lease runs %q, not hokusai finetune train --spec URL", args)
		return
	}
	ctx, stop := context.WithCancel(context.Background())
	d.stop = stop
	first := s.closedN == 0 && s.closeAtStep > 0
	out := &lineWatcher{buf: d.logs, onLine: func(l finetune.TrainLine) {
		if first && l.Step == s.closeAtStep && !l.Done {
			s.mu.Lock()
			if d.lease.State == "active" {
				d.lease.State = "closed"
				s.closedN++
				stop()
			}
			s.mu.Unlock()
		}
	}}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		if err := finetune.Train(ctx, nil, args[4], out); err != nil {
			fmt.Fprintf(d.logs, "trainer: %v\n", err)
		}
	}()
}

func (s *akashServer) serveProvider(w http.ResponseWriter, r *http.Request) {
	p := strings.Split(strings.TrimPrefix(r.URL.Path, "/lease/"), "/")
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(p) != 4 || s.deps[p[0]] == nil || s.deps[p[0]].lease == nil {
		writeErr(w, http.StatusNotFound, "no such lease")
		return
	}
	d := s.deps[p[0]]
	switch p[3] {
	case "status":
		avail := 0
		if d.lease.State == "active" {
			avail = 1
		}
		json.NewEncoder(w).Encode(map[string]any{"services": map[string]any{"trainer": map[string]any{"name": "trainer", "available": avail, "total": 1}}, "forwarded_ports": map[string]any{}})
	case "logs":
		io.WriteString(w, d.logs.String())
	default:
		writeErr(w, http.StatusNotFound, "no such lease path")
	}
}

// lineWatcher passes a trainer's output to buf and each TrainLine to
// onLine.
type lineWatcher struct {
	buf    *syncBuffer
	rest   []byte
	onLine func(finetune.TrainLine)
}

func (l *lineWatcher) Write(p []byte) (int, error) {
	l.buf.Write(p)
	l.rest = append(l.rest, p...)
	for {
		i := bytes.IndexByte(l.rest, '\n')
		if i < 0 {
			return len(p), nil
		}
		var line finetune.TrainLine
		if json.Unmarshal(l.rest[:i], &line) == nil {
			l.onLine(line)
		}
		l.rest = l.rest[i+1:]
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}
