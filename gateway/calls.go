package gateway

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hokusai-protocol/hokusai"
	hhttp "github.com/hokusai-protocol/hokusai/http"
)

// PredictRequest is the body of predict and batch_predict: "inputs" holds
// rows (or one row), "input" one row.
type PredictRequest struct {
	Inputs json.RawMessage `json:"inputs,omitempty"`
	Input  json.RawMessage `json:"input,omitempty"`
}

// PredictResponse is the answer to predict and batch_predict.
type PredictResponse struct {
	ModelID     uint64               `json:"model_id"`
	Ticker      string               `json:"ticker"`
	Version     string               `json:"version"`
	Tier        Tier                 `json:"tier"`
	Predictions []hokusai.Prediction `json:"predictions"`
	LatencyMS   float64              `json:"latency_ms"`  // time the model took
	FeeCharged  string               `json:"fee_charged"` // USDC, decimal
	FeeMicros   int64                `json:"fee_charged_micros"`
	UsageID     int64                `json:"usage_id"`
}

// EstimateRequest asks what calls would cost: give calls, or the inputs
// themselves.
type EstimateRequest struct {
	Calls  int             `json:"calls,omitempty"`
	Inputs json.RawMessage `json:"inputs,omitempty"`
	Tier   string          `json:"tier,omitempty"`
}

// EstimateResponse is the cost of a planned call, charged nowhere.
type EstimateResponse struct {
	ModelID           uint64 `json:"model_id"`
	Ticker            string `json:"ticker"`
	Tier              Tier   `json:"tier"`
	Calls             int    `json:"calls"`
	PricePerCall      string `json:"price_per_call"`
	PricePerCallMicro int64  `json:"price_per_call_micros"`
	DiscountBps       int64  `json:"discount_bps"`
	Free              bool   `json:"free"`
	Amount            string `json:"amount"`
	AmountMicros      int64  `json:"amount_micros"`
	Spendable         string `json:"spendable"`
	SpendableMicros   int64  `json:"spendable_micros"`
	// PriceParts splits the price per call (F20) into its compute, storage
	// and network parts.
	PriceParts PriceParts `json:"price_parts"`
}

// PriceParts is the price per call split as F20 defines it — compute one
// half, storage and network one quarter each (0.001 + 0.0005 + 0.0005 USDC
// of the starting 0.002) — in micro-USDC; the parts sum to the price exactly
// (network takes the rounding).
type PriceParts struct {
	Compute       string `json:"compute"`
	ComputeMicros int64  `json:"compute_micros"`
	Storage       string `json:"storage"`
	StorageMicros int64  `json:"storage_micros"`
	Network       string `json:"network"`
	NetworkMicros int64  `json:"network_micros"`
}

// SplitPrice splits a price per call into its F20 parts.
func SplitPrice(price int64) PriceParts {
	c, s := price/2, price/4
	n := price - c - s
	return PriceParts{FormatUSDC(c), c, FormatUSDC(s), s, FormatUSDC(n), n}
}

// fail writes err as the JSON error body and counts it. model is a label
// from modelLabel: never a value taken from the request.
func (g *Gateway) fail(w http.ResponseWriter, r *http.Request, route, model string, err error) {
	code := codeLabel(err)
	g.metrics.errors.WithLabelValues(code).Inc()
	if route != "" {
		g.metrics.calls.WithLabelValues(route, model, code).Inc()
	}
	hhttp.Error(w, r, g.log, err)
}

// readBody reads at most MaxBody bytes of UTF-8: a larger declared
// Content-Length is refused before reading, a larger body while reading
// (413 either way).
func (g *Gateway) readBody(r *http.Request) ([]byte, error) {
	if r.ContentLength > g.cfg.MaxBody {
		return nil, hhttp.BodyTooLarge(g.cfg.MaxBody)
	}
	b, err := io.ReadAll(io.LimitReader(r.Body, g.cfg.MaxBody+1))
	if err != nil {
		var be *hhttp.BodyError
		if errors.As(err, &be) {
			return nil, be
		}
		return nil, hokusai.FieldErrorf("body", "The request body could not be read: %s.", hokusai.Excerpt(err.Error()))
	}
	if int64(len(b)) > g.cfg.MaxBody {
		return nil, hhttp.BodyTooLarge(g.cfg.MaxBody)
	}
	if !utf8.Valid(b) {
		return nil, hokusai.FieldErrorf("body", "The request body is not UTF-8; send JSON in UTF-8.")
	}
	return b, nil
}

// decodeStrict decodes a JSON object into v, refusing unknown fields and
// trailing data, with numbers kept exact.
func decodeStrict(b []byte, v any, what string) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		msg := err.Error()
		if f, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
			f = hokusai.Excerpt(strings.Trim(f, `"`))
			return hokusai.FieldErrorf(f, "The %s has an unknown field %q.", what, f)
		}
		return hokusai.Errorf(hokusai.EINVALID, "The %s is not valid JSON: %s.", what, hokusai.Excerpt(msg))
	}
	if dec.More() {
		return hokusai.Errorf(hokusai.EINVALID, "The %s has data after its JSON object.", what)
	}
	return nil
}

// parseRows reads rows from "inputs" (an array of objects, or one object)
// or "input" (one object).
func (g *Gateway) parseRows(inputs, input json.RawMessage) ([]hokusai.Row, error) {
	field, raw := "inputs", inputs
	if len(inputs) == 0 {
		field, raw = "input", input
	} else if len(input) > 0 {
		return nil, hokusai.FieldErrorf("input", "Give either inputs or input, not both.")
	}
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return nil, hokusai.FieldErrorf("inputs", `The request needs "inputs": an array of rows such as [{"feature": 1.5}], or one row.`)
	}
	dec := func(v any) error {
		d := json.NewDecoder(bytes.NewReader(raw))
		d.UseNumber()
		return d.Decode(v)
	}
	var rows []hokusai.Row
	switch raw[0] {
	case '[':
		if err := dec(&rows); err != nil {
			return nil, hokusai.FieldErrorf(field, "%s must be an array of objects mapping feature names to values: %s.", field, hokusai.Excerpt(err.Error()))
		}
	case '{':
		{
			var row hokusai.Row
			if err := dec(&row); err != nil {
				return nil, hokusai.FieldErrorf(field, "%s must be an object mapping feature names to values: %s.", field, hokusai.Excerpt(err.Error()))
			}
			rows = []hokusai.Row{row}
		}
	default:
		return nil, hokusai.FieldErrorf(field, "%s must be an array of rows or one row (a JSON object), got %s.", field, firstToken(raw))
	}
	if field == "input" && len(rows) != 1 {
		return nil, hokusai.FieldErrorf("input", "input holds one row; use inputs for several.")
	}
	return g.checkRows(field, rows)
}

// decodeRows reads a predict request's rows. The common shape,
// {"inputs": [row, …]}, is decoded in one pass; anything else (and any
// error) goes through the envelope and parseRows, which name what is wrong.
func (g *Gateway) decodeRows(body []byte) ([]hokusai.Row, error) {
	var fast struct {
		Inputs []hokusai.Row `json:"inputs"`
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	if dec.Decode(&fast) == nil && !dec.More() && len(fast.Inputs) > 0 {
		return g.checkRows("inputs", fast.Inputs)
	}
	var req PredictRequest
	if err := decodeStrict(body, &req, "request body"); err != nil {
		return nil, err
	}
	return g.parseRows(req.Inputs, req.Input)
}

// checkRows bounds the number of rows and refuses null rows.
func (g *Gateway) checkRows(field string, rows []hokusai.Row) ([]hokusai.Row, error) {
	switch {
	case len(rows) == 0:
		return nil, hokusai.FieldErrorf(field, "%s is empty; send at least one row.", field)
	case len(rows) > g.cfg.MaxRows:
		return nil, hokusai.FieldErrorf(field, "%s holds %d rows; at most %d are allowed per call.", field, len(rows), g.cfg.MaxRows)
	}
	for i, row := range rows {
		if row == nil {
			return nil, hokusai.FieldErrorf(fmt.Sprintf("%s[%d]", field, i), "Row %d is null; every row is an object of feature values.", i)
		}
	}
	return rows, nil
}

func firstToken(b []byte) string {
	if len(b) > 20 {
		b = b[:20]
	}
	return strconv.Quote(string(b))
}

// requestHash identifies a request for idempotency: the route, the model
// and the body in canonical JSON (keys sorted by encoding/json).
func requestHash(route string, modelID uint64, v any) string {
	b, _ := json.Marshal(v)
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%d\n", route, modelID)
	h.Write(b)
	return hex.EncodeToString(h.Sum(nil))
}

// idempotencyKey reads the Idempotency-Key header (1–255 visible ASCII).
func idempotencyKey(r *http.Request) (string, error) {
	k := r.Header.Get("Idempotency-Key")
	if k == "" {
		return "", nil
	}
	if len(k) > 255 {
		return "", hokusai.FieldErrorf("Idempotency-Key", "The Idempotency-Key header must be at most 255 characters.")
	}
	for _, c := range k {
		if c < 0x21 || c > 0x7e {
			return "", hokusai.FieldErrorf("Idempotency-Key", "The Idempotency-Key header must be visible ASCII characters, such as a UUID.")
		}
	}
	return k, nil
}

// handlePredict serves predict (Basic) and batch_predict (Batch).
func (g *Gateway) handlePredict(tier Tier) http.HandlerFunc {
	route := "predict"
	if tier == TierBatch {
		route = "batch_predict"
	}
	return func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		ctx := r.Context()
		label := unknownModel
		body, replayed, err := g.predict(ctx, r, route, tier, &label)
		if err != nil {
			g.fail(w, r, route, label, err)
			return
		}
		if replayed {
			w.Header().Set("Idempotent-Replayed", "true")
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(body)
		g.metrics.answered(route, label, time.Since(start))
	}
}

// predict validates, runs the model, and only then charges; it returns the
// encoded answer. Each phase is its own function: a call's stack is then
// the deepest phase, not all of them, and stays small enough not to grow
// (and be shrunk by the GC, and grow again) on every call of a busy
// connection.
func (g *Gateway) predict(ctx context.Context, r *http.Request, route string, tier Tier, label *string) ([]byte, bool, error) {
	c, err := g.admit(ctx, r, label)
	if err != nil {
		return nil, false, err
	}
	if c.rows, err = g.readRows(r); err != nil {
		return nil, false, err
	}
	if err := g.price(ctx, c, tier); err != nil {
		return nil, false, err
	}
	resp, err := g.run(ctx, c, tier)
	if err != nil {
		return nil, false, err
	}
	// Encoded now, before the charge waits for the disk: only the usage
	// id is filled in after.
	body, err := json.Marshal(resp)
	if err != nil {
		return nil, false, fmt.Errorf("encode response: %w", err)
	}
	return g.charge(ctx, c, route, body)
}

// call is a predict call on its way through the gateway.
type call struct {
	key    *hokusai.APIKey
	model  *hokusai.Model
	free   bool   // the licence makes the call free
	idem   string // the Idempotency-Key, if any
	rows   []hokusai.Row
	amount int64 // micro-USDC to charge
	served *Served
}

// admit checks the key, its rate limit, the model, the licence and the
// Idempotency-Key header.
func (g *Gateway) admit(ctx context.Context, r *http.Request, label *string) (*call, error) {
	c, err := g.authorize(ctx, r)
	if err != nil {
		return nil, err
	}
	*label = modelLabel(c.model)
	if c.idem, err = idempotencyKey(r); err != nil {
		return nil, err
	}
	return c, nil
}

// authorize checks the key, its rate limit, the model and the licence of
// a call to the model in the path.
func (g *Gateway) authorize(ctx context.Context, r *http.Request) (*call, error) {
	key, m, err := g.keyAndModel(ctx, r)
	if err != nil {
		return nil, err
	}
	free, err := g.checkLicense(ctx, m, key.Owner)
	if err != nil {
		return nil, err
	}
	return &call{key: key, model: m, free: free}, nil
}

// keyAndModel checks the call-scoped key and its rate limit and resolves
// the model in the path: what every route that calls a model checks before
// its own rule for who may call it.
func (g *Gateway) keyAndModel(ctx context.Context, r *http.Request) (*hokusai.APIKey, *hokusai.Model, error) {
	key, err := g.authenticate(ctx, bearer(r), hokusai.ScopeCall)
	if err != nil {
		return nil, nil, err
	}
	if err := g.allow(key); err != nil {
		return nil, nil, err
	}
	m, err := g.resolveModel(ctx, r.PathValue("id"))
	if err != nil {
		return nil, nil, err
	}
	return key, m, nil
}

// readRows reads and decodes the request's rows.
func (g *Gateway) readRows(r *http.Request) ([]hokusai.Row, error) {
	body, err := g.readBody(r)
	if err != nil {
		return nil, err
	}
	return g.decodeRows(body)
}

// price sets what the call costs and the served version that answers it,
// and checks the rows against that version.
func (g *Gateway) price(ctx context.Context, c *call, tier Tier) error {
	if !c.free {
		price, disc, err := g.terms(ctx, c.model.ID, c.key.Owner, tier)
		if err != nil {
			return err
		}
		if c.amount, err = Fee(price, len(c.rows), tier, disc); err != nil {
			return err
		}
	}
	s, err := g.cfg.Serving.Serve(ctx, c.model.ID)
	if err != nil {
		return err
	}
	if err := s.checkFeatures(c.rows); err != nil {
		return err
	}
	if err := s.checkSchema(g, c.rows); err != nil {
		return err
	}
	c.served = s
	return nil
}

// run asks the model; nothing is charged when it fails.
func (g *Gateway) run(ctx context.Context, c *call, tier Tier) (*PredictResponse, error) {
	m, s := c.model, c.served
	t0 := time.Now()
	preds, err := s.Predictor.Predict(ctx, c.rows)
	lat := time.Since(t0)
	if err != nil {
		return nil, g.modelFailed(ctx, m, s, err)
	}
	if len(preds) != len(c.rows) {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Model %s answered %d predictions for %d rows; nothing was charged.", m.Ticker, len(preds), len(c.rows))
	}
	return &PredictResponse{
		ModelID: m.ID, Ticker: m.Ticker, Version: s.Version, Tier: tier, Predictions: preds,
		LatencyMS: float64(lat.Microseconds()) / 1000, FeeCharged: FormatUSDC(c.amount), FeeMicros: c.amount,
	}, nil
}

// modelFailed turns a model's error into the call's.
func (g *Gateway) modelFailed(ctx context.Context, m *hokusai.Model, s *Served, err error) error {
	switch hokusai.ErrorCode(err) {
	case hokusai.EINVALID:
		return err
	case hokusai.EINTERNAL:
		if ctx.Err() != nil {
			return hokusai.Errorf(hokusai.EUNAVAILABLE, "The call was cancelled before model %s answered.", m.Ticker)
		}
		g.log.Error("predict", "model", m.ID, "version", s.Version, "err", err)
		return hokusai.Errorf(hokusai.EUNAVAILABLE, "Model %s failed to answer; nothing was charged.", m.Ticker)
	}
	return err
}

// charge records the answered call in the ledger and returns its answer,
// body (encoded with usage id 0), with the usage id filled in. A retried
// idempotency key gets the first call's answer (replayed true) and is not
// charged again.
func (g *Gateway) charge(ctx context.Context, c *call, route string, body []byte) ([]byte, bool, error) {
	m := c.model
	charge := hokusai.Charge{Consumer: c.key.Owner, ModelID: m.ID, KeyID: c.key.ID, Calls: uint64(len(c.rows)), Amount: c.amount}
	if c.idem != "" {
		// Only a call that may be retried needs its request hash and its
		// answer stored with the charge.
		charge.IdempotencyKey, charge.RequestHash, charge.Response = c.idem, requestHash(route, m.ID, c.rows), body
	}
	res, err := g.cfg.Ledger.Charge(ctx, charge)
	if err != nil {
		return nil, false, err
	}
	if res.Replayed {
		body, err := withUsageID(res.Response, res.UsageID)
		return body, true, err
	}
	g.metrics.charged(route, modelLabel(m), len(c.rows), c.amount)
	if g.log.Enabled(ctx, slog.LevelDebug) {
		g.log.Debug("call", "route", route, "key_id", c.key.ID, "consumer", c.key.Owner, "model", m.ID, "rows", len(c.rows), "fee", c.amount, "usage_id", res.UsageID)
	}
	body, err = withUsageID(body, res.UsageID)
	return body, false, err
}

// unchargedSuffix ends a PredictResponse encoded before its charge:
// usage_id is its last field.
const unchargedSuffix = `"usage_id":0}`

// withUsageID returns a copy of body, a PredictResponse encoded with
// usage id 0, with the usage id set to id and a newline after.
func withUsageID(body []byte, id int64) ([]byte, error) {
	head, ok := bytes.CutSuffix(body, []byte(unchargedSuffix))
	if !ok {
		return nil, fmt.Errorf("encoded response does not end with %s", unchargedSuffix)
	}
	out := make([]byte, 0, len(body)+21)
	out = append(out, head...)
	out = append(out, `"usage_id":`...)
	out = strconv.AppendInt(out, id, 10)
	return append(out, '}', '\n'), nil
}

// handleEstimateCost says what a call would cost; nothing is charged.
func (g *Gateway) handleEstimateCost(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var c *call
	resp, err := func() (*EstimateResponse, error) {
		var err error
		if c, err = g.authorize(ctx, r); err != nil {
			return nil, err
		}
		key, m, free := c.key, c.model, c.free
		body, err := g.readBody(r)
		if err != nil {
			return nil, err
		}
		var req EstimateRequest
		if len(bytes.TrimSpace(body)) > 0 {
			if err := decodeStrict(body, &req, "request body"); err != nil {
				return nil, err
			}
		}
		tier, err := ParseTier(req.Tier)
		if err != nil {
			return nil, err
		}
		calls := req.Calls
		switch {
		case len(req.Inputs) > 0 && calls != 0:
			return nil, hokusai.FieldErrorf("calls", "Give either calls or inputs, not both.")
		case len(req.Inputs) > 0:
			rows, err := g.parseRows(req.Inputs, nil)
			if err != nil {
				return nil, err
			}
			calls = len(rows)
		case calls == 0:
			calls = 1
		case calls < 0 || calls > 1_000_000_000:
			return nil, hokusai.FieldErrorf("calls", "calls must lie between 1 and 1,000,000,000, got %d.", calls)
		}
		var price, amount, disc int64
		if !free {
			if price, disc, err = g.terms(ctx, m.ID, key.Owner, tier); err != nil {
				return nil, err
			}
			if amount, err = Fee(price, calls, tier, disc); err != nil {
				return nil, err
			}
		}
		cr, err := g.cfg.Ledger.Credits(ctx, key.Owner)
		if err != nil {
			return nil, err
		}
		return &EstimateResponse{
			ModelID: m.ID, Ticker: m.Ticker, Tier: tier, Calls: calls,
			PricePerCall: FormatUSDC(price), PricePerCallMicro: price, DiscountBps: disc, Free: free,
			Amount: FormatUSDC(amount), AmountMicros: amount,
			Spendable: FormatUSDC(cr.Spendable), SpendableMicros: cr.Spendable,
			PriceParts: SplitPrice(price),
		}, nil
	}()
	if err != nil {
		var m *hokusai.Model
		if c != nil {
			m = c.model
		}
		g.fail(w, r, "estimate_cost", modelLabel(m), err)
		return
	}
	writeJSON(w, http.StatusOK, resp)
}

// writeJSON writes v with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":{"code":"INTERNAL","message":"Internal error."}}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}

// checkFeatures refuses a row holding a field the model does not read: a
// misspelt feature would otherwise be ignored (built-in models treat a
// missing feature as its mean) and the call answered, and charged, as if
// nothing were wrong. Models that do not list their features accept any.
// The feature set is built once per served version, not per call.
func (s *Served) checkFeatures(rows []hokusai.Row) error {
	s.featuresOnce.Do(func() {
		fs := s.Predictor.Info().Features
		if len(fs) == 0 {
			return
		}
		s.features = make(map[string]bool, len(fs))
		for _, f := range fs {
			s.features[f] = true
		}
		s.featureList = strings.Join(fs, ", ")
	})
	if s.features == nil {
		return nil
	}
	for i, row := range rows {
		for name := range row {
			if !s.features[name] {
				return s.unknownFeature(i, row)
			}
		}
	}
	return nil
}

// checkSchema validates rows against the manifest's input_schema. A schema
// that does not compile is the package's fault, not the caller's: it is
// logged once and calls go on unchecked.
func (s *Served) checkSchema(g *Gateway, rows []hokusai.Row) error {
	s.schema.compile(s.Manifest)
	if s.schema.err != nil {
		s.schemaWarn.Do(func() {
			g.log.Warn("input_schema does not compile; calls are not checked against it", "model", s.ModelID, "version", s.Version, "err", s.schema.err)
		})
		return nil
	}
	return s.schema.check(rows)
}

// unknownFeature names the first (in sorted order) field of row i that the
// model does not read.
func (s *Served) unknownFeature(i int, row hokusai.Row) error {
	for _, name := range slices.Sorted(maps.Keys(row)) {
		if !s.features[name] {
			name = hokusai.Excerpt(name)
			return hokusai.FieldErrorf(fmt.Sprintf("inputs[%d].%s", i, name),
				"Row %d has a field %q that the model does not read; its inputs are: %s.", i, name, hokusai.Excerpt(s.featureList))
		}
	}
	return nil
}
