"""Which language an article is written in (offline, with py3langid), and which languages the engine reads.

English goes to the English model, French to the French one; any other language is stored and searchable
but gets no entities, places or dates: no model here can read it, and the gazetteer holds no names in
other scripts (Arabic, Cyrillic, Persian) to find places by.
"""

from __future__ import annotations

import functools

from .lexicon import LANGUAGE_NAMES

ANALYSED = frozenset({"en", "fr"})
# Fewer letters than this say too little to tell languages apart: such a text is read as English, as always.
MIN_LETTERS = 40
# Long articles are told by their opening: a few thousand characters decide as well as the whole text.
SAMPLE_CHARS = 3000


@functools.cache
def _identifier():
    """py3langid's model (4.5 MB, BSD), choosing among the languages the lexicon lists: a detector with every
    language's model built in (lingua) weighed 96 MB in the desktop bundle."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(sorted(LANGUAGE_NAMES))
    return identifier


def detect_language(text: str) -> str:
    """The text's ISO 639-1 code ('en', 'fr', 'ar'), or '' when it is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return ""
    code, _ = _identifier().classify(sample)
    return code


def is_analysed(code: str) -> bool:
    """Whether the engine reads this language ('' is undecided, and read as English)."""
    return code in ANALYSED or code == ""


def language_name(code: str) -> str:
    """'Arabic' for 'ar'; the code itself for a language the lexicon does not name; '' for ''."""
    return LANGUAGE_NAMES.get(code, code) if code else ""


def not_analysed_note(code: str) -> str:
    """'not analysed (Arabic)' for a language the engine does not read, else ''."""
    return "" if is_analysed(code) else f"not analysed ({language_name(code)})"


def language_label(code: str) -> str:
    """What the reader and the library say of a language: 'French', 'not analysed (Arabic)', or ''."""
    return not_analysed_note(code) or language_name(code)
