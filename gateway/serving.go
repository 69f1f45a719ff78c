package gateway

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
	"github.com/hokusai-protocol/hokusai/pack"
	hkruntime "github.com/hokusai-protocol/hokusai/runtime"
	"github.com/hokusai-protocol/hokusai/runtime/remote"
)

// Served is a model version loaded and ready to answer calls.
type Served struct {
	ModelID   uint64
	Version   string
	Digest    string
	Manifest  *hokusai.Manifest
	Predictor hokusai.Predictor
	// Endpoint is the remote endpoint of a remote-openai model, which
	// /v1/chat/completions forwards to; nil for other runtimes.
	Endpoint *hokusai.EndpointSpec
	// Client calls Endpoint (nil: the gateway's Config.HTTPClient), and
	// Credential returns the key its owner set for it ("" for none; nil
	// sends none).
	Client     *http.Client
	Credential func(ctx context.Context) (string, error)

	featuresOnce sync.Once
	features     map[string]bool // the inputs the model reads; nil when it does not say
	featureList  string
	schema       inputSchema // the manifest's input_schema, compiled once
	schemaWarn   sync.Once
}

// Serving opens the version of a model that calls should use.
type Serving interface {
	// Serve returns the model's head version, loaded. EUNAVAILABLE when the
	// model has no version yet or its package cannot be loaded.
	Serve(ctx context.Context, modelID uint64) (*Served, error)
}

// PackageCache serves each model's head version: it fetches the package
// from the blob store, verifies and extracts it once under Dir (by digest),
// opens its Predictor through the runtime registry, and keeps it loaded. It
// looks at the head again every HeadTTL, so a new head is served within
// that time.
type PackageCache struct {
	Registry hokusai.RegistryService
	Blobs    blob.Store
	Dir      string           // extracted packages, one directory per digest
	Runtime  hkruntime.Config // passed to runtime.Open; its HTTPClient calls remote endpoints
	HeadTTL  time.Duration    // default 5s
	// Secrets holds the keys owners set for their models' remote
	// endpoints; each is sent to its own model's endpoint only. Nil sends
	// none.
	Secrets hokusai.EndpointSecretService

	mu      sync.RWMutex
	entries map[uint64]*cacheEntry
	loadMu  sync.Mutex // one load at a time; loads are rare
}

type cacheEntry struct {
	served  *Served
	checked time.Time
}

// Serve implements Serving.
func (c *PackageCache) Serve(ctx context.Context, modelID uint64) (*Served, error) {
	ttl := c.HeadTTL
	if ttl == 0 {
		ttl = 5 * time.Second
	}
	c.mu.RLock()
	e := c.entries[modelID]
	c.mu.RUnlock()
	if e != nil && time.Since(e.checked) < ttl {
		return e.served, nil
	}
	c.loadMu.Lock()
	defer c.loadMu.Unlock()
	c.mu.RLock()
	e = c.entries[modelID]
	c.mu.RUnlock()
	if e != nil && time.Since(e.checked) < ttl {
		return e.served, nil
	}
	head, err := c.Registry.FindHead(ctx, modelID)
	if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Model %d has no registered version to serve yet; its owner registers one with `hokusai model register`.", modelID)
	}
	if err != nil {
		return nil, fmt.Errorf("find head: %w", err)
	}
	if e != nil && e.served.Version == head.Version {
		c.store(modelID, &cacheEntry{served: e.served, checked: time.Now()})
		return e.served, nil
	}
	s, err := c.load(ctx, modelID, head.Version)
	if err != nil {
		return nil, err
	}
	c.store(modelID, &cacheEntry{served: s, checked: time.Now()})
	// The previous version's Predictor is left to the garbage collector:
	// calls in flight may still hold it.
	return s, nil
}

func (c *PackageCache) store(id uint64, e *cacheEntry) {
	c.mu.Lock()
	if c.entries == nil {
		c.entries = map[uint64]*cacheEntry{}
	}
	c.entries[id] = e
	c.mu.Unlock()
}

// load fetches, extracts (once per digest) and opens one version.
func (c *PackageCache) load(ctx context.Context, modelID uint64, version string) (*Served, error) {
	v, err := c.Registry.FindVersion(ctx, modelID, version)
	if err != nil {
		return nil, fmt.Errorf("find version: %w", err)
	}
	dir := filepath.Join(c.Dir, strings.TrimPrefix(v.Digest, "sha256:"))
	if _, err := os.Stat(filepath.Join(dir, "manifest.json")); err != nil {
		if err := c.extract(ctx, v.Digest, dir); err != nil {
			return nil, err
		}
	}
	man := v.Manifest
	if man == nil {
		b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
		if err != nil {
			return nil, fmt.Errorf("read manifest: %w", err)
		}
		if man, err = pack.ParseManifest(b); err != nil {
			return nil, err
		}
	}
	cred := c.credential(modelID)
	p, err := c.open(man.Runtime, filepath.Join(dir, "model"), cred)
	if err != nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Model %d version %s cannot be loaded: %s", modelID, version, hokusai.ErrorMessage(err))
	}
	s := &Served{ModelID: modelID, Version: version, Digest: v.Digest, Manifest: man, Predictor: p, Client: c.Runtime.HTTPClient, Credential: cred}
	if man.Runtime.Kind == hokusai.RuntimeRemoteOpenAI {
		if o, err := hokusai.ParseRuntimeOptions(man.Runtime); err == nil {
			s.Endpoint = o.Endpoint
		}
	}
	return s, nil
}

// open loads a predictor; a remote runtime gets the model's credential
// from the server, never from the manifest.
func (c *PackageCache) open(spec hokusai.RuntimeSpec, dir string, cred func(context.Context) (string, error)) (hokusai.Predictor, error) {
	switch spec.Kind {
	case hokusai.RuntimeRemoteJSON, hokusai.RuntimeRemoteOpenAI:
		opts, err := hokusai.ParseRuntimeOptions(spec)
		if err != nil {
			return nil, err
		}
		if spec.Kind == hokusai.RuntimeRemoteJSON {
			return remote.NewJSON(opts, c.Runtime.HTTPClient, remote.WithCredential(cred))
		}
		return remote.NewOpenAI(opts, c.Runtime.HTTPClient, remote.WithCredential(cred))
	}
	return hkruntime.Open(spec, dir, c.Runtime)
}

// credential returns the resolver of one model's endpoint secret: read at
// each request, so a key the owner sets or rotates is used at once.
func (c *PackageCache) credential(modelID uint64) func(context.Context) (string, error) {
	return func(ctx context.Context) (string, error) {
		if c.Secrets == nil {
			return "", nil
		}
		key, err := c.Secrets.EndpointSecret(ctx, modelID)
		if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
			return "", nil
		}
		if err != nil {
			if hokusai.ErrorCode(err) == hokusai.EINTERNAL {
				err = fmt.Errorf("model %d endpoint secret: %w", modelID, err)
			}
			return "", err
		}
		return key, nil
	}
}

// extract verifies the blob and unpacks it into dir through a temporary
// sibling, so a crash never leaves a half-written directory behind.
func (c *PackageCache) extract(ctx context.Context, digest, dir string) error {
	r, err := c.Blobs.Get(ctx, digest)
	if err != nil {
		if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
			return hokusai.Errorf(hokusai.EUNAVAILABLE, "The package %s is missing from the blob store; upload it again.", digest)
		}
		return fmt.Errorf("get package: %w", err)
	}
	defer r.Close()
	if err := os.MkdirAll(c.Dir, 0o755); err != nil {
		return fmt.Errorf("package cache: %w", err)
	}
	tmp, err := os.MkdirTemp(c.Dir, ".extract-")
	if err != nil {
		return fmt.Errorf("package cache: %w", err)
	}
	defer os.RemoveAll(tmp)
	if _, err := pack.Extract(r, tmp, pack.VerifyOptions{}); err != nil {
		return hokusai.Errorf(hokusai.EUNAVAILABLE, "The package %s does not verify: %s", digest, hokusai.ErrorMessage(err))
	}
	if err := os.Rename(tmp, dir); err != nil && !errors.Is(err, os.ErrExist) {
		if _, serr := os.Stat(filepath.Join(dir, "manifest.json")); serr != nil {
			return fmt.Errorf("package cache: %w", err)
		}
	}
	return nil
}

// Close releases every loaded Predictor.
func (c *PackageCache) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var errs []error
	for _, e := range c.entries {
		errs = append(errs, e.served.Predictor.Close())
	}
	c.entries = nil
	return errors.Join(errs...)
}
