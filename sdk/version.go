package sdk

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/signreq"
)

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
	sr := signreq.NewRequest(signreq.ActionRegisterVersion, id, nil, time.Now())
	sr.BodyDigest = digest
	r, err := c.gen.UploadVersionWithBodyWithResponse(ctx, strconv.FormatUint(id, 10), "application/gzip", body, c.signedDigest(sr, size, owner))
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON201 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON201.ToVersion()
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
			// Hide the seeker: the client must stream it, not buffer it.
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
	if c.err != nil {
		return nil, nil, c.err
	}
	r, err := c.gen.ListVersionsWithResponse(ctx, model)
	if err != nil {
		return nil, nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, nil, c.statusError(r.HTTPResponse, r.Body)
	}
	out := make([]*hokusai.ModelVersion, len(r.JSON200.Data))
	for i, a := range r.JSON200.Data {
		if out[i], err = a.ToVersion(); err != nil {
			return nil, nil, err
		}
	}
	var head *hokusai.Head
	if h := r.JSON200.Head; h != nil {
		var modelID uint64
		if len(out) > 0 {
			modelID = out[0].ModelID
		}
		if head, err = h.ToHead(modelID); err != nil {
			return nil, nil, err
		}
	}
	return out, head, nil
}

// GetVersion returns one version of a model.
func (c *Client) GetVersion(ctx context.Context, model, version string) (*hokusai.ModelVersion, error) {
	if c.err != nil {
		return nil, c.err
	}
	r, err := c.gen.GetVersionWithResponse(ctx, model, version)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON200.ToVersion()
}

// DownloadPackage writes a version's archive to w as it arrives and
// returns its digest, checked against the bytes received. An Open Source
// model's packages download for anyone; a Proprietary model's only for its
// owner and whitelisted addresses, a Decentralized model's only for its
// owner, who prove who they are with who (a signed request or an API key).
func (c *Client) DownloadPackage(ctx context.Context, model, version string, w io.Writer, who Caller) (string, error) {
	if c.err != nil {
		return "", c.err
	}
	var id uint64
	if who.Key != nil { // a signature names the model's numeric id
		var err error
		if id, err = c.ModelID(ctx, model); err != nil {
			return "", err
		}
		model = strconv.FormatUint(id, 10)
	}
	resp, err := c.gen.ClientInterface.DownloadVersionPackage(ctx, model, version, c.editor(signreq.ActionDownloadPackage, id, who))
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
