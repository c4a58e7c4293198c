"""The commands that look after the installation: train, eval, rules, db, users."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..console import err_console
from ..errors import ExitCode
from .common import (ConfigOpt, DataOpt, JsonOpt, app, print_lines, progress, settings_for)


@app.command()
def train(
    n: Annotated[Optional[int], typer.Option("--n", show_default=False, help="Generated letters in the training corpus "
                 "(default: as the shipped model)")] = None,
    seed: Annotated[Optional[int], typer.Option(show_default=False, help="Seed: the same seed gives the same model")] = None,
    labels: Annotated[bool, typer.Option("--labels/--no-labels", help="Include the VAs' decisions "
                      "from the review station")] = True,
    config: ConfigOpt = None, data: DataOpt = None,
) -> None:
    """Rebuild the category model in models/ from the generated corpus (and the VAs' labels)."""
    from ..learning.labels import export_labels
    from ..learning.retrain import load_trainer

    train_category = load_trainer()
    settings = settings_for(config, data=data)
    extra = export_labels(settings.db_url) if labels else []
    if extra:
        err_console.print(f"including {len(extra)} label(s) from the review station")
    chosen = {k: v for k, v in (("n", n), ("seed", seed)) if v is not None}
    figures = train_category(settings.models_dir, log=lambda m: err_console.print(m, highlight=False),
                             extra=extra, **chosen)
    print(json.dumps(figures, indent=2, default=str))


@app.command(name="eval")
def evaluate(
    folder: Annotated[Path, typer.Argument(show_default=False, help="A folder of items with labels.json")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON")] = False,
    outcomes_to: Annotated[Optional[Path], typer.Option("--outcomes", help="Also keep the outcome "
                           "JSON lines in this file, to re-score a measurement that is run once")] = None,
    config: ConfigOpt = None,
) -> None:
    """Run the pipeline over a labelled folder and print routing figures against the targets."""
    import tempfile

    from rich.console import Console

    from ..intake.inputs import iter_inputs
    from ..pipeline import Pipeline
    from ..evaluate import load_labels, render, score

    labels = load_labels(folder)
    with tempfile.TemporaryDirectory(prefix="mailsort-eval-") as tmp:
        settings = settings_for(config, data=Path(tmp))
        inputs = list(iter_inputs([folder], settings))
        with Pipeline(settings, remove_inputs=False) as pipeline, progress(len(inputs)) as bar:
            task = bar.add_task("evaluating", total=len(inputs))
            outcomes = [json.loads(o.json_line())
                        for o in pipeline.process(inputs, lambda _: bar.advance(task))]
    if outcomes_to is not None:
        outcomes_to.write_text("".join(json.dumps(o) + "\n" for o in outcomes), encoding="utf-8")
    report = score(outcomes, labels)
    if as_json:
        print(json.dumps(report.to_dict(), indent=2, default=str))
    else:
        render(report, Console())


rules_app = typer.Typer(help="Check the rules and see which would fire.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


@rules_app.command("check")
def rules_check(config: ConfigOpt = None) -> None:
    """Validate rules.yaml (rules, delivery, digest schedules) against the client directory."""
    from ..actions import commands

    print_lines(commands.rules_check(settings_for(config)))


@rules_app.command("test")
def rules_test(item_id: Annotated[str, typer.Argument(show_default=False, help="A filed item's id")],
               config: ConfigOpt = None, data: DataOpt = None) -> None:
    """Show which rules would fire for a filed item and why, without acting on it."""
    from ..actions import commands

    print_lines(commands.rules_test(settings_for(config, data=data), item_id))


db_app = typer.Typer(help="The index database's schema: its revision and upgrades.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def db_upgrade(config: ConfigOpt = None, data: DataOpt = None) -> None:
    """Bring the database to the schema this mailsort needs; safe when several nodes run it at once."""
    from ..db import engine_for, upgrade_schema

    settings = settings_for(config, data=data)
    before, after = upgrade_schema(engine_for(settings.db_url))
    err_console.print(f"database at revision {after}" if before == after
                      else f"database upgraded from revision {before} to {after}")


@db_app.command("current")
def db_current(config: ConfigOpt = None, data: DataOpt = None) -> None:
    """Print the database's revision and the one this mailsort needs; exit 5 if they differ."""
    from ..db import engine_for, schema_state

    found = schema_state(engine_for(settings_for(config, data=data).db_url))
    print(f"database: {found.describe()}  needed: {found.head}")
    if not found.ready:
        raise typer.Exit(ExitCode.STORAGE)


users_app = typer.Typer(help="Manage review-station accounts.", no_args_is_help=True)
app.add_typer(users_app, name="users")
PasswordOpt = Annotated[str, typer.Option(prompt=True, confirmation_prompt=True, hide_input=True,
                                         envvar="MAILSORT_NEW_PASSWORD", help="The password "
                                         "(asked for when not given)")]


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(show_default=False, help="Login name")],
    password: PasswordOpt,
    role: Annotated[str, typer.Option(help="va or admin")] = "va",
    client: Annotated[Optional[list[str]], typer.Option("--client", show_default=False, help="Limit a VA to these "
                      "clients (repeatable)")] = None,
    config: ConfigOpt = None, data: DataOpt = None,
) -> None:
    """Create an account."""
    from ..web import commands

    commands.users_add(settings_for(config, data=data), name, password, role, client)
    print(f"user {name} ({role}) added")


@users_app.command("remove")
def users_remove(name: Annotated[str, typer.Argument(show_default=False, help="Login name")],
                 config: ConfigOpt = None, data: DataOpt = None) -> None:
    """Delete an account; its open sessions stop working at once."""
    from ..web import commands

    commands.users_remove(settings_for(config, data=data), name)
    print(f"user {name} removed")


@users_app.command("passwd")
def users_passwd(name: Annotated[str, typer.Argument(show_default=False, help="Login name")], password: PasswordOpt,
                 config: ConfigOpt = None, data: DataOpt = None) -> None:
    """Set a new password; every open session of that user ends."""
    from ..web import commands

    commands.users_passwd(settings_for(config, data=data), name, password)
    print(f"password of {name} changed")


@users_app.command("list")
def users_list(as_json: JsonOpt = False, config: ConfigOpt = None, data: DataOpt = None) -> None:
    """One line per account: name, role and client limits."""
    from ..web import commands

    settings = settings_for(config, data=data)
    if as_json:
        for account in commands.accounts(settings):
            print(json.dumps(account, ensure_ascii=False))
        return
    print_lines(commands.users_list(settings))
