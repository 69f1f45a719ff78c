package hokusai_test

import (
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

func TestUsageFilterHourly(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, tc := range []struct{ from, to, wantFrom, wantTo string }{
		{"2026-11-22T10:15:00Z", "2026-11-22T12:00:00Z", "2026-11-22T10:00:00Z", "2026-11-22T12:00:00Z"},
		{"2026-11-22T10:00:00Z", "2026-11-22T12:00:00.000000001Z", "2026-11-22T10:00:00Z", "2026-11-22T13:00:00Z"},
		{"2026-11-22T11:30:00+01:00", "2026-11-22T11:45:00+01:00", "2026-11-22T10:00:00Z", "2026-11-22T11:00:00Z"},
	} {
		got := hokusai.UsageFilter{From: at(tc.from), To: at(tc.to)}.Hourly()
		if !got.From.Equal(at(tc.wantFrom)) || !got.To.Equal(at(tc.wantTo)) {
			t.Errorf("[%s, %s) widened to [%s, %s), want [%s, %s)", tc.from, tc.to, got.From, got.To, tc.wantFrom, tc.wantTo)
		}
	}
	if f := (hokusai.UsageFilter{}).Hourly(); !f.From.IsZero() || !f.To.IsZero() {
		t.Errorf("an unbounded range stays unbounded: %+v", f)
	}
}
