"""What the workbench adds to the spaCy pipeline, on a blank English pipeline (mutation testing ties these
functions, which run while the model loads, only to tests that call them themselves): the organisation
ruler names what it knows, acronyms included, a country's initials before a hyphen stand alone, and so does an
agency's name between the marks of a dateline."""

from __future__ import annotations

import spacy

from workbench.core.nlp import _ruler_patterns, _split_after_initials, _split_agency_marks
from workbench.core.rules import model_spans


def test_the_organisation_ruler_names_a_known_acronym_and_a_known_name_by_their_organisation():
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"}).add_patterns(_ruler_patterns())
    doc = nlp("Fighters of the SDF met the popular mobilization forces, the governor said on Telegram.")
    assert {(doc[c.start : c.end].text, c.label, c.canonical) for c in model_spans(doc)} == {
        ("SDF", "ORG", "Syrian Democratic Forces"),
        ("popular mobilization forces", "ORG", "Popular Mobilization Forces"),
        ("Telegram", "ORG", "Telegram"),  # a platform officials post on: no place 'on' puts on the map
    }


def test_the_ruler_knows_armed_groups_gangs_and_companies_of_every_continent_by_their_common_names():
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"}).add_patterns(_ruler_patterns())
    doc = nlp(
        "The Tamil Tigers, Barrio 18, PULO and Jemaah Islamiyah claimed it; Gazprom and KFOR denied it; the FBI, "
        "the RCMP and the Guardia Civil looked into it."
    )
    assert {(doc[c.start : c.end].text, c.canonical) for c in model_spans(doc)} == {
        ("FBI", "Federal Bureau of Investigation"),
        ("RCMP", "Royal Canadian Mounted Police"),
        ("Guardia Civil", "Guardia Civil"),
        ("Tamil Tigers", "Liberation Tigers of Tamil Eelam"),
        ("Barrio 18", "18th Street gang"),
        ("PULO", "Patani United Liberation Organisation"),
        ("Jemaah Islamiyah", "Jemaah Islamiyah"),
        ("Gazprom", "Gazprom"),
        ("KFOR", "Kosovo Force"),
    }


def test_a_country_s_initials_before_a_hyphen_stand_on_their_own_as_us_led_does():
    nlp = spacy.blank("en")
    _split_after_initials(nlp)
    assert [t.text for t in nlp("U.S.-backed forces and the U.N.-run camp")] == [
        *("U.S.", "-", "backed", "forces", "and", "the"),
        *("U.N.", "-", "run", "camp"),
    ]
    assert [t.text for t in nlp("the U.S.-Mexico border")] == ["the", "U.S.", "-", "Mexico", "border"]
    # a name after a closing bracket and a dash, as a dateline writes it
    assert [t.text for t in nlp("Hilltown (L/R)-Lakeland, GNA")][-4:] == ["-", "Lakeland", ",", "GNA"]
    # the bracket of a dateline's outlet, closed against the dashes and the first word of the story
    assert [t.text for t in nlp("(June 3 - Lake Times)---Police came in")][-7:] == [
        *("Lake", "Times", ")", "---", "Police", "came", "in"),
    ]


def test_a_known_name_is_read_in_the_spellings_news_copy_gives_it():
    from workbench.core.nlp import _spelling_variants

    assert set(_spelling_variants("Kenya Defence Force")) == {
        "Kenya Defence Force",
        "Kenya Defense Force",
        "Kenya Defence Forces",
        "Kenya Defense Forces",
    }
    assert "U.N. refugee agency" in _spelling_variants("UN refugee agency")
    assert "People’s Army" in _spelling_variants("People's Army")
    assert _spelling_variants("Defenders of Forces Hill") == ["Defenders of Forces Hill"]


def test_an_agency_s_name_in_a_dateline_stands_apart_from_its_slashes_and_dashes():
    nlp = spacy.blank("en")
    _split_agency_marks(nlp)
    assert [t.text for t in nlp("Tallinn, Oct 25 (BNS).- Police")] == [
        "Tallinn",
        ",",
        "Oct",
        "25",
        "(",
        "BNS",
        ")",
        ".-",
        "Police",
    ]
    # an agency's name with the dash to the outlet after it written on to it
    assert [t.text for t in nlp("(LAKEWIRE- Hill Times) The")][:4] == ["(", "LAKEWIRE", "-", "Hill"]
    assert [t.text for t in nlp("RIGA, May 2. /LETA/. A man")] == [
        "RIGA",
        ",",
        "May",
        "2",
        ".",
        "/",
        "LETA",
        "/.",
        "A",
        "man",
    ]
    assert [t.text for t in nlp("and/or 24/7")] == ["and/or", "24/7"]
    # a city's dash written on to it stands apart; an Arabic name's 'al-' and 'Kabul-based' stay whole
    assert [t.text for t in nlp("Amman- Al-Ghad")] == ["Amman", "-", "Al", "-", "Ghad"]
    assert [t.text for t in nlp("Bashar al- Assad, Kabul-based")] == [
        "Bashar",
        "al-",
        "Assad",
        ",",
        "Kabul",
        "-",
        "based",
    ]


def test_texts_read_in_pieces_across_batches_come_back_whole_one_reading_each_in_order(gazetteer):
    """A text longer than a piece is read in several; a batch holds one piece here, so each text's pieces
    span batches, and each reading must still hold every piece's names at their places in the whole text."""
    from workbench.core.nlp import EntityReader, _batches

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"}).add_patterns(_ruler_patterns())
    nlp.max_length = 24  # pieces of at most 24 characters: a paragraph each here
    texts = [
        "The SDF held the dam.\n\nThe PKK denied it.\n\nThe KDP said so.",
        "The KRG met.\n\nThe PUK left.",
        "The SDF spoke.",
    ]
    readings = list(EntityReader(gazetteer, nlp=nlp, batch_size=1).read_many(texts))
    assert [[(text[m.start : m.end], m.text) for m in r.mentions] for text, r in zip(texts, readings)] == [
        [("SDF", "SDF"), ("PKK", "PKK"), ("KDP", "KDP")],
        [("KRG", "KRG"), ("PUK", "PUK")],
        [("SDF", "SDF")],
    ]
    pieces = [("a" * 40, 0), ("b" * 40, 1), ("c" * 40, 2), ("d" * 200, 3), ("e", 4)]
    assert [len(b) for b in _batches(pieces, 2, 100)] == [2, 1, 1, 1]  # two at most, 100 characters unless alone


def test_an_elided_article_s_curly_apostrophe_is_read_straight_and_given_back_as_written(gazetteer):
    """The model knows "Valle d'Aosta" with the apostrophe its training text has: the reader straightens the
    elided article's curly apostrophe for the model, and every mention keeps the text's own spelling and
    offsets. A possessive or a word's own apostrophe stays as written."""
    from workbench.core.nlp import EntityReader, model_spelling

    assert model_spelling("Valle d’Aosta, N’Zeto and L’Oréal") == "Valle d'Aosta, N'Zeto and L'Oréal"
    assert model_spelling("Sudan’s army, Matiang’i, don’t") == "Sudan’s army, Matiang’i, don’t"
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("entity_ruler").add_patterns(
        [{"label": "GPE", "pattern": "Valle d'Aosta"}, {"label": "GPE", "pattern": "N'Zeto"}]
    )
    text = "Migrants from Valle d’Aosta reached N’Zeto on Monday."
    (reading,) = EntityReader(gazetteer, nlp=nlp).read_many([text])
    assert [(m.text, text[m.start : m.end], m.label) for m in reading.mentions] == [
        ("Valle d’Aosta", "Valle d’Aosta", "GPE"),
        ("N’Zeto", "N’Zeto", "GPE"),
    ]


def test_a_rank_s_abbreviation_keeps_its_full_stop_as_one_token():
    from workbench.core.nlp import _ranks_keep_their_stop

    nlp = spacy.blank("en")
    _ranks_keep_their_stop(nlp)
    assert [t.text for t in nlp("Brig. Wanjiru met Col. Otieno and Insp. Kamau.")] == [
        *("Brig.", "Wanjiru", "met", "Col.", "Otieno", "and", "Insp.", "Kamau", "."),
    ]
