"""bench/third_party_text.py on a tiny invented repo and "shared" folder (no ../shared needed)."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import third_party_text  # noqa: E402

# Invented sentences: one "article" sentence planted in the repo, one formula on the allow-list.
PLANTED = "The lighthouse keeper of Varrow Point counted eleven copper gulls before dawn."
FORMULA = "according to the weekly bulletin of the Varrow harbour board"
OWN = "A sentence the repo wrote itself about tide tables and nothing else at all."


def make_shared(root: Path) -> Path:
    shared = root / "shared"
    (shared / "seeds").mkdir(parents=True)
    (shared / "seeds" / "000_x.txt").write_text(f"Heading.\n{PLANTED}\n", encoding="utf-8")
    tehran = shared / "data" / "tehran-times"
    tehran.mkdir(parents=True)
    with gzip.open(tehran / "tehran_times_33k.jsonl.gz", "wt", encoding="utf-8") as handle:
        for number in range(3):
            row = {"id": str(number), "text": f"Ships waited, {FORMULA}, for the storm to pass."}
            handle.write(json.dumps(row) + "\n")
    fars = shared / "data" / "fars-news"
    fars.mkdir(parents=True)
    article = {"title": "t", "paragraphs": ["باد شمالی امروز هفت قایق کوچک را به ساحل شنی آورد"]}
    (fars / "fars-news-1.json").write_text(json.dumps([article]), encoding="utf-8")
    return shared


def make_repo(root: Path, allow_lines: list[str]) -> tuple[Path, Path]:
    repo = root / "repo"
    (repo / "tests").mkdir(parents=True)
    # The planted sentence wrapped over two lines, in other case and punctuation: still a copy.
    words = PLANTED.lower().rstrip(".").split()
    wrapped = " ".join(words[:6]) + "\n# " + ", ".join(words[6:])
    (repo / "tests" / "test_x.py").write_text(f'"""{OWN}"""\n# {wrapped}\n', encoding="utf-8")
    (repo / "docs").mkdir()
    (repo / "docs" / "notes.md").write_text(f"Gulls rested, {FORMULA} says.\n", encoding="utf-8")
    (repo / "src").mkdir()
    (repo / "src" / "fa.py").write_text(
        "# باد شمالی امروز هفت قایق کوچک را به ساحل شنی آورد\n", encoding="utf-8"
    )
    allow = repo / "allow.txt"
    allow.write_text("\n".join(allow_lines) + "\n", encoding="utf-8")
    return repo, allow


def test_finds_a_planted_sentence_and_respects_the_allow_list(tmp_path: Path) -> None:
    shared = make_shared(tmp_path)
    repo, allow = make_repo(tmp_path, [f"{FORMULA}  # invented harbour formula"])
    outside, allowed = third_party_text.check(repo, shared, allow, size=7)
    outside_files = {file for _, _, files in outside for file in files}
    assert outside_files == {"tests/test_x.py", "src/fa.py"}
    assert any(window.startswith("the lighthouse keeper of varrow") for window, _, _ in outside)
    assert all(count == 1 for _, count, _ in outside)
    # The formula occurs three times in the shared texts and only inside the allow-list entry.
    assert allowed and all(files == ["docs/notes.md"] for _, _, files in allowed)
    assert {count for _, count, _ in allowed} == {3}


def test_without_the_allow_list_the_formula_is_reported(tmp_path: Path) -> None:
    shared = make_shared(tmp_path)
    repo, allow = make_repo(tmp_path, ["# nothing allowed"])
    outside, allowed = third_party_text.check(repo, shared, allow, size=7)
    assert not allowed
    assert "docs/notes.md" in {file for _, _, files in outside for file in files}


def test_main_prints_the_count_and_exits_1_on_a_copy(tmp_path: Path, capsys) -> None:
    shared = make_shared(tmp_path)
    repo, allow = make_repo(tmp_path, [f"{FORMULA}  # invented harbour formula"])
    argv = ["--repo", str(repo), "--shared", str(shared), "--allow", str(allow)]
    assert third_party_text.main(argv) == 1
    assert capsys.readouterr().out.splitlines()[-1].endswith("windows outside the allow-list")
    (repo / "tests" / "test_x.py").write_text(f'"""{OWN}"""\n', encoding="utf-8")
    (repo / "src" / "fa.py").write_text("# own words only\n", encoding="utf-8")
    assert third_party_text.main(argv) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "0 windows outside the allow-list"


def test_a_longer_window_misses_a_short_copy(tmp_path: Path) -> None:
    shared = make_shared(tmp_path)
    repo, allow = make_repo(tmp_path, [])
    (repo / "tests" / "test_x.py").write_text(
        "# the lighthouse keeper of varrow point counted\n", encoding="utf-8"
    )
    (repo / "src" / "fa.py").unlink()
    (repo / "docs" / "notes.md").unlink()
    found = {window for window, _, _ in third_party_text.check(repo, shared, allow, size=7)[0]}
    assert found == {"the lighthouse keeper of varrow point counted"}
    assert third_party_text.check(repo, shared, allow, size=8) == ([], [])


def test_paths_limit_the_check_to_the_files_named(tmp_path: Path) -> None:
    shared = make_shared(tmp_path)
    repo, allow = make_repo(tmp_path, [])
    outside, _ = third_party_text.check(repo, shared, allow, parts=["src"])
    assert {file for _, _, files in outside for file in files} == {"src/fa.py"}
