package http

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
	"github.com/hokusai-protocol/hokusai/pack"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// Versions serves the registry's package endpoints (F7):
//
//	POST /v1/models/{id}/versions                     upload a package (the archive is the body); the owner's signed request
//	GET  /v1/models/{id}/versions                     list versions in semver order, and the head
//	GET  /v1/models/{id}/versions/{version}           one version
//	GET  /v1/models/{id}/versions/{version}/package   download the archive, as the model's licence allows
//
// They are plain handlers registered with Server.Handle until their spec
// fragment (openapi_versions.yaml) is merged into openapi.yaml.
type Versions struct {
	Models   hokusai.ModelService
	Registry hokusai.RegistryService
	Blobs    blob.Store
	Limits   pack.Limits // package limits; zero fields take pack's defaults
	// AllowUnsigned accepts packages that are not signed by the model's
	// owner (development only); by default the owner's signature is required.
	AllowUnsigned bool
	// TempDir holds uploads while they are verified ("" = os.TempDir()).
	TempDir string
	// Signed checks the owner's signed request that registers a version
	// and the signed request that proves who downloads a package.
	Signed *signreq.Verifier
	// Whitelist says who may download a Proprietary model's packages
	// besides its owner.
	Whitelist hokusai.WhitelistService
	// Keys, when set, lets a caller prove who downloads with an API key
	// (Authorization: Bearer hk_…) instead of a signed request.
	Keys   KeyFinder
	Logger *slog.Logger
}

// KeyFinder finds an API key by the hex sha256 of its secret
// (hokusai.KeyService has it); ENOTFOUND when no key has it.
type KeyFinder interface {
	FindKeyByHash(ctx context.Context, secretHash string) (*hokusai.APIKey, error)
}

// Register adds the version routes to s.
func (v *Versions) Register(s *Server) {
	s.Handle("POST /v1/models/{id}/versions", http.HandlerFunc(v.handleUpload))
	s.Handle("GET /v1/models/{id}/versions", http.HandlerFunc(v.handleList))
	s.Handle("GET /v1/models/{id}/versions/{version}", http.HandlerFunc(v.handleShow))
	s.Handle("GET /v1/models/{id}/versions/{version}/package", http.HandlerFunc(v.handleDownload))
}

// VersionJSON is a model version as the API shows it.
type VersionJSON struct {
	ModelID        uint64             `json:"model_id"`
	Version        string             `json:"version"`
	Digest         string             `json:"digest"`
	ManifestDigest string             `json:"manifest_digest"`
	Size           int64              `json:"size"`
	Manifest       *hokusai.Manifest  `json:"manifest"`
	Metrics        map[string]float64 `json:"metrics"`
	Signer         string             `json:"signer"`
	Signature      string             `json:"signature"`
	Parent         *hokusai.Lineage   `json:"parent"`
	Receipts       []string           `json:"receipts"`
	CreatedAt      time.Time          `json:"created_at"`
}

// HeadJSON is a model's head version as the API shows it.
type HeadJSON struct {
	Version   string    `json:"version"`
	Score     string    `json:"score"` // decimal, e.g. "0.93"
	UpdatedAt time.Time `json:"updated_at"`
}

// VersionListJSON is the answer to GET /v1/models/{id}/versions.
type VersionListJSON struct {
	Data []VersionJSON `json:"data"`
	Head *HeadJSON     `json:"head"`
}

// FromVersion converts a domain version for the API.
func FromVersion(v *hokusai.ModelVersion) VersionJSON {
	r := v.Receipts
	if r == nil {
		r = []string{}
	}
	return VersionJSON{ModelID: v.ModelID, Version: v.Version, Digest: v.Digest, ManifestDigest: v.ManifestDigest, Size: v.Size,
		Manifest: v.Manifest, Metrics: v.Metrics, Signer: v.Signer, Signature: v.Signature, Parent: v.Parent, Receipts: r, CreatedAt: v.CreatedAt}
}

func (v *Versions) fail(w http.ResponseWriter, r *http.Request, err error) {
	l := v.Logger
	if l == nil {
		l = slog.New(slog.DiscardHandler)
	}
	Error(w, r, l, err)
}

func (v *Versions) model(ctx context.Context, r *http.Request) (*hokusai.Model, error) {
	if v.Models == nil || v.Registry == nil || v.Blobs == nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "This server has no model registry configured.")
	}
	return FindModel(ctx, v.Models, r.PathValue("id"))
}

// UploadVersion verifies a package archive read from body and registers it
// as a new version of model m: the archive goes to the blob store under its
// digest and the version into the registry. The package must be signed by
// the model's owner unless AllowUnsigned is set. The first version becomes
// the model's head at its baseline score.
func (v *Versions) UploadVersion(ctx context.Context, m *hokusai.Model, body io.Reader) (*hokusai.ModelVersion, error) {
	tmp, err := os.CreateTemp(v.TempDir, "hokusai-upload-*")
	if err != nil {
		return nil, fmt.Errorf("upload: %w", err)
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	opts := pack.VerifyOptions{Limits: v.Limits}
	if !v.AllowUnsigned {
		opts.RequireSignature = true
		opts.Signer = m.Owner
	}
	pkg, err := pack.Verify(io.TeeReader(body, tmp), opts)
	if err != nil {
		return nil, err
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("upload: %w", err)
	}
	if _, err := v.Blobs.Put(ctx, io.LimitReader(tmp, pkg.Size), pkg.Digest); err != nil {
		return nil, err
	}
	mv := &hokusai.ModelVersion{
		ModelID: m.ID, Version: pkg.Manifest.Version, Digest: pkg.Digest, ManifestDigest: pkg.ManifestDigest, Size: pkg.Size,
		Manifest: pkg.Manifest, Metrics: pkg.Manifest.Metrics, Signer: pkg.Signer, Signature: pkg.Signature, Parent: pkg.Manifest.Parent,
	}
	if err := v.Registry.CreateVersion(ctx, mv); err != nil {
		return nil, err
	}
	// A model's first version is its base model: it becomes the head at the
	// baseline score the model was created with. Later versions become head
	// only through evaluation (SetHead by the evaluator or a DAO decision).
	if _, err := v.Registry.FindHead(ctx, m.ID); hokusai.ErrorCode(err) == hokusai.ENOTFOUND && m.Baseline != nil {
		if err := v.Registry.SetHead(ctx, m.ID, mv.Version, m.Baseline); err != nil {
			return nil, err
		}
	} else if err != nil {
		return nil, err
	}
	return mv, nil
}

func (v *Versions) handleUpload(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	m, err := v.model(ctx, r)
	if err != nil {
		v.fail(w, r, err)
		return
	}
	// Who registers is checked from the headers alone: an unsigned or
	// foreign upload is refused before a byte of its body is read.
	_, s, err := v.Signed.Authenticate(r, signreq.ActionRegisterVersion, m.ID)
	if err != nil {
		v.fail(w, r, err)
		return
	}
	if !strings.EqualFold(s.Signer.Hex(), m.Owner) {
		v.fail(w, r, hokusai.Errorf(hokusai.EFORBIDDEN, "Only model %d's owner %s registers its versions; the request is signed by %s.", m.ID, m.Owner, s.Signer.Hex()))
		return
	}
	lim := v.Limits
	if lim.MaxTotalSize <= 0 {
		lim.MaxTotalSize = pack.DefaultMaxTotalSize
	}
	// A compressed archive is never much larger than its content.
	signed := &stickyReader{r: s.Body(r.Body)}
	body := &capReader{r: signed, left: lim.MaxTotalSize + lim.MaxTotalSize/8 + (64 << 10)}
	mv, err := v.UploadVersion(ctx, m, body)
	if signed.err != nil && hokusai.ErrorField(signed.err) == signreq.HeaderBodyDigest {
		// The archive is not the one signed; the package reader may have
		// reported that as a damaged archive.
		err = signed.err
	}
	if err != nil {
		v.fail(w, r, err)
		return
	}
	w.Header().Set("Location", fmt.Sprintf("/v1/models/%d/versions/%s", m.ID, url.PathEscape(mv.Version)))
	writeJSON(w, http.StatusCreated, FromVersion(mv))
}

// stickyReader remembers the first error other than io.EOF.
type stickyReader struct {
	r   io.Reader
	err error
}

func (s *stickyReader) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	if err != nil && err != io.EOF && s.err == nil {
		s.err = err
	}
	return n, err
}

// capReader fails with an EINVALID error once more than left bytes come.
type capReader struct {
	r    io.Reader
	left int64
	cap  int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.cap == 0 {
		c.cap = c.left
	}
	if c.left <= 0 {
		var one [1]byte
		if n, err := c.r.Read(one[:]); n == 0 && err != nil {
			return 0, err // the body ended exactly at the cap
		}
		return 0, hokusai.FieldErrorf("body", "The package is larger than %d bytes, this server's limit.", c.cap)
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	return n, err
}

func (v *Versions) handleList(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	m, err := v.model(ctx, r)
	if err != nil {
		v.fail(w, r, err)
		return
	}
	vs, err := v.Registry.FindVersions(ctx, m.ID)
	if err != nil {
		v.fail(w, r, err)
		return
	}
	out := VersionListJSON{Data: make([]VersionJSON, 0, len(vs))}
	for _, x := range vs {
		out.Data = append(out.Data, FromVersion(x))
	}
	h, err := v.Registry.FindHead(ctx, m.ID)
	switch {
	case err == nil:
		out.Head = &HeadJSON{Version: h.Version, Score: hokusai.FormatWad(h.Score), UpdatedAt: h.UpdatedAt}
	case hokusai.ErrorCode(err) != hokusai.ENOTFOUND:
		v.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

// version finds the model and the version the request's path names.
func (v *Versions) version(ctx context.Context, r *http.Request) (*hokusai.Model, *hokusai.ModelVersion, error) {
	m, err := v.model(ctx, r)
	if err != nil {
		return nil, nil, err
	}
	mv, err := v.Registry.FindVersion(ctx, m.ID, r.PathValue("version"))
	return m, mv, err
}

func (v *Versions) handleShow(w http.ResponseWriter, r *http.Request) {
	_, mv, err := v.version(r.Context(), r)
	if err != nil {
		v.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, FromVersion(mv))
}

func (v *Versions) handleDownload(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	m, mv, err := v.version(ctx, r)
	if err == nil {
		err = v.mayDownload(r, m)
	}
	if err != nil {
		v.fail(w, r, err)
		return
	}
	rc, err := v.Blobs.Get(ctx, mv.Digest)
	if err != nil {
		if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
			err = hokusai.Errorf(hokusai.EUNAVAILABLE, "The package %s of model %d version %s is missing from the blob store.", mv.Digest, m.ID, mv.Version)
		}
		v.fail(w, r, err)
		return
	}
	defer rc.Close()
	h := w.Header()
	h.Set("Content-Type", "application/gzip")
	h.Set("Content-Length", strconv.FormatInt(mv.Size, 10))
	h.Set("ETag", strconv.Quote(mv.Digest))
	h.Set("X-Hokusai-Digest", mv.Digest)
	h.Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", fmt.Sprintf("%s-%s.hkpkg", mv.Manifest.Name, mv.Version)))
	if _, err := io.Copy(w, rc); err != nil && v.Logger != nil {
		v.Logger.Error("package download", "model", m.ID, "version", mv.Version, "err", err)
	}
}

// mayDownload applies the model's licence to a package download: an Open
// Source model's packages go to anyone; a Proprietary model's to its owner
// and whitelisted addresses; a Decentralized model's to its owner only.
// The caller proves who they are with a signed request (action
// download_package on this model, empty body) or an API key.
func (v *Versions) mayDownload(r *http.Request, m *hokusai.Model) error {
	if m.License == hokusai.LicenseOpenSource {
		return nil
	}
	who, err := v.caller(r, m)
	if err != nil {
		return err
	}
	if strings.EqualFold(who, m.Owner) {
		return nil
	}
	if m.License == hokusai.LicenseProprietary {
		if v.Whitelist != nil {
			ok, err := v.Whitelist.Whitelisted(r.Context(), m.ID, who)
			if err != nil {
				return err
			}
			if ok {
				return nil
			}
		}
		return hokusai.Errorf(hokusai.EWHITELIST, "Model %d is proprietary: its packages download only for its owner and the addresses the owner whitelisted, and %s is not one of them.", m.ID, who)
	}
	return hokusai.Errorf(hokusai.ELICENSE, "Model %d is decentralized: its packages download only for its owner %s, not for %s; call it through the API instead.", m.ID, m.Owner, who)
}

// caller is the address a download request proves: the owner of its API
// key, or the signer of its signed request.
func (v *Versions) caller(r *http.Request, m *hokusai.Model) (string, error) {
	if secret := bearerToken(r); secret != "" && v.Keys != nil {
		sum := sha256.Sum256([]byte(secret))
		k, err := v.Keys.FindKeyByHash(r.Context(), hex.EncodeToString(sum[:]))
		if hokusai.ErrorCode(err) == hokusai.ENOTFOUND || (err == nil && !k.Active(time.Now())) {
			return "", hokusai.Errorf(hokusai.EUNAUTHORIZED, "The API key is not known to this server, or it expired or was revoked; create one with `hokusai keys create`.")
		}
		if err != nil {
			return "", err
		}
		return k.Owner, nil
	}
	if !signreq.Present(r.Header) {
		return "", hokusai.Errorf(hokusai.EUNAUTHORIZED, "Model %d's licence (%s) restricts who downloads its packages: sign the request with your wallet (action %s, model %d) or send an API key as \"Authorization: Bearer hk_…\".", m.ID, m.License, signreq.ActionDownloadPackage, m.ID)
	}
	_, s, err := v.Signed.Authenticate(r, signreq.ActionDownloadPackage, m.ID)
	if err != nil {
		return "", err
	}
	if err := s.CheckBody(nil); err != nil {
		return "", err
	}
	return s.Signer.Hex(), nil
}

// bearerToken is the secret of an "Authorization: Bearer …" header.
func bearerToken(r *http.Request) string {
	a := r.Header.Get("Authorization")
	if len(a) > 7 && strings.EqualFold(a[:7], "bearer ") {
		return strings.TrimSpace(a[7:])
	}
	return ""
}
