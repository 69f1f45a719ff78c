package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// JSONL rows that each name new keys asked for rows × columns cells: 600
// short lines of 30 fresh keys (about 200 KB) allocated 600 × 18,000 cells.
// The columns and the cells per byte read are bounded now.
func TestJSONLKeyBomb(t *testing.T) {
	var b strings.Builder
	for i := range 600 {
		b.WriteString("{")
		for j := range 30 {
			if j > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, `"k%d_%d":1`, i, j)
		}
		b.WriteString("}\n")
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := LoadJSONL(strings.NewReader(b.String()), LoadOptions{})
	runtime.ReadMemStats(&after)
	if hokusai.ErrorField(err) != "dataset" || !strings.Contains(err.Error(), "columns") {
		t.Fatalf("got %v, want the column bound", err)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 64<<20 {
		t.Fatalf("refusing it allocated %d MiB", grew>>20)
	}
	// Fewer columns, many sparse rows: the cell bound.
	b.Reset()
	for i := range 40_000 {
		if i < 100 {
			fmt.Fprintf(&b, "{\"c%d\": 1}\n", i)
		} else {
			b.WriteString("{}\n")
		}
	}
	if _, err := LoadJSONL(strings.NewReader(b.String()), LoadOptions{}); err == nil || !strings.Contains(err.Error(), "rows must share their keys") {
		t.Fatalf("got %v, want the cell bound", err)
	}
	// An ordinary dataset is well inside both.
	b.Reset()
	for i := range 20_000 {
		fmt.Fprintf(&b, "{\"x\": %d, \"y\": %d, \"label\": \"a\"}\n", i, i%7)
	}
	if d, err := LoadJSONL(strings.NewReader(b.String()), LoadOptions{}); err != nil || d.Len() != 20_000 {
		t.Fatalf("ordinary dataset: %v", err)
	}
}

// A dataset larger than MaxBytes is refused naming the bound, and LoadFile
// refuses devices and FIFOs (a link named data.csv to /dev/zero used to be
// read without end).
func TestDatasetInputsBounded(t *testing.T) {
	csv := "a,b\n" + strings.Repeat("1,2\n", 1000)
	if _, err := LoadCSV(strings.NewReader(csv), LoadOptions{MaxBytes: 1000}); err == nil || !strings.Contains(err.Error(), "larger than 1000 bytes") {
		t.Fatalf("CSV past MaxBytes: %v", err)
	}
	if _, err := LoadCSV(strings.NewReader("a,b\n\""+strings.Repeat("x", 5000)), LoadOptions{MaxBytes: 1000}); err == nil || !strings.Contains(err.Error(), "larger than 1000 bytes") {
		t.Fatalf("one endless CSV cell: %v", err)
	}
	if _, err := LoadJSONL(strings.NewReader(strings.Repeat("{\"a\": 1}\n", 1000)), LoadOptions{MaxBytes: 1000}); err == nil || !strings.Contains(err.Error(), "larger than 1000 bytes") {
		t.Fatalf("JSONL past MaxBytes: %v", err)
	}
	dir := t.TempDir()
	zero := filepath.Join(dir, "zero.csv")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo.jsonl")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{zero, fifo} {
		if _, err := LoadFile(p, LoadOptions{}); hokusai.ErrorField(err) != "dataset" || !strings.Contains(err.Error(), "not a regular file") {
			t.Fatalf("%s: %v", p, err)
		}
	}
}
