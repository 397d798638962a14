"""`vietbrief models`: list, download and convert models."""

from __future__ import annotations

import inspect
from typing import Optional

import typer

from pipeline.cli.common import Quantization, err, fail, print_rows
from pipeline.models.convert import convert

models_app = typer.Typer(no_args_is_help=True, help="List, download and inspect models.")


@models_app.command("list")
def models_list() -> None:
    """Presets with their licences and sizes, and whether they are available offline: a table on a terminal,
    tab-separated lines (role, name, model, licence, size, local, description) otherwise."""
    from pipeline.models.presets import catalog
    from pipeline.models.resolve import is_present

    c = catalog()
    rows = [(role, p.name, p.hf_id or "-", p.license, p.size, is_present(p) or "no", p.description)
            for role, presets in (("translator", c.translators), ("summarizer", c.summarizers))
            for p in presets.values()]
    print_rows(("role", "name", "model", "licence", "size", "local", "description"), rows, wrap=("description",))


@models_app.command("pull")
def models_pull(names: list[str] = typer.Argument(..., help="Preset names or Hugging Face ids.")) -> None:
    """Download models into models/ so that later runs work offline."""
    from pipeline.models.resolve import ModelUnavailable, pull

    failed = 0
    for name in names:
        try:
            with err.status(f"downloading {name}"):
                folder = pull(name)
            err.print(f"[green]ok[/] {name} -> {folder}")
        except ModelUnavailable as exc:
            err.print(f"[red]failed[/] {name}: {exc}")
            failed += 1
    if failed:
        raise typer.Exit(1)


@models_app.command("convert")
def models_convert(
    name: str = typer.Argument(..., help="Preset name, Hugging Face id, or local checkpoint folder."),
    quantization: Quantization = typer.Option(inspect.signature(convert).parameters["quantization"].default,
                                              help="Weight precision of the converted model."),
    as_name: Optional[str] = typer.Option(None, "--name", help="Folder name in the store "
                                                               "(default: <model>-ct2-<quantization>)."),
) -> None:
    """Convert a translator or summarizer into a CTranslate2 model in models/ (used by --engine ct2/auto)."""
    from pipeline.models.resolve import ModelUnavailable

    try:
        with err.status(f"converting {name} ({quantization.value})"):
            converted = convert(name, quantization.value, name=as_name)
    except ModelUnavailable as exc:
        fail(str(exc), 2)
    size = sum(f.stat().st_size for f in converted.path.iterdir() if f.is_file())
    err.print(f"[green]ok[/] {name} -> {converted.path} ({size / 1e6:.0f} MB, {quantization.value}, "
              f"revision {converted.source['revision']})", highlight=False)

