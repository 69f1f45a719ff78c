package pack

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
)

// hasher hashes and counts what is read through it.
type hasher struct {
	r   io.Reader
	h   hash.Hash
	n   int64
	err error // the first read error other than io.EOF
}

func newHasher(r io.Reader) *hasher { return &hasher{r: r, h: sha256.New()} }

func (h *hasher) Read(p []byte) (int, error) {
	n, err := h.r.Read(p)
	if h.h != nil {
		h.h.Write(p[:n])
	}
	h.n += int64(n)
	if err != nil && err != io.EOF && h.err == nil {
		h.err = err
	}
	return n, err
}

func (h *hasher) sum() string {
	if h.h == nil {
		return ""
	}
	return hex.EncodeToString(h.h.Sum(nil))
}

// VerifyOptions say what Verify and Extract must insist on.
type VerifyOptions struct {
	Limits
	RequireSignature bool   // refuse unsigned packages
	Signer           string // when set, the 0x address that must have signed
	Digest           string // when set, the "sha256:<hex>" the archive must have
}

// Verify reads a package archive from r and checks everything it claims:
// every file against the manifest's hashes and sizes, the manifest's
// values, and the signature over the manifest's digest. A tampered package
// yields an EINVALID error naming what changed: a file, a manifest field,
// or the signature. Nothing is written anywhere.
func Verify(r io.Reader, opts VerifyOptions) (*hokusai.Package, error) {
	return read(r, opts, func(e entry) error { _, err := io.Copy(io.Discard, e.Body); return err })
}

// VerifyFile is Verify on a file.
func VerifyFile(path string, opts VerifyOptions) (*hokusai.Package, error) {
	f, err := OpenInputFile("package", path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Verify(f, opts)
}

// read streams an archive through walk and checks the result; the digest of
// the whole archive is computed on the way.
func read(r io.Reader, opts VerifyOptions, fn func(e entry) error) (*hokusai.Package, error) {
	whole := newHasher(r)
	parts, err := walk(whole, opts.Limits, fn)
	if err != nil {
		return nil, err
	}
	pkg, err := check(parts, opts)
	if err != nil {
		return nil, err
	}
	pkg.Digest = "sha256:" + whole.sum()
	pkg.Size = whole.n
	if opts.Digest != "" && opts.Digest != pkg.Digest {
		return nil, hokusai.FieldErrorf("digest", "The archive's digest is %s, not the expected %s: it is a different or altered package.", pkg.Digest, opts.Digest)
	}
	return pkg, nil
}

// check compares what was read with what the manifest and signature claim.
func check(parts *archiveParts, opts VerifyOptions) (*hokusai.Package, error) {
	m, err := ParseManifest(parts.manifestRaw)
	if err != nil {
		return nil, err
	}
	if err := ValidateManifest(m, true); err != nil {
		return nil, err
	}
	md := sha256.Sum256(parts.manifestRaw)
	pkg := &hokusai.Package{Manifest: m, ManifestDigest: "sha256:" + hex.EncodeToString(md[:])}

	// Files: every listed file present with its size and hash, nothing else.
	var problems []string
	field := ""
	note := func(f, format string, args ...any) {
		if field == "" {
			field = f
		}
		problems = append(problems, fmt.Sprintf(format, args...))
	}
	listed := map[string]bool{}
	for _, f := range m.Files {
		listed[f.Path] = true
		seen, ok := parts.files[f.Path]
		switch {
		case !ok:
			note("files/"+f.Path, "file %q is listed in the manifest but missing from the archive", f.Path)
		case seen.sha256 != f.SHA256 || seen.size != f.Size:
			note("files/"+f.Path, "file %q changed: the manifest says %d bytes with sha256 %.12s…, the archive holds %d bytes with sha256 %.12s…", f.Path, f.Size, f.SHA256, seen.size, seen.sha256)
		}
	}
	for _, p := range parts.order {
		if !listed[p] {
			note("files/"+p, "file %q is in the archive but not listed in the manifest", p)
		}
	}
	if len(problems) > 0 {
		return nil, tampered(field, problems)
	}

	// Signature.
	if parts.signatureRaw == nil {
		if opts.RequireSignature || opts.Signer != "" {
			return nil, hokusai.FieldErrorf("signature", "The package is not signed; sign it with `hokusai package --key FILE` (the owner's wallet key).")
		}
		return pkg, nil
	}
	var sf signatureFile
	dec := json.NewDecoder(strings.NewReader(string(parts.signatureRaw)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&sf); err != nil {
		return nil, hokusai.FieldErrorf("signature", "signature.json cannot be read: %v.", err)
	}
	if sf.ManifestDigest != pkg.ManifestDigest {
		if changed := changedFields(m, sf.Fields); len(changed) > 0 {
			return nil, tampered(changed[0], []string{"the manifest changed after signing: " + strings.Join(quoteAll(changed), ", ") + " differ from what was signed"})
		}
		return nil, tampered("manifest", []string{fmt.Sprintf("the manifest's digest %s differs from the signed digest %s", pkg.ManifestDigest, sf.ManifestDigest)})
	}
	sig, err := hex.DecodeString(strings.TrimPrefix(sf.Signature, "0x"))
	if err != nil {
		return nil, hokusai.FieldErrorf("signature", "The signature is not hex: %v.", err)
	}
	if !common.IsHexAddress(sf.Signer) {
		return nil, hokusai.FieldErrorf("signature", "The signer %q is not a 0x address.", sf.Signer)
	}
	got, err := RecoverSigner(md, sig)
	if err != nil {
		return nil, err
	}
	if got != common.HexToAddress(sf.Signer) {
		return nil, tampered("signature", []string{fmt.Sprintf("the signature does not match: it recovers %s, but the package names %s as signer", got.Hex(), common.HexToAddress(sf.Signer).Hex())})
	}
	if opts.Signer != "" && (!common.IsHexAddress(opts.Signer) || common.HexToAddress(opts.Signer) != got) {
		return nil, hokusai.Errorf(hokusai.EFORBIDDEN, "The package is signed by %s, not by %s as required.", got.Hex(), opts.Signer)
	}
	pkg.Signer = got.Hex()
	pkg.Signature = "0x" + hex.EncodeToString(sig)
	return pkg, nil
}

func tampered(field string, problems []string) error {
	if len(problems) > 5 {
		problems = append(problems[:5], fmt.Sprintf("and %d more", len(problems)-5))
	}
	return &hokusai.Error{Code: hokusai.EINVALID, Field: Printable(safeName(field)), Message: "Package verification failed: " + strings.Join(problems, "; ") + "."}
}

func quoteAll(s []string) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = fmt.Sprintf("%q", v)
	}
	return out
}

// fieldDigests hashes each top-level manifest field and each file entry.
func fieldDigests(m *hokusai.Manifest) map[string]string {
	out := map[string]string{}
	for k, v := range manifestFields(m) {
		if k == "files" {
			continue
		}
		s := sha256.Sum256([]byte(v))
		out[k] = hex.EncodeToString(s[:])
	}
	for _, f := range m.Files {
		s := sha256.Sum256([]byte(fmt.Sprintf("%d:%s", f.Size, f.SHA256)))
		out["files/"+f.Path] = hex.EncodeToString(s[:])
	}
	return out
}

// changedFields lists the manifest fields and files whose digests differ
// from the signed ones, sorted.
func changedFields(m *hokusai.Manifest, signed map[string]string) []string {
	now := fieldDigests(m)
	var out []string
	for k, v := range now {
		if signed[k] != v {
			out = append(out, k)
		}
	}
	for k := range signed {
		if _, ok := now[k]; !ok {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// Extract verifies a package while writing its model files into dir, which
// must exist and be empty. Writes go through an os.Root, so no entry can
// land outside dir whatever its name; on any error everything written is
// removed again. manifest.json is written beside the files.
func Extract(r io.Reader, dir string, opts VerifyOptions) (*hokusai.Package, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, hokusai.FieldErrorf("dir", "Cannot read the target directory %s: %v.", dir, err)
	}
	if len(ents) > 0 {
		return nil, hokusai.FieldErrorf("dir", "The target directory %s is not empty; extract into an empty directory.", dir)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("open root: %w", err)
	}
	defer root.Close()
	pkg, err := read(r, opts, func(e entry) error {
		target := filesPrefix + e.Path
		if d := filepath.Dir(filepath.FromSlash(target)); d != "." {
			if err := root.MkdirAll(d, 0o755); err != nil {
				return fmt.Errorf("extract %s: %w", e.Path, err)
			}
		}
		f, err := root.OpenFile(filepath.FromSlash(target), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			return fmt.Errorf("extract %s: %w", e.Path, err)
		}
		_, err = io.Copy(f, e.Body)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("extract %s: %w", e.Path, err)
		}
		return nil
	})
	if err == nil {
		var b []byte
		if b, err = canonicalManifest(pkg.Manifest); err == nil {
			err = root.WriteFile(manifestName, b, 0o644)
		}
	}
	if err != nil {
		for _, e := range mustReadDir(dir) {
			_ = root.RemoveAll(e)
		}
		return nil, err
	}
	return pkg, nil
}

func mustReadDir(dir string) []string {
	ents, _ := os.ReadDir(dir)
	out := make([]string, len(ents))
	for i, e := range ents {
		out[i] = e.Name()
	}
	return out
}
