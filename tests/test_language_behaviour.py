"""What the library's column and the reader say of an article's language (the words, without a window)."""

from __future__ import annotations

from workbench.core.language import language_label


def test_an_analysed_language_is_named_and_another_is_named_not_analysed():
    assert [language_label(code) for code in ("fr", "en", "ar", "xx", "")] == [
        "French",
        "English",
        "not analysed (Arabic)",
        "not analysed (xx)",  # a language the lexicon does not name: its code
        "",  # not detected: nothing said
    ]
