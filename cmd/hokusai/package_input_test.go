package main

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// runCLIBounded runs the CLI but gives up (ending the test binary) if it
// does not return within limit: an unbounded read never returns.
func runCLIBounded(t *testing.T, limit time.Duration, args ...string) (string, error) {
	t.Helper()
	type result struct {
		out string
		err error
	}
	done := make(chan result, 1)
	go func() {
		out, err := runCLI(t, args...)
		done <- result{out, err}
	}()
	select {
	case r := <-done:
		return r.out, r.err
	case <-time.After(limit):
		panic("hokusai " + strings.Join(args, " ") + " did not return within " + limit.String())
	}
}

// `--metadata /dev/zero` read without end and exhausted memory; inputs
// that are not regular files (devices, FIFOs) are refused before they are
// read, and a regular file past the manifest's bound is refused naming it,
// all quickly and with bounded memory. The key file is bounded the same way.
func TestPackageInputsBounded(t *testing.T) {
	dir, meta := writeModel(t)
	out := filepath.Join(t.TempDir(), "x.hkpkg")
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(t.TempDir(), "big.json")
	if err := os.WriteFile(big, []byte(`{"name": "`+strings.Repeat("a", 2<<20)+`"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	for _, c := range []struct {
		args  []string
		field string
		says  string
	}{
		{[]string{"package", dir, "--metadata", "/dev/zero", "-o", out}, "metadata", "not a regular file (it is a device)"},
		{[]string{"package", dir, "--metadata", fifo, "-o", out}, "metadata", "not a regular file (it is a named pipe)"},
		{[]string{"package", dir, "--metadata", dir, "-o", out}, "metadata", "not a regular file (it is a directory)"},
		{[]string{"package", dir, "--metadata", big, "-o", out}, "metadata", "larger than 1048576 bytes"},
		{[]string{"package", dir, "--metadata", meta, "--key", "/dev/zero", "-o", out}, "key", "not a regular file"},
		{[]string{"package", "verify", "/dev/zero"}, "package", "not a regular file"},
		{[]string{"package", "verify", fifo}, "package", "not a regular file"},
	} {
		start := time.Now()
		_, err := runCLIBounded(t, 20*time.Second, c.args...)
		if hokusai.ErrorField(err) != c.field || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%v: got %v; want field %s saying %q", c.args, err, c.field, c.says)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%v took %s", c.args, d)
		}
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 64<<20 {
		t.Fatalf("refusing the inputs allocated %d MiB", grew>>20)
	}
}

// A file name with terminal escape sequences reached the terminal raw in
// the error's field; what the CLI prints is escaped, and the listing of a
// verified package escapes names too.
func TestPackageOutputEscapesNames(t *testing.T) {
	dir, meta := writeModel(t)
	evil := "x\x1b]0;owned\x07\x1b[2J\u202etxt.json"
	if err := os.WriteFile(filepath.Join(dir, evil), []byte("{}"), 0o644); err != nil {
		t.Skipf("this file system refuses the name: %v", err)
	}
	out := filepath.Join(t.TempDir(), "x.hkpkg")
	stdout, err := runCLI(t, "package", dir, "--metadata", meta, "-o", out)
	if err == nil {
		t.Fatal("a name with escape sequences was packaged")
	}
	printed := stdout + userMessage(err)
	if strings.ContainsAny(printed, "\x1b\x07\u202e") {
		t.Fatalf("raw escape reached the terminal: %q", printed)
	}
	if !strings.Contains(printed, `\x1b`) {
		t.Fatalf("the name is not shown escaped: %q", printed)
	}
	// A clean package lists its files.
	os.Remove(filepath.Join(dir, evil))
	if _, err := runCLI(t, "package", dir, "--metadata", meta, "-o", out); err != nil {
		t.Fatal(err)
	}
	listing, err := runCLI(t, "package", "verify", "--list", out)
	if err != nil || !strings.Contains(listing, "model.json") {
		t.Fatalf("verify --list: %q, %v", listing, err)
	}
}
