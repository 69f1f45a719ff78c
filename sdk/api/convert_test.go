package api_test

import (
	"encoding/json"
	"math/big"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/http/oapi"
	"github.com/hokusai-protocol/hokusai/sdk/api"
	"github.com/hokusai-protocol/hokusai/storetest"
)

// The server encodes with package http/oapi and the client decodes with
// this package: both are generated from one document, and these tests
// hold the two ends to the same wire form.

// genWad draws signed wads from tiny (1 wei) to far beyond int64.
func genWad(t *rapid.T, label string) *big.Int {
	hi := rapid.Uint64().Draw(t, label+"_hi")
	lo := rapid.Uint64().Draw(t, label+"_lo")
	v := new(big.Int).Lsh(new(big.Int).SetUint64(hi>>rapid.IntRange(0, 64).Draw(t, label+"_shift")), 64)
	v.Add(v, new(big.Int).SetUint64(lo>>rapid.IntRange(0, 64).Draw(t, label+"_shift2")))
	if rapid.Bool().Draw(t, label+"_neg") {
		v.Neg(v)
	}
	return v
}

// Any model survives FromModel → JSON → ToModel unchanged: decimals are
// exact and every enum maps both ways.
func TestModelJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := storetest.NewModel(rapid.Uint64Range(1, 1<<62).Draw(t, "id"), "ABC")
		m.Name = rapid.String().Draw(t, "name")
		m.Tags = rapid.SliceOf(rapid.String()).Draw(t, "tags")
		m.Metric = hokusai.Metric(rapid.IntRange(0, len(hokusai.MetricNames())-1).Draw(t, "metric"))
		m.Direction = hokusai.Direction(rapid.IntRange(0, 1).Draw(t, "direction"))
		m.License = hokusai.License(rapid.IntRange(0, 2).Draw(t, "license"))
		m.Baseline = genWad(t, "baseline")
		m.DeltaOne = genWad(t, "delta_one")
		m.Supply.InitialSupply = rapid.Int64Range(1, 1e12).Draw(t, "initial")
		m.BlockNumber = rapid.Uint64Range(0, 1<<62).Draw(t, "block")
		m.CreatedAt = time.Unix(rapid.Int64Range(0, 1<<35).Draw(t, "sec"), rapid.Int64Range(0, 999999999).Draw(t, "ns")).UTC()
		b, err := json.Marshal(oapi.FromModel(m))
		if err != nil {
			t.Fatal(err)
		}
		var a api.Model
		if err := json.Unmarshal(b, &a); err != nil {
			t.Fatal(err)
		}
		got, err := a.ToModel()
		if err != nil {
			t.Fatal(err)
		}
		if d := storetest.EqualModels(m, got); d != "" {
			t.Fatalf("%s\n%s", d, b)
		}
	})
}

func TestToModelRejectsUnknownEnums(t *testing.T) {
	b, err := json.Marshal(oapi.FromModel(storetest.NewModel(1, "ABC")))
	if err != nil {
		t.Fatal(err)
	}
	var good api.Model
	if err := json.Unmarshal(b, &good); err != nil {
		t.Fatal(err)
	}
	for field, mutate := range map[string]func(*api.Model){
		"metric":    func(a *api.Model) { a.Metric = "vibes" },
		"direction": func(a *api.Model) { a.Direction = "sideways" },
		"license":   func(a *api.Model) { a.License = "mine" },
		"baseline":  func(a *api.Model) { a.Baseline = "0.1234567890123456789" },
		"delta_one": func(a *api.Model) { a.DeltaOne = "one" },
	} {
		a := good
		mutate(&a)
		if _, err := a.ToModel(); hokusai.ErrorField(err) != field {
			t.Errorf("%s: got %v", field, err)
		}
	}
}

func TestErrorBodyRoundTrip(t *testing.T) {
	in := hokusai.FieldErrorf("limit", "Parameter limit must be between 1 and 500, got 0.")
	b, _ := json.Marshal(oapi.FromError(in))
	if string(b) != `{"error":{"code":"INVALID_INPUT","field":"limit","message":"Parameter limit must be between 1 and 500, got 0."}}` {
		t.Fatalf("wire form: %s", b)
	}
	var eb api.ErrorBody
	if err := json.Unmarshal(b, &eb); err != nil {
		t.Fatal(err)
	}
	if out := eb.ToError(); *out != *in {
		t.Fatalf("got %#v, want %#v", out, in)
	}
	// A plain Go error never leaks its text.
	b, _ = json.Marshal(oapi.FromError(big.ErrNaN{}))
	if string(b) != `{"error":{"code":"INTERNAL","message":"Internal error."}}` {
		t.Fatalf("internal: %s", b)
	}
}

// A version with its manifest, metrics and lineage survives the server's
// encoding and the client's decoding unchanged, free-form manifest parts
// included.
func TestVersionJSONRoundTrip(t *testing.T) {
	mb, err := os.ReadFile("../../examples/house-votes-84.manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	var man hokusai.Manifest
	if err := json.Unmarshal(mb, &man); err != nil {
		t.Fatal(err)
	}
	man.Parent = &hokusai.Lineage{ModelID: 3, Version: "0.9.0"}
	want := &hokusai.ModelVersion{ModelID: 3, Version: "1.0.0", Digest: "sha256:" + strings.Repeat("ab", 32), ManifestDigest: "sha256:" + strings.Repeat("cd", 32),
		Size: 4096, Manifest: &man, Metrics: map[string]float64{"accuracy": 0.9540229885057471}, Signer: "0x00000000000000000000000000000000000000aa",
		Signature: "0x01", Parent: &hokusai.Lineage{ModelID: 3, Version: "0.9.0"}, Receipts: []string{"0x" + strings.Repeat("ef", 32)},
		CreatedAt: time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC)}
	b, err := json.Marshal(hhttp.FromVersion(want))
	if err != nil {
		t.Fatal(err)
	}
	var a api.Version
	if err := json.Unmarshal(b, &a); err != nil {
		t.Fatal(err)
	}
	got, err := a.ToVersion()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %+v\nwant %+v", got, want)
	}
	h, err := api.Head{Version: "1.0.0", Score: "0.954", UpdatedAt: want.CreatedAt}.ToHead(3)
	if err != nil || h.ModelID != 3 || hokusai.FormatWad(h.Score) != "0.954" {
		t.Fatalf("head %+v, %v", h, err)
	}
	if _, err := (api.Head{Score: "most"}).ToHead(3); hokusai.ErrorField(err) != "score" {
		t.Fatalf("a bad head score: %v", err)
	}
}
