package oapi_test

import (
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/http/oapi"
	"github.com/hokusai-protocol/hokusai/storetest"
)

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
		var a oapi.Model
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
	good := oapi.FromModel(storetest.NewModel(1, "ABC"))
	for field, mutate := range map[string]func(*oapi.Model){
		"metric":    func(a *oapi.Model) { a.Metric = "vibes" },
		"direction": func(a *oapi.Model) { a.Direction = "sideways" },
		"license":   func(a *oapi.Model) { a.License = "mine" },
		"baseline":  func(a *oapi.Model) { a.Baseline = "0.1234567890123456789" },
		"delta_one": func(a *oapi.Model) { a.DeltaOne = "one" },
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
	var eb oapi.ErrorBody
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

// FuzzWadText: any decimal the API accepts as a wad formats back to a
// string that parses to the same wad.
func FuzzWadText(f *testing.F) {
	for _, s := range []string{"0.884", "-1.5e-3", "0", "1e18", "0.000000000000000001", "123456789.123456789"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 64 {
			return // huge exponents make big.Rat slow, not wrong
		}
		v, err := hokusai.ParseWad("baseline", s)
		if err != nil {
			return
		}
		back, err := hokusai.ParseWad("baseline", hokusai.FormatWad(v))
		if err != nil || back.Cmp(v) != 0 {
			t.Fatalf("%q → %s → %v, %v", s, hokusai.FormatWad(v), back, err)
		}
	})
}
