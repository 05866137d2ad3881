"""refrain.entities: people and organisations merged across articles. Names below are invented
unless they are the well-known cases the shipped alias file covers."""

from __future__ import annotations

from pathlib import Path

import pytest

from refrain.entities import AliasFile, AliasFileError, load_aliases, merge, resolve


def names(entities) -> list[set[str]]:
    return [e.aliases for e in entities]


def test_transliteration_variants_merge() -> None:
    (e,) = merge([("Qodrat Dialameh", "intelligence director"), ("Diyalameh", None), ("Dialameh", None)])
    assert e.name == "Qodrat Dialameh" and e.kind == "person"
    assert e.aliases == {"Qodrat Dialameh", "Diyalameh", "Dialameh"}
    assert e.roles == {"intelligence director"}


def test_surname_joins_the_one_full_name_it_fits() -> None:
    found = merge([("Karim Osterlund", None), ("Osterlund", None)])
    assert len(found) == 1 and found[0].name == "Karim Osterlund"


def test_different_first_names_stay_apart_and_a_bare_surname_is_not_guessed() -> None:
    found = merge([("Lina Varga", None), ("Tomas Varga", None), ("Varga", None)])
    assert len(found) == 3


def test_role_decides_between_two_full_names() -> None:
    found = merge([("Lina Varga", "mayor"), ("Tomas Varga", "judge"), ("Varga", "mayor")])
    lina = next(e for e in found if e.name == "Lina Varga")
    assert "Varga" in lina.aliases and len(found) == 2


def test_titles_become_roles() -> None:
    (e,) = merge([("President Hassan Rouhani", None), ("Rouhani", None)])
    assert e.name == "Hassan Rouhani" and "president" in e.roles


def test_acronyms_and_long_forms_of_organisations() -> None:
    found = merge(
        [
            ("MEK", None),
            ("PMOI", None),
            ("People’s Mujahedin Organisation of Iran", None),
            ("Mujahedin-e Khalq", None),
            ("Mojahedin", None),
        ]
    )
    assert len(found) == 1 and found[0].kind == "org"
    assert found[0].name == "People’s Mujahedin Organisation of Iran"


def test_acronym_spelled_by_initials_without_alias_file() -> None:
    found = merge([("GLTU", None), ("Grand Lakes Transport Union", None)], aliases=AliasFile())
    assert len(found) == 1 and found[0].name == "Grand Lakes Transport Union"


def test_slashed_names_are_one_entity() -> None:
    (e,) = merge([("ABC/XYZ", None)], aliases=AliasFile())
    assert e.aliases == {"ABC/XYZ", "ABC", "XYZ"}


def test_shipped_aliases_tie_the_supreme_leader_to_khamenei() -> None:
    (e,) = merge([("Ali Khamenei", None), ("Khamenei", None), ("the Supreme Leader", None)])
    assert e.name == "Ali Khamenei"


def test_a_role_alone_joins_the_one_holder_of_that_role() -> None:
    found = merge([("Nora Quist", "harbour master"), ("the harbour master", None)], aliases=AliasFile())
    assert len(found) == 1 and found[0].name == "Nora Quist"


def test_alias_file_forces_and_forbids(tmp_path: Path) -> None:
    path = tmp_path / "aliases.toml"
    path.write_text(
        '[[same]]\nnames = ["Old Mill Co", "Greybrook Holdings"]\n'
        '[[different]]\nnames = ["Ali Khamenei", "the Supreme Leader"]\n',
        encoding="utf-8",
    )
    aliases = load_aliases(path)
    found = merge(
        [
            ("Old Mill Co", None),
            ("Greybrook Holdings", None),
            ("Ali Khamenei", None),
            ("the Supreme Leader", None),
        ],
        aliases=aliases,
    )
    assert {"Old Mill Co", "Greybrook Holdings"} in names(found)
    assert not any({"Ali Khamenei", "the Supreme Leader"} <= e.aliases for e in found)


def test_forbidden_pair_is_never_merged_even_by_spelling(tmp_path: Path) -> None:
    path = tmp_path / "aliases.toml"
    path.write_text('[[different]]\nnames = ["Dialameh", "Diyalameh"]\n', encoding="utf-8")
    assert len(merge([("Dialameh", None), ("Diyalameh", None)], aliases=load_aliases(path))) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[[same]]\nnames = 'x'\n", "needs names"),
        ("[[same]\n", "not valid TOML"),
        ("[[others]]\nnames = ['a', 'b']\n", "unknown section"),
        ("[[same]]\nkind = 'animal'\nnames = ['a', 'b']\n", "kind must be"),
    ],
)
def test_bad_alias_files_name_the_mistake(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AliasFileError, match=message):
        load_aliases(path)


def test_resolve_finds_the_entity_a_name_refers_to() -> None:
    people = merge([("Ali Khamenei", "supreme leader"), ("Hassan Rouhani", "president"), ("IRGC", None)])
    assert resolve("Khamenei", people).name == "Ali Khamenei"
    assert resolve("Islamic Revolutionary Guard Corps", people).name == "IRGC"
    assert resolve("Somebody Else", people) is None


def test_ids_are_stable_and_readable() -> None:
    first = merge([("Qodrat Dialameh", None)])
    again = merge([("Qodrat Dialameh", None)])
    assert first[0].id == again[0].id == "person:qodrat-dialameh"
