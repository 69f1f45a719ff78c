package hokusai

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Row is one input example: a feature name mapped to its value. Values are
// what CSV and JSON decoding produce: string, float64 (or any Go number),
// json.Number, bool, or nil for a missing value.
type Row map[string]any

// Task says what kind of output a model produces, so the evaluation engine
// knows which metrics apply.
type Task string

// Tasks a runtime can serve.
const (
	TaskClassification Task = "classification" // Label, Confidence and Probabilities are set
	TaskRegression     Task = "regression"     // Value is set
	TaskText           Task = "text"           // Text is set (LLMs); Label is its trimmed form
)

// Prediction is one model output with its confidence.
//
// Classification: Label is the predicted class, Probabilities maps every
// class the model knows (PredictorInfo.Classes) to its probability (they sum
// to 1), Confidence is the probability of Label, and Value is the
// probability of the positive class (Classes[1]) for binary models so AUC-ROC
// can be computed from Value directly. Regression: Value is the prediction
// and Confidence is 0 (undefined). Text: Text is the output without
// surrounding white space (so exact match works), Label the same text (or
// the class it names when the runtime knows the classes) and Confidence the
// probability the endpoint reported (0 when it reported none).
type Prediction struct {
	Label         string             `json:"label,omitempty"`
	Value         float64            `json:"value"`
	Confidence    float64            `json:"confidence"`
	Probabilities map[string]float64 `json:"probabilities,omitempty"`
	Text          string             `json:"text,omitempty"`
}

// PredictorInfo describes a loaded model.
type PredictorInfo struct {
	Runtime  string   `json:"runtime"`            // the runtime name, e.g. "onnx"
	Version  string   `json:"version"`            // runtime and library versions, for evaluation receipts
	Task     Task     `json:"task"`               // what Predict returns
	Classes  []string `json:"classes,omitempty"`  // class labels in a stable order (classification)
	Features []string `json:"features,omitempty"` // the input names the model reads, in order
	Target   string   `json:"target,omitempty"`   // the name of the column the model predicts, when known
}

// Clone returns a copy that shares no slices with i, for Info methods
// that hand out their model's description.
func (i PredictorInfo) Clone() PredictorInfo {
	i.Classes = slices.Clone(i.Classes)
	i.Features = slices.Clone(i.Features)
	return i
}

// Predictor is a loaded model that serves predictions. Implementations are
// safe for concurrent use.
type Predictor interface {
	// Info describes the model.
	Info() PredictorInfo
	// Predict returns one prediction per row, in order. It returns EINVALID
	// when a row lacks a feature or holds a value of the wrong type,
	// EUNAVAILABLE when a remote endpoint or native library cannot be
	// reached, and the context's error when ctx ends first.
	Predict(ctx context.Context, rows []Row) ([]Prediction, error)
	// Close releases native resources or connections.
	Close() error
}

// Runtime names a package manifest may give.
const (
	RuntimeLinear       = "linear"        // built-in linear model: logistic or linear regression
	RuntimeSoftmax      = "softmax"       // built-in multinomial logistic regression
	RuntimeONNX         = "onnx"          // ONNX model run by ONNX Runtime
	RuntimeXGBoost      = "xgboost"       // XGBoost model (binary format) run by leaves
	RuntimeLightGBM     = "lightgbm"      // LightGBM model (text format) run by leaves
	RuntimeRemoteOpenAI = "remote-openai" // OpenAI-compatible chat or completions endpoint
	RuntimeRemoteJSON   = "remote-json"   // plain JSON over HTTP
)

// RuntimeNames lists every runtime name in a stable order.
func RuntimeNames() []string {
	return []string{RuntimeLinear, RuntimeSoftmax, RuntimeONNX, RuntimeXGBoost, RuntimeLightGBM, RuntimeRemoteOpenAI, RuntimeRemoteJSON}
}

// RuntimeOptions are the runtime settings a manifest's RuntimeSpec.Options
// holds (RuntimeSpec.Kind names the runtime, RuntimeSpec.Entrypoint the model
// file). Paths are relative to the model directory.
type RuntimeOptions struct {
	Task     Task          `json:"task,omitempty"`     // defaults per runtime
	Features []string      `json:"features,omitempty"` // input names in the model's column order
	Classes  []string      `json:"classes,omitempty"`  // class labels by model output index
	Target   string        `json:"target,omitempty"`   // the dataset column the model predicts
	Endpoint *EndpointSpec `json:"endpoint,omitempty"` // remote runtimes only
	// Tokenizer is a text model's tokenizer.json, a path in the package
	// (ONNX models that take input_ids and attention_mask; default
	// "tokenizer.json"), and MaxLength the most tokens fed per text
	// (default 128).
	Tokenizer string `json:"tokenizer,omitempty"`
	MaxLength int    `json:"max_length,omitempty"`
}

// ParseRuntimeOptions checks a manifest's runtime section and decodes its
// options. Unknown option names are an EINVALID error naming the field.
func ParseRuntimeOptions(spec RuntimeSpec) (RuntimeOptions, error) {
	var o RuntimeOptions
	known := false
	for _, n := range RuntimeNames() {
		if spec.Kind == n {
			known = true
		}
	}
	if !known {
		return o, FieldErrorf("runtime.kind", "Unknown runtime %q; use one of %s.", spec.Kind, strings.Join(RuntimeNames(), ", "))
	}
	if spec.Entrypoint != "" && (strings.HasPrefix(spec.Entrypoint, "/") || strings.Contains(spec.Entrypoint, "..")) {
		return o, FieldErrorf("runtime.entrypoint", "runtime.entrypoint %q must be a path inside the model directory, without \"..\".", spec.Entrypoint)
	}
	if err := checkEndpointFields(spec.Options); err != nil {
		return o, err
	}
	if len(spec.Options) > 0 {
		b, err := json.Marshal(spec.Options)
		if err != nil {
			return o, FieldErrorf("runtime.options", "runtime.options cannot be encoded: %v.", err)
		}
		dec := json.NewDecoder(strings.NewReader(string(b)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&o); err != nil {
			return o, FieldErrorf("runtime.options", "runtime.options is not valid: %v; known options are task, features, classes, target, endpoint, tokenizer and max_length.", err)
		}
	}
	if o.Tokenizer != "" && (strings.HasPrefix(o.Tokenizer, "/") || strings.Contains(o.Tokenizer, "..")) {
		return o, FieldErrorf("runtime.options.tokenizer", "runtime.options.tokenizer %q must be a path inside the model directory, without \"..\".", o.Tokenizer)
	}
	if o.MaxLength < 0 || o.MaxLength > 4096 {
		return o, FieldErrorf("runtime.options.max_length", "runtime.options.max_length must lie between 2 and 4096 tokens, got %d.", o.MaxLength)
	}
	switch o.Task {
	case "", TaskClassification, TaskRegression, TaskText:
	default:
		return o, FieldErrorf("runtime.options.task", "Unknown task %q; use classification, regression or text.", o.Task)
	}
	if strings.HasPrefix(spec.Kind, "remote-") {
		if o.Endpoint == nil || o.Endpoint.URL == "" {
			return o, FieldErrorf("runtime.options.endpoint.url", "Runtime %s needs runtime.options.endpoint.url, e.g. \"http://localhost:8000/v1\".", spec.Kind)
		}
		if err := o.Endpoint.Validate(); err != nil {
			return o, err
		}
	}
	return o, nil
}

// EndpointSpec configures a remote runtime. Nothing in it names a secret of
// the server (an environment variable, a file, a header value): the
// endpoint's key is set by the model's owner through the endpoint-secret
// API (see EndpointSecretService) and sent to this endpoint only.
type EndpointSpec struct {
	URL       string            `json:"url"`                  // base URL (remote-openai, e.g. http://host/v1) or the full URL to POST (remote-json)
	Mode      string            `json:"mode,omitempty"`       // remote-openai: "chat" (default) or "completions"
	Model     string            `json:"model,omitempty"`      // remote-openai: the model name the endpoint serves
	System    string            `json:"system,omitempty"`     // remote-openai chat: the system prompt
	Prompt    string            `json:"prompt,omitempty"`     // remote-openai: a text/template over the row; default: the row as JSON
	MaxTokens int               `json:"max_tokens,omitempty"` // remote-openai: default 16
	Headers   map[string]string `json:"headers,omitempty"`    // extra request headers; never credentials (see Validate)
	InputKey  string            `json:"input_key,omitempty"`  // remote-json: request field that holds the rows; default "inputs"
	OutputKey string            `json:"output_key,omitempty"` // remote-json: response field that holds the predictions; default "predictions"
	BatchSize int               `json:"batch_size,omitempty"` // remote-json: rows per request; default 64
	Timeout   Duration          `json:"timeout,omitempty"`    // per attempt; default 30s
	Attempts  int               `json:"attempts,omitempty"`   // tries per request, retrying 5xx, 429 and network errors; default 3
	Backoff   Duration          `json:"backoff,omitempty"`    // first retry delay, doubled each retry; default 200ms
	Parallel  int               `json:"parallel,omitempty"`   // requests in flight at once; default 4
}

// Validate checks the endpoint's fields.
func (e *EndpointSpec) Validate() error {
	if !strings.HasPrefix(e.URL, "http://") && !strings.HasPrefix(e.URL, "https://") {
		return FieldErrorf("runtime.options.endpoint.url", "runtime.options.endpoint.url must start with http:// or https://, got %q.", Excerpt(e.URL))
	}
	if u, err := url.Parse(e.URL); err != nil || u.Host == "" {
		return FieldErrorf("runtime.options.endpoint.url", "runtime.options.endpoint.url %q is not a URL with a host.", Excerpt(e.URL))
	} else if u.User != nil {
		return FieldErrorf("runtime.options.endpoint.url", "runtime.options.endpoint.url may not hold a user name or password (manifests are public); %s.", credentialHint)
	}
	switch e.Mode {
	case "", "chat", "completions":
	default:
		return FieldErrorf("runtime.options.endpoint.mode", "runtime.options.endpoint.mode must be chat or completions, got %q.", e.Mode)
	}
	switch {
	case e.Timeout < 0 || time.Duration(e.Timeout) > MaxEndpointTimeout:
		return FieldErrorf("runtime.options.endpoint.timeout", "runtime.options.endpoint.timeout must lie between 1ms and %s, e.g. \"10s\".", MaxEndpointTimeout)
	case e.Backoff < 0 || time.Duration(e.Backoff) > 10*time.Second:
		return FieldErrorf("runtime.options.endpoint.backoff", "runtime.options.endpoint.backoff must lie between 0 and 10s, e.g. \"200ms\".")
	case e.Attempts < 0 || e.Attempts > 10:
		return FieldErrorf("runtime.options.endpoint.attempts", "runtime.options.endpoint.attempts must lie between 1 and 10, got %d.", e.Attempts)
	case e.BatchSize < 0 || e.BatchSize > 10000:
		return FieldErrorf("runtime.options.endpoint.batch_size", "runtime.options.endpoint.batch_size must lie between 1 and 10000, got %d.", e.BatchSize)
	case e.MaxTokens < 0 || e.MaxTokens > 65536:
		return FieldErrorf("runtime.options.endpoint.max_tokens", "runtime.options.endpoint.max_tokens must lie between 1 and 65536, got %d.", e.MaxTokens)
	case len(e.URL) > 2048:
		return FieldErrorf("runtime.options.endpoint.url", "runtime.options.endpoint.url is longer than 2048 bytes.")
	case len(e.Prompt) > 64<<10 || len(e.System) > 64<<10:
		return FieldErrorf("runtime.options.endpoint.prompt", "runtime.options.endpoint.prompt and system may be at most 64 KiB each.")
	case e.Parallel < 0 || e.Parallel > 64:
		return FieldErrorf("runtime.options.endpoint.parallel", "runtime.options.endpoint.parallel must lie between 1 and 64, got %d.", e.Parallel)
	}
	if len(e.Headers) > maxEndpointHeaders {
		return FieldErrorf("runtime.options.endpoint.headers", "runtime.options.endpoint.headers may hold at most %d headers, got %d.", maxEndpointHeaders, len(e.Headers))
	}
	for _, k := range slices.Sorted(maps.Keys(e.Headers)) {
		if err := checkEndpointHeader(k, e.Headers[k]); err != nil {
			return err
		}
	}
	return nil
}

// MaxEndpointTimeout bounds an endpoint's per-attempt timeout, so a
// manifest cannot hold the server's calls open for long.
const MaxEndpointTimeout = 5 * time.Minute

// maxEndpointHeaders bounds a manifest's extra request headers.
const maxEndpointHeaders = 32

// credentialHint tells a model owner where an endpoint's key goes instead.
const credentialHint = "credentials for a model's endpoint are set by its owner with `hokusai model endpoint-secret set MODEL --from-env NAME` (PUT /v1/models/{id}/endpoint_secret), stored encrypted and sent to that endpoint only"

// checkEndpointFields refuses, with a sentence that says where credentials
// go, the endpoint options that would make the server read one of its own
// environment variables, files or secrets (api_key_env and the like).
func checkEndpointFields(opts map[string]any) error {
	ep, ok := opts["endpoint"].(map[string]any)
	if !ok {
		return nil
	}
	for _, k := range slices.Sorted(maps.Keys(ep)) {
		if secretField(k) {
			return FieldErrorf("runtime.options.endpoint."+Excerpt(k), "runtime.options.endpoint.%s is not allowed: a manifest never names the server's environment variables, files or secrets; %s.", Excerpt(k), credentialHint)
		}
	}
	return nil
}

// secretField reports whether an endpoint option name asks for a
// credential, an environment variable or a file.
func secretField(name string) bool {
	n := strings.ToLower(name)
	switch n {
	case "input_key", "output_key", "max_tokens":
		return false
	}
	return credentialName(n) || strings.Contains(n, "env") || strings.Contains(n, "file") || strings.Contains(n, "path")
}

// credentialName reports whether a lowercase option or header name is one
// that carries a credential.
func credentialName(n string) bool {
	for _, w := range []string{"key", "token", "secret", "password", "passwd", "auth", "credential", "cookie", "session", "signature"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// checkEndpointHeader refuses header names that carry credentials or
// steer a proxy, and names or values that are not valid HTTP.
func checkEndpointHeader(name, value string) error {
	field := "runtime.options.endpoint.headers"
	if name == "" || len(name) > 64 || !isToken(name) {
		return FieldErrorf(field, "runtime.options.endpoint.headers has a header name %q that is not a valid HTTP header name.", Excerpt(name))
	}
	n := strings.ToLower(name)
	switch {
	case n == "authorization", n == "cookie", strings.HasPrefix(n, "proxy-"), credentialName(n):
		return FieldErrorf(field, "runtime.options.endpoint.headers may not set %s: %s.", Excerpt(name), credentialHint)
	case n == "host", n == "content-length", n == "transfer-encoding", n == "connection", n == "te", n == "upgrade", n == "trailer", n == "keep-alive", n == "content-type", n == "accept-encoding":
		return FieldErrorf(field, "runtime.options.endpoint.headers may not set %s: the server sets it.", Excerpt(name))
	}
	if len(value) > 1024 {
		return FieldErrorf(field, "runtime.options.endpoint.headers: the value of %s is longer than 1024 bytes.", Excerpt(name))
	}
	for i := 0; i < len(value); i++ {
		if c := value[i]; c < 0x20 && c != '\t' || c == 0x7f {
			return FieldErrorf(field, "runtime.options.endpoint.headers: the value of %s holds a control character.", Excerpt(name))
		}
	}
	return nil
}

// isToken reports whether s is an HTTP token (RFC 9110), as header names are.
func isToken(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0) {
			return false
		}
	}
	return true
}

// Duration is a time.Duration that reads and writes JSON as "1.5s".
type Duration time.Duration

// MarshalJSON writes the duration as a Go duration string.
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(time.Duration(d).String()) }

// UnmarshalJSON accepts "1.5s" or a number of seconds.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		v, err := time.ParseDuration(s)
		if err != nil {
			return fmt.Errorf("duration %q: use a value such as \"500ms\" or \"10s\"", s)
		}
		*d = Duration(v)
		return nil
	}
	var secs float64
	if err := json.Unmarshal(b, &secs); err != nil {
		return fmt.Errorf("duration %s: use a value such as \"500ms\" or \"10s\"", b)
	}
	*d = Duration(secs * float64(time.Second))
	return nil
}

// TrainingRecipe says how a built-in model is trained, so anyone can retrain
// it and get the same weights. A package manifest holds it.
type TrainingRecipe struct {
	Runtime       string   `json:"runtime"`                  // "linear" or "softmax"
	Objective     string   `json:"objective,omitempty"`      // linear: "logistic" (default) or "regression"
	Target        string   `json:"target"`                   // the dataset column to predict
	Features      []string `json:"features,omitempty"`       // columns to use; default every other column, in dataset order
	Categorical   []string `json:"categorical,omitempty"`    // columns to one-hot encode even when their values look numeric
	L2            float64  `json:"l2"`                       // L2 penalty on the weights (not the bias), per row
	MaxIterations int      `json:"max_iterations,omitempty"` // default 500
	GradTol       float64  `json:"grad_tol,omitempty"`       // stop when the gradient's infinity norm falls below it; default 1e-6
	Seed          int64    `json:"seed"`                     // recorded for receipts; L-BFGS from zero weights needs no randomness
}

// Validate checks the recipe's fields.
func (r *TrainingRecipe) Validate() error {
	switch r.Runtime {
	case RuntimeLinear:
		switch r.Objective {
		case "", "logistic", "regression":
		default:
			return FieldErrorf("recipe.objective", "recipe.objective must be logistic or regression for the linear runtime, got %q.", r.Objective)
		}
	case RuntimeSoftmax:
		if r.Objective != "" && r.Objective != "softmax" {
			return FieldErrorf("recipe.objective", "recipe.objective must be empty or softmax for the softmax runtime, got %q.", r.Objective)
		}
	default:
		return FieldErrorf("recipe.runtime", "recipe.runtime must be linear or softmax (the trainable runtimes), got %q.", r.Runtime)
	}
	switch {
	case r.Target == "":
		return FieldErrorf("recipe.target", "recipe.target must name the column to predict.")
	case r.L2 < 0 || math.IsNaN(r.L2) || math.IsInf(r.L2, 0):
		return FieldErrorf("recipe.l2", "recipe.l2 must be a finite number ≥ 0, got %v.", r.L2)
	case r.MaxIterations < 0:
		return FieldErrorf("recipe.max_iterations", "recipe.max_iterations must be positive, got %d.", r.MaxIterations)
	case r.GradTol < 0 || math.IsNaN(r.GradTol):
		return FieldErrorf("recipe.grad_tol", "recipe.grad_tol must be positive, got %v.", r.GradTol)
	}
	return nil
}

// RowFloat reads a numeric feature from a row. It returns ok=false for a
// missing value (absent key, nil, NaN, "", "?", "NA" or "NaN"), and an EINVALID error naming
// the feature for a value that is not a number.
func RowFloat(r Row, name string) (v float64, ok bool, err error) {
	x, present := r[name]
	if !present || x == nil {
		return 0, false, nil
	}
	switch t := x.(type) {
	case float64:
		return t, !math.IsNaN(t), nil
	case float32:
		return float64(t), !math.IsNaN(float64(t)), nil
	case int:
		return float64(t), true, nil
	case int64:
		return float64(t), true, nil
	case int32:
		return float64(t), true, nil
	case uint64:
		return float64(t), true, nil
	case bool:
		if t {
			return 1, true, nil
		}
		return 0, true, nil
	case json.Number:
		f, err := t.Float64()
		if err != nil {
			return 0, false, FieldErrorf(name, "Feature %s must be a number, got %q.", name, t.String())
		}
		return f, true, nil
	case string:
		s := strings.TrimSpace(t)
		if s == "" || s == "?" || strings.EqualFold(s, "na") || strings.EqualFold(s, "nan") {
			return 0, false, nil
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, false, FieldErrorf(name, "Feature %s must be a number, got %q.", name, t)
		}
		return f, !math.IsNaN(f), nil
	}
	return 0, false, FieldErrorf(name, "Feature %s must be a number, got a %T.", name, x)
}

// RowString reads a feature as text: numbers are formatted the shortest way
// ("3", "0.5"), booleans as "true"/"false", and a missing value is "".
func RowString(r Row, name string) string {
	return ValueString(r[name])
}

// ValueString formats one row value as text, the way RowString does.
func ValueString(x any) string {
	switch t := x.(type) {
	case nil:
		return ""
	case string:
		return strings.TrimSpace(t)
	case float64:
		return strconv.FormatFloat(t, 'g', -1, 64)
	case float32:
		return strconv.FormatFloat(float64(t), 'g', -1, 32)
	case int:
		return strconv.Itoa(t)
	case int64:
		return strconv.FormatInt(t, 10)
	case bool:
		return strconv.FormatBool(t)
	case json.Number:
		return t.String()
	}
	return fmt.Sprint(x)
}

// ManifestRecipe returns the recipe in a manifest's form: runtime and seed
// as fields, everything else as hyper-parameters.
func (r TrainingRecipe) ManifestRecipe() (Recipe, error) {
	b, err := json.Marshal(r)
	if err != nil {
		return Recipe{}, fmt.Errorf("encode recipe: %w", err)
	}
	hp := map[string]any{}
	if err := json.Unmarshal(b, &hp); err != nil {
		return Recipe{}, fmt.Errorf("encode recipe: %w", err)
	}
	delete(hp, "runtime")
	delete(hp, "seed")
	return Recipe{Runtime: r.Runtime, Hyperparameters: hp, Seed: r.Seed}, nil
}

// ParseTrainingRecipe reads a manifest's recipe: hyper-parameters are the
// TrainingRecipe's JSON fields (objective, target, features, categorical, l2,
// max_iterations, grad_tol). Unknown names are an EINVALID error.
func ParseTrainingRecipe(r Recipe) (TrainingRecipe, error) {
	hp := map[string]any{}
	for k, v := range r.Hyperparameters {
		if k == "runtime" || k == "seed" {
			return TrainingRecipe{}, FieldErrorf("training.recipe.hyperparameters."+k, "%s belongs in training.recipe, not in its hyperparameters.", k)
		}
		hp[k] = v
	}
	hp["runtime"] = r.Runtime
	hp["seed"] = r.Seed
	b, err := json.Marshal(hp)
	if err != nil {
		return TrainingRecipe{}, FieldErrorf("training.recipe.hyperparameters", "The hyperparameters cannot be encoded: %v.", err)
	}
	var out TrainingRecipe
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&out); err != nil {
		return TrainingRecipe{}, FieldErrorf("training.recipe.hyperparameters", "The hyperparameters are not valid: %v; known names are objective, target, features, categorical, l2, max_iterations and grad_tol.", err)
	}
	return out, out.Validate()
}

// RowsFromTable turns a table (column names, and rows of cells in column
// order, as a dataset loader holds them) into rows for Predict.
func RowsFromTable(columns []string, cells [][]any) []Row {
	rows := make([]Row, len(cells))
	for i, c := range cells {
		r := make(Row, len(columns))
		for j, name := range columns {
			if j < len(c) {
				r[name] = c[j]
			}
		}
		rows[i] = r
	}
	return rows
}

// ClassProbabilities lays out each prediction's probabilities in the order
// of classes (for example a benchmark's sorted class names), for AUC-ROC and
// log loss. A class the model does not know gets probability 0; a
// prediction without probabilities is an EINVALID error.
func ClassProbabilities(preds []Prediction, classes []string) ([][]float64, error) {
	out := make([][]float64, len(preds))
	for i, p := range preds {
		if p.Probabilities == nil {
			return nil, Errorf(EINVALID, "Prediction %d has no class probabilities; the model's runtime does not report them, so use a label metric such as accuracy.", i)
		}
		row := make([]float64, len(classes))
		for k, c := range classes {
			row[k] = p.Probabilities[c]
		}
		out[i] = row
	}
	return out, nil
}
