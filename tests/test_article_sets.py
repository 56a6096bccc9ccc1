"""The real-article sets hold each published story once: a second copy in another split is no held-out article
(a blind article with a twin in a dev split has been tuned on)."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

ARTICLES = Path(__file__).resolve().parent.parent / "bench" / "articles"


def _page(path: Path) -> str | None:
    """The page an article was taken from ('Source: Outlet — URL'), without scheme, 'www.' or a final slash."""
    head = path.read_text(encoding="utf-8").split("\n\n", 1)[0]
    found = re.search(r"^Source: .*? — (https?://\S+)", head, re.MULTILINE)
    if found is None:
        return None
    return re.sub(r"^https?://(?:www\.)?|/$", "", found.group(1)).lower()


def test_no_story_is_in_the_article_sets_twice():
    copies: dict[str, list[str]] = defaultdict(list)
    for path in sorted(ARTICLES.glob("*/*.txt")):
        page = _page(path)
        if page:
            copies[page].append(f"{path.parent.name}/{path.name}")
    twins = {page: paths for page, paths in copies.items() if len(paths) > 1}
    assert not twins, twins
    assert len(copies) > 800  # the sets are there to check, not an empty folder
