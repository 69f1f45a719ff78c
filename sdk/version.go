package sdk

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"

	"github.com/hokusai-protocol/hokusai"
	hhttp "github.com/hokusai-protocol/hokusai/http"
)

// The registry's version endpoints are served by http.Versions and are not
// in openapi.yaml yet, so these helpers speak plain HTTP.

// UploadPackage uploads a package archive as a new version of the model
// (id or ticker). The server verifies it, stores it and records the version
// the manifest declares.
func (c *Client) UploadPackage(ctx context.Context, model string, archive io.Reader) (*hokusai.ModelVersion, error) {
	var v hhttp.VersionJSON
	if err := c.doVersions(ctx, http.MethodPost, versionsPath(model), archive, http.StatusCreated, &v); err != nil {
		return nil, err
	}
	return v.ToVersion(), nil
}

// ListVersions returns a model's versions in semver order and its head
// (nil when it has none yet).
func (c *Client) ListVersions(ctx context.Context, model string) ([]*hokusai.ModelVersion, *hokusai.Head, error) {
	var l hhttp.VersionListJSON
	if err := c.doVersions(ctx, http.MethodGet, versionsPath(model), nil, http.StatusOK, &l); err != nil {
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
	if err := c.doVersions(ctx, http.MethodGet, versionsPath(model)+"/"+url.PathEscape(version), nil, http.StatusOK, &v); err != nil {
		return nil, err
	}
	return v.ToVersion(), nil
}

// DownloadPackage writes a version's archive to w and returns its digest,
// checked against the bytes received.
func (c *Client) DownloadPackage(ctx context.Context, model, version string, w io.Writer) (string, error) {
	if c.err != nil {
		return "", c.err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+versionsPath(model)+"/"+url.PathEscape(version)+"/package", nil)
	if err != nil {
		return "", fmt.Errorf("download package: %w", err)
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
	h := sha256.New()
	if _, err := io.Copy(io.MultiWriter(w, h), resp.Body); err != nil {
		return "", c.transportError(ctx, err)
	}
	got := "sha256:" + hex.EncodeToString(h.Sum(nil))
	if want := resp.Header.Get("X-Hokusai-Digest"); want != "" && want != got {
		return "", hokusai.Errorf(hokusai.EINTERNAL, "The package downloaded from %s hashes to %s, not to %s as the server says; download it again.", c.baseURL, got, want)
	}
	return got, nil
}

func versionsPath(model string) string { return "/v1/models/" + url.PathEscape(model) + "/versions" }

// doVersions sends one request and decodes the JSON answer into out.
func (c *Client) doVersions(ctx context.Context, method, path string, body io.Reader, want int, out any) error {
	if c.err != nil {
		return c.err
	}
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, body)
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, err)
	}
	if body != nil {
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
