"""Which language an article is written in (offline, with lingua), and which languages the engine reads.

English goes to the English model, French to the French one; any other language is stored and searchable
but gets no entities, places or dates: no model here can read it, and the gazetteer holds no names in
other scripts (Arabic, Cyrillic, Persian) to find places by.
"""

from __future__ import annotations

import functools

# The languages analysts of the region receive, as lingua names them. A short list keeps detection quick
# and its models small (low-accuracy mode: about 40 MB, loaded in 0.1 s); lingua has no Kurdish.
DETECTED = ("ENGLISH", "FRENCH", "ARABIC", "SPANISH", "PORTUGUESE", "GERMAN", "ITALIAN", "RUSSIAN",
            "UKRAINIAN", "PERSIAN", "TURKISH", "URDU", "HEBREW", "CHINESE", "SOMALI", "SWAHILI")
ANALYSED = frozenset({"en", "fr"})
# Fewer letters than this say too little to tell languages apart: such a text is read as English, as always.
MIN_LETTERS = 40
# Long articles are told by their opening: a few thousand characters decide as well as the whole text.
SAMPLE_CHARS = 3000


@functools.cache
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in DETECTED]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def detect_language(text: str) -> str:
    """The text's ISO 639-1 code ('en', 'fr', 'ar'), or '' when it is too short or undecided."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return ""
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else ""


def is_analysed(code: str) -> bool:
    """Whether the engine reads this language ('' is undecided, and read as English)."""
    return code in ANALYSED or code == ""


def language_name(code: str) -> str:
    """'Arabic' for 'ar'; the code itself for a language lingua does not know; '' for ''."""
    if not code:
        return ""
    from lingua import IsoCode639_1, Language

    try:
        return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())).name.title()
    except (AttributeError, ValueError):
        return code


def not_analysed_note(code: str) -> str:
    """'not analysed (Arabic)' for a language the engine does not read, else ''."""
    return "" if is_analysed(code) else f"not analysed ({language_name(code)})"


def language_label(code: str) -> str:
    """What the reader and the library say of a language: 'French', 'not analysed (Arabic)', or ''."""
    return not_analysed_note(code) or language_name(code)
