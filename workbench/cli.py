"""`workbench ingest | analyze | list | search | show | gazetteer`; `workbench` alone opens the window.

Each command is a docstring and a call into the core: the same code the desktop window drives.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from datetime import date
from pathlib import Path

from .core.settings import default_db_path


def _db_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", metavar="FILE", help="the library file (default: $WORKBENCH_DB or the user data folder)"
    )


class MissingLibrary(Exception):
    """A command that reads the library was given a file that does not exist (a typo would otherwise make
    a new, empty library and list nothing)."""


def _open_store(args, create: bool = False):
    from .core.store import Store

    path = Path(args.db) if args.db else default_db_path()
    if not create and not path.exists():
        raise MissingLibrary(f"no library at {path} (check --db; `workbench ingest` creates one)")
    return Store(path)


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from exc


def cmd_ingest(args) -> int:
    """Import files and folders into the library; one line per file: stored, duplicate or error."""
    from .core.pipeline import Engine, ingest_paths

    failed = 0
    with _open_store(args, create=True) as store:
        engine = Engine()
        for progress in ingest_paths(store, engine, args.paths, workers=args.workers):
            r = progress.result
            path = _one_line(r.path)
            if sys.stderr.isatty():
                print(
                    f"\r[{progress.done}/{progress.total}] {_one_line(Path(r.path).name)[:60]:<60}",
                    end="",
                    file=sys.stderr,
                )
            else:
                print(f"[{progress.done}/{progress.total}] {path}", file=sys.stderr)
            mended = f" ({'; '.join(r.warnings)})" if r.warnings else ""
            if r.status == "stored":
                twin = f" (near-duplicate of article {r.near_duplicate_of})" if r.near_duplicate_of else ""
                line = f"stored     {path}: article {r.article_id} “{_one_line(r.title)}”{twin}{mended}"
            elif r.status == "duplicate":
                of = f"article {r.duplicate_of}" if r.duplicate_of else "an earlier file of this batch"
                line = f"duplicate  {path}: same text as {of}{mended}"
            else:
                failed += 1
                line = f"error      {path}: {_one_line(r.reason)}"
            if sys.stderr.isatty():
                print("\r" + " " * 80 + "\r", end="", file=sys.stderr)
            print(line, flush=True)
    return 1 if failed else 0


# Line breaks, other control characters and the marks that reverse text's direction: a file name or a
# title holding them would break one file's line in two, or disguise it.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _one_line(text: str) -> str:
    """Text printed on one line: each unprintable character as its escape (a newline as \\n)."""
    return _UNPRINTABLE.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)


def cmd_analyze(args) -> int:
    """Analyse one file without storing it and print the analysis (JSON with --json)."""
    from .core.export import analysis_to_json
    from .core.ingest import IngestError, read_article
    from .core.pipeline import Engine

    try:
        draft = read_article(args.file)
    except IngestError as exc:
        print(f"error      {exc.path}: {exc.reason}", file=sys.stderr)
        return 1
    if args.published:
        draft = type(draft)(**{**draft.__dict__, "published": args.published})
    analysis = Engine().analyze(draft.text, draft.published)
    data = analysis_to_json(draft, analysis)
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif args.explain:
        _print_explanation(data)
    else:
        _print_analysis(data)
    return 0


def _print_explanation(data: dict) -> None:
    """Every entity with the rules that made it what it is, every place with why it is where it is."""
    print(_one_line(data["title"]))
    print("\nEntities, and the rules that read them:")
    for m in data["entities"]:
        print(f"  {_one_line(m['text']):<32} {m['label']:<7} at {m['start']}-{m['end']}")
        for t in m["trace"]:
            change = f"{t['was']} -> {t['label']}" if t["was"] and t["was"] != t["label"] else t["label"]
            print(f"      {t['rule']:<26} {t['action']:<10} {change:<14} {_one_line(t['why'])}")
    if data["dropped"]:
        print("\nDropped:")
        for t in data["dropped"]:
            print(f"  {_one_line(t['text']):<32} {t['label']:<7} by {t['rule']}: {_one_line(t['why'])}")
    print("\nPlaces:")
    for p in data["places"]:
        where = f"{p['lat']:.3f}, {p['lon']:.3f}" if p["lat"] is not None else "unplaced"
        print(f"  {_one_line(p['name']):<32} {p['kind']:<13} {where:<18} {_one_line(p['reason'])}")


def _print_analysis(data: dict) -> None:
    """The analysis as text; everything from the article on one line each, its control characters escaped."""
    print(_one_line(data["title"]))
    print(
        f"{_one_line(data['source'] or 'unknown source')}, published {data['published'] or 'unknown'}"
        f"{', language ' + data['language'] if data['language'] else ''}"
    )
    if data["not_analysed"]:
        print(
            f"{data['not_analysed'][0].upper()}{data['not_analysed'][1:]}: no model here reads it, so no entities,"
            " places or dates."
        )
    print("\nPlaces:")
    for p in data["places"]:
        where = f"{p['lat']:.3f}, {p['lon']:.3f}" if p["lat"] is not None else "not located"
        print(
            f"  {_one_line(p['name']):<30} {p['kind']:<14} {where:<20} {_one_line(p['country']):<20} confidence {p['confidence']:.2f}"
        )
    print("\nTimeline:")
    for e in sorted(data["events"], key=lambda e: e["date"] or ""):
        span = e["date"] if e["date"] == e["end_date"] else f"{e['date']} to {e['end_date']}"
        print(f"  {span or 'unresolved':<26} {_one_line(e['text']):<22} {_one_line(e['sentence'][:90])}")
    print("\nPeople and organisations:")
    seen = set()
    for m in data["entities"]:
        if m["label"] in ("PERSON", "ORG") and (m["label"], m["canonical"]) not in seen:
            seen.add((m["label"], m["canonical"]))
            print(f"  {m['label']:<7} {_one_line(m['canonical'])}")


def cmd_list(args) -> int:
    """List the stored articles: id, date, counts of people, organisations and places, title."""
    with _open_store(args) as store:
        for s in store.summaries():
            published = s.published.isoformat() if s.published else "—"
            print(
                f"{s.id:>5}  {published:<10}  {s.people:>3} people  {s.organisations:>3} orgs  {s.places:>3} places  {_one_line(s.title)}"
            )
    return 0


def cmd_search(args) -> int:
    """Full-text search over titles and texts; each hit with its context, the matches in [brackets]."""
    from .core.store import SearchError

    with _open_store(args) as store:
        try:
            hits = store.search(args.query, advanced=args.advanced)
        except SearchError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        if hits.notice:
            print(hits.notice, file=sys.stderr)
        for h in hits:
            print(f"{h.article_id:>5}  {_one_line(h.title)}\n       {_one_line(h.snippet)}")
        if not hits:
            print("no matches", file=sys.stderr)
    return 0


def cmd_show(args) -> int:
    """Show one stored article with its places, timeline, people and organisations."""
    from .core.export import analysis_to_json

    with _open_store(args) as store:
        article = store.article(args.id)
        if article is None:
            print(f"error: no article {args.id}", file=sys.stderr)
            return 1
        data = analysis_to_json(article.draft, article.analysis)
        if args.json:
            json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
            print()
        else:
            _print_analysis(data)
            print("\n" + "\n".join(_one_line(line) for line in article.draft.text.split("\n")))
    return 0


EXPORT_FORMATS = ("html", "pdf", "md", "csv", "xlsx", "geojson", "kml", "json", "jsonl")


def cmd_export(args) -> int:
    """Export highlighted summaries of stored articles (HTML, PDF, Markdown) or their data (CSV, xlsx, GeoJSON, KML,
    JSON, JSON Lines)."""
    from .core.export import write_report
    from .core.pipeline import build_report

    with _open_store(args) as store:
        if args.all:
            ids, what = store.article_ids(), "the whole library"
        elif args.query:
            ids, what = [h.article_id for h in store.search(args.query, limit=500)], f"search “{args.query}”"
        else:
            ids, what = (
                args.article,
                (f"article {args.article[0]}" if len(args.article) == 1 else f"{len(args.article)} articles"),
            )
        missing = [i for i in ids if store.draft(i) is None]
        if missing or not ids:
            print(
                f"error: no article {', '.join(map(str, missing))}" if missing else "error: nothing to export",
                file=sys.stderr,
            )
            return 1
        title = args.title or (store.draft(ids[0]).title if len(ids) == 1 else f"Workbench report: {what}")
        report = build_report(store, ids, title, what, args.sentences)
    if args.format == "pdf":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "")
        from .qt.pdf import gui_application, write_pdf

        gui_application()
        written = [write_pdf(report, args.out, args.page)]
    else:
        written = write_report(report, args.format, Path(args.out))
    for path in written:
        print(f"wrote {path}")
    return 0


def cmd_gazetteer(args) -> int:
    """Build the offline gazetteer now (it is otherwise built on first use)."""
    from .core.gazetteer import build_gazetteer, is_current
    from .core.settings import gazetteer_path

    path = Path(args.out) if args.out else gazetteer_path()
    if path.exists() and is_current(path) and not args.force:
        print(f"gazetteer ready: {path}")
        return 0
    print(f"building the gazetteer at {path} (about a minute)…", file=sys.stderr)
    build_gazetteer(path)
    print(f"gazetteer ready: {path}")
    return 0


def cmd_gui(args) -> int:
    """Open the desktop window (importing any files given)."""
    try:
        from .qt.app import run
    except ImportError as exc:
        print(
            f"the desktop window is not available ({exc}); use `workbench ingest` / `workbench show`", file=sys.stderr
        )
        return 2
    return run(args.paths, db=args.db)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="workbench", description="The analyst workbench.")
    from . import __version__

    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this install end to end (offscreen, temporary library); exit 0 when all is well",
    )
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("ingest", help=cmd_ingest.__doc__, description=cmd_ingest.__doc__)
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="processes that read and analyse the files (default: the settings file's import_workers, "
        "else every core); 1 analyses in this process",
    )
    _db_arg(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("analyze", help=cmd_analyze.__doc__, description=cmd_analyze.__doc__)
    p.add_argument("file")
    p.add_argument("--published", type=_published, metavar="YYYY-MM-DD", help="the publication date to resolve against")
    p.add_argument("--json", action="store_true", help="print one JSON object (each entity with its rule trail)")
    p.add_argument(
        "--explain",
        action="store_true",
        help="print every entity with the rules that read it, every place with why it is where it is",
    )
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("list", help=cmd_list.__doc__, description=cmd_list.__doc__)
    _db_arg(p)
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("search", help=cmd_search.__doc__, description=cmd_search.__doc__)
    p.add_argument("query", help="words to find (every word must occur; at most 32 are searched)")
    p.add_argument(
        "--advanced",
        action="store_true",
        help='read the query as SQLite FTS5 syntax: AND, OR, NOT, NEAR(...), "exact phrase", prefix*',
    )
    _db_arg(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("show", help=cmd_show.__doc__, description=cmd_show.__doc__)
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    _db_arg(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("export", help=cmd_export.__doc__, description=cmd_export.__doc__)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--article", type=int, nargs="+", metavar="ID")
    which.add_argument("--query", metavar="TEXT", help="the articles a full-text search finds")
    which.add_argument("--all", action="store_true", help="every article in the library")
    p.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    p.add_argument("--out", required=True, metavar="PATH", help="the file to write (csv: PATH and PATH-events.csv)")
    p.add_argument("--sentences", type=int, default=3, help="sentences in each summary (default 3)")
    p.add_argument("--page", choices=("a4", "letter"), default="a4", help="PDF page size")
    p.add_argument("--title", help="the report's title")
    _db_arg(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("gazetteer", help=cmd_gazetteer.__doc__, description=cmd_gazetteer.__doc__)
    p.add_argument("--out", metavar="FILE")
    p.add_argument("--force", action="store_true", help="rebuild even if it exists")
    p.set_defaults(func=cmd_gazetteer)

    p = sub.add_parser("gui", help=cmd_gui.__doc__, description=cmd_gui.__doc__)
    p.add_argument("paths", nargs="*", metavar="FILE")
    _db_arg(p)
    p.set_defaults(func=cmd_gui)
    return parser


def route(argv: list[str], parser: argparse.ArgumentParser) -> list[str]:
    """`workbench` and `workbench FILE...` open the window, as desktop apps do with the files given them."""
    commands = set(parser._subparsers._group_actions[0].choices)
    if not argv or (argv[0] not in commands and not argv[0].startswith("-")):
        return ["gui", *argv]
    return argv


TEXT_ARGS = ("query", "title")  # words, not file names


def _decode_text_args(args) -> None:
    """Bytes the shell could not decode as UTF-8 reach Python as surrogate escapes. File names keep them (the
    file system wants those very bytes back); words get U+FFFD in their place, as any text reader would show."""
    for name in TEXT_ARGS:
        value = getattr(args, name, None)
        if isinstance(value, str):
            setattr(args, name, os.fsencode(value).decode("utf-8", "replace"))


def _write_undecodable_names_back() -> None:
    """A file name with undecodable bytes is printed as those bytes, as `ls` prints it, not as a traceback."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="surrogateescape")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(route(sys.argv[1:] if argv is None else argv, parser))
    _decode_text_args(args)
    _write_undecodable_names_back()
    if args.self_test:
        from .selftest import run_self_test

        return run_self_test()
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except MissingLibrary as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
