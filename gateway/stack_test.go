package gateway_test

import (
	"encoding/json"
	"runtime"
	"runtime/debug"
	"sync"
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// A predict call's stack, with room for net/http's own frames above the
// handler, fits in 8 KiB. A connection's goroutine whose calls need more
// grows its stack to 16 KiB on a call, has it shrunk by the next garbage
// collection while it waits for the next request, and copies it again on
// the next call: at 256 busy connections that cost ~5% of the server's
// CPU before predict was split into phases.
func TestPredictStackFitsEightKiB(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector changes frame sizes")
	}
	e := newEnv(t)
	key, who := e.newKey(hokusai.ScopeCall)
	e.credit(who, 1<<50)
	body, _ := json.Marshal(map[string]any{"inputs": []any{voteRow}})
	h := e.srv.Config.Handler
	call := func() {
		if w := predictInProcess(h, key, body); w.Code != 200 {
			t.Errorf("status %d: %s", w.Code, w.Body)
		}
	}
	call() // the first call loads the package: a deeper stack, once

	defer debug.SetGCPercent(debug.SetGCPercent(-1)) // no stack shrinking while measuring
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	const n = 200
	var done, release sync.WaitGroup
	done.Add(n)
	release.Add(1)
	for range n {
		go func() {
			withFrames(2, call) // ~1 KiB, as net/http's conn.serve and server handler take
			done.Done()
			release.Wait()
		}()
	}
	done.Wait()
	runtime.ReadMemStats(&after)
	release.Done()
	if per := (after.StackInuse - before.StackInuse) / n; per > 8<<10 {
		t.Fatalf("a predict call's goroutine needs a %d-byte stack; keep it within 8 KiB (split the deep phase into its own function)", per)
	}
}

// withFrames calls f under n frames of ~512 bytes each.
//
//go:noinline
func withFrames(n int, f func()) {
	var pad [480]byte
	if n == 0 {
		f()
		return
	}
	pad[n] = byte(n)
	withFrames(n-1, f)
	runtime.KeepAlive(pad[n])
}
