"""Fine-tunes a Hugging Face-format encoder (config + weights + tokenizer)
for text classification on CPU: LoRA adapters (peft) on the encoder plus a
linear head, every weight ("full"), or the head alone on the frozen
encoder ("head", the fair baseline: the pre-trained model with a head
trained on the same rows).

The model is the encoder's mean-pooled, L2-normalised token states (as
sentence-transformers pools) followed by one linear layer; softmax gives
the class probabilities.

    python hokusai_trainer.py train --model DIR --train T.jsonl [--validation V.jsonl]
        --out DIR [--method lora|full|head] [--epochs N] [--batch-size B]
        [--learning-rate LR] [--seed S] [--resume CHECKPOINT_DIR] [--export]

Rows are JSON lines (or CSV with a header) with a text column and a label
column (--text-column, --label-column; default text, label).

Progress goes to stdout as JSON lines, one object per line, with "event":
start, checkpoint (after each epoch: step, train_loss, valid_loss,
valid_accuracy, path of the checkpoint directory), done (path of the
result directory). Errors go to stderr and exit 2 (bad input) or 1.

A checkpoint directory holds state.json (step, labels, method, metrics)
and trainable.safetensors (the trainable weights and AdamW's moments);
nothing is pickled. Each epoch shuffles with seed + epoch, so a run
resumed from a checkpoint trains the same batches a run that never
stopped would have.
"""

import argparse
import csv
import json
import math
import os
import random
import shutil
import sys
import time

STATE = "state.json"
WEIGHTS = "trainable.safetensors"


class InputError(Exception):
    """A request the trainer cannot run; the message names the fix."""


def emit(event, **fields):
    fields["event"] = event
    sys.stdout.write(json.dumps(fields, sort_keys=True) + "\n")
    sys.stdout.flush()


def read_rows(path, text_col, label_col):
    with open(path, encoding="utf-8") as f:
        body = f.read()
    rows = []
    if path.endswith(".csv"):
        for r in csv.DictReader(body.splitlines()):
            rows.append(r)
    else:
        for i, line in enumerate(body.splitlines()):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError as e:
                    raise InputError(f"{path} line {i + 1} is not JSON: {e}")
    out = []
    for i, r in enumerate(rows):
        if text_col not in r or label_col not in r:
            raise InputError(f"{path} row {i + 1} lacks column {text_col!r} or {label_col!r}; each row needs the text and its label.")
        out.append((str(r[text_col]), str(r[label_col])))
    if not out:
        raise InputError(f"{path} holds no rows.")
    return out


def build(args, labels):
    """Returns (tokenizer, model) where model(input_ids, attention_mask) gives logits."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    # Seeded before anything draws: LoRA's A matrices and the head start random.
    torch.manual_seed(args.seed)
    tok = AutoTokenizer.from_pretrained(args.model)
    encoder = AutoModel.from_pretrained(args.model)
    if args.method == "lora":
        from peft import LoraConfig, get_peft_model

        cfg = LoraConfig(r=args.lora_rank, lora_alpha=2 * args.lora_rank, lora_dropout=0.05,
                         target_modules=["query", "key", "value", "dense"], bias="none")
        encoder = get_peft_model(encoder, cfg)
    elif args.method == "head":
        for p in encoder.parameters():
            p.requires_grad_(False)

    class Classifier(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = encoder
            self.head = torch.nn.Linear(encoder.config.hidden_size, len(labels))

        def embed(self, input_ids, attention_mask):
            states = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            m = attention_mask.unsqueeze(-1).to(states.dtype)
            pooled = (states * m).sum(1) / m.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

        def forward(self, input_ids, attention_mask):
            return self.head(self.embed(input_ids, attention_mask))

    return tok, Classifier()


def trainable(model):
    return {n: p for n, p in model.named_parameters() if p.requires_grad}


def save_checkpoint(path, model, opt, state):
    from safetensors.torch import save_file

    tmp = path + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    params = trainable(model)
    tensors = {"param." + n: p.detach().contiguous() for n, p in params.items()}
    steps = {}
    for n, p in params.items():
        st = opt.state.get(p)
        if st:
            tensors["adam_m." + n] = st["exp_avg"].contiguous()
            tensors["adam_v." + n] = st["exp_avg_sq"].contiguous()
            steps[n] = float(st["step"])
    state = dict(state, adam_steps=steps)
    save_file(tensors, os.path.join(tmp, WEIGHTS))
    with open(os.path.join(tmp, STATE), "w") as f:
        json.dump(state, f, sort_keys=True)
    shutil.rmtree(path, ignore_errors=True)
    os.rename(tmp, path)


def load_checkpoint(path, model, opt):
    import torch
    from safetensors.torch import load_file

    with open(os.path.join(path, STATE)) as f:
        state = json.load(f)
    tensors = load_file(os.path.join(path, WEIGHTS))
    params = trainable(model)
    missing = [n for n in params if "param." + n not in tensors]
    if missing:
        raise InputError(f"checkpoint {path} lacks weights {missing[:3]}; it was written for another method or model.")
    with torch.no_grad():
        for n, p in params.items():
            p.copy_(tensors["param." + n])
    if opt is not None:
        for n, p in params.items():
            if "adam_m." + n in tensors:
                opt.state[p] = {"step": torch.tensor(state["adam_steps"][n]),
                                "exp_avg": tensors["adam_m." + n].clone(),
                                "exp_avg_sq": tensors["adam_v." + n].clone()}
    return state


def encode(tok, texts, max_length):
    return tok(texts, padding=True, truncation=True, max_length=max_length, return_tensors="pt")


def logits_of(model, tok, rows, args, frozen):
    """Returns f(indices) → logits of those rows. With a frozen encoder
    ("head") the pooled embeddings are computed once: they never change."""
    import torch

    if frozen is not None:
        return lambda idx: model.head(frozen[idx])

    def f(idx):
        enc = encode(tok, [rows[i][0] for i in idx], args.max_length)
        return model(enc["input_ids"], enc["attention_mask"])
    return f


def embed_all(model, tok, rows, args):
    import torch

    model.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(rows), 64):
            enc = encode(tok, [t for t, _ in rows[i:i + 64]], args.max_length)
            out.append(model.embed(enc["input_ids"], enc["attention_mask"]))
    return torch.cat(out) if out else None


def evaluate(model, tok, rows, index, args, frozen=None):
    import torch

    if not rows:
        return 0.0, 0.0
    model.eval()
    f = logits_of(model, tok, rows, args, frozen)
    loss, right = 0.0, 0
    with torch.no_grad():
        for i in range(0, len(rows), 64):
            idx = list(range(i, min(i + 64, len(rows))))
            y = torch.tensor([index[rows[k][1]] for k in idx])
            logits = f(idx)
            loss += torch.nn.functional.cross_entropy(logits, y, reduction="sum").item()
            right += (logits.argmax(1) == y).sum().item()
    return loss / len(rows), right / len(rows)


def onnx_accuracy(path, tok, rows, index, args):
    """Scores the exported ONNX model with ONNX Runtime, as the server runs it."""
    import numpy as np
    import onnxruntime as ort

    sess = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
    right = 0
    for i in range(0, len(rows), 64):
        chunk = rows[i:i + 64]
        enc = tok([t for t, _ in chunk], padding=True, truncation=True, max_length=args.max_length, return_tensors="np")
        probs = sess.run(None, {"input_ids": enc["input_ids"].astype(np.int64), "attention_mask": enc["attention_mask"].astype(np.int64)})[0]
        right += int((probs.argmax(1) == np.array([index[l] for _, l in chunk])).sum())
    return right / len(rows)


def export(model, tok, labels, out, args):
    """Writes the result directory: the merged model as ONNX (input_ids,
    attention_mask → probabilities), the tokenizer files, labels.json."""
    import torch

    os.makedirs(out, exist_ok=True)
    if args.method == "lora":
        model.encoder = model.encoder.merge_and_unload()
    model.eval()

    class Probabilities(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask):
            return torch.softmax(self.inner(input_ids, attention_mask), dim=-1)

    enc = encode(tok, ["an example sentence", "two"], args.max_length)
    path = os.path.join(out, "model.onnx")
    torch.onnx.export(Probabilities(model), (enc["input_ids"], enc["attention_mask"]), path,
                      input_names=["input_ids", "attention_mask"], output_names=["probabilities"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "sequence"},
                                    "attention_mask": {0: "batch", 1: "sequence"},
                                    "probabilities": {0: "batch"}},
                      opset_version=17, dynamo=False)
    if args.quantize:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        q = os.path.join(out, "model.int8.onnx")
        quantize_dynamic(path, q, weight_type=QuantType.QInt8)
        os.replace(q, path)
    tok.save_pretrained(out)
    with open(os.path.join(out, "labels.json"), "w") as f:
        json.dump({"labels": labels, "max_length": args.max_length, "lowercase": bool(getattr(tok, "do_lower_case", True))}, f)
    return path


def train(args):
    import torch

    torch.set_num_threads(max(1, args.threads))
    train_rows = read_rows(args.train, args.text_column, args.label_column)
    valid_rows = read_rows(args.validation, args.text_column, args.label_column) if args.validation else []
    labels = sorted({l for _, l in train_rows})
    if len(labels) < 2:
        raise InputError(f"{args.train} has one label ({labels[0]!r}); a classifier needs at least two.")
    unknown = sorted({l for _, l in valid_rows} - set(labels))
    if unknown:
        raise InputError(f"the validation rows have labels the training rows lack: {unknown[:5]}.")
    index = {l: i for i, l in enumerate(labels)}
    tok, model = build(args, labels)
    params = list(trainable(model).values())
    opt = torch.optim.AdamW(params, lr=args.learning_rate, weight_decay=0.0)
    start = 0
    if args.resume:
        state = load_checkpoint(args.resume, model, opt)
        if state["labels"] != labels or state["method"] != args.method:
            raise InputError(f"checkpoint {args.resume} was written for labels {state['labels']} and method {state['method']}, not {labels} and {args.method}.")
        start = state["step"]
    n_trainable = sum(p.numel() for p in params)
    emit("start", labels=labels, train_rows=len(train_rows), validation_rows=len(valid_rows),
         method=args.method, trainable_parameters=n_trainable, from_step=start, epochs=args.epochs)
    os.makedirs(args.out, exist_ok=True)
    started = time.time()
    frozen_train = embed_all(model, tok, train_rows, args) if args.method == "head" else None
    frozen_valid = embed_all(model, tok, valid_rows, args) if args.method == "head" and valid_rows else None
    step_logits = logits_of(model, tok, train_rows, args, frozen_train)
    train_loss = valid_loss = valid_acc = 0.0
    for epoch in range(start + 1, args.epochs + 1):
        model.train()
        if args.method == "head":
            model.encoder.eval()  # no dropout in a frozen encoder
        order = list(range(len(train_rows)))
        random.Random(args.seed + epoch).shuffle(order)
        torch.manual_seed(args.seed + epoch)
        total = 0.0
        for i in range(0, len(order), args.batch_size):
            idx = order[i:i + args.batch_size]
            y = torch.tensor([index[train_rows[k][1]] for k in idx])
            loss = torch.nn.functional.cross_entropy(step_logits(idx), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item() * len(idx)
        train_loss = total / len(train_rows)
        valid_loss, valid_acc = evaluate(model, tok, valid_rows, index, args, frozen_valid)
        if not math.isfinite(train_loss):
            raise InputError(f"the training loss diverged at epoch {epoch}; lower the learning rate (now {args.learning_rate}).")
        path = os.path.join(args.out, f"checkpoint-{epoch}")
        save_checkpoint(path, model, opt, {"step": epoch, "labels": labels, "method": args.method,
                                           "train_loss": train_loss, "valid_loss": valid_loss,
                                           "valid_accuracy": valid_acc})
        emit("checkpoint", step=epoch, train_loss=train_loss, valid_loss=valid_loss,
             valid_accuracy=valid_acc, path=path, seconds=round(time.time() - started, 3))
        # Only the newest checkpoint is kept here; whoever reads the
        # events copies the ones it keeps.
        old = os.path.join(args.out, f"checkpoint-{epoch - 1}")
        if epoch - 1 > start and args.keep_checkpoints == 0:
            shutil.rmtree(old, ignore_errors=True)
    result = {"labels": labels, "train_loss": train_loss, "valid_loss": valid_loss, "valid_accuracy": valid_acc}
    test_rows = read_rows(args.test, args.text_column, args.label_column) if args.test else []
    if test_rows:
        result["test_loss"], result["test_accuracy"] = evaluate(model, tok, test_rows, index, args)
    if args.export:
        result["onnx"] = export(model, tok, labels, os.path.join(args.out, "result"), args)
        result["path"] = os.path.join(args.out, "result")
        if test_rows:
            result["onnx_test_accuracy"] = onnx_accuracy(result["onnx"], tok, test_rows, index, args)
    emit("done", seconds=round(time.time() - started, 3), **result)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train", help="fine-tune, writing a checkpoint per epoch")
    t.add_argument("--model", required=True, help="directory of a Hugging Face-format model (config.json, weights, tokenizer)")
    t.add_argument("--train", required=True)
    t.add_argument("--validation")
    t.add_argument("--test", help="rows scored once at the end (test_accuracy in the done event)")
    t.add_argument("--out", required=True)
    t.add_argument("--method", choices=["lora", "full", "head"], default="lora")
    t.add_argument("--epochs", type=int, default=5)
    t.add_argument("--batch-size", type=int, default=16)
    t.add_argument("--learning-rate", type=float, default=1e-3)
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--resume", help="a checkpoint directory this trainer wrote")
    t.add_argument("--export", action="store_true", help="write result/ (ONNX model + tokenizer) at the end")
    t.add_argument("--quantize", action="store_true", help="store the exported ONNX weights as int8 (dynamic quantization)")
    t.add_argument("--text-column", default="text")
    t.add_argument("--label-column", default="label")
    t.add_argument("--max-length", type=int, default=64)
    t.add_argument("--lora-rank", type=int, default=8)
    t.add_argument("--threads", type=int, default=int(os.environ.get("HOKUSAI_TRAINER_THREADS", "2")))
    t.add_argument("--keep-checkpoints", type=int, default=0)
    args = ap.parse_args(argv)
    if args.epochs < 1 or args.batch_size < 1 or not (args.learning_rate > 0):
        print("epochs and batch size must be at least 1 and the learning rate above 0.", file=sys.stderr)
        return 2
    try:
        train(args)
    except InputError as e:
        print(str(e), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
