"""The `vietbrief` command line: a thin layer that parses options and hands dataclasses to the pipeline.
Each command lives in its own module; this one mounts them."""

from __future__ import annotations

import typer

from pipeline.cli.check import check
from pipeline.cli.clean import clean
from pipeline.cli.eval import eval_app
from pipeline.cli.glossary import glossary_app
from pipeline.cli.models import models_app
from pipeline.cli.names import names
from pipeline.cli.run import run
from pipeline.cli.stories import stories
from pipeline.cli.translate import translate

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Vietnamese news articles in, bilingual English briefs out.")
app.command()(run)
app.command()(translate)
app.command()(clean)
app.command()(stories)
app.command()(names)
app.add_typer(models_app, name="models")
app.add_typer(eval_app, name="eval")
eval_app.command("check")(check)  # its own module: reads text, loads no model
app.add_typer(glossary_app, name="glossary")

if __name__ == "__main__":
    app()
