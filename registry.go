package hokusai

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// ManifestSchema is the schema tag every package manifest carries.
const ManifestSchema = "hokusai.package/v1"

// Manifest describes a model package (F6). It is stored as manifest.json at
// the root of the archive; its canonical JSON (encoding/json of this struct)
// is what the owner's signature covers, through its sha256.
type Manifest struct {
	Schema       string             `json:"schema"`
	Name         string             `json:"name"`
	Version      string             `json:"version"` // semver: 1.2.3, 1.2.3-rc.1
	Description  string             `json:"description"`
	Architecture string             `json:"architecture"` // e.g. "logistic regression, 16 inputs"
	Training     Training           `json:"training"`
	InputSchema  map[string]any     `json:"input_schema"`  // JSON Schema of one input
	OutputSchema map[string]any     `json:"output_schema"` // JSON Schema of one output
	Runtime      RuntimeSpec        `json:"runtime"`
	Metrics      map[string]float64 `json:"metrics,omitempty"` // metric name → value on the model's benchmark
	UsageExample *UsageExample      `json:"usage_example,omitempty"`
	Parent       *Lineage           `json:"parent,omitempty"` // the model version this one was trained from
	Files        []ManifestFile     `json:"files"`            // filled by the packager, sorted by path
}

// Training says how the model was trained: in words, and as a recipe that
// can be replayed.
type Training struct {
	Methodology string `json:"methodology"`
	Recipe      Recipe `json:"recipe"`
	Dataset     string `json:"dataset,omitempty"` // digest or name of the training data
}

// Recipe is the replayable part of the training methodology.
type Recipe struct {
	Runtime         string         `json:"runtime"`                   // the trainer, e.g. "linear"
	Hyperparameters map[string]any `json:"hyperparameters,omitempty"` // e.g. {"l2": 0.01}
	Seed            int64          `json:"seed"`
}

// RuntimeSpec names the runtime that serves the package and its entry file.
type RuntimeSpec struct {
	Kind       string         `json:"kind"`                 // linear, softmax, onnx, xgboost, lightgbm, remote…
	Entrypoint string         `json:"entrypoint,omitempty"` // package path of the model file, e.g. "model.onnx"
	Options    map[string]any `json:"options,omitempty"`
}

// UsageExample shows one call and its answer.
type UsageExample struct {
	Input  any `json:"input"`
	Output any `json:"output,omitempty"`
}

// ManifestFile is one file of a package, as the manifest commits to it.
type ManifestFile struct {
	Path   string `json:"path"` // slash-separated, relative to the package's model directory
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"` // hex, no prefix
}

// Lineage points at the model version a version was derived from.
type Lineage struct {
	ModelID uint64 `json:"model_id"`
	Version string `json:"version"`
}

// Package is a built or verified model package: its identity and signature.
type Package struct {
	Digest         string // "sha256:<hex>" of the archive bytes; the blob store's key
	ManifestDigest string // "sha256:<hex>" of manifest.json; what the signature covers
	Size           int64  // archive size in bytes
	Manifest       *Manifest
	Signer         string // 0x address recovered from the signature; "" when unsigned
	Signature      string // 0x-hex 65-byte EIP-191 personal_sign signature; "" when unsigned
}

// ModelVersion is one registered version of a model (F7).
type ModelVersion struct {
	ModelID        uint64
	Version        string // semver, unique per model
	Digest         string // archive digest, "sha256:<hex>"
	ManifestDigest string
	Size           int64
	Manifest       *Manifest
	Metrics        map[string]float64
	Signer         string
	Signature      string
	Parent         *Lineage
	Receipts       []string // evaluation receipt hashes, in the order they were added
	CreatedAt      time.Time
}

// Head is a model's current version and its score.
type Head struct {
	ModelID   uint64
	Version   string
	Score     *big.Int // wad (18 decimals)
	UpdatedAt time.Time
}

// RegistryService keeps models' versions, lineage and heads.
type RegistryService interface {
	// CreateVersion records a version. EINVALID for a bad semver or digest,
	// ECONFLICT when the model already has that version.
	CreateVersion(ctx context.Context, v *ModelVersion) error
	// FindVersion returns ENOTFOUND when the model has no such version.
	FindVersion(ctx context.Context, modelID uint64, version string) (*ModelVersion, error)
	// FindVersions returns a model's versions in ascending semver order.
	FindVersions(ctx context.Context, modelID uint64) ([]*ModelVersion, error)
	// AddReceipt attaches an evaluation receipt hash to a version; adding
	// the same hash twice is a no-op. ENOTFOUND when the version is unknown.
	AddReceipt(ctx context.Context, modelID uint64, version, receiptHash string) error
	// SetHead makes version the model's head with the given score (wad).
	// ENOTFOUND when the version is unknown.
	SetHead(ctx context.Context, modelID uint64, version string, score *big.Int) error
	// FindHead returns ENOTFOUND when the model has no head yet.
	FindHead(ctx context.Context, modelID uint64) (*Head, error)
}

// Semver is a parsed semantic version (semver.org 2.0.0).
type Semver struct {
	Major, Minor, Patch uint64
	Pre                 []string // dot-separated pre-release identifiers
	Build               string
}

var semverRE = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$`)

// ParseSemver parses "MAJOR.MINOR.PATCH[-PRE][+BUILD]"; a leading "v" is
// refused so one version has one spelling.
func ParseSemver(s string) (Semver, error) {
	m := semverRE.FindStringSubmatch(s)
	if m == nil || len(s) > 128 {
		return Semver{}, FieldErrorf("version", "Version %q is not a semantic version; use MAJOR.MINOR.PATCH such as 1.0.0 or 1.2.0-rc.1.", s)
	}
	var v Semver
	var err error
	for i, p := range []*uint64{&v.Major, &v.Minor, &v.Patch} {
		if *p, err = strconv.ParseUint(m[i+1], 10, 64); err != nil {
			return Semver{}, FieldErrorf("version", "Version %q has a number too large: %s.", s, m[i+1])
		}
	}
	if m[4] != "" {
		v.Pre = strings.Split(m[4], ".")
	}
	v.Build = m[5]
	return v, nil
}

// Compare returns -1, 0 or 1 by semver precedence (build metadata ignored).
func (v Semver) Compare(w Semver) int {
	for _, d := range [][2]uint64{{v.Major, w.Major}, {v.Minor, w.Minor}, {v.Patch, w.Patch}} {
		if d[0] != d[1] {
			if d[0] < d[1] {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(v.Pre) == 0 && len(w.Pre) == 0:
		return 0
	case len(v.Pre) == 0:
		return 1
	case len(w.Pre) == 0:
		return -1
	}
	for i := 0; i < len(v.Pre) && i < len(w.Pre); i++ {
		if c := comparePre(v.Pre[i], w.Pre[i]); c != 0 {
			return c
		}
	}
	switch {
	case len(v.Pre) < len(w.Pre):
		return -1
	case len(v.Pre) > len(w.Pre):
		return 1
	}
	return 0
}

func comparePre(a, b string) int {
	an, aerr := strconv.ParseUint(a, 10, 64)
	bn, berr := strconv.ParseUint(b, 10, 64)
	switch {
	case aerr == nil && berr == nil:
		if an < bn {
			return -1
		} else if an > bn {
			return 1
		}
		return 0
	case aerr == nil:
		return -1 // numeric identifiers sort before alphanumeric ones
	case berr == nil:
		return 1
	}
	return strings.Compare(a, b)
}

// CompareVersions compares two semver strings; unparsable ones sort first,
// by string, so a sort never panics.
func CompareVersions(a, b string) int {
	va, errA := ParseSemver(a)
	vb, errB := ParseSemver(b)
	switch {
	case errA != nil && errB != nil:
		return strings.Compare(a, b)
	case errA != nil:
		return -1
	case errB != nil:
		return 1
	}
	if c := va.Compare(vb); c != 0 {
		return c
	}
	return strings.Compare(va.Build, vb.Build)
}

var digestRE = regexp.MustCompile(`^sha256:[0-9a-f]{64}$`)

// CheckDigest returns an EINVALID error naming field unless d is
// "sha256:" followed by 64 lowercase hex digits.
func CheckDigest(field, d string) error {
	if !digestRE.MatchString(d) {
		return FieldErrorf(field, "%s must be sha256: followed by 64 lowercase hex digits, got %q.", field, d)
	}
	return nil
}

// CheckModelID returns an EINVALID error unless id is a model id a store
// can hold (1 to 2^63−1).
func CheckModelID(id uint64) error {
	if id == 0 || id > math.MaxInt64 {
		return FieldErrorf("model_id", "Model id must be between 1 and 2^63−1, got %d.", id)
	}
	return nil
}

// CheckModelVersion checks a version before it is registered, so every
// RegistryService refuses the same versions, and returns its parsed
// semver.
func CheckModelVersion(v *ModelVersion) (Semver, error) {
	if v == nil {
		return Semver{}, Errorf(EINVALID, "A model version is required.")
	}
	if err := CheckModelID(v.ModelID); err != nil {
		return Semver{}, err
	}
	sv, err := ParseSemver(v.Version)
	if err != nil {
		return Semver{}, err
	}
	if err := CheckDigest("digest", v.Digest); err != nil {
		return Semver{}, err
	}
	if err := CheckDigest("manifest_digest", v.ManifestDigest); err != nil {
		return Semver{}, err
	}
	if v.Manifest == nil {
		return Semver{}, FieldErrorf("manifest", "A version needs its package manifest.")
	}
	if v.Manifest.Version != v.Version {
		return Semver{}, FieldErrorf("version", "Version %q differs from the manifest's version %q; register the version the package declares.", v.Version, v.Manifest.Version)
	}
	if v.Size < 0 {
		return Semver{}, FieldErrorf("size", "Size must not be negative.")
	}
	return sv, nil
}

// Precedence is the version without build metadata: two versions of a
// model with the same precedence are the same version, so stores keep it
// unique per model.
func (v Semver) Precedence() string {
	s := fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch)
	if len(v.Pre) > 0 {
		s += "-" + strings.Join(v.Pre, ".")
	}
	return s
}

// receiptRE accepts a receipt hash as 0x-hex keccak or sha256:<hex>.
var receiptRE = regexp.MustCompile(`^(0x[0-9a-fA-F]{64}|sha256:[0-9a-f]{64})$`)

// CheckReceiptHash returns an EINVALID error unless h is an evaluation
// receipt hash: 0x and 64 hex digits, or sha256: and 64 lowercase hex
// digits.
func CheckReceiptHash(h string) error {
	if !receiptRE.MatchString(h) {
		return FieldErrorf("receipt_hash", "A receipt hash must be 0x followed by 64 hex digits or sha256: followed by 64 lowercase hex digits, got %q.", h)
	}
	return nil
}
