"""Run the benchmark modules in name order; one failing module does not stop the others.

Each ``bench/bench_*.py`` exposes ``run(shared: Path | None, out: Path) -> dict | None``: it prints its
figures, and a returned dict is written to ``OUT/<module>.json`` so that runs can be compared.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import time
import traceback
from pathlib import Path

import bench


def discover() -> list[str]:
    """Module names ``bench_*`` in this package, in name order."""
    return sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--shared", type=Path, default=None, help="shared material (seeds, corpus)")
    parser.add_argument("--only", metavar="NAME", help="one module: bench_parse or just parse")
    parser.add_argument("--out", type=Path, default=Path("bench/results"), help="JSON summaries go here")
    args = parser.parse_args(argv)

    shared = args.shared
    if shared is not None and not shared.is_dir():
        print(f"bench: {shared} not found; running without the shared material")
        shared = None
    names = discover()
    if args.only:
        wanted = args.only if args.only.startswith("bench_") else f"bench_{args.only}"
        if wanted not in names:
            parser.error(f"no module {wanted}; have {', '.join(names) or 'none'}")
        names = [wanted]
    args.out.mkdir(parents=True, exist_ok=True)

    failed = []
    for name in names:
        print(f"== {name}", flush=True)
        started = time.perf_counter()
        try:
            module = importlib.import_module(f"bench.{name}")
            summary = module.run(shared, args.out)
        except Exception:  # a broken benchmark is reported, the others still run
            traceback.print_exc()
            failed.append(name)
            continue
        if isinstance(summary, dict):
            path = args.out / f"{name}.json"
            path.write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(f"   summary: {path}")
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    if failed:
        print(f"bench: failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
