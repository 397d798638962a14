"""The layering as a checked contract: the import-linter layers contract in pyproject.toml (no import from a
lower layer into a higher one, type-only imports included), and no import cycle between modules."""

from pathlib import Path

import grimp
from importlinter.application.use_cases import lint_imports
from importlinter.configuration import configure

ROOT = Path(__file__).resolve().parent.parent


def test_the_layers_contract_is_kept(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    configure()  # what the lint-imports command does first
    kept = lint_imports(config_filename=str(ROOT / "pyproject.toml"), cache_dir=None, no_logo=True)
    assert kept, capsys.readouterr().out


def module_cycles(graph) -> list[tuple[str, ...]]:
    """One cycle per import that closes one: a imports b, and b leads back to a."""
    cycles = set()
    for a in sorted(graph.modules):
        for b in graph.find_modules_directly_imported_by(a):
            chain = graph.find_shortest_chain(importer=b, imported=a)
            if chain:
                start = min(range(len(chain)), key=lambda i: chain[i])
                cycles.add(tuple(chain[start:]) + tuple(chain[:start]))
    return sorted(cycles)


def test_no_import_cycle_between_modules(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT))
    graph = grimp.build_graph("pipeline", cache_dir=None)  # TYPE_CHECKING imports included
    assert module_cycles(graph) == []


def test_the_cycle_finder_finds_one():
    graph = grimp.ImportGraph()
    for m in ("p", "p.a", "p.b", "p.c"):
        graph.add_module(m)
    graph.add_import(importer="p.a", imported="p.b")
    graph.add_import(importer="p.b", imported="p.c")
    assert module_cycles(graph) == []
    graph.add_import(importer="p.c", imported="p.a")
    assert module_cycles(graph) == [("p.a", "p.b", "p.c")]
