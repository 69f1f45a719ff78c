#!/usr/bin/env bash
# Installs the ONNX Runtime shared library that runtime/onnx loads at run time.
# It takes libonnxruntime.so.1 from the npm package onnxruntime-node (MIT,
# Microsoft) without running its install scripts, and copies it to
# runtime/onnx/lib/ (gitignored; 46 MB). Idempotent: a second run with the
# library already in place does nothing.
#
# Usage: runtime/onnx/install-ort.sh [DEST_DIR]
set -euo pipefail

ORT_NPM_VERSION="${ORT_NPM_VERSION:-1.30.0}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dest="${1:-$here/lib}"
lib="$dest/libonnxruntime.so.1"

case "$(uname -s)/$(uname -m)" in
  Linux/x86_64) arch=x64 ;;
  Linux/aarch64) arch=arm64 ;;
  *) echo "install-ort.sh: unsupported platform $(uname -s)/$(uname -m); set HOKUSAI_ONNXRUNTIME_LIB to your own libonnxruntime" >&2; exit 1 ;;
esac

stamp="$dest/.onnxruntime-node-$ORT_NPM_VERSION"
if [[ -f "$lib" && -f "$stamp" ]]; then
  # already installed: stay quiet, as make deps expects
  exit 0
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
echo "installing onnxruntime-node@$ORT_NPM_VERSION (npm, --ignore-scripts) into $scratch"
(cd "$scratch" && npm install --silent --no-audit --no-fund --ignore-scripts --no-save \
  "onnxruntime-node@$ORT_NPM_VERSION" >/dev/null)

src="$scratch/node_modules/onnxruntime-node/bin/napi-v6/linux/$arch"
shopt -s nullglob
files=("$src"/libonnxruntime.so.1*)
if [[ ${#files[@]} -eq 0 ]]; then
  echo "install-ort.sh: no libonnxruntime.so.1* under $src" >&2
  exit 1
fi
mkdir -p "$dest"
for f in "${files[@]}"; do
  cp -f "$f" "$dest/"
done
# The loader asks for libonnxruntime.so.1; make sure that name exists even
# when the package ships only the fully versioned file.
if [[ ! -e "$lib" ]]; then
  ln -sf "$(basename "${files[0]}")" "$lib"
fi
lic=$(node -p "require('$scratch/node_modules/onnxruntime-node/package.json').license" 2>/dev/null || echo MIT)
printf 'libonnxruntime.so.1: ONNX Runtime, copyright Microsoft Corporation, licence %s,\nfrom the npm package onnxruntime-node@%s (bin/napi-v6/linux/%s).\n' "$lic" "$ORT_NPM_VERSION" "$arch" > "$dest/SOURCE"
touch "$stamp"
echo "installed $(ls "$dest" | tr '\n' ' ')into $dest"
