package finetune

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/http/oapi"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// MaxRequestBytes bounds a create request: two files of rows and a little
// JSON around them.
const MaxRequestBytes = 72 << 20

// API serves the fine-tuning routes.
type API struct {
	Service *Service
	Signed  *signreq.Verifier
	Log     *slog.Logger
}

// Routes lists the patterns Register serves, as openapi.yaml's finetune
// tag documents them.
var Routes = []string{
	"POST /v1/fine_tuning/jobs",
	"GET /v1/fine_tuning/jobs",
	"GET /v1/fine_tuning/jobs/{job_id}",
	"POST /v1/fine_tuning/jobs/{job_id}/cancel",
	"GET /v1/fine_tuning/jobs/{job_id}/events",
	"GET /v1/fine_tuning/jobs/{job_id}/checkpoints",
}

// Register adds the routes to s.
func (a *API) Register(s *hhttp.Server) {
	h := []func(http.ResponseWriter, *http.Request) error{a.handleCreate, a.handleList, a.handleGet, a.handleCancel, a.handleEvents, a.handleCheckpoints}
	for i, p := range Routes {
		f := h[i]
		s.HandleAPI(p, a.Log, f)
	}
}

// ParseJobID reads "ftjob-N" or "N".
func ParseJobID(field, s string) (int64, error) {
	n, err := strconv.ParseInt(strings.TrimPrefix(s, "ftjob-"), 10, 64)
	if err != nil || n < 1 || strings.HasPrefix(strings.TrimPrefix(s, "ftjob-"), "+") {
		return 0, hokusai.FieldErrorf(field, "%q is not a fine-tuning job id; ids look like ftjob-12.", hokusai.Excerpt(s))
	}
	return n, nil
}

func (a *API) handleCreate(w http.ResponseWriter, r *http.Request) error {
	signer, sreq, err := a.Signed.Authenticate(r, signreq.ActionCreateFineTune, 0)
	if err != nil {
		return err
	}
	body, err := sreq.ReadBody(r.Body, MaxRequestBytes)
	if err != nil {
		return err
	}
	var req Request
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return hokusai.FieldErrorf("body", "The request is not a fine-tuning request ({\"base\", \"training_file\", …}, see POST /v1/fine_tuning/jobs in /openapi.yaml): %s.", hokusai.Excerpt(err.Error()))
	}
	if strings.TrimSpace(req.TrainingFile) == "" {
		return hokusai.FieldErrorf("training_file", "training_file must hold the training rows (CSV with a header, or JSONL).")
	}
	j, err := a.Service.Create(r.Context(), signer.Hex(), &req)
	if err != nil {
		return err
	}
	w.Header().Set("Location", "/v1/fine_tuning/jobs/"+hokusai.FineTuneJobName(j.ID))
	return hhttp.WriteJSON(w, http.StatusCreated, JobJSON(j, nil))
}

func queryInt(r *http.Request, name string, def, lo, hi int64) (int64, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < lo || n > hi {
		return 0, hokusai.FieldErrorf(name, "%s must be a whole number from %d to %d, got %q.", name, lo, hi, hokusai.Excerpt(s))
	}
	return n, nil
}

func (a *API) handleList(w http.ResponseWriter, r *http.Request) error {
	limit, err := queryInt(r, "limit", 20, 1, 100)
	if err != nil {
		return err
	}
	f := hokusai.FineTuneFilter{Limit: int(limit) + 1}
	if s := r.URL.Query().Get("after"); s != "" {
		if f.Before, err = ParseJobID("after", s); err != nil {
			return err
		}
	}
	if s := r.URL.Query().Get("owner"); s != "" {
		if !common.IsHexAddress(s) {
			return hokusai.FieldErrorf("owner", "owner must be a 0x address, got %q.", hokusai.Excerpt(s))
		}
		f.Owner = common.HexToAddress(s).Hex()
	}
	if f.Limit > 100 {
		f.Limit = 100
	}
	js, err := a.Service.Jobs.FindFineTuneJobs(r.Context(), f)
	if err != nil {
		return err
	}
	out := oapi.FineTuneJobList{Object: oapi.FineTuneJobListObjectList, Data: []oapi.FineTuneJob{}}
	for i, j := range js {
		if i == int(limit) {
			out.HasMore = true
			break
		}
		out.Data = append(out.Data, JobJSON(j, nil))
	}
	return hhttp.WriteJSON(w, http.StatusOK, out)
}

func (a *API) job(r *http.Request) (*hokusai.FineTuneJob, error) {
	id, err := ParseJobID("job_id", r.PathValue("job_id"))
	if err != nil {
		return nil, err
	}
	return a.Service.Jobs.FindFineTuneJob(r.Context(), id)
}

func (a *API) handleGet(w http.ResponseWriter, r *http.Request) error {
	j, err := a.job(r)
	if err != nil {
		return err
	}
	last, err := a.Service.Jobs.LastFineTuneCheckpoint(r.Context(), j.ID)
	if err != nil && hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		return err
	}
	return hhttp.WriteJSON(w, http.StatusOK, JobJSON(j, last))
}

func (a *API) handleCancel(w http.ResponseWriter, r *http.Request) error {
	id, err := ParseJobID("job_id", r.PathValue("job_id"))
	if err != nil {
		return err
	}
	signer, sreq, err := a.Signed.Authenticate(r, signreq.CancelFineTuneAction(id), 0)
	if err != nil {
		return err
	}
	if _, err := sreq.ReadBody(r.Body, 64<<10); err != nil {
		return err
	}
	j, err := a.Service.Cancel(r.Context(), signer.Hex(), id)
	if err != nil {
		return err
	}
	return hhttp.WriteJSON(w, http.StatusOK, JobJSON(j, nil))
}

func (a *API) handleEvents(w http.ResponseWriter, r *http.Request) error {
	j, err := a.job(r)
	if err != nil {
		return err
	}
	after, err := queryInt(r, "after", 0, 0, 1<<62)
	if err != nil {
		return err
	}
	limit, err := queryInt(r, "limit", 100, 1, 1000)
	if err != nil {
		return err
	}
	evs, err := a.Service.Jobs.FindFineTuneEvents(r.Context(), j.ID, after, int(min(limit+1, 1000)))
	if err != nil {
		return err
	}
	out := oapi.FineTuneEventList{Object: oapi.FineTuneEventListObjectList, Data: []oapi.FineTuneEvent{}}
	for i, e := range evs {
		if i == int(limit) {
			out.HasMore = true
			break
		}
		out.Data = append(out.Data, oapi.FineTuneEvent{Seq: e.Seq, Level: e.Level, Message: e.Message, CreatedAt: e.CreatedAt})
	}
	return hhttp.WriteJSON(w, http.StatusOK, out)
}

func (a *API) handleCheckpoints(w http.ResponseWriter, r *http.Request) error {
	j, err := a.job(r)
	if err != nil {
		return err
	}
	cs, err := a.Service.Jobs.FindFineTuneCheckpoints(r.Context(), j.ID)
	if err != nil {
		return err
	}
	out := oapi.FineTuneCheckpointList{Object: oapi.FineTuneCheckpointListObjectList, Data: []oapi.FineTuneCheckpoint{}}
	for _, c := range cs {
		out.Data = append(out.Data, checkpointJSON(c))
	}
	return hhttp.WriteJSON(w, http.StatusOK, out)
}

func checkpointJSON(c *hokusai.FineTuneCheckpoint) oapi.FineTuneCheckpoint {
	out := oapi.FineTuneCheckpoint{Step: c.Step, TrainLoss: c.TrainLoss, Digest: c.Digest, CreatedAt: c.CreatedAt}
	if c.ValidLoss != 0 {
		v := c.ValidLoss
		out.ValidLoss = &v
	}
	return out
}

// JobJSON is a job as the API answers it, with its last checkpoint when
// given.
func JobJSON(j *hokusai.FineTuneJob, last *hokusai.FineTuneCheckpoint) oapi.FineTuneJob {
	str := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	num := func(f float64) *float64 {
		if f == 0 {
			return nil
		}
		return &f
	}
	at := func(t interface{ IsZero() bool }) bool { return !t.IsZero() }
	out := oapi.FineTuneJob{
		Id: hokusai.FineTuneJobName(j.ID), Object: oapi.FineTuningJob, Owner: j.Owner, Base: j.Base,
		BaseVersion: str(j.BaseVersion), Method: oapi.FineTuneJobMethod(j.Method),
		Hyperparameters: oapi.FineTuneHyperParameters{NEpochs: j.Hyper.Epochs, BatchSize: j.Hyper.BatchSize, LearningRate: j.Hyper.LearningRate},
		Seed:            j.Seed, Suffix: str(j.Suffix), Runner: j.Runner, Status: oapi.FineTuneJobStatus(j.Status),
		Step: j.Step, TotalSteps: j.TotalSteps, TrainLoss: num(j.TrainLoss), ValidLoss: num(j.ValidLoss),
		TrainingFile: str(j.TrainingDigest), ValidationFile: str(j.ValidationDigest), TrainingRows: j.TrainingRows,
		Error: str(j.Error), ResultVersion: str(j.ResultVersion), BaseScore: num(j.BaseScore), ResultScore: num(j.ResultScore),
		CreatedAt: j.CreatedAt,
	}
	if r := j.Resources; r != (hokusai.FineTuneResources{}) {
		n := func(v int) *int {
			if v == 0 {
				return nil
			}
			return &v
		}
		out.Resources = &oapi.FineTuneResources{CpuMillis: n(r.CPUMillis), MemoryMib: n(r.MemoryMiB), Gpus: n(r.GPUs), GpuModel: str(r.GPUModel)}
	}
	if j.BaseModelID != 0 {
		id := j.BaseModelID
		out.BaseModelId = &id
	}
	if j.ResultModelID != 0 {
		id := j.ResultModelID
		out.ForkModelId = &id
	}
	if j.ValidationRows != 0 {
		n := j.ValidationRows
		out.ValidationRows = &n
	}
	if at(j.StartedAt) {
		t := j.StartedAt
		out.StartedAt = &t
	}
	if at(j.FinishedAt) {
		t := j.FinishedAt
		out.FinishedAt = &t
	}
	if at(j.EstimatedFinish) {
		t := j.EstimatedFinish
		out.EstimatedFinish = &t
	}
	if last != nil {
		c := checkpointJSON(last)
		out.LastCheckpoint = &c
	}
	return out
}
