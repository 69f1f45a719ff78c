package gateway

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/hokusai-protocol/hokusai"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/netguard"
)

// openAIError is the error body OpenAI clients parse.
type openAIError struct {
	Error struct {
		Message string  `json:"message"`
		Type    string  `json:"type"`
		Param   *string `json:"param"`
		Code    string  `json:"code"`
	} `json:"error"`
}

// openAIType names the OpenAI error type for a Hokusai code.
func openAIType(code string) string {
	switch code {
	case hokusai.EINVALID, hokusai.ENOTFOUND:
		return "invalid_request_error"
	case hokusai.EUNAUTHORIZED:
		return "authentication_error"
	case hokusai.EFORBIDDEN, hokusai.ELICENSE, hokusai.EWHITELIST, hokusai.EPROPRIETARY:
		return "permission_error"
	case hokusai.ECREDITS:
		return "insufficient_quota"
	case hokusai.ERATELIMIT:
		return "rate_limit_error"
	}
	return "server_error"
}

// chatRoute is the chat endpoint's name in metrics and request hashes.
const chatRoute = "chat_completions"

// chatFail writes err the way OpenAI's API does, with Hokusai's code.
func (g *Gateway) chatFail(w http.ResponseWriter, r *http.Request, model string, err error) {
	code := hokusai.ErrorCode(err)
	label := codeLabel(err)
	g.metrics.errors.WithLabelValues(label).Inc()
	g.metrics.calls.WithLabelValues(chatRoute, model, label).Inc()
	if code == hokusai.EINTERNAL {
		g.log.Error("chat completions", "err", err)
	}
	var body openAIError
	body.Error.Message, body.Error.Type, body.Error.Code = hokusai.ErrorMessage(err), openAIType(code), code
	if f := hokusai.ErrorField(err); f != "" {
		body.Error.Param = &f
	}
	if code == hokusai.ERATELIMIT {
		secs := 1
		var ra hhttp.RetryAfterer
		if errors.As(err, &ra) {
			secs = max(1, int((ra.RetryAfter()+time.Second-1)/time.Second))
		}
		w.Header().Set("Retry-After", fmt.Sprint(secs))
	}
	writeJSON(w, hhttp.ErrorStatusOf(err), body)
}

// handleChat is the OpenAI-compatible /v1/chat/completions: the model is a
// Hokusai ticker or id whose runtime is remote-openai; the request is
// forwarded to that endpoint with the endpoint's model name, and the answer
// charged like one Basic call once the endpoint has answered.
func (g *Gateway) handleChat(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	ctx := r.Context()
	label := unknownModel
	out, usageID, fee, replayed, err := g.chat(ctx, w, r, &label)
	if err != nil {
		g.chatFail(w, r, label, err)
		return
	}
	if out == nil { // streamed
		g.metrics.answered(chatRoute, label, time.Since(start))
		return
	}
	w.Header().Set("X-Hokusai-Usage-Id", fmt.Sprint(usageID))
	w.Header().Set("X-Hokusai-Fee-Charged", FormatUSDC(fee))
	if replayed {
		w.Header().Set("Idempotent-Replayed", "true")
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(out)
	g.metrics.answered(chatRoute, label, time.Since(start))
}

func (g *Gateway) chat(ctx context.Context, w http.ResponseWriter, r *http.Request, label *string) (out []byte, usageID, fee int64, replayed bool, err error) {
	key, err := g.authenticate(ctx, bearer(r), hokusai.ScopeCall)
	if err != nil {
		return nil, 0, 0, false, err
	}
	if err := g.allow(key); err != nil {
		return nil, 0, 0, false, err
	}
	idem, err := idempotencyKey(r)
	if err != nil {
		return nil, 0, 0, false, err
	}
	body, err := g.readBody(r)
	if err != nil {
		return nil, 0, 0, false, err
	}
	var req map[string]any
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&req); err != nil || req == nil {
		return nil, 0, 0, false, hokusai.Errorf(hokusai.EINVALID, "The request body must be a JSON object like OpenAI's chat completions request.")
	}
	ref, _ := req["model"].(string)
	if ref == "" {
		return nil, 0, 0, false, hokusai.FieldErrorf("model", "model must name a Hokusai model by ticker or id.")
	}
	if msgs, ok := req["messages"].([]any); !ok || len(msgs) == 0 {
		return nil, 0, 0, false, hokusai.FieldErrorf("messages", "messages must be a non-empty array of chat messages.")
	}
	stream, _ := req["stream"].(bool)
	if stream && idem != "" {
		return nil, 0, 0, false, hokusai.FieldErrorf("Idempotency-Key", "A streamed answer cannot be replayed: drop the Idempotency-Key header or send stream=false.")
	}
	m, err := g.resolveModel(ctx, ref)
	if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
		return nil, 0, 0, false, hokusai.FieldErrorf("model", "No model %q on this server; use a ticker or id from `hokusai model list`.", hokusai.Excerpt(ref))
	}
	if err != nil {
		return nil, 0, 0, false, err
	}
	*label = modelLabel(m)
	free, err := g.checkLicense(ctx, m, key.Owner)
	if err != nil {
		return nil, 0, 0, false, err
	}
	if !free {
		price, err := g.cfg.Prices.PricePerCall(ctx, m.ID)
		if err != nil {
			return nil, 0, 0, false, err
		}
		fee = price
	}
	s, err := g.cfg.Serving.Serve(ctx, m.ID)
	if err != nil {
		return nil, 0, 0, false, err
	}
	ep := s.Endpoint
	if ep == nil || (ep.Mode != "" && ep.Mode != "chat") {
		return nil, 0, 0, false, hokusai.FieldErrorf("model", "Model %s is not a chat model (its runtime is %s); call POST /v1/models/%d/predict instead.", m.Ticker, s.Manifest.Runtime.Kind, m.ID)
	}
	reqHash := requestHash(chatRoute, m.ID, req)
	if ep.Model != "" {
		req["model"] = ep.Model
	}
	if stream {
		return nil, 0, fee, false, g.streamChat(ctx, w, s, req, ref, modelLabel(m), hokusai.Charge{Consumer: key.Owner, ModelID: m.ID, KeyID: key.ID, Calls: 1, Amount: fee})
	}
	up, err := g.forward(ctx, s, req)
	if err != nil {
		return nil, 0, 0, false, err
	}
	var resp map[string]any
	if err := json.Unmarshal(up, &resp); err != nil || resp["choices"] == nil {
		return nil, 0, 0, false, hokusai.Errorf(hokusai.EUNAVAILABLE, "Model %s's endpoint answered something that is not a chat completion; nothing was charged.", m.Ticker)
	}
	resp["model"] = ref
	out, err = json.Marshal(resp)
	if err != nil {
		return nil, 0, 0, false, fmt.Errorf("encode completion: %w", err)
	}
	charge := hokusai.Charge{Consumer: key.Owner, ModelID: m.ID, KeyID: key.ID, Calls: 1, Amount: fee}
	if idem != "" {
		charge.IdempotencyKey, charge.RequestHash, charge.Response = idem, reqHash, out
	}
	res, err := g.cfg.Ledger.Charge(ctx, charge)
	if err != nil {
		return nil, 0, 0, false, err
	}
	if res.Replayed {
		return res.Response, res.UsageID, fee, true, nil
	}
	g.metrics.charged(chatRoute, modelLabel(m), 1, fee)
	return out, res.UsageID, fee, false, nil
}

// Bounds on an endpoint's chat answer: a completion is read whole, so at
// most maxCompletion; a stream is relayed as it comes, and cut after
// maxStream (and after the endpoint's timeout).
const (
	maxCompletion = 16 << 20
	maxStream     = 64 << 20
)

// upstream posts the chat request to the model's endpoint, with the key
// its owner set (and nothing of the server's own). A 200 answer is
// returned open; other answers are turned into errors: the endpoint's 4xx
// answers are the request's fault (EINVALID), anything else is
// EUNAVAILABLE. Nothing is charged for either.
func (g *Gateway) upstream(ctx context.Context, s *Served, req map[string]any) (*http.Response, error) {
	ep := s.Endpoint
	b, err := json.Marshal(req)
	if err != nil {
		return nil, fmt.Errorf("encode upstream request: %w", err)
	}
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimRight(ep.URL, "/")+"/chat/completions", bytes.NewReader(b))
	if err != nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "The model's endpoint URL is not usable: %v.", err)
	}
	for k, v := range ep.Headers {
		hreq.Header.Set(k, v)
	}
	hreq.Header.Set("Content-Type", "application/json")
	if s.Credential != nil {
		key, err := s.Credential(ctx)
		if err != nil {
			return nil, err
		}
		if key != "" {
			hreq.Header.Set("Authorization", "Bearer "+key)
		}
	}
	client := s.Client
	if client == nil {
		client = g.cfg.HTTPClient
	}
	res, err := client.Do(hreq)
	if b := netguard.Blocked(err); b != nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "The model's endpoint cannot be called: %s. Nothing was charged.", b.Error())
	}
	if err != nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "The model's endpoint cannot be reached now; nothing was charged. Retry shortly.")
	}
	if res.StatusCode == http.StatusOK {
		return res, nil
	}
	defer res.Body.Close()
	out, _ := io.ReadAll(io.LimitReader(res.Body, 1<<20))
	if res.StatusCode >= 400 && res.StatusCode < 500 && res.StatusCode != http.StatusTooManyRequests && res.StatusCode != http.StatusUnauthorized && res.StatusCode != http.StatusForbidden {
		var e openAIError
		msg := fmt.Sprintf("status %d", res.StatusCode)
		if json.Unmarshal(out, &e) == nil && e.Error.Message != "" {
			msg = e.Error.Message
		}
		return nil, hokusai.Errorf(hokusai.EINVALID, "The model's endpoint refused the request: %s. Nothing was charged.", msg)
	}
	return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "The model's endpoint answered status %d; nothing was charged. Retry shortly.", res.StatusCode)
}

func endpointTimeout(ep *hokusai.EndpointSpec) time.Duration {
	if ep.Timeout > 0 {
		return time.Duration(ep.Timeout)
	}
	return 60 * time.Second
}

// forward returns the body of the endpoint's 200 answer, refusing one
// longer than maxCompletion while reading it.
func (g *Gateway) forward(ctx context.Context, s *Served, req map[string]any) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, endpointTimeout(s.Endpoint))
	defer cancel()
	res, err := g.upstream(ctx, s, req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	tooLong := hokusai.Errorf(hokusai.EUNAVAILABLE, "The model's endpoint answered more than %d MiB, the bound on a chat completion; nothing was charged.", maxCompletion>>20)
	if res.ContentLength > maxCompletion {
		return nil, tooLong
	}
	out, err := io.ReadAll(io.LimitReader(res.Body, maxCompletion+1))
	if err != nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "The model's endpoint broke off its answer; nothing was charged.")
	}
	if len(out) > maxCompletion {
		return nil, tooLong
	}
	return out, nil
}

// streamChat relays a stream=true completion as server-sent events. The
// call is charged once the endpoint has accepted the request (status 200),
// before the first event is relayed, so a consumer without credits gets a
// plain 402; an endpoint that breaks off mid-stream has still been paid
// for. Each chunk's model is rewritten to the name the client asked for.
func (g *Gateway) streamChat(ctx context.Context, w http.ResponseWriter, s *Served, req map[string]any, ref, label string, c hokusai.Charge) error {
	ctx, cancel := context.WithTimeout(ctx, endpointTimeout(s.Endpoint))
	defer cancel()
	res, err := g.upstream(ctx, s, req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/event-stream") {
		return hokusai.Errorf(hokusai.EUNAVAILABLE, "The model's endpoint did not stream (content type %q); nothing was charged. Send stream=false.", ct)
	}
	cr, err := g.cfg.Ledger.Charge(ctx, c)
	if err != nil {
		return err
	}
	g.metrics.charged(chatRoute, label, 1, c.Amount)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Hokusai-Usage-Id", fmt.Sprint(cr.UsageID))
	h.Set("X-Hokusai-Fee-Charged", FormatUSDC(c.Amount))
	w.WriteHeader(http.StatusOK)
	rc := http.NewResponseController(w)
	body := &io.LimitedReader{R: res.Body, N: maxStream}
	sc := bufio.NewScanner(body)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	for sc.Scan() {
		line := sc.Bytes()
		if data, ok := bytes.CutPrefix(line, []byte("data: ")); ok && len(data) > 0 && data[0] == '{' {
			var chunk map[string]any
			if json.Unmarshal(data, &chunk) == nil {
				chunk["model"] = ref
				if b, err := json.Marshal(chunk); err == nil {
					line = append([]byte("data: "), b...)
				}
			}
		}
		if _, err := w.Write(append(line, '\n')); err != nil {
			return nil // the client left; the call was answered and charged
		}
		if len(line) == 0 {
			_ = rc.Flush()
		}
	}
	_ = rc.Flush()
	if err := sc.Err(); err != nil {
		g.log.Warn("chat stream broke off", "usage_id", cr.UsageID, "err", err)
	}
	if body.N <= 0 {
		g.log.Warn("chat stream cut at its bound", "usage_id", cr.UsageID, "bound_mib", maxStream>>20)
	}
	return nil
}
