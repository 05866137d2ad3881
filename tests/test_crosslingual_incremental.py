"""Incremental analyze and the cross-language stage: the sentence model embeds only the new
articles' quotations; the vectors of earlier ones are read from the store (issue 15). Invented text;
a stand-in model (vectors from a hash of the text), so no optional package is needed."""

from __future__ import annotations

import hashlib

import numpy as np

from refrain.crosslingual.embed import DIM, MODEL_NAME

FA_ARTICLE = (
    "صادرات زعفران افزایش می‌یابد\n\n"
    "به گزارش خبرگزاری ساختگی، رضا کریمی رئیس اتحادیه صادرکنندگان در جمع خبرنگاران گفت: "
    "امسال ۴۵۰۰ تن زعفران و ۱۲۰ تن پسته صادر خواهیم کرد.\n"
)
# ten later English articles, each with its own rendering-like quotation of the same speaker
OPENINGS = ["Surely", "Clearly", "Certainly", "Indeed", "Evidently", "Plainly", "Undoubtedly", "Naturally",
            "Obviously", "Frankly"]  # fmt: skip


def en_article(opening: str) -> str:
    return (
        f"Exporters speak of a good year ({opening.lower()})\n\n"
        "Iran expects a record year for its farm exports. Reza Karimi, head of the exporters' union, said: "
        f"\u201c{opening}, we will export 4,500 tonnes of saffron and 120 tonnes of pistachio this year.\u201d "
        "The union represents several hundred firms.\n"
    )


class HashModel:
    """Unit vectors from a hash of each text; counts what it is asked to embed."""

    name = MODEL_NAME

    def __init__(self) -> None:
        self.texts: list[str] = []

    def embed(self, texts: list[str]) -> np.ndarray:
        self.texts.extend(texts)
        rows = [
            np.random.default_rng(
                int.from_bytes(hashlib.sha256(t.encode()).digest()[:8], "little")
            ).standard_normal(DIM)
            for t in texts
        ]
        v = np.asarray(rows, dtype=np.float32).reshape(len(texts), DIM)
        return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_ten_new_articles_embed_only_their_quotations(tmp_path, monkeypatch) -> None:
    from refrain import api
    from refrain.analyze import analyze
    from refrain.crosslingual import stage
    from refrain.store import Store

    model = HashModel()
    monkeypatch.setattr(stage, "load_model", lambda: model)
    (tmp_path / "fa.txt").write_text(FA_ARTICLE, encoding="utf-8")
    (tmp_path / "en0.txt").write_text(en_article("Happily"), encoding="utf-8")
    db = tmp_path / "s.duckdb"
    api.ingest([str(tmp_path / "fa.txt"), str(tmp_path / "en0.txt")], db)
    analyze(db, workers=1, search_index=False)
    first = list(model.texts)
    assert any("Happily" in t for t in first) and any("زعفران" in t for t in first)

    new = []
    for n, opening in enumerate(OPENINGS, 1):
        (tmp_path / f"en{n}.txt").write_text(en_article(opening), encoding="utf-8")
        new.append(str(tmp_path / f"en{n}.txt"))
    api.ingest(new, db)
    analyze(db, workers=1, search_index=False)
    again = model.texts[len(first) :]
    # one text for each new quotation, and nothing of the earlier ones (vectors kept in the store)
    assert len(again) == len(OPENINGS)
    assert sorted(next(o for o in OPENINGS if t.startswith(o)) for t in again) == sorted(OPENINGS)
    with Store(db, read_only=True) as store:
        stored = store.query("SELECT count(*) AS n FROM quote_embeddings WHERE model = ?", [MODEL_NAME])[0][
            "n"
        ]
    assert stored == 2 + len(OPENINGS)  # the Persian one, the first English one, the ten new

    analyze(db, workers=1, search_index=False)  # nothing new: nothing embedded
    assert len(model.texts) == len(first) + len(OPENINGS)
