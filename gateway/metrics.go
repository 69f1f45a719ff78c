package gateway

import (
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/hokusai-protocol/hokusai"
)

// Label values come only from bounded sets, so no client can grow the
// series without bound: routes are the gateway's own names, models the
// numeric ids of models that exist (unknownModel otherwise), codes the
// error codes of error.go.
const unknownModel = "unknown"

// modelLabel is a model's label value: its numeric id, or unknownModel
// when the call did not get as far as finding the model.
func modelLabel(m *hokusai.Model) string {
	if m == nil {
		return unknownModel
	}
	return strconv.FormatUint(m.ID, 10)
}

// codeLabel is an error's code as a label value: a code the API maps to a
// status of its own, or INTERNAL for any other.
func codeLabel(err error) string {
	if c := hokusai.ErrorCode(err); hokusai.ErrorStatus(c) != http.StatusInternalServerError {
		return c
	}
	return hokusai.EINTERNAL
}

// metrics are the gateway's Prometheus series.
type metrics struct {
	calls   *prometheus.CounterVec   // route, model, code ("OK" for success)
	latency *prometheus.HistogramVec // route
	fees    *prometheus.CounterVec   // model
	rows    *prometheus.CounterVec   // model
	errors  *prometheus.CounterVec   // code

	mu     sync.RWMutex
	series map[seriesKey]*series // the children answered calls update
}

// seriesKey names the series of one route and model.
type seriesKey struct{ route, model string }

// series are the children of the vectors that an answered call updates,
// looked up once per route and model rather than once per call.
type series struct {
	ok         prometheus.Counter
	latency    prometheus.Observer
	fees, rows prometheus.Counter
}

// of returns the series of route and model.
func (m *metrics) of(route, model string) *series {
	k := seriesKey{route, model}
	m.mu.RLock()
	s := m.series[k]
	m.mu.RUnlock()
	if s != nil {
		return s
	}
	s = &series{
		ok: m.calls.WithLabelValues(route, model, "OK"), latency: m.latency.WithLabelValues(route),
		fees: m.fees.WithLabelValues(model), rows: m.rows.WithLabelValues(model),
	}
	m.mu.Lock()
	m.series[k] = s
	m.mu.Unlock()
	return s
}

// charged counts what a charged call served and cost.
func (m *metrics) charged(route, model string, rows int, fee int64) {
	s := m.of(route, model)
	s.fees.Add(float64(fee))
	s.rows.Add(float64(rows))
}

// answered counts a call answered successfully and the time it took.
func (m *metrics) answered(route, model string, took time.Duration) {
	s := m.of(route, model)
	s.ok.Inc()
	s.latency.Observe(took.Seconds())
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		calls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "hokusai", Subsystem: "gateway", Name: "calls_total",
			Help: "Metered API calls by route, model and outcome code (OK for success).",
		}, []string{"route", "model", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: "hokusai", Subsystem: "gateway", Name: "call_duration_seconds",
			Help:    "Time to answer a metered call, charge included.",
			Buckets: []float64{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30},
		}, []string{"route"}),
		fees: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "hokusai", Subsystem: "gateway", Name: "fees_micro_usdc_total",
			Help: "Fees charged, in micro-USDC, by model.",
		}, []string{"model"}),
		rows: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "hokusai", Subsystem: "gateway", Name: "rows_total",
			Help: "Rows (predictions) served by model.",
		}, []string{"model"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "hokusai", Subsystem: "gateway", Name: "errors_total",
			Help: "Refused or failed requests by error code.",
		}, []string{"code"}),
	}
	m.series = map[seriesKey]*series{}
	reg.MustRegister(m.calls, m.latency, m.fees, m.rows, m.errors)
	return m
}
