package hokusai_test

import (
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

func TestJobBackoff(t *testing.T) {
	for _, tc := range []struct {
		attempt int
		want    time.Duration
	}{
		{0, 5 * time.Second}, {1, 5 * time.Second}, {2, 10 * time.Second}, {3, 20 * time.Second},
		{6, 160 * time.Second}, {7, 300 * time.Second}, {1000, 300 * time.Second},
	} {
		if got := hokusai.JobBackoff(5*time.Second, 5*time.Minute, tc.attempt); got != tc.want {
			t.Errorf("attempt %d: %s; want %s", tc.attempt, got, tc.want)
		}
	}
}
