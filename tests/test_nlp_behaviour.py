"""What the workbench adds to the spaCy pipeline, on a blank English pipeline (mutation testing ties these
functions, which run while the model loads, only to tests that call them themselves): the organisation
ruler names what it knows, acronyms included, and a country's initials before a hyphen stand alone."""

from __future__ import annotations

import spacy

from workbench.core.nlp import _ruler_patterns, _split_after_initials
from workbench.core.rules import model_spans


def test_the_organisation_ruler_names_a_known_acronym_and_a_known_name_by_their_organisation():
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"}).add_patterns(_ruler_patterns())
    doc = nlp("Fighters of the SDF met the popular mobilization forces.")
    assert {(doc[c.start : c.end].text, c.label, c.canonical) for c in model_spans(doc)} == {
        ("SDF", "ORG", "Syrian Democratic Forces"),
        ("popular mobilization forces", "ORG", "Popular Mobilization Forces"),
    }


def test_a_country_s_initials_before_a_hyphen_stand_on_their_own_as_us_led_does():
    nlp = spacy.blank("en")
    _split_after_initials(nlp)
    assert [t.text for t in nlp("U.S.-backed forces and the U.N.-run camp")] == [
        *("U.S.", "-", "backed", "forces", "and", "the"),
        *("U.N.", "-", "run", "camp"),
    ]
