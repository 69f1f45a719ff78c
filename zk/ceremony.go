package zk

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/hokusai-protocol/hokusai"
)

// A ceremony directory records a multi-party Groth16 set-up for one shape
// (gnark's mpcsetup): phase 1 (powers of tau, any circuit of the domain size)
// then phase 2 (this circuit), each a chain of contributions in which every
// contributor adds secret randomness and proves it did so consistently. The
// keys are sound as long as at least one contributor destroyed its
// randomness. Finishing seals both phases with a public beacon, verifies
// every contribution against the previous one and caches the keys.
//
//	transcript.json     shape, domain size, contributions (name, time, sha256), beacon
//	phase1-NN.bin       the state after contribution NN of phase 1
//	phase2-NN.bin       the state after contribution NN of phase 2
//	keys/pk.bin, vk.bin the keys verifyCeremony (or the dev ceremony) derived, uncompressed (a cache)
//	keys/stamp          the transcript's hash and the two files' sha256, which a load checks
const transcriptFile = "transcript.json"

// Transcript is a ceremony's record. Circuit is the CircuitVersion it was
// made for: keys of another version's circuit prove another statement.
type Transcript struct {
	Circuit int            `json:"circuit"`
	Shape   Shape          `json:"shape"`
	Domain  uint64         `json:"domain"`
	Phase1  []Contribution `json:"phase1"`
	Phase2  []Contribution `json:"phase2"`
	Beacon1 string         `json:"beacon1,omitempty"` // hex; set when phase 1 is sealed
	Beacon2 string         `json:"beacon2,omitempty"` // hex; set when phase 2 is sealed
}

// Contribution names one contributor and the hash of the state it produced.
type Contribution struct {
	Name   string    `json:"name"`
	At     time.Time `json:"at"`
	SHA256 string    `json:"sha256"`
}

// Compile returns the constraint system of a shape.
func Compile(sh Shape) (constraint.ConstraintSystem, error) {
	if err := sh.Check(); err != nil {
		return nil, err
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, NewCircuit(sh))
	if err != nil {
		return nil, fmt.Errorf("compile %s circuit: %w", sh, err)
	}
	return ccs, nil
}

// maxTranscriptBytes bounds the transcript read: a ceremony directory comes
// from the previous contributor, and a transcript of thousands of
// contributions is still well under it.
const maxTranscriptBytes = 1 << 20

// maxDomain is the largest evaluation domain BN254's scalar field supports
// (its two-adicity is 28); a transcript asking for more was not made by us.
const maxDomain = 1 << 28

func readTranscript(dir string) (*Transcript, error) {
	f, err := os.Open(filepath.Join(dir, transcriptFile))
	if os.IsNotExist(err) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No ceremony transcript at %s; start one with a first contribution.", dir)
	} else if err != nil {
		return nil, fmt.Errorf("read transcript: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxTranscriptBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read transcript: %w", err)
	}
	if len(b) > maxTranscriptBytes {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The ceremony transcript in %s is over %d bytes; it was not written by a contribution.", dir, maxTranscriptBytes)
	}
	var t Transcript
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The ceremony transcript %s is not valid JSON: %v.", dir, err)
	}
	if t.Circuit != CircuitVersion {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The ceremony in %s was made for zk circuit version %d; this build proves version %d, whose keys need a ceremony of their own (in %s).", dir, t.Circuit, CircuitVersion, CeremonyName(t.Shape))
	}
	if err := t.Shape.Check(); err != nil {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The ceremony transcript in %s has an invalid shape: %v.", dir, err)
	}
	if t.Domain == 0 || t.Domain > maxDomain || t.Domain&(t.Domain-1) != 0 {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The ceremony transcript in %s has domain size %d; it must be a power of two up to 2^28.", dir, t.Domain)
	}
	return &t, nil
}

func (t *Transcript) write(dir string) error {
	b, err := json.MarshalIndent(t, "", "  ")
	if err != nil {
		return err
	}
	return writeAtomic(filepath.Join(dir, transcriptFile), b)
}

func writeAtomic(path string, b []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	return os.Rename(tmp, path)
}

func stateName(phase, i int) string { return fmt.Sprintf("phase%d-%02d.bin", phase, i) }

func serialize(v io.WriterTo) ([]byte, string, error) {
	var buf bytes.Buffer
	if _, err := v.WriteTo(&buf); err != nil {
		return nil, "", err
	}
	sum := sha256.Sum256(buf.Bytes())
	return buf.Bytes(), hex.EncodeToString(sum[:]), nil
}

func readState(dir string, phase, i int, want string, into io.ReaderFrom) error {
	b, err := os.ReadFile(filepath.Join(dir, stateName(phase, i)))
	if err != nil {
		return fmt.Errorf("read ceremony state: %w", err)
	}
	sum := sha256.Sum256(b)
	if hex.EncodeToString(sum[:]) != want {
		return hokusai.Errorf(hokusai.EINVALID, "Ceremony state %s does not match the hash the transcript records; the transcript was altered.", stateName(phase, i))
	}
	if _, err := into.ReadFrom(bytes.NewReader(b)); err != nil {
		return fmt.Errorf("decode ceremony state %s: %w", stateName(phase, i), err)
	}
	return nil
}

// ContributePhase1 adds one contribution to phase 1, starting the ceremony in
// dir when it has none.
func ContributePhase1(dir string, sh Shape, name string) error {
	t, err := readTranscript(dir)
	if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
		ccs, cerr := Compile(sh)
		if cerr != nil {
			return cerr
		}
		t = &Transcript{Circuit: CircuitVersion, Shape: sh, Domain: ecc.NextPowerOfTwo(uint64(ccs.GetNbConstraints()))}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("ceremony dir: %w", err)
		}
	} else if err != nil {
		return err
	}
	if t.Shape != sh {
		return hokusai.Errorf(hokusai.ECONFLICT, "The ceremony at %s is for shape %s, not %s.", dir, t.Shape, sh)
	}
	if t.Beacon1 != "" || len(t.Phase2) > 0 {
		return hokusai.Errorf(hokusai.ECONFLICT, "Phase 1 of the ceremony at %s is sealed; contribute to phase 2.", dir)
	}
	var p mpcsetup.Phase1
	if n := len(t.Phase1); n == 0 {
		p.Initialize(t.Domain)
	} else if err := readState(dir, 1, n-1, t.Phase1[n-1].SHA256, &p); err != nil {
		return err
	}
	p.Contribute()
	return t.record(dir, 1, &t.Phase1, name, &p)
}

// record writes the state after a contribution to phase, appends the
// contribution to its list and rewrites the transcript.
func (t *Transcript) record(dir string, phase int, list *[]Contribution, name string, state io.WriterTo) error {
	b, sum, err := serialize(state)
	if err != nil {
		return fmt.Errorf("encode phase %d: %w", phase, err)
	}
	if err := writeAtomic(filepath.Join(dir, stateName(phase, len(*list))), b); err != nil {
		return err
	}
	*list = append(*list, Contribution{Name: name, At: time.Now().UTC(), SHA256: sum})
	return t.write(dir)
}

// sealPhase1 verifies phase 1's chain and seals it with the beacon; its
// domain must be the one the circuit ccs needs.
func sealPhase1(dir string, t *Transcript, ccs constraint.ConstraintSystem) (*mpcsetup.SrsCommons, error) {
	if want := ecc.NextPowerOfTwo(uint64(ccs.GetNbConstraints())); t.Domain != want {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The ceremony at %s has domain size %d, but its %s circuit needs %d.", dir, t.Domain, t.Shape, want)
	}
	if len(t.Phase1) == 0 {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The ceremony at %s has no phase 1 contribution.", dir)
	}
	beacon, err := hex.DecodeString(t.Beacon1)
	if err != nil || len(beacon) == 0 {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The ceremony at %s has no phase 1 beacon.", dir)
	}
	ps := make([]*mpcsetup.Phase1, len(t.Phase1))
	for i, c := range t.Phase1 {
		ps[i] = new(mpcsetup.Phase1)
		if err := readState(dir, 1, i, c.SHA256, ps[i]); err != nil {
			return nil, err
		}
	}
	commons, err := mpcsetup.VerifyPhase1(t.Domain, beacon, ps...)
	if err != nil {
		return nil, hokusai.Errorf(hokusai.EINVALID, "Phase 1 of the ceremony at %s does not verify: %v.", dir, err)
	}
	return &commons, nil
}

// ContributePhase2 adds one contribution to phase 2. The first one seals
// phase 1 with beacon1 (public randomness drawn after its last contribution).
func ContributePhase2(dir, name string, beacon1 []byte) error {
	t, err := readTranscript(dir)
	if err != nil {
		return err
	}
	if t.Beacon2 != "" {
		return hokusai.Errorf(hokusai.ECONFLICT, "The ceremony at %s is finished.", dir)
	}
	if len(t.Phase2) == 0 {
		if len(beacon1) == 0 {
			return hokusai.Errorf(hokusai.EINVALID, "Sealing phase 1 needs a beacon: public randomness drawn after the last contribution.")
		}
		t.Beacon1 = hex.EncodeToString(beacon1)
	}
	ccs, err := Compile(t.Shape)
	if err != nil {
		return err
	}
	var p mpcsetup.Phase2
	if n := len(t.Phase2); n == 0 {
		commons, err := sealPhase1(dir, t, ccs)
		if err != nil {
			return err
		}
		p.Initialize(ccs.(*cs.R1CS), commons)
	} else if err := readState(dir, 2, n-1, t.Phase2[n-1].SHA256, &p); err != nil {
		return err
	}
	p.Contribute()
	return t.record(dir, 2, &t.Phase2, name, &p)
}

// Keys are a shape's compiled circuit and its proving and verifying keys.
type Keys struct {
	Shape Shape
	CCS   constraint.ConstraintSystem
	PK    groth16.ProvingKey
	VK    groth16.VerifyingKey
}

// FinishCeremony seals phase 2 with beacon2, verifies every contribution of
// both phases and writes the keys under dir/keys.
func FinishCeremony(dir string, beacon2 []byte) (*Keys, error) {
	t, err := readTranscript(dir)
	if err != nil {
		return nil, err
	}
	if len(beacon2) == 0 {
		return nil, hokusai.Errorf(hokusai.EINVALID, "Finishing a ceremony needs a beacon: public randomness drawn after the last contribution.")
	}
	t.Beacon2 = hex.EncodeToString(beacon2)
	k, err := verifyCeremony(dir, t)
	if err != nil {
		return nil, err
	}
	if err := t.write(dir); err != nil {
		return nil, err
	}
	return k, k.save(filepath.Join(dir, "keys"), t)
}

// verifyCeremony checks every contribution and derives the keys.
func verifyCeremony(dir string, t *Transcript) (*Keys, error) {
	if len(t.Phase2) == 0 {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The ceremony at %s has no phase 2 contribution.", dir)
	}
	beacon2, err := hex.DecodeString(t.Beacon2)
	if err != nil || len(beacon2) == 0 {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The ceremony at %s is not finished: it has no phase 2 beacon.", dir)
	}
	ccs, err := Compile(t.Shape)
	if err != nil {
		return nil, err
	}
	commons, err := sealPhase1(dir, t, ccs)
	if err != nil {
		return nil, err
	}
	ps := make([]*mpcsetup.Phase2, len(t.Phase2))
	for i, c := range t.Phase2 {
		ps[i] = new(mpcsetup.Phase2)
		if err := readState(dir, 2, i, c.SHA256, ps[i]); err != nil {
			return nil, err
		}
	}
	pk, vk, err := mpcsetup.VerifyPhase2(ccs.(*cs.R1CS), commons, beacon2, ps...)
	if err != nil {
		return nil, hokusai.Errorf(hokusai.EINVALID, "Phase 2 of the ceremony at %s does not verify: %v.", dir, err)
	}
	return &Keys{Shape: t.Shape, CCS: ccs, PK: pk, VK: vk}, nil
}

// keysStamp ties cached keys to the transcript they came from.
func keysStamp(t *Transcript) string {
	b, _ := json.Marshal(t)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// save caches the keys uncompressed (decompressing a demo-shape proving key
// and checking its ~10^6 points' subgroups took longer than the dev ceremony
// itself); the stamp names the transcript they came from and the sha256 of
// each file, so a cache is read back unchecked only when its bytes are the
// ones written here.
func (k *Keys) save(dir string, t *Transcript) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("keys dir: %w", err)
	}
	stamp := keysStamp(t)
	for _, f := range []struct {
		name string
		v    interface {
			WriteRawTo(io.Writer) (int64, error)
		}
	}{{"pk.bin", k.PK}, {"vk.bin", k.VK}} {
		var buf bytes.Buffer
		if _, err := f.v.WriteRawTo(&buf); err != nil {
			return fmt.Errorf("encode %s: %w", f.name, err)
		}
		if err := writeAtomic(filepath.Join(dir, f.name), buf.Bytes()); err != nil {
			return err
		}
		sum := sha256.Sum256(buf.Bytes())
		stamp += "\n" + hex.EncodeToString(sum[:])
	}
	return writeAtomic(filepath.Join(dir, "stamp"), []byte(stamp))
}

// loadCached returns the cached keys when the stamp names this transcript
// and the files' hashes.
func loadCached(dir string, t *Transcript) (*Keys, bool) {
	stamp, err := os.ReadFile(filepath.Join(dir, "stamp"))
	if err != nil {
		return nil, false
	}
	f := strings.Split(string(stamp), "\n")
	if len(f) != 3 || f[0] != keysStamp(t) {
		return nil, false
	}
	k := &Keys{Shape: t.Shape, PK: new(groth16bn254.ProvingKey), VK: new(groth16bn254.VerifyingKey)}
	for i, v := range []interface {
		UnsafeReadFrom(io.Reader) (int64, error)
	}{k.PK, k.VK} {
		b, err := os.ReadFile(filepath.Join(dir, []string{"pk.bin", "vk.bin"}[i]))
		if err != nil {
			return nil, false
		}
		if sum := sha256.Sum256(b); hex.EncodeToString(sum[:]) != f[i+1] {
			return nil, false
		}
		if _, err := v.UnsafeReadFrom(bytes.NewReader(b)); err != nil {
			return nil, false
		}
	}
	ccs, err := Compile(t.Shape)
	if err != nil {
		return nil, false
	}
	k.CCS = ccs
	return k, true
}

// LoadCeremony returns the keys of a finished ceremony: the cached keys when
// they were derived from this very transcript, else it verifies every
// contribution again (and refreshes the cache).
func LoadCeremony(dir string) (*Keys, error) {
	t, err := readTranscript(dir)
	if err != nil {
		return nil, err
	}
	kd := filepath.Join(dir, "keys")
	if k, ok := loadCached(kd, t); ok {
		return k, nil
	}
	k, err := verifyCeremony(dir, t)
	if err != nil {
		return nil, err
	}
	return k, k.save(kd, t)
}

// CeremonyName is the directory name of a shape's ceremony under a
// ceremonies root: the circuit version and the shape, so keys made for an
// older circuit are never found where this one's are looked for.
func CeremonyName(sh Shape) string { return fmt.Sprintf("circuit%d-%s", CircuitVersion, sh) }

// DevCeremony returns the keys of a local ceremony for the shape under
// root/CeremonyName(shape), running it on first use (devCeremony: one local
// contribution to each phase and beacons from the clock) and loading the
// cached keys after; a directory without valid cached keys (an unfinished
// ceremony, an older cache format) gets a new dev ceremony, which is
// cheaper than verifying the old one. It is for development chains only: one machine made
// every contribution, so whoever controls it could forge proofs.
func DevCeremony(root string, sh Shape) (*Keys, error) {
	dir := filepath.Join(root, CeremonyName(sh))
	if k, ok := loadDev(dir, sh); ok {
		return k, nil
	}
	// Made aside and renamed into place, so processes sharing root (test
	// runs sharing a ceremony cache) never see each other's half-written
	// directory.
	if err := os.MkdirAll(root, 0o755); err != nil {
		return nil, fmt.Errorf("dev ceremony root: %w", err)
	}
	tmp, err := os.MkdirTemp(root, CeremonyName(sh)+".making-")
	if err != nil {
		return nil, fmt.Errorf("dev ceremony: %w", err)
	}
	defer os.RemoveAll(tmp)
	k, err := devCeremony(tmp, sh, nil)
	if err != nil {
		return nil, err
	}
	if err := os.Rename(tmp, dir); err == nil {
		return k, nil
	}
	if k2, ok := loadDev(dir, sh); ok { // another process finished first
		return k2, nil
	}
	if err := os.RemoveAll(dir); err != nil { // unfinished, or an older cache format
		return nil, fmt.Errorf("reset dev ceremony: %w", err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		return nil, fmt.Errorf("dev ceremony: %w", err)
	}
	return k, nil
}

func loadDev(dir string, sh Shape) (*Keys, bool) {
	t, err := readTranscript(dir)
	if err != nil || t.Shape != sh {
		return nil, false
	}
	return loadCached(filepath.Join(dir, "keys"), t)
}
