package pack

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/binary"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// weightsDir writes a model directory holding size bytes of float32
// weights (what large model files mostly are) and a small JSON file.
func weightsDir(b *testing.B, size int) (string, []byte) {
	dir := b.TempDir()
	r := rand.New(rand.NewPCG(7, 7))
	buf := make([]byte, size)
	for i := 0; i+4 <= size; i += 4 {
		binary.LittleEndian.PutUint32(buf[i:], math.Float32bits(float32(r.NormFloat64()*0.05)))
	}
	os.WriteFile(filepath.Join(dir, "weights.bin"), buf, 0o644)
	os.WriteFile(filepath.Join(dir, "model.json"), []byte(`{"layers":[64,32,3]}`), 0o644)
	return dir, buf
}

const benchSize = 32 << 20

// BenchmarkPackage packages 32 MiB of weights, signed, and reports the
// ratio of its time to the floor (one sha256 and one gzip of the same bytes
// at the same level), timed alternately so machine load affects both alike.
func BenchmarkPackage(b *testing.B) {
	dir, data := weightsDir(b, benchSize)
	key := testKey(b)
	m := testManifest()
	b.ResetTimer()
	var ours, floor time.Duration
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		if _, err := Package(dir, m, Options{Key: key, Out: io.Discard}); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		h := sha256.New()
		h.Write(data)
		zw, _ := gzip.NewWriterLevel(io.Discard, gzipLevel)
		zw.Write(data)
		zw.Close()
		ours, floor = ours+t1.Sub(t0), floor+time.Since(t1)
	}
	b.ReportMetric(float64(ours)/float64(floor), "x-floor")
	b.ReportMetric(float64(benchSize)*float64(b.N)/ours.Seconds()/1e6, "MB/s-ours")
}

// BenchmarkVerify verifies that package and reports the ratio of its time
// to the floor (inflate the archive and hash it once).
func BenchmarkVerify(b *testing.B) {
	dir, _ := weightsDir(b, benchSize)
	var buf bytes.Buffer
	if _, err := Package(dir, testManifest(), Options{Key: testKey(b), Out: &buf}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	var ours, floor time.Duration
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		if _, err := Verify(bytes.NewReader(buf.Bytes()), VerifyOptions{RequireSignature: true}); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		zr, _ := gzip.NewReader(bytes.NewReader(buf.Bytes()))
		h := sha256.New()
		io.Copy(h, zr)
		ours, floor = ours+t1.Sub(t0), floor+time.Since(t1)
	}
	b.ReportMetric(float64(ours)/float64(floor), "x-floor")
	b.ReportMetric(float64(benchSize)*float64(b.N)/ours.Seconds()/1e6, "MB/s-ours")
}
