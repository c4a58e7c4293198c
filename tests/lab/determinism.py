"""What every generated set promises: the same seed gives the same bytes."""

from __future__ import annotations

from pathlib import Path


def rendered_twice(tmp_path: Path, build, clients: Path) -> list[tuple[list[bytes], list]]:
    """A scan, a PDF and an email of one seed's plan, rendered into two fresh folders: the files'
    bytes and the labels, once per folder. `build` is a wave's build module (plans, _init, make_item)."""
    todo = build.plans(40, 5)
    pick = [next(p for p in todo if p.kind == k) for k in ("scan", "pdf", "email")]
    outs = []
    for name in ("a", "b"):
        out = tmp_path / name
        out.mkdir()
        build._init(str(clients), str(out))
        labels = [build.make_item(p) for p in pick]
        outs.append(([p.read_bytes() for p in sorted(out.iterdir())], labels))
    return outs
