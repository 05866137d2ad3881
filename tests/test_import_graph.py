"""No import cycle in src/refrain: the graph of which module imports which, read with ``ast``.

Every ``import`` counts, also one inside a function (a lazy import still ties two modules
together), except those under ``if TYPE_CHECKING:`` (never run). An import of a name from a
package counts as an import of the package's ``__init__``, unless the name is a submodule.
"""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import REPO

SRC = REPO / "src"


def module_name(path: Path, src: Path = SRC) -> str:
    parts = path.relative_to(src).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(inner) for stmt in node.body for inner in ast.walk(stmt))
    return skipped


def import_graph(root: Path = SRC / "refrain", src: Path = SRC) -> dict[str, set[str]]:
    """``{module: modules it imports}``, for the modules under ``root`` (a package in ``src``) only."""
    paths = {module_name(p, src): p for p in sorted(root.rglob("*.py"))}
    graph: dict[str, set[str]] = {name: set() for name in paths}
    for name, path in paths.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        skipped = _type_checking_nodes(tree)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")
                    anchor = anchor[: len(anchor) - (node.level - 1)]
                    base = ".".join([*anchor, base] if base else anchor)
                for alias in node.names:
                    sub = f"{base}.{alias.name}"
                    targets.append(sub if sub in paths else base)
            for target in targets:
                while target and target not in paths:  # `import refrain.x.y` where y is a name
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_the_graph_reader_finds_a_cycle_and_relative_imports(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from . import b\n")
    (package / "b.py").write_text("def f():\n    from pkg.c import g\n")
    (package / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import a\n"
    )
    (package / "d.py").write_text("from .a import x\nfrom .e import y\n")
    (package / "e.py").write_text("import pkg.d\n")
    graph = import_graph(package, tmp_path)
    assert graph["pkg.a"] == {"pkg.b"} and graph["pkg.b"] == {"pkg.c"} and graph["pkg.c"] == set()
    assert cycles(graph) == [["pkg.d", "pkg.e"]]


def test_src_has_no_import_cycle() -> None:
    graph = import_graph()
    assert len(graph) > 50
    found = cycles(graph)
    assert not found, "import cycles in src/refrain:\n" + "\n".join(" <-> ".join(c) for c in found)


def package_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def test_the_text_layer_and_analysers_import_no_store_command_or_view() -> None:
    graph = import_graph()
    analysers = {"text", "quotes", "claims", "reuse", "entities", "ingest"}
    above = {"store", "analyze", "cli", "api", "web", "report", "views", "spark"}
    reaching = sorted(
        f"{module} -> {target}"
        for module, targets in graph.items()
        for target in targets
        if package_of(module) in analysers and package_of(target) in above
    )
    assert not reaching, "\n".join(reaching)


def test_web_and_report_do_not_import_each_other() -> None:
    graph = import_graph()
    crossing = sorted(
        f"{module} -> {target}"
        for module, targets in graph.items()
        for target in targets
        if {package_of(module), package_of(target)} == {"web", "report"}
    )
    assert not crossing, "\n".join(crossing)


def test_every_package_is_in_the_architecture_doc() -> None:
    doc = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    top = {
        path.name for path in (SRC / "refrain").iterdir() if path.is_dir() and (path / "__init__.py").exists()
    }
    top |= {path.name for path in (SRC / "refrain").glob("*.py") if path.name != "__init__.py"}
    missing = sorted(name for name in top if f"`{name}/`" not in doc and f"`{name}`" not in doc)
    assert not missing, f"not in docs/architecture.md: {missing}"
