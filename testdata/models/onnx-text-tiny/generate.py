"""Writes model.onnx: a stand-in for an exported text classifier with the
inputs and output of finetune/trainer's exports (input_ids and
attention_mask, int64 [batch, sequence] → probabilities, float [batch, 2])
whose answer is easy to recompute: softmax([n / 10, s / 100000]) where n
is the number of unmasked tokens and s the sum of their ids. Its tokenizer
is all-MiniLM-L6-v2's (runtime/wordpiece/testdata).

    finetune/trainer/.venv/bin/python testdata/models/onnx-text-tiny/generate.py
"""

import os

import onnx
from onnx import TensorProto, helper

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ids = helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "sequence"])
    mask = helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "sequence"])
    out = helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["batch", 2])
    axes = helper.make_tensor("axes", TensorProto.INT64, [1], [1])
    c1 = helper.make_tensor("c1", TensorProto.FLOAT, [], [0.1])
    c2 = helper.make_tensor("c2", TensorProto.FLOAT, [], [0.00001])
    nodes = [
        helper.make_node("ReduceSum", ["attention_mask", "axes"], ["n"], keepdims=1),
        helper.make_node("Mul", ["input_ids", "attention_mask"], ["masked"]),
        helper.make_node("ReduceSum", ["masked", "axes"], ["s"], keepdims=1),
        helper.make_node("Cast", ["n"], ["nf"], to=TensorProto.FLOAT),
        helper.make_node("Cast", ["s"], ["sf"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["nf", "c1"], ["a"]),
        helper.make_node("Mul", ["sf", "c2"], ["b"]),
        helper.make_node("Concat", ["a", "b"], ["logits"], axis=1),
        helper.make_node("Softmax", ["logits"], ["probabilities"], axis=1),
    ]
    graph = helper.make_graph(nodes, "text-tiny", [ids, mask], [out], initializer=[axes, c1, c2])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="hokusai")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(HERE, "model.onnx"))


if __name__ == "__main__":
    main()
