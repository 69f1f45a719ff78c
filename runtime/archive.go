package runtime

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/pack"
)

// Archive is a model loaded from a package archive held in memory: the
// evaluator scores contributed candidates and head versions this way
// without a registry or a package cache.
type Archive struct {
	hokusai.Predictor
	Package *hokusai.Package // the verified manifest, digest and signer
	dir     string
}

// Close releases the model and removes its unpacked files.
func (a *Archive) Close() error {
	err := a.Predictor.Close()
	return errors.Join(err, os.RemoveAll(a.dir))
}

// OpenArchive verifies a package archive as any upload is verified
// (pack.Extract: every file against the manifest, the signature, no
// pickles, lim's bounds), unpacks it into a new directory under tmp ("" is
// the system's) and loads the model its manifest names. Only runtimes that
// run inside this process are opened: a package naming a remote endpoint
// is refused (EINVALID, field runtime.kind), so scoring a package never
// calls out to a host it names.
func OpenArchive(archive []byte, lim pack.Limits, tmp string, cfg Config) (*Archive, error) {
	dir, err := os.MkdirTemp(tmp, "archive-")
	if err != nil {
		return nil, fmt.Errorf("open archive: %w", err)
	}
	pkg, err := pack.Extract(bytes.NewReader(archive), dir, pack.VerifyOptions{Limits: lim})
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	spec := pkg.Manifest.Runtime
	if strings.HasPrefix(spec.Kind, "remote-") {
		os.RemoveAll(dir)
		return nil, hokusai.FieldErrorf("runtime.kind", "The package runs on %s, which calls a remote endpoint; only packages whose model runs in the server (%s) can be scored here.", spec.Kind, strings.Join(LocalRuntimes(), ", "))
	}
	p, err := Open(spec, filepath.Join(dir, "model"), cfg)
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return &Archive{Predictor: p, Package: pkg, dir: dir}, nil
}

// LocalRuntimes are the runtimes whose model file runs inside the server.
func LocalRuntimes() []string {
	return []string{hokusai.RuntimeLinear, hokusai.RuntimeSoftmax, hokusai.RuntimeONNX, hokusai.RuntimeXGBoost, hokusai.RuntimeLightGBM}
}
