"""Command line: `python3 -m graft_corpus generate|import|coverage …` (see corpus/README.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional, Sequence

DEFAULT_SCHEMA = str(Path(__file__).resolve().parents[2] / "schema" / "demo.graphql")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python3 -m graft_corpus", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    generate = commands.add_parser("generate", help="write the generated corpus (deterministic per seed)")
    generate.add_argument("--schema", default=DEFAULT_SCHEMA, help="the SDL file (default: the demo schema)")
    generate.add_argument("--seed", type=int, default=1, help="the corpus seed (default 1)")
    generate.add_argument("--data-seed", type=int, default=1, help="the demo data's seed (default 1)")
    generate.add_argument("--data-scale", type=float, default=1.0, help="the demo data's scale (default 1.0)")
    generate.add_argument("--out", required=True, help="the JSON Lines file to write")

    imported = commands.add_parser("import", help="turn a request log into corpus records")
    imported.add_argument("log", nargs="+", help="JSON Lines request logs (query/variables/operationName)")
    imported.add_argument("--out", required=True, help="the JSON Lines file to write")
    imported.add_argument("--prefix", default="imported", help="id prefix (default 'imported')")
    imported.add_argument("--existing", nargs="*", default=[], help="corpus files whose cases are skipped")

    coverage = commands.add_parser("coverage", help="report what a corpus covers; non-zero when a cell is not")
    coverage.add_argument("files", nargs="+", help="corpus files")
    coverage.add_argument("--schema", default=DEFAULT_SCHEMA, help="the SDL file (default: the demo schema)")
    coverage.add_argument("--out", help="also write the report (Markdown) to this file")
    coverage.add_argument("--jobs", type=int, default=2, help="planning processes (default 2)")
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "generate":
        from .generator import generate
        from .records import write_cases

        cases = generate(args.schema, args.seed, args.data_seed, args.data_scale)
        count = write_cases(cases, args.out)
        errors = sum(1 for c in cases if any(t.startswith("error:") for t in c.tags))
        print(f"wrote {count} cases ({errors} error cases) to {args.out}")
        return 0
    if args.command == "import":
        from .importer import import_logs

        stats = import_logs(args.log, args.out, args.prefix, args.existing)
        print(f"read {stats.read} requests, skipped {stats.invalid} unreadable and {stats.duplicates} duplicates, "
              f"wrote {stats.written} cases to {args.out}")
        return 0
    from .coverage import run_coverage

    return run_coverage(args.files, args.schema, args.out, args.jobs)


if __name__ == "__main__":
    sys.exit(main())
