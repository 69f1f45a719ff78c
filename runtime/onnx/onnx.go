// Package onnx runs ONNX models (PyTorch, TensorFlow and scikit-learn
// exports) with ONNX Runtime, loaded at run time from a shared library
// (github.com/yalue/onnxruntime_go, cgo). Without cgo, or without the
// library, Load returns an EUNAVAILABLE error that says how to install it.
package onnx

import (
	"os"
	"path/filepath"
	"runtime"

	"github.com/hokusai-protocol/hokusai"
)

// LibEnv is the environment variable that points at libonnxruntime.so.1.
const LibEnv = "HOKUSAI_ONNXRUNTIME_LIB"

// InstallScript is the script that puts the library at DefaultLibPath.
const InstallScript = "runtime/onnx/install-ort.sh"

// DefaultLibPath is where install-ort.sh puts the library: lib/ beside this
// package's source. A binary built elsewhere should set HOKUSAI_ONNXRUNTIME_LIB.
func DefaultLibPath() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return filepath.Join("runtime", "onnx", "lib", "libonnxruntime.so.1")
	}
	return filepath.Join(filepath.Dir(file), "lib", "libonnxruntime.so.1")
}

// LibPath returns the library path to use: explicit if not empty, else
// $HOKUSAI_ONNXRUNTIME_LIB, else DefaultLibPath.
func LibPath(explicit string) string {
	if explicit != "" {
		return explicit
	}
	if p := os.Getenv(LibEnv); p != "" {
		return p
	}
	return DefaultLibPath()
}

// Options configure Load.
type Options struct {
	Lib string // path of libonnxruntime.so.1; see LibPath
	hokusai.RuntimeOptions
}

func unavailable(path, why string) error {
	return hokusai.Errorf(hokusai.EUNAVAILABLE, "The ONNX runtime library is not available: %s (looked at %s). Run %s, or set %s to the path of libonnxruntime.so.1.", why, path, InstallScript, LibEnv)
}
