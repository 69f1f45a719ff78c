package sdk

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// The registry's version endpoints are served by http.Versions and are not
// in openapi.yaml yet, so these helpers speak plain HTTP.

// UploadPackage uploads a package archive as a new version of the model
// (id or ticker) in a request signed by owner, the model's owner, for this
// model. The server verifies the archive, stores it and records the
// version the manifest declares. An archive that can seek (a file) is
// hashed first and then streamed; any other is read into memory.
func (c *Client) UploadPackage(ctx context.Context, model string, archive io.Reader, owner *ecdsa.PrivateKey) (*hokusai.ModelVersion, error) {
	if c.err != nil {
		return nil, c.err
	}
	id, err := c.ModelID(ctx, model)
	if err != nil {
		return nil, err
	}
	body, size, digest, err := hashBody(archive)
	if err != nil {
		return nil, err
	}
	r := signreq.NewRequest(signreq.ActionRegisterVersion, id, nil, time.Now())
	r.BodyDigest = digest
	h := http.Header{}
	if err := c.signDigest(ctx, h, r, owner); err != nil {
		return nil, err
	}
	var v hhttp.VersionJSON
	if err := c.doVersions(ctx, http.MethodPost, versionsPath(strconv.FormatUint(id, 10)), h, body, size, http.StatusCreated, &v); err != nil {
		return nil, err
	}
	return v.ToVersion(), nil
}

// hashBody returns a reader of archive from its start, its length and its
// sha256.
func hashBody(archive io.Reader) (io.Reader, int64, common.Hash, error) {
	if rs, ok := archive.(io.ReadSeeker); ok {
		start, err := rs.Seek(0, io.SeekCurrent)
		if err == nil {
			hs := sha256.New()
			n, err := io.Copy(hs, rs)
			if err != nil {
				return nil, 0, common.Hash{}, hokusai.FieldErrorf("package", "Cannot read the package: %v.", err)
			}
			if _, err := rs.Seek(start, io.SeekStart); err != nil {
				return nil, 0, common.Hash{}, hokusai.FieldErrorf("package", "Cannot read the package: %v.", err)
			}
			return io.LimitReader(rs, n), n, common.BytesToHash(hs.Sum(nil)), nil
		}
	}
	b, err := io.ReadAll(archive)
	if err != nil {
		return nil, 0, common.Hash{}, hokusai.FieldErrorf("package", "Cannot read the package: %v.", err)
	}
	return bytes.NewReader(b), int64(len(b)), sha256.Sum256(b), nil
}

// ListVersions returns a model's versions in semver order and its head
// (nil when it has none yet).
func (c *Client) ListVersions(ctx context.Context, model string) ([]*hokusai.ModelVersion, *hokusai.Head, error) {
	var l hhttp.VersionListJSON
	if err := c.doVersions(ctx, http.MethodGet, versionsPath(model), nil, nil, 0, http.StatusOK, &l); err != nil {
		return nil, nil, err
	}
	out := make([]*hokusai.ModelVersion, len(l.Data))
	for i, v := range l.Data {
		out[i] = v.ToVersion()
	}
	var head *hokusai.Head
	if l.Head != nil {
		score, err := hokusai.ParseWad("score", l.Head.Score)
		if err != nil {
			return nil, nil, fmt.Errorf("head score: %w", err)
		}
		head = &hokusai.Head{Version: l.Head.Version, Score: score, UpdatedAt: l.Head.UpdatedAt}
		if len(out) > 0 {
			head.ModelID = out[0].ModelID
		}
	}
	return out, head, nil
}

// GetVersion returns one version of a model.
func (c *Client) GetVersion(ctx context.Context, model, version string) (*hokusai.ModelVersion, error) {
	var v hhttp.VersionJSON
	if err := c.doVersions(ctx, http.MethodGet, versionsPath(model)+"/"+url.PathEscape(version), nil, nil, 0, http.StatusOK, &v); err != nil {
		return nil, err
	}
	return v.ToVersion(), nil
}

// DownloadPackage writes a version's archive to w and returns its digest,
// checked against the bytes received. An Open Source model's packages
// download for anyone; a Proprietary model's only for its owner and
// whitelisted addresses, a Decentralized model's only for its owner, who
// prove who they are with who (a signed request or an API key).
func (c *Client) DownloadPackage(ctx context.Context, model, version string, w io.Writer, who Caller) (string, error) {
	if c.err != nil {
		return "", c.err
	}
	path := versionsPath(model) + "/" + url.PathEscape(version) + "/package"
	h := http.Header{}
	switch {
	case who.Key != nil:
		id, err := c.ModelID(ctx, model)
		if err != nil {
			return "", err
		}
		if err := c.Sign(ctx, h, signreq.ActionDownloadPackage, id, nil, who.Key); err != nil {
			return "", err
		}
		path = versionsPath(strconv.FormatUint(id, 10)) + "/" + url.PathEscape(version) + "/package"
	case who.APIKey != "":
		h.Set("Authorization", "Bearer "+who.APIKey)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+path, nil)
	if err != nil {
		return "", fmt.Errorf("download package: %w", err)
	}
	for k, v := range h {
		req.Header[k] = v
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return "", c.transportError(ctx, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
		return "", c.statusError(resp, b)
	}
	hs := sha256.New()
	if _, err := io.Copy(io.MultiWriter(w, hs), resp.Body); err != nil {
		return "", c.transportError(ctx, err)
	}
	got := "sha256:" + hex.EncodeToString(hs.Sum(nil))
	if want := resp.Header.Get("X-Hokusai-Digest"); want != "" && want != got {
		return "", hokusai.Errorf(hokusai.EINTERNAL, "The package downloaded from %s hashes to %s, not to %s as the server says; download it again.", c.baseURL, got, want)
	}
	return got, nil
}

func versionsPath(model string) string { return "/v1/models/" + url.PathEscape(model) + "/versions" }

// doVersions sends one request and decodes the JSON answer into out.
func (c *Client) doVersions(ctx context.Context, method, path string, hdr http.Header, body io.Reader, size int64, want int, out any) error {
	if c.err != nil {
		return c.err
	}
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, body)
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, err)
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	if body != nil {
		req.ContentLength = size
		req.Header.Set("Content-Type", "application/gzip")
	}
	req.Header.Set("Accept", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return c.transportError(ctx, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return c.transportError(ctx, err)
	}
	if resp.StatusCode != want {
		return c.statusError(resp, b)
	}
	if err := json.Unmarshal(b, out); err != nil {
		return hokusai.Errorf(hokusai.EINTERNAL, "The answer from %s could not be read: %v.", c.baseURL, err)
	}
	return nil
}
