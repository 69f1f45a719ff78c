package finetune

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// AkashBlockTime is about how long an Akash block takes; lease prices are
// per block.
const AkashBlockTime = 6 * time.Second

// AkashRunner runs each job's trainer on an Akash lease through the
// Console managed-wallet API: it generates an SDL for the trainer image
// (the job's resources, a GPU profile, placement attributes and the most
// it pays per block), creates a deployment, screens the bids (price, GPU
// model) and leases the cheapest acceptable one, which sends the
// manifest. With no acceptable bid it closes the deployment, says why
// (the price under what the market asks, no provider with the GPU model,
// each rejected bid's reason) and re-bids at a higher price, up to
// MaxPrice. The escrow balance and runway go to the job's events. When a
// lease closes mid-run (the provider left, the escrow ran dry) it bids
// again and the new trainer resumes from the last checkpoint.
type AkashRunner struct {
	Client   *AkashClient
	Image    string
	Command  []string // nil: ["hokusai", "finetune", "train"]
	Exchange *Exchange
	Registry hokusai.RegistryService
	// Defaults fill the resources a job leaves zero.
	Defaults hokusai.FineTuneResources
	// Attributes the provider must have (placement), e.g. region.
	Attributes map[string]string
	// Denom is what the lease is priced in; "" means uakt.
	Denom string
	// StartPrice and MaxPrice bound the price per block, in Denom's
	// smallest unit; each re-bid raises it by half.
	StartPrice, MaxPrice int64
	// Deposit is the escrow deposit in USD ("" means "5.00").
	Deposit string
	// BidWait is how long bids are collected; 0 means 45 s.
	BidWait time.Duration
	// Poll is how often the lease is checked; 0 means 5 s.
	Poll time.Duration
	// Stall fails a lease that reports no checkpoint for this long; 0
	// means 30 min.
	Stall time.Duration
	// MaxLeases bounds the leases one run uses; 0 means 5.
	MaxLeases int
	// EscrowEvery is how often the escrow and runway are reported; 0
	// means 10 min.
	EscrowEvery time.Duration
	// Holds records each open deployment, so a server restarted after a
	// crash closes what its predecessor left paying (nil: not recorded).
	Holds hokusai.FineTuneHoldService
	Tmp   string
}

var _ hokusai.FineTuneRunner = (*AkashRunner)(nil)

// Name implements hokusai.FineTuneRunner.
func (r *AkashRunner) Name() string { return "akash" }

func (r *AkashRunner) denom() string {
	if r.Denom == "" {
		return DenomAKT
	}
	return r.Denom
}

func orDuration(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

// errLeaseLost is a lease that closed before the trainer finished.
var errLeaseLost = errors.New("lease closed")

// Run implements hokusai.FineTuneRunner.
func (r *AkashRunner) Run(ctx context.Context, j *hokusai.FineTuneJob, from *hokusai.FineTuneCheckpoint, p hokusai.FineTuneProgress) (*hokusai.FineTuneResult, error) {
	if r.StartPrice <= 0 || r.MaxPrice < r.StartPrice {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "The Akash runner needs a start price above 0 and a cap at least as high (got %d and %d %s per block).", r.StartPrice, r.MaxPrice, r.denom())
	}
	res := r.resources(j.Resources)
	if err := res.Check(); err != nil {
		return nil, err
	}
	if err := r.freeLeftovers(ctx, j, p); err != nil {
		return nil, err
	}
	last, price := from, r.StartPrice
	for lease := 1; ; lease++ {
		run, err := r.Exchange.open(ctx, r.Registry, r.Tmp, j, last, p)
		if err != nil {
			return nil, err
		}
		dseq, bid, err := r.place(ctx, j, res, run, &price)
		if err != nil {
			run.close()
			return nil, err
		}
		err = r.watch(ctx, j, run, dseq, bid)
		r.close(ctx, p, dseq)
		run.close()
		if err == nil {
			return run.result(ctx, r.Tmp)
		}
		if !errors.Is(err, errLeaseLost) || ctx.Err() != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, err
		}
		last, _ = run.state()
		step := 0
		if last != nil {
			step = last.Step
		}
		maxLeases := r.MaxLeases
		if maxLeases <= 0 {
			maxLeases = 5
		}
		if lease >= maxLeases {
			return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Akash: %d leases closed before job %s finished (it reached step %d); the checkpoint is kept, so retry the job to resume.", lease, hokusai.FineTuneJobName(j.ID), step)
		}
		p.Event(ctx, "warn", "Akash %v on deployment %s (provider %s) after step %d of %d; bidding again, the new lease resumes from the checkpoint after step %d.", err, dseq, bid.Provider, step, j.Hyper.Epochs, step)
	}
}

func (r *AkashRunner) resources(req hokusai.FineTuneResources) hokusai.FineTuneResources {
	if req.CPUMillis == 0 {
		req.CPUMillis = r.Defaults.CPUMillis
	}
	if req.MemoryMiB == 0 {
		req.MemoryMiB = r.Defaults.MemoryMiB
	}
	if req.GPUs == 0 && req.GPUModel == "" {
		req.GPUs, req.GPUModel = r.Defaults.GPUs, r.Defaults.GPUModel
	}
	return req
}

func (r *AkashRunner) close(ctx context.Context, p hokusai.FineTuneProgress, dseq string) {
	ctx = context.WithoutCancel(ctx)
	if err := r.Client.CloseDeployment(ctx, dseq); err != nil && hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		p.Event(ctx, "warn", "Akash deployment %s could not be closed (%v); it is closed when the job runs again, or close it in the Console so its escrow returns.", dseq, err)
		return
	}
	if r.Holds != nil {
		_ = r.Holds.DeleteFineTuneHold(ctx, r.Name(), dseq)
	}
	p.Event(ctx, "info", "Akash deployment %s closed; the rest of its escrow returns to the wallet.", dseq)
}

// freeLeftovers closes the deployments an earlier run of j left open (a
// server that died mid-run), whose trainers can no longer report.
func (r *AkashRunner) freeLeftovers(ctx context.Context, j *hokusai.FineTuneJob, p hokusai.FineTuneProgress) error {
	if r.Holds == nil {
		return nil
	}
	holds, err := r.Holds.FindFineTuneHolds(ctx, r.Name(), j.ID)
	if err != nil {
		return err
	}
	for _, h := range holds {
		p.Event(ctx, "info", "Akash deployment %s was left open by an earlier run of this job; closing it.", h.Ref)
		r.close(ctx, p, h.Ref)
	}
	return nil
}

// place creates deployments at rising prices until a provider's bid
// passes screening, and leases it.
func (r *AkashRunner) place(ctx context.Context, j *hokusai.FineTuneJob, res hokusai.FineTuneResources, run *remoteRun, price *int64) (string, AkashBidID, error) {
	deposit := r.Deposit
	if deposit == "" {
		deposit = "5.00"
	}
	var tried []string
	for {
		sdl, err := TrainerSDL(r.Image, r.Command, run.SpecURL, res, r.Attributes, r.denom(), *price)
		if err != nil {
			return "", AkashBidID{}, err
		}
		b, err := sdl.Marshal()
		if err != nil {
			return "", AkashBidID{}, err
		}
		dseq, manifest, err := r.Client.CreateDeployment(ctx, b, deposit)
		if err != nil {
			return "", AkashBidID{}, err
		}
		if r.Holds != nil {
			if err := r.Holds.AddFineTuneHold(ctx, &hokusai.FineTuneHold{Runner: r.Name(), JobID: j.ID, Ref: dseq}); err != nil {
				r.close(ctx, run.p, dseq)
				return "", AkashBidID{}, fmt.Errorf("record Akash deployment %s: %w", dseq, err)
			}
		}
		p := run.p
		p.Event(ctx, "info", "Akash deployment %s created: %s, at most %d %s per block, deposit $%s.", dseq, describeAkash(res), *price, r.denom(), deposit)
		bid, rejected, err := r.collect(ctx, dseq, res, *price)
		if err == nil && bid != nil {
			if err = r.Client.CreateLease(ctx, manifest, bid.Bid.ID); err == nil {
				p.Event(ctx, "info", "Akash lease with provider %s at %s %s per block (deployment %s); manifest sent.", bid.Bid.ID.Provider, bid.Bid.Price.Amount, bid.Bid.Price.Denom, dseq)
				return dseq, bid.Bid.ID, nil
			}
		}
		r.close(ctx, p, dseq)
		if err != nil {
			return "", AkashBidID{}, err
		}
		why := r.diagnose(ctx, res, *price, rejected)
		tried = append(tried, fmt.Sprint(*price))
		if *price >= r.MaxPrice {
			return "", AkashBidID{}, hokusai.Errorf(hokusai.EUNAVAILABLE, "No Akash provider took job %s at %s %s per block (the cap): %s. Raise the cap (--akash-max-price), ask for another GPU model, or widen the placement attributes.",
				hokusai.FineTuneJobName(j.ID), strings.Join(tried, ", "), r.denom(), why)
		}
		next := min(max(*price*3/2, *price+1), r.MaxPrice)
		p.Event(ctx, "warn", "No acceptable Akash bid on deployment %s at %d %s per block: %s. Bidding again at %d.", dseq, *price, r.denom(), why, next)
		*price = next
	}
}

// collect waits BidWait for bids on dseq, screens each, and returns the
// cheapest acceptable one (nil: none) with why the others were refused.
func (r *AkashRunner) collect(ctx context.Context, dseq string, res hokusai.FineTuneResources, price int64) (*AkashBid, []string, error) {
	deadline := time.Now().Add(orDuration(r.BidWait, 45*time.Second))
	poll := orDuration(r.Poll, 5*time.Second)
	var bids []AkashBid
	for {
		var err error
		if bids, err = r.Client.Bids(ctx, dseq); err != nil {
			return nil, nil, err
		}
		if !time.Now().Before(deadline) {
			break
		}
		select {
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		case <-time.After(min(poll, time.Until(deadline))):
		}
	}
	var ok []AkashBid
	var rejected []string
	for _, b := range bids {
		if why := r.screen(b, res, price); why != "" {
			rejected = append(rejected, fmt.Sprintf("provider %s %s", b.Bid.ID.Provider, why))
			continue
		}
		ok = append(ok, b)
	}
	if len(ok) == 0 {
		return nil, rejected, nil
	}
	sort.SliceStable(ok, func(a, b int) bool {
		pa, _ := ok[a].Bid.Price.Units()
		pb, _ := ok[b].Bid.Price.Units()
		return pa.Cmp(pb) < 0
	})
	return &ok[0], rejected, nil
}

// screen says why bid b is not acceptable ("" when it is).
func (r *AkashRunner) screen(b AkashBid, res hokusai.FineTuneResources, price int64) string {
	if b.Bid.State != "open" {
		return "bid is " + b.Bid.State
	}
	if b.Bid.Price.Denom != r.denom() {
		return fmt.Sprintf("bids in %s, not %s", b.Bid.Price.Denom, r.denom())
	}
	u, err := b.Bid.Price.Units()
	if err != nil {
		return err.Error()
	}
	if u.Cmp(big.NewInt(price)) > 0 {
		return fmt.Sprintf("asks %s per block, above the %d offered", u, price)
	}
	if res.GPUs > 0 && res.GPUModel != "" {
		offered := b.GPUModels()
		match := false
		for _, m := range offered {
			match = match || m == "nvidia/"+res.GPUModel
		}
		if !match {
			if len(offered) == 0 {
				return fmt.Sprintf("offers no GPU model, not nvidia/%s", res.GPUModel)
			}
			return fmt.Sprintf("offers GPU %s, not nvidia/%s", strings.Join(offered, ", "), res.GPUModel)
		}
	}
	return ""
}

// diagnose explains a round without an acceptable bid from the bids
// refused and the GPU market: no provider with the model, none free, or
// a price under what providers ask.
func (r *AkashRunner) diagnose(ctx context.Context, res hokusai.FineTuneResources, price int64, rejected []string) string {
	var why []string
	if res.GPUs > 0 {
		models, err := r.Client.GPUModels(ctx)
		want := "nvidia/" + res.GPUModel
		var m *AkashGPUModel
		for i := range models {
			if models[i].Vendor+"/"+models[i].Model == want {
				m = &models[i]
			}
		}
		switch {
		case err != nil:
			why = append(why, fmt.Sprintf("the GPU market could not be read (%v)", err))
		case res.GPUModel == "":
		case m == nil:
			why = append(why, fmt.Sprintf("no GPU model match: no provider on the market offers %s", want))
		case m.Availability.Available < res.GPUs:
			why = append(why, fmt.Sprintf("%d of the market's %d %s GPUs are free, %d asked", m.Availability.Available, m.Availability.Total, want, res.GPUs))
		case m.Price != nil && r.denom() != DenomAKT:
			// USDC and ACT are dollars in millionths: per block to per hour.
			perHour := float64(price) * float64(time.Hour/AkashBlockTime) / 1e6 / float64(res.GPUs)
			if perHour < m.Price.Min {
				why = append(why, fmt.Sprintf("price too low: %d %s per block is $%.2f per GPU-hour, and %s providers ask from $%.2f", price, r.denom(), perHour, want, m.Price.Min))
			}
		}
	}
	if len(rejected) > 0 {
		why = append(why, "refused: "+strings.Join(rejected, "; "))
	}
	if len(why) == 0 {
		why = append(why, fmt.Sprintf("no provider bid; the price (%d %s per block) is likely below what providers with these resources ask", price, r.denom()))
	}
	return strings.Join(why, "; ")
}

// watch follows a lease until the trainer's last checkpoint (nil), the
// lease closing (errLeaseLost), a stall, or ctx's end.
func (r *AkashRunner) watch(ctx context.Context, j *hokusai.FineTuneJob, run *remoteRun, dseq string, bid AkashBidID) error {
	poll := orDuration(r.Poll, 5*time.Second)
	stall := orDuration(r.Stall, 30*time.Minute)
	every := orDuration(r.EscrowEvery, 10*time.Minute)
	t := time.NewTicker(poll)
	defer t.Stop()
	progressed, escrowAt, statusShown := time.Now(), time.Time{}, false
	// The first look is at once, so the lease's status and escrow are
	// reported however short the lease turns out.
	for first := true; ; first = false {
		last, perr := run.state()
		if perr != nil {
			return perr
		}
		if last != nil && last.Step == j.Hyper.Epochs {
			return nil
		}
		if !first {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-run.stepped:
				progressed = time.Now()
				continue
			case <-t.C:
			}
		}
		d, err := r.Client.Deployment(ctx, dseq)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			run.p.Event(ctx, "warn", "Akash deployment %s could not be read: %v", dseq, err)
			continue
		}
		var lease *AkashLease
		for i := range d.Leases {
			if d.Leases[i].ID.Provider == bid.Provider && d.Leases[i].ID.GSeq == bid.GSeq && d.Leases[i].ID.OSeq == bid.OSeq {
				lease = &d.Leases[i]
			}
		}
		switch {
		case lease == nil:
			return fmt.Errorf("%w: deployment %s lists no lease with provider %s", errLeaseLost, dseq, bid.Provider)
		case lease.State != "active":
			return fmt.Errorf("%w (state %s)", errLeaseLost, lease.State)
		case d.EscrowAccount.State.State == "overdrawn":
			return fmt.Errorf("%w: the escrow is overdrawn", errLeaseLost)
		}
		if !statusShown {
			if st, err := r.Client.LeaseStatus(ctx, bid); err == nil {
				for name, s := range st.Services {
					run.p.Event(ctx, "info", "Akash lease %s/%d/%d: service %s %d/%d available.", dseq, bid.GSeq, bid.OSeq, name, s.Available, s.Total)
					statusShown = true
				}
			}
		}
		if time.Since(escrowAt) >= every {
			escrowAt = time.Now()
			run.p.Event(ctx, "info", "%s", escrowLine(dseq, d, lease.Price))
		}
		if time.Since(progressed) > stall {
			logs, lerr := r.Client.LeaseLogs(ctx, bid, 20)
			if lerr != nil {
				logs = "(logs unavailable: " + lerr.Error() + ")"
			}
			return hokusai.Errorf(hokusai.EINTERNAL, "The trainer on Akash lease %s (provider %s) wrote no checkpoint for %s; its last lines: %s", dseq, bid.Provider, stall, strings.TrimSpace(logs))
		}
	}
}

// escrowLine describes a deployment's escrow and how long it lasts at
// the lease's price.
func escrowLine(dseq string, d *AkashDeployment, price AkashCoin) string {
	funds := new(big.Int)
	for _, c := range d.EscrowAccount.State.Funds {
		if c.Denom == price.Denom {
			if u, err := c.Units(); err == nil {
				funds.Add(funds, u)
			}
		}
	}
	per, err := price.Units()
	if err != nil || per.Sign() == 0 {
		return fmt.Sprintf("Akash escrow of deployment %s: %s %s.", dseq, funds, price.Denom)
	}
	blocks := new(big.Int).Quo(funds, per)
	runway := time.Duration(blocks.Int64()) * AkashBlockTime
	return fmt.Sprintf("Akash escrow of deployment %s: %s %s at %s per block, a runway of %s blocks (about %s).", dseq, funds, price.Denom, per, blocks, runway.Round(time.Minute))
}

func describeAkash(res hokusai.FineTuneResources) string {
	s := fmt.Sprintf("%d millicores, %d MiB", res.CPUMillis, res.MemoryMiB)
	if res.GPUs > 0 {
		s += fmt.Sprintf(", %d GPU nvidia/%s", res.GPUs, res.GPUModel)
	}
	return s
}
