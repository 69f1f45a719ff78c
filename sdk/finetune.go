package sdk

import (
	"context"
	"crypto/ecdsa"
	"strconv"
	"strings"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/sdk/api"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// AutoInt returns n as a hyper-parameter; 0 means "auto".
func AutoInt(n int) *api.AutoInt {
	var a api.AutoInt
	if n == 0 {
		_ = a.FromAutoInt1("auto")
	} else {
		_ = a.FromAutoInt0(n)
	}
	return &a
}

// AutoNumber returns f as a hyper-parameter; 0 means "auto".
func AutoNumber(f float64) *api.AutoNumber {
	var a api.AutoNumber
	if f == 0 {
		_ = a.FromAutoNumber1("auto")
	} else {
		_ = a.FromAutoNumber0(f)
	}
	return &a
}

// CreateFineTuneJob starts a fine-tuning job, signed by key (the job's
// owner, who may cancel it and whose fork receives the result).
func (c *Client) CreateFineTuneJob(ctx context.Context, req api.FineTuneRequest, key *ecdsa.PrivateKey) (*api.FineTuneJob, error) {
	if c.err != nil {
		return nil, c.err
	}
	r, err := c.gen.CreateFineTuningJobWithResponse(ctx, req, c.SignedBy(signreq.ActionCreateFineTune, 0, key))
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON201 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON201, nil
}

// FineTuneJob returns a job with its progress and last checkpoint; id is
// "ftjob-N" or "N".
func (c *Client) FineTuneJob(ctx context.Context, id string) (*api.FineTuneJob, error) {
	if c.err != nil {
		return nil, c.err
	}
	r, err := c.gen.GetFineTuningJobWithResponse(ctx, id)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON200, nil
}

// FineTuneJobs lists jobs newest first (owner "" for everyone's), after
// the job id after ("" for the newest).
func (c *Client) FineTuneJobs(ctx context.Context, owner, after string, limit int) (*api.FineTuneJobList, error) {
	if c.err != nil {
		return nil, c.err
	}
	p := &api.ListFineTuningJobsParams{}
	if owner != "" {
		p.Owner = &owner
	}
	if after != "" {
		p.After = &after
	}
	if limit > 0 {
		p.Limit = &limit
	}
	r, err := c.gen.ListFineTuningJobsWithResponse(ctx, p)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON200, nil
}

// CancelFineTuneJob cancels a job, signed by its owner's key.
func (c *Client) CancelFineTuneJob(ctx context.Context, id string, key *ecdsa.PrivateKey) (*api.FineTuneJob, error) {
	if c.err != nil {
		return nil, c.err
	}
	n, err := strconv.ParseInt(strings.TrimPrefix(id, "ftjob-"), 10, 64)
	if err != nil {
		return nil, errJobID(id)
	}
	r, err := c.gen.CancelFineTuningJobWithResponse(ctx, id, c.SignedBy(signreq.CancelFineTuneAction(n), 0, key))
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON200, nil
}

// FineTuneEvents lists a job's events after sequence number after.
func (c *Client) FineTuneEvents(ctx context.Context, id string, after int64, limit int) (*api.FineTuneEventList, error) {
	if c.err != nil {
		return nil, c.err
	}
	p := &api.ListFineTuningEventsParams{After: &after}
	if limit > 0 {
		p.Limit = &limit
	}
	r, err := c.gen.ListFineTuningEventsWithResponse(ctx, id, p)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON200, nil
}

// FineTuneCheckpoints lists a job's checkpoints by step.
func (c *Client) FineTuneCheckpoints(ctx context.Context, id string) (*api.FineTuneCheckpointList, error) {
	if c.err != nil {
		return nil, c.err
	}
	r, err := c.gen.ListFineTuningCheckpointsWithResponse(ctx, id)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON200, nil
}

func errJobID(id string) error {
	return hokusai.FieldErrorf("job_id", "%q is not a fine-tuning job id; ids look like ftjob-12.", hokusai.Excerpt(id))
}
