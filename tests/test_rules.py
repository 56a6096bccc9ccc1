"""Each analysis rule on its own, on small Docs built without the statistical model (a blank English
pipeline, entities set by the test): a rule switched off or broken fails its own case here."""

from __future__ import annotations

import inspect

import pytest
import spacy

from workbench.core import rules as rules_package
from workbench.core.rules import (
    RULES,
    apply_rules,
    consistency,
    dates,
    names,
    organisations,
    places,
)
from workbench.core.rules.spans import Candidate

BLANK = spacy.blank("en")


def doc_with(text: str, marked: list[tuple[str, str]]):
    """A Doc of `text` and candidate spans for each (substring, label), the n-th occurrence as 'x#n'."""
    doc = BLANK(text)
    spans = []
    for surface, label in marked:
        surface, _, nth = surface.partition("#")
        at = -1
        for _ in range(int(nth or 1)):
            at = text.index(surface, at + 1)
        span = doc.char_span(at, at + len(surface), alignment_mode="expand")
        spans.append(Candidate(span.start, span.end, label))
    return doc, spans


def labelled(doc, spans) -> set[tuple[str, str]]:
    return {(doc[c.start : c.end].text, c.label) for c in spans}


def run(rule, text, marked, gazetteer):
    doc, spans = doc_with(text, marked)
    result = rule(doc, spans, gazetteer)
    return labelled(doc, result if result is not None else spans)


# (rule, text, spans the model gave, spans that must be there after, spans that must be gone after)
CASES = [
    (  # nor is a preposition the model ran on into
        names.trim_edges,
        "They drove from Hilltown in West Lakeland to Riverside.",
        [("West Lakeland to", "GPE")],
        {("West Lakeland", "GPE")},
        {("West Lakeland to", "GPE")},
    ),
    (  # a link word a name ends on is no part of it
        names.trim_edges,
        "The Ministry of Roads of said the Front for was calm.",
        [("Ministry of Roads of", "ORG"), ("Front for", "ORG")],
        {("Ministry of Roads", "ORG"), ("Front", "ORG")},
        {("Ministry of Roads of", "ORG")},
    ),
    (  # a closing bracket the name opened is part of it
        names.trim_edges,
        "Leaders of the CPI(M) and the Kurds' (KDP) allies met.",
        [("CPI(M)", "ORG"), ("KDP)", "ORG")],
        {("CPI(M)", "ORG"), ("KDP", "ORG")},
        {("KDP)", "ORG")},
    ),
    (
        names.trim_edges,
        "Rebels backed by a United States-led coalition reached A Coruña a week ago.",
        [("a United States", "GPE"), ("A Coruña", "GPE"), ("a week ago", "DATE")],
        {("United States", "GPE"), ("A Coruña", "GPE"), ("a week ago", "DATE")},
        {("a United States", "GPE")},
    ),
    (
        names.trim_edges,
        "Pro-Turkey rebels and anti-Russia protesters marched.",
        [("Pro-Turkey", "GPE"), ("anti-Russia", "GPE")],
        {("Turkey", "GPE"), ("Russia", "GPE")},
        {("Pro-Turkey", "GPE"), ("anti-Russia", "GPE")},
    ),
    (
        names.trim_edges,
        "In Rakhine, the army said.",
        [("In Rakhine", "GPE")],
        {("Rakhine", "GPE")},
        {("In Rakhine", "GPE")},
    ),
    (names.trim_edges, "He posted on X. today.", [("X.", "ORG")], set(), {("X.", "ORG")}),
    (
        names.numbered_names,
        "Gunmen raided Camp No. 9 and Block No 4, near Gate #2. The Hezbollah No. 2 spoke.",
        [("Camp", "FAC"), ("Block No", "ORG"), ("Gate", "FAC"), ("Hezbollah", "ORG")],
        {("Camp No. 9", "FAC"), ("Block No 4", "ORG"), ("Gate #2", "FAC"), ("Hezbollah", "ORG")},
        {("Camp", "FAC"), ("Block No", "ORG"), ("Hezbollah No. 2", "ORG")},
    ),
    (
        dates.dates_open_at_their_date,
        "He wrote on Twitter late Monday that Eid al-Adha and New Year's Day were calm.",
        [("Twitter late Monday", "DATE"), ("New Year's Day", "DATE")],
        {("late Monday", "DATE"), ("New Year's Day", "DATE")},
        {("Twitter late Monday", "DATE")},
    ),
    (  # a holiday's name is a date; one that opens a longer name is not
        dates.holidays_are_dates,
        "Gunmen struck on Good Friday and after Easter 2019. The Good Friday Agreement held on Christmas Island.",
        [("Good Friday", "EVENT"), ("Easter", "PERSON")],
        {("Good Friday", "DATE"), ("Easter 2019", "DATE")},
        {("Good Friday", "EVENT"), ("Easter", "PERSON"), ("Christmas", "DATE")},
    ),
    (  # a day word the model ran into the name before it is a date of its own
        dates.day_words_are_dates,
        "A statement released by Kelvo today said so.",
        [("Kelvo today", "ORG")],
        {("Kelvo", "ORG"), ("today", "DATE")},
        {("Kelvo today", "ORG")},
    ),
    (  # a dateline's city and slash before the date are no part of it
        dates.dates_open_at_their_date,
        "Tamale / March 28: Two people died.",
        [("Tamale / March 28", "DATE")],
        {("March 28", "DATE")},
        {("Tamale / March 28", "DATE")},
    ),
    (  # a day number before an abbreviated month, and the year after, though the model read none of it
        dates.month_day_dates,
        "Gunmen struck on 11 Sep 2020 and again on 3rd Oct, 2021 (Agency - 9th Nov, 2021 ) :",
        [("2021", "DATE")],
        {("11 Sep 2020", "DATE"), ("3rd Oct, 2021", "DATE"), ("9th Nov, 2021", "DATE")},
        set(),
    ),
    (  # an ordinal day written before its month is part of the date
        dates.month_day_dates,
        "Two blasts hit the town (4th May, 2021) at night.",
        [("May, 2021", "DATE")],
        {("4th May, 2021", "DATE")},
        {("May, 2021", "DATE")},
    ),
    (
        dates.month_day_dates,
        "Fighting began the day after the October 7th war.",
        [("October 7th", "EVENT")],
        {("October 7th", "DATE")},
        {("October 7th", "EVENT")},
    ),
    (
        dates.day_words_are_dates,
        '"They came last night," he said. Today, the army left. The Day Tripper bar opened on Monday.',
        [("Monday", "DATE")],
        {("last night", "DATE"), ("Today", "DATE"), ("Monday", "DATE")},
        {("last", "DATE"), ("night", "DATE")},
    ),
    (
        dates.merge_date_time,
        "It began on Wednesday evening.",
        [("Wednesday", "DATE"), ("evening", "TIME")],
        {("Wednesday evening", "DATE")},
        {("evening", "TIME")},
    ),
    (
        dates.month_day_dates,
        "Quetta, Mar 3: Seven soldiers died.",
        [("Mar", "PERSON")],
        {("Mar 3", "DATE")},
        {("Mar", "PERSON")},
    ),
    (dates.month_day_dates, "They may 3 times refuse.", [], set(), {("may 3", "DATE")}),
    (  # the weekday before the day is part of the date; only a span counted from the day gives way
        dates.month_day_dates,
        "It began on Sunday, Mar 3, in Doha.",
        [("Sunday, Mar 3", "DATE")],
        {("Sunday, Mar 3", "DATE")},
        {("Mar 3", "DATE")},
    ),
    (
        dates.month_day_dates,
        "It came nearly a week after Jan 27's blasts.",
        [("nearly a week after Jan 27", "DATE")],
        {("Jan 27", "DATE")},
        {("nearly a week after Jan 27", "DATE")},
    ),
    (dates.anchored_amounts, "The raid came two days after a rocket attack.", [], {("two days", "DATE")}, set()),
    (
        organisations.national_forces_named,
        "Clashes with Sudanese troops went on.",
        [("Sudanese", "NORP")],
        {("Sudanese troops", "ORG")},
        {("Sudanese", "NORP")},
    ),
    (
        organisations.national_forces_named,
        "Strikes claimed by the Israeli air force",
        [],
        {("Israeli air force", "ORG")},
        set(),
    ),
    (  # the ministry opens the text
        organisations.ministries_by_portfolio,
        "Foreign Ministry officials in Kenya said talks failed.",
        [("Kenya", "GPE")],
        {("Foreign Ministry", "ORG"), ("Kenya", "GPE")},
        set(),
    ),
    (  # a longer name holding the force stays what it is
        organisations.national_forces_named,
        "Parades marked Russian Armed Forces Day.",
        [("Russian Armed Forces Day", "EVENT")],
        {("Russian Armed Forces Day", "EVENT")},
        {("Russian Armed Forces", "ORG")},
    ),
    (  # a plain, a marsh or a national forest after a name: a place, whatever the model read
        places.place_cue_words,
        "He hails from the Wanzani plain. Tourists were seized in the remote Kisu national forest.",
        [("Wanzani", "NORP")],
        {("Wanzani", "GPE"), ("Kisu", "GPE")},
        {("Wanzani", "NORP")},
    ),
    (  # a known organisation's initials before a base's name own the base and are no part of its name
        places.facilities,
        "Troops at the KDF Lakeside Base fired.",
        [("KDF", "ORG")],
        {("KDF", "ORG"), ("Lakeside Base", "FAC")},
        set(),
    ),
    (  # a national, natural or country park is a place; 'Park' alone may be a surname
        places.facilities,
        "Tourists were seized in the Kisu national park and the Wanza Natural Park. Mr Park and President Park spoke.",
        [("Kisu", "GPE"), ("Wanza Natural Park", "ORG"), ("Mr Park", "PERSON")],
        {("Kisu national park", "FAC"), ("Wanza Natural Park", "FAC"), ("Mr Park", "PERSON")},
        {("Mr Park", "FAC"), ("President Park", "FAC"), ("Wanza Natural Park", "ORG")},
    ),
    (  # a list the cue does not close: a later name is a place when the gazetteer knows it
        places.place_cue_words,
        "Police in the area of Kano State, Kaduna and two aides, died.",
        [],
        {("Kano State", "GPE"), ("Kaduna", "GPE")},
        set(),
    ),
    (
        organisations.organisation_names,  # a broadcaster's name ending in 'TV'
        "Shops burned, Lakeside TV reported.",
        [("Lakeside", "ORG")],
        {("Lakeside TV", "ORG")},
        {("Lakeside", "ORG")},
    ),
    (  # a government or a bank 'of' a country is one organisation, the country inside no place; before a place's
        # other words ('Local Government Area', 'the West Bank') the same heads name none
        organisations.organisation_names,
        "The Government of Kenya and the Bank of Uganda met in Lakeside Local Government Area.",
        [("Kenya", "GPE"), ("Uganda", "GPE"), ("Lakeside", "GPE")],
        {("Government of Kenya", "ORG"), ("Bank of Uganda", "ORG"), ("Lakeside", "GPE")},
        {("Kenya", "GPE"), ("Uganda", "GPE"), ("Lakeside Local Government", "ORG")},
    ),
    (  # a particle inside the name before the organisation's word is part of the name
        organisations.organisation_names,
        "Reports from the Cruz del Lago Provincial Police Office said two died.",
        [("Lago Provincial Police Office", "ORG")],
        {("Cruz del Lago Provincial Police Office", "ORG")},
        {("Lago Provincial Police Office", "ORG")},
    ),
    (  # the unit's number read as a date is the unit's
        organisations.organisation_names,
        "Troops from Mountain Division 41 advanced yesterday.",
        [("Mountain Division", "ORG"), ("41", "DATE"), ("yesterday", "DATE")],
        {("Mountain Division 41", "ORG"), ("yesterday", "DATE")},
        {("41", "DATE")},
    ),
    (  # a second name joined by 'and' after a head's 'for' belongs to the organisation
        organisations.organisation_names,
        "Fighters of the Front for Unity and Renewal in Mali attacked.",
        [("Front for Unity", "ORG"), ("Mali", "GPE")],
        {("Front for Unity and Renewal", "ORG"), ("Mali", "GPE")},
        {("Front for Unity", "ORG")},
    ),
    (
        organisations.organisation_names,
        "Fighters of the Jaime Ortiz Front and the 7th Brigade clashed.",
        [("Jaime Ortiz", "PERSON")],
        {("Jaime Ortiz Front", "ORG"), ("7th Brigade", "ORG")},
        {("Jaime Ortiz", "PERSON")},
    ),
    (  # a second name joined by 'of' belongs to the name; a place after 'of' or a country after 'and' is its own
        organisations.organisation_names,
        "The Office for Promotion of Trade, the Ministry of Defence of Armenia and the Front for Peace and Kenya met.",
        [("Office for Promotion", "ORG"), ("Armenia", "GPE"), ("Kenya", "GPE")],
        {
            ("Office for Promotion of Trade", "ORG"),
            ("Ministry of Defence", "ORG"),
            ("Armenia", "GPE"),
            ("Front for Peace", "ORG"),
            ("Kenya", "GPE"),
        },
        {("Office for Promotion", "ORG")},
    ),
    (  # a unit numbered after its name: the number is part of it (a year is not)
        organisations.organisation_names,
        "Men of Rifle Division 44 and Mobile Squad 9 met; the Police 2023 report came, and the Army 30 km away.",
        [("Rifle Division", "ORG")],
        {("Rifle Division 44", "ORG"), ("Mobile Squad 9", "ORG")},
        {("Rifle Division", "ORG"), ("Police 2023", "ORG"), ("Army 30", "ORG")},
    ),
    (  # a unit's number before a named unit is part of its name
        organisations.organisation_names,
        "Men of the 4th Rifle Battalion and the 12th Signal Company met.",
        [("Rifle Battalion", "ORG")],
        {("4th Rifle Battalion", "ORG"), ("12th Signal Company", "ORG")},
        {("Rifle Battalion", "ORG")},
    ),
    (
        organisations.organisation_names,
        "Troops of the 7th Brigade of the Army moved.",
        [("Brigade of the Army", "ORG")],
        {("7th Brigade of the Army", "ORG")},
        {("Brigade of the Army", "ORG")},
    ),
    (
        organisations.organisation_names,
        "The Ministry of Defence said the West Bank was calm.",
        [("West Bank", "LOC")],
        {("Ministry of Defence", "ORG"), ("West Bank", "LOC")},
        set(),
    ),
    (places.appositive_places, "The valley holds an exclave, Sokh, which saw clashes.", [], {("Sokh", "GPE")}, set()),
    (places.appositive_places, "The chief of the district, Ali Umar, spoke.", [], set(), {("Ali Umar", "GPE")}),
    (
        places.appositive_directions,
        "Gunmen hit Kaya, about 100 km (60 miles) north of the capital.",
        [("Kaya", "ORG")],
        {("Kaya", "GPE")},
        {("Kaya", "ORG")},
    ),
    (
        organisations.organisation_names,
        "The commissioner of Provincial Police spoke.",
        [("Provincial Police", "GPE")],
        {("Provincial Police", "ORG")},
        {("Provincial Police", "GPE")},
    ),
    (places.place_cue_words, "Fighting hit the town of Kafr Nabl.", [], {("Kafr Nabl", "GPE")}, set()),
    (  # the local units of a country's administration: 'locations', 'sub-locations', 'chiefdoms'
        places.place_cue_words,
        "Bandits raided Koitegan and Mbaruk sub-locations and the Kimoson chiefdom.",
        [("Koitegan", "PERSON"), ("Mbaruk", "ORG")],
        {("Koitegan", "GPE"), ("Mbaruk", "GPE"), ("Kimoson", "GPE")},
        {("Koitegan", "PERSON"), ("Mbaruk", "ORG")},
    ),
    (  # a cue word that comes before its place says nothing of the name before it
        places.place_cue_words,
        "Officials said Karim Ali near Tal Tamr was killed.",
        [("Karim Ali", "PERSON")],
        {("Karim Ali", "PERSON"), ("Tal Tamr", "GPE")},
        {("Karim Ali", "GPE")},
    ),
    (  # more than four words before a cue are no place's name
        places.place_cue_words,
        "Gunmen raided the Ahmed Ali Musa Bello Dan village.",
        [],
        set(),
        {("Ahmed Ali Musa Bello Dan", "GPE")},
    ),
    (  # a local unit's title the model read with its name stays in the name
        places.place_cue_words,
        "Troops entered Barangay Tumbagan.",
        [("Barangay Tumbagan", "GPE")],
        {("Barangay Tumbagan", "GPE")},
        {("Tumbagan", "GPE")},
    ),
    (  # a unit's seat after its level, or 'the village, X,' (a town the gazetteer knows): a place even read as a
        # person; an unknown name after 'the village', or one after the office 'the head of the village', stays
        places.appositive_places,
        "Cadres burned offices at the district headquarters, Kotli. Jean Lenga of the provincial capital, Jean Kabore, "
        "spoke. Rebels raided a bank in the village, Jamrud, at dawn, and in the village, Wanzani, too. The head of "
        "the village, Mardan, said so.",
        [
            ("Kotli", "PERSON"),
            ("Jean Lenga", "PERSON"),
            ("Jean Kabore", "PERSON"),
            ("Jamrud", "PERSON"),
            ("Wanzani", "PERSON"),
            ("Mardan", "PERSON"),
        ],
        {("Kotli", "GPE"), ("Jean Kabore", "PERSON"), ("Jamrud", "GPE"), ("Wanzani", "PERSON"), ("Mardan", "PERSON")},
        {("Kotli", "PERSON"), ("Jean Kabore", "GPE"), ("Wanzani", "GPE"), ("Mardan", "GPE")},
    ),
    (  # a country's capital named after it, set off by commas, though the model read nothing or an organisation
        places.appositive_places,
        "Crowds filled the Samoan capital, Apia, and the country's capital, Vaiola, burned. "
        "The capital, Sione Tupou, said so.",
        [("Vaiola", "ORG")],
        {("Apia", "GPE"), ("Vaiola", "GPE")},
        {("Vaiola", "ORG"), ("Sione Tupou", "GPE")},
    ),
    (  # each name listed before an appositive that counts places
        places.appositive_places,
        "Gunmen were seen at Kuala Tebu and Batu Lima, two fishing villages near the coast.",
        [("Kuala Tebu", "ORG"), ("Batu Lima", "PERSON")],
        {("Kuala Tebu", "GPE"), ("Batu Lima", "GPE")},
        {("Kuala Tebu", "ORG"), ("Batu Lima", "PERSON")},
    ),
    (
        places.appositive_places,
        "Hsipaw is an old town in Shan State.",
        [("Hsipaw", "PERSON")],
        {("Hsipaw", "GPE")},
        {("Hsipaw", "PERSON")},
    ),
    (
        places.peoples_are_not_places,
        "Shelling wounded southern Lebanese villagers.",
        [("southern Lebanese", "GPE")],
        {("southern Lebanese", "NORP")},
        {("southern Lebanese", "GPE")},
    ),
    (places.place_cue_words, "Troops near the Turkish border fired.", [], set(), {("Turkish", "GPE")}),
    (
        places.appositive_directions,
        "Shells hit Sarif, northeast of the city center.",
        [("Sarif", "PERSON")],
        {("Sarif", "GPE")},
        {("Sarif", "PERSON")},
    ),
    (places.appositive_places, "Gunmen raided Kani Masi, a town near the border.", [], {("Kani Masi", "GPE")}, set()),
    (  # set off by a dash
        places.appositive_places,
        "Mayors of Tabora — a district in the west — were removed.",
        [("Tabora", "PERSON")],
        {("Tabora", "GPE")},
        {("Tabora", "PERSON")},
    ),
    (  # a natural feature: a reserve, a forest
        places.place_cue_words,
        "Miners entered the Kiboko nature reserve and the Mau forest.",
        [("Kiboko", "PERSON"), ("Mau", "ORG")],
        {("Kiboko", "GPE"), ("Mau", "GPE")},
        set(),
    ),
    (
        places.function_words_and_titles_are_not_places,
        "They raided Zorgho, So far no one died, said Deputy Commissioner Ali. The US said so. In Cali, I have ordered it.",
        [("Zorgho", "GPE"), ("So", "GPE"), ("Deputy", "GPE"), ("US", "GPE"), ("Cali", "GPE"), ("I#2", "GPE")],
        {("Zorgho", "GPE"), ("US", "GPE"), ("Cali", "GPE")},
        {("So", "GPE"), ("Deputy", "GPE"), ("I", "GPE")},
    ),
    (  # a word for a kind of place that ends a town's name read apart ('Spanish' + 'Town') stays
        places.function_words_and_titles_are_not_places,
        "Gunmen struck in Spanish Town, and in the Town too.",
        [("Spanish", "GPE"), ("Town", "GPE"), ("Town#2", "GPE")],
        {("Town", "GPE")},
        set(),
    ),
    (  # a word for a kind of place; a province's own name
        places.function_words_and_titles_are_not_places,
        "The Peninsula-wide strike spread to Islands.",
        [("Peninsula", "GPE"), ("Islands", "GPE")],
        {("Islands", "GPE")},
        {("Peninsula", "GPE")},
    ),
    (  # a given name after a saint's title is the saint's, in a place's name
        places.names_after_place_prepositions,
        "Clashes broke out in San Lorenzo Lakeside and troops came from Ahmed Ali to the town.",
        [("San Lorenzo Lakeside", "ORG"), ("Ahmed Ali", "PERSON")],
        {("San Lorenzo Lakeside", "GPE"), ("Ahmed Ali", "PERSON")},
        {("San Lorenzo Lakeside", "ORG")},
    ),
    (  # from a place said to lie near another
        places.names_after_place_prepositions,
        "A man from Hollins, near Lakeside, was arrested.",
        [("Hollins", "ORG"), ("Lakeside", "GPE")],
        {("Hollins", "GPE")},
        {("Hollins", "ORG")},
    ),
    (
        places.names_after_place_prepositions,
        "Gunmen based in Savaria killed five at Tinzabe. Officials in Ahmed Musa's office met near Kumbalo Army "
        "Barracks.",
        [("Savaria", "ORG"), ("Tinzabe", "PERSON"), ("Ahmed Musa", "PERSON"), ("Kumbalo Army Barracks", "ORG")],
        {("Savaria", "GPE"), ("Tinzabe", "GPE"), ("Ahmed Musa", "PERSON"), ("Kumbalo Army Barracks", "ORG")},
        {("Savaria", "ORG"), ("Tinzabe", "PERSON")},
    ),
    (  # after 'from', only with a place after the name
        places.names_after_place_prepositions,
        "He rode from Tomba to Makosa. A note came from Sakwa Dale. A man from Lumbo, Kano State, died.",
        [("Tomba", "PERSON"), ("Makosa", "GPE"), ("Sakwa Dale", "PERSON"), ("Lumbo", "ORG"), ("Kano State", "GPE")],
        {("Tomba", "GPE"), ("Sakwa Dale", "PERSON"), ("Lumbo", "GPE")},
        {("Tomba", "PERSON"), ("Lumbo", "ORG")},
    ),
    (  # a word for a valley, a river or a village opens a place's name; 'the wadi' alone is none
        places.names_opened_by_a_feature_word,
        "Wadi Hamra Al Sud flooded; the level of Sungai Kelam rose; the wadi dried. Jebel Amer Group said so.",
        [("Wadi Hamra Al Sud", "PERSON"), ("Jebel Amer Group", "ORG")],
        {("Wadi Hamra Al Sud", "LOC"), ("Sungai Kelam", "LOC"), ("Jebel Amer Group", "ORG")},
        {("Wadi Hamra Al Sud", "PERSON"), ("Jebel Amer", "LOC")},
    ),
    (  # a quarter's or village's opening word: a gate, a market, a house, a village, a cape
        places.names_opened_by_a_feature_word,
        "Snipers fired on Bab Sharqi and Souk al-Hal; Beit Ummar and Kafr Sousa were calm, as was Ras Tanura.",
        [("Bab Sharqi", "PERSON"), ("Souk al-Hal", "PERSON"), ("Kafr Sousa", "ORG")],
        {
            ("Bab Sharqi", "LOC"),
            ("Souk al-Hal", "LOC"),
            ("Beit Ummar", "LOC"),
            ("Kafr Sousa", "LOC"),
            ("Ras Tanura", "LOC"),
        },
        {("Bab Sharqi", "PERSON"), ("Souk al-Hal", "PERSON"), ("Kafr Sousa", "ORG")},
    ),
    (  # an administrative unit's noun after a name says it is a place: 'regency', 'upazila', 'woreda'
        places.place_cue_words,
        "Shelters in Lanny Jaya regency and Kaliganj upazila filled.",
        [("Lanny Jaya", "PERSON"), ("Kaliganj", "ORG")],
        {("Lanny Jaya", "GPE"), ("Kaliganj", "GPE")},
        {("Lanny Jaya", "PERSON"), ("Kaliganj", "ORG")},
    ),
    (  # after 'the', a name before a trade and a word for a company is the company; 'a Lagos company' is not
        organisations.companies_named_before_their_trade,
        "The offices of the Kelvale power company burned. A Lagos company and the Chinese state firm bid.",
        [("Kelvale", "GPE"), ("Lagos", "GPE"), ("Chinese", "NORP")],
        {("Kelvale", "ORG"), ("Lagos", "GPE"), ("Chinese", "NORP")},
        {("Kelvale", "GPE")},
    ),
    (  # one word of a person's name given in full stays that person, though a province bears it
        places.places_known_on_sight,
        "Lindi Mwakyusa, 17, was shot. Lindi was brought to a clinic in Kigoma.",
        [("Lindi Mwakyusa", "PERSON"), ("Lindi#2", "PERSON"), ("Kigoma", "PERSON")],
        {("Lindi Mwakyusa", "PERSON"), ("Lindi", "PERSON"), ("Kigoma", "GPE")},
        {("Lindi", "GPE")},
    ),
    (  # it names a body (its canonical name, tested below) and changes no span or label
        organisations.national_bodies_of_the_story_country,
        "In Kyrgyzstan the State Customs Service said Kyrgyzstan would act.",
        [("Kyrgyzstan", "GPE"), ("State Customs Service", "ORG"), ("Kyrgyzstan#2", "GPE")],
        {("Kyrgyzstan", "GPE"), ("State Customs Service", "ORG")},
        {("State Customs Service", "GPE")},
    ),
    (
        organisations.dates_naming_organisations,  # a date before an organisation's word names the organisation
        "The rally was called by the May 30 Movement on Monday.",
        [("May 30", "DATE"), ("Monday", "DATE")],
        {("May 30 Movement", "ORG"), ("Monday", "DATE")},
        {("May 30", "DATE")},
    ),
    (
        organisations.names_defined_by_their_initials,  # the initials spell the words; a longer name or a place stays
        "She is a Lakeland Renewal Movement (LRM) activist; troops of the 5th Hill Division (HD), the Lakeland "
        "Administrative Area (LAA) and the Democratic Republic of Congo (DRC) came.",
        [
            ("Lakeland", "GPE"),
            ("5th Hill Division", "ORG"),
            ("Lakeland#2", "GPE"),
        ],
        {("Lakeland Renewal Movement", "ORG"), ("LRM", "ORG"), ("5th Hill Division", "ORG")},
        {
            ("Hill Division", "ORG"),
            ("Lakeland Administrative Area", "ORG"),
            ("Democratic Republic of Congo", "ORG"),
        },
    ),
    (  # a name ending in a newspaper's title word, cited as a source, is an outlet
        organisations.outlets_named_as_sources,
        "A resident told the Lakeside Star that police came; the Hilltown Herald reported it.",
        [],
        {("Lakeside Star", "ORG"), ("Hilltown Herald", "ORG")},
        set(),
    ),
    (  # a person of such a surname is no outlet, nor is a name a speech verb follows
        organisations.outlets_named_as_sources,
        "Ali Post reported the attack. The Lakeside Star said so.",
        [("Ali Post", "PERSON")],
        {("Ali Post", "PERSON")},
        {("Ali Post", "ORG"), ("Lakeside Star", "ORG")},
    ),
    (  # a news site by its web address; a file's name is none
        organisations.outlets_named_as_sources,
        "He told Lakeside.com on Monday (HILLTOWN.CO), as Annex.pdf shows.",
        [("Monday", "DATE")],
        {("Lakeside.com", "ORG"), ("HILLTOWN.CO", "ORG")},
        {("Annex.pdf", "ORG")},
    ),
    (  # a bare day joined to a date of a month is a date too, before or after it
        dates.days_sharing_a_month,
        "Strikes on 11 and 12 March and on May 3 and 4 hit 2 and 3 towns.",
        [("12 March", "DATE"), ("May 3", "DATE")],
        {("11", "DATE"), ("4", "DATE"), ("12 March", "DATE"), ("May 3", "DATE")},
        {("2", "DATE"), ("3 towns", "DATE")},
    ),
    (  # a bearing in another language, left unread at the end of a name, is no region of that name
        places.unread_places,
        "Troops cleared the Carretera Norte and the Route Nord near Kitwe.",
        [("Kitwe", "GPE")],
        {("Kitwe", "GPE")},
        {("Norte", "GPE"), ("Nord", "GPE")},
    ),
    (  # a people's name the model left unread is no place, though a city lists it among its spellings
        places.unread_places,
        "Smugglers crossed the Malaysia-Thai frontier.",
        [("Malaysia", "GPE")],
        {("Malaysia", "GPE")},
        {("Thai", "GPE")},
    ),
    (  # a name the model left unread ends where a date it read begins
        places.unread_places,
        "Gunmen struck in Kenya Mar 3, police said.",
        [("Mar 3", "DATE")],
        {("Kenya", "GPE"), ("Mar 3", "DATE")},
        set(),
    ),
    (  # a name it runs into is one with it: a country opening a body's name is no place there
        places.unread_places,
        "Staff of the Lakeland Red Cross Society and of Kenya helped.",
        [("Red Cross Society", "ORG")],
        {("Kenya", "GPE")},
        {("Lakeland", "GPE")},
    ),
    (  # the model left one word of a person's name unread: no place of it
        places.unread_places,
        "Lindi Mwakyusa, 17, was shot. Later Lindi ran home from Kigoma.",
        [("Lindi Mwakyusa", "PERSON")],
        {("Kigoma", "GPE")},
        {("Lindi", "GPE")},
    ),
    (  # a name written on to '-born' or '-based' is a place; a people's name or an acronym there is not
        places.names_before_born_or_based,
        "The Kelvari-born commander, a Dorvash-based group, an Iraqi-born cleric and a UN-based envoy met.",
        [("Kelvari", "ORG"), ("Iraqi", "NORP"), ("UN", "ORG")],
        {("Kelvari", "GPE"), ("Dorvash", "GPE"), ("Iraqi", "NORP"), ("UN", "ORG")},
        {("Kelvari", "ORG")},
    ),
    (  # an acronym's hyphenated name is no pair of places, though each end names one somewhere
        places.split_place_pairs,
        "The Southern Water Board (ORAN-Sul) warned of floods.",
        [("ORAN-Sul", "ORG")],
        {("ORAN-Sul", "ORG")},
        {("ORAN", "GPE"), ("Sul", "GPE")},
    ),
    (
        places.places_owning_places,  # read as an organisation, the owner must be a place for sure
        "Floods hit Kenya’s Tana River camps and the camp's Officer's Mess.",
        [("Kenya’s Tana River", "ORG"), ("Officer's Mess", "ORG")],
        {("Kenya", "GPE"), ("Tana River", "GPE"), ("Officer's Mess", "ORG")},
        {("Officer", "GPE"), ("Kenya’s Tana River", "ORG")},
    ),
    (
        places.places_owning_places,  # a province's county read as one name is two places; a known whole stays
        "Floods hit South Jeolla Province’s Haenam County and Cox's Bazar town.",
        [("South Jeolla Province’s Haenam County", "GPE"), ("Cox's Bazar", "GPE")],
        {("South Jeolla Province", "GPE"), ("Haenam County", "GPE"), ("Cox's Bazar", "GPE")},
        {("South Jeolla Province’s Haenam County", "GPE")},
    ),
    (  # a strong place the model began after its possessive is found whole; a people's name and nouns left are none
        places.places_named_with_a_possessive,
        "Fire hit a Cox's Bazar Rohingya shelter block; aid reached a Cox's Bazar Kelvo Tulu camp.",
        [("Bazar Rohingya shelter block", "FAC"), ("Bazar Kelvo Tulu camp", "FAC")],
        {("Cox's Bazar", "GPE"), ("Kelvo Tulu camp", "FAC")},
        {("Bazar Rohingya shelter block", "FAC"), ("Rohingya shelter block", "FAC"), ("Bazar Kelvo Tulu camp", "FAC")},
    ),
    (  # 'nearby' and 'neighbouring' put a name among places
        places.unknown_words_need_a_cue,
        "Raiders came from nearby Kolwani. Residents of neighbouring Barsoma fled. Calm followed. Residents wept.",
        [("Kolwani", "GPE"), ("Barsoma", "GPE"), ("Calm", "GPE")],
        {("Kolwani", "GPE"), ("Barsoma", "GPE")},
        {("Calm", "GPE")},  # a cue word after it counts in its own sentence only
    ),
    (  # a demonym whose country's name holds a bearing is a people before a cue word, no place
        places.place_cue_words,
        "Shells fell on a South Korean island and a South African town.",
        [("South Korean", "NORP"), ("South African", "NORP")],
        {("South Korean", "NORP"), ("South African", "NORP")},
        {("South Korean", "GPE"), ("South African", "GPE")},
    ),
    (
        places.unknown_words_need_a_cue,
        "Onlookers said Priya saw it. Qorsho residents fled; Dolmani, a village, emptied; Talani camp burned. "
        "Others fled to Qorsho. Recounting the raid, a woman wept. Drones hit Yabrani, in the south.",
        [("Onlookers", "GPE"), ("Priya", "GPE"), ("Qorsho", "GPE"), ("Dolmani", "GPE"), ("Talani", "GPE")]
        + [("Recounting", "GPE"), ("Yabrani", "GPE")],
        {("Priya", "PERSON"), ("Qorsho", "GPE"), ("Dolmani", "GPE"), ("Talani", "GPE"), ("Yabrani", "GPE")},
        {("Onlookers", "GPE"), ("Recounting", "GPE"), ("Priya", "GPE")},
    ),
    (  # a people's name before the cue word is a place when a province bears it; an adjective ('Iraqi') is not
        places.place_cue_words,
        "Troops entered Samburu County, an Iraqi town and a Samburu village, defying the Samburu state.",
        [("Samburu County", "ORG")],
        {("Samburu", "GPE")},
        {("Samburu County", "ORG"), ("Iraqi", "GPE")},
    ),
    (
        places.country_names_read_as_peoples,
        "Envoys flew to the Czech Republic; Czech troops stayed.",
        [("Czech", "NORP"), ("Czech#2", "NORP")],
        {("Czech Republic", "GPE"), ("Czech", "NORP")},
        set(),
    ),
    (  # residents of a place; an adjective opening the sentence; a plural cue before 'that' is no verb
        places.place_cue_words,
        "Local residents said a Narowal resident died. Troops left the Gujrat and Sialkot districts that border it.",
        [("Narowal", "PERSON"), ("Gujrat", "PERSON"), ("Sialkot", "PERSON")],
        {("Narowal", "GPE"), ("Gujrat", "GPE"), ("Sialkot", "GPE")},
        {("Local", "GPE"), ("Narowal", "PERSON"), ("Sialkot", "PERSON")},
    ),
    (  # a list closed by 'and', with a comma after its last name: every name is of the kind
        places.place_cue_words,
        "Raiders stormed the villages of Tomba, Kiru Dale, Sakwa and Lumbo, all near the river.",
        [("Kiru Dale", "PERSON"), ("Sakwa", "PERSON")],
        {("Tomba", "GPE"), ("Kiru Dale", "GPE"), ("Sakwa", "GPE"), ("Lumbo", "GPE")},
        {("Kiru Dale", "PERSON"), ("Sakwa", "PERSON")},
    ),
    (  # 'department' after a province the gazetteer knows; not after any name
        places.place_cue_words,
        "Troops left the Huila department for the State Department and the Bogota police department.",
        [("Huila", "ORG")],
        {("Huila", "GPE")},
        {("State", "GPE"), ("Bogota", "GPE")},
    ),
    (  # a hyphenated unit noun after the name: the name stops before 'Sub-'
        places.place_cue_words,
        "Raiders hit Mumias East Sub-County at night.",
        [],
        {("Mumias East", "GPE")},
        {("Mumias East Sub-", "GPE")},
    ),
    (  # a cue word used as a verb
        places.place_cue_words,
        "The KZB states that the border is closed. Kano State lies north.",
        [("KZB", "ORG"), ("Kano", "ORG")],
        {("KZB", "ORG"), ("Kano", "GPE")},
        {("KZB", "GPE")},
    ),
    (  # a French-speaking country's unit
        places.appositive_places,
        "Gangs attacked Zorgho, a commune east of the capital.",
        [("Zorgho", "ORG")],
        {("Zorgho", "GPE")},
        {("Zorgho", "ORG")},
    ),
    (  # a name with an apostrophe inside is a name all the same
        places.unread_places,
        "The rebels took the town of Ma'an in 2014.",
        [],
        {("Ma'an", "GPE")},
        set(),
    ),
    (  # a country's initials the model left unread; other capitals stay unread
        places.unread_places,
        "Fighting spread in eastern DRC as the UAE and the AU called for talks.",
        [],
        {("DRC", "GPE"), ("UAE", "GPE")},
        {("AU", "GPE")},
    ),
    (places.appositive_places, "Kareto, the headquarters of the area, fell.", [], {("Kareto", "GPE")}, set()),
    (
        places.appositive_places,
        "Dovzhik is a Chernihiv region village bordering Belarus. Ali is a village elder. Musa, a Yobe town councillor, spoke.",
        [("Dovzhik", "PERSON"), ("Ali", "PERSON"), ("Musa", "PERSON")],
        {("Dovzhik", "GPE"), ("Ali", "PERSON"), ("Musa", "PERSON")},
        {("Dovzhik", "PERSON"), ("Ali", "GPE"), ("Musa", "GPE")},
    ),
    (
        places.appositive_places,
        "Peter Lual, the acting commissioner of Akobo County, said so.",
        [("Peter Lual", "PERSON")],
        {("Peter Lual", "PERSON")},
        {("Peter Lual", "GPE")},
    ),
    (
        places.place_cue_words,
        "Separatists in the North-West and South-West Regions clashed with troops.",
        [("North-West", "ORG")],
        {("North-West", "GPE"), ("South-West", "GPE")},
        {("North-West", "ORG")},
    ),
    (
        places.routes_name_places,
        "Traffic stopped on the road between Elwak and Rhamu.",
        [("Rhamu", "PERSON")],
        {("Elwak", "GPE"), ("Rhamu", "GPE")},
        set(),
    ),
    (places.listed_places, "Shelling hit villages including Tal Tamr and Zarkan.", [], {("Tal Tamr", "GPE")}, set()),
    (
        places.listed_places,  # each listed place with the province it is said to lie in
        "The districts lost are namely Tarvo in Lomstad, Keshra in Valgan and Orbis.",
        [("Tarvo", "PERSON"), ("Lomstad", "ORG"), ("Keshra", "PERSON")],
        {("Tarvo", "GPE"), ("Lomstad", "GPE"), ("Keshra", "GPE"), ("Valgan", "GPE"), ("Orbis", "GPE")},
        {("Tarvo", "PERSON"), ("Lomstad", "ORG")},
    ),
    (  # 'namely'; a name read as a person is a place unless it holds a given name
        places.listed_places,
        "Gunmen attacked the communities, namely Dorowa, Kalep Yonto and Ahmed Kumbi.",
        [("Kalep Yonto", "PERSON"), ("Ahmed Kumbi", "PERSON")],
        {("Dorowa", "GPE"), ("Kalep Yonto", "GPE"), ("Ahmed Kumbi", "PERSON")},
        {("Kalep Yonto", "PERSON")},
    ),
    (
        places.place_cue_words,
        "The mayor of Ruwa Kesi confirmed it; the governor of Ahmed Musa came; troops waited in the vicinity of Dorowa.",
        [("Ruwa Kesi", "PERSON"), ("Ahmed Musa", "PERSON")],
        {("Ruwa Kesi", "GPE"), ("Ahmed Musa", "PERSON"), ("Dorowa", "GPE")},
        {("Ruwa Kesi", "PERSON")},
    ),
    (places.destinations, "Families fled to Kharkiv on foot.", [("Kharkiv", "PERSON")], {("Kharkiv", "GPE")}, set()),
    (places.destinations, "Families fled to Kharkiv on foot.", [], {("Kharkiv", "GPE")}, set()),  # unread by the model
    (  # a place's adjective may stand between the preposition and the town
        places.locative_towns,
        "Militants attacked a school in neighbouring Kailahun, in Sierra Leone.",
        [("Kailahun", "PERSON"), ("Sierra Leone", "GPE")],
        {("Kailahun", "GPE")},
        {("Kailahun", "PERSON")},
    ),
    (  # a town read as a people after 'in' is the town; a people's or a language's name stays one
        places.locative_towns,
        "Gunmen struck in Kailahun, in Sierra Leone; officials in the United States replied in English and in Kurdish.",
        [
            ("Kailahun", "NORP"),
            ("Sierra Leone", "GPE"),
            ("United States", "GPE"),
            ("English", "NORP"),
            ("Kurdish", "NORP"),
        ],
        {("Kailahun", "GPE"), ("English", "NORP"), ("Kurdish", "NORP")},
        {("Kailahun", "NORP")},
    ),
    (  # a governorate and a district the model read as people
        places.locative_towns,
        "Clashes broke out in Saladin on Friday. Storms hit homes in Bimini on Sunday.",
        [("Saladin", "PERSON"), ("Bimini", "PERSON")],
        {("Saladin", "GPE"), ("Bimini", "GPE")},
        {("Saladin", "PERSON"), ("Bimini", "PERSON")},
    ),
    (places.appositive_directions, "Fighting reached Sarif, north", [], set(), set()),  # a headline's last word
    (places.destinations, "Families flee to Kharkiv", [], {("Kharkiv", "GPE")}, set()),  # a headline
    (places.destinations, "Families fled to Kharkiw on foot.", [], set(), {("Kharkiw", "GPE")}),  # a spelling guess
    (  # only 'and to' goes on to a second destination, not any 'to'
        places.destinations,
        "Families fled to Pemba, according to Victoria, a nurse.",
        [("Victoria", "PERSON")],
        {("Pemba", "GPE"), ("Victoria", "PERSON")},
        {("Victoria", "GPE")},
    ),
    (
        places.destinations,
        "During a visit to Kiryat Ata, he spoke. He paid a visit to Bahar Ali.",
        [("Kiryat Ata", "PERSON"), ("Bahar Ali", "PERSON")],
        {("Kiryat Ata", "GPE"), ("Bahar Ali", "PERSON")},
        {("Kiryat Ata", "PERSON")},
    ),
    (  # a group's name holding a place's; the militias of a strong place are that place's
        organisations.groups_are_organisations,
        "Fighters of the Kenya Hope alliance and the Darfur militia clashed with pro-Kenya Somali militia.",
        [("Kenya", "GPE"), ("Darfur", "GPE"), ("Kenya#2", "GPE"), ("Somali", "NORP")],
        {("Kenya Hope", "ORG"), ("Darfur", "GPE"), ("Kenya", "GPE"), ("Somali", "NORP")},
        {("Darfur", "ORG")},
    ),
    (
        organisations.groups_are_organisations,
        "Members of the Gran Grif gang fired.",
        [("Gran Grif", "FAC")],
        {("Gran Grif", "ORG")},
        set(),
    ),
    (
        organisations.groups_named_with_a_spanish_article,  # a gang, unless a place bears the name or the text places it
        "A video in which Los Zorreros claim the attack spread. Troops reached Los Mochis. "
        "Families fled from Los Pinitos, where Las Cabras villagers stayed.",
        [("Los Zorreros", "GPE"), ("Los Mochis", "GPE"), ("Los Pinitos", "GPE"), ("Las Cabras", "GPE")],
        {("Los Zorreros", "ORG"), ("Los Mochis", "GPE"), ("Los Pinitos", "GPE"), ("Las Cabras", "GPE")},
        {("Los Zorreros", "GPE")},
    ),
    (places.dateline_places, "KHARTOUM (Reuters) - Clashes went on.", [], {("KHARTOUM", "GPE")}, set()),
    (  # a web outlet's dateline closed by a bar
        places.dateline_places,
        "Lusaka | Politics Desk: Four people were killed on Saturday.",
        [("Lusaka |", "ORG")],
        {("Lusaka", "GPE")},
        {("Lusaka |", "ORG")},
    ),
    (  # a section's name before a bar is no place
        places.dateline_places,
        "Business | Four people were killed in Lusaka on Saturday.",
        [],
        set(),
        {("Business", "GPE")},
    ),
    (  # one city closed by the dash Spanish-language wires write
        places.dateline_places,
        "Tlapa .- Gunmen killed five people on Sunday.",  # tokens as the model splits them
        [("Tlapa", "PERSON")],
        {("Tlapa", "GPE")},
        {("Tlapa", "PERSON")},
    ),
    (  # read as an organisation, a known city of the dateline is still the city
        places.dateline_places,
        "Tlapa .- Gunmen killed five people on Sunday.",
        [("Tlapa", "ORG")],
        {("Tlapa", "GPE")},
        {("Tlapa", "ORG")},
    ),
    (  # a title-case dateline's cities joined by a slash, read as one organisation
        places.dateline_places,
        "Kano / Abuja — Gunmen killed five people on Sunday.",
        [("Kano / Abuja", "ORG")],
        {("Kano", "GPE"), ("Abuja", "GPE")},
        {("Kano / Abuja", "ORG")},
    ),
    (  # one city the gazetteer knows names the other of a slashed dateline, which it lacks
        places.dateline_places,
        "Ras Dashen/Addis Ababa, 3 May 2014:\n\nGunmen killed five people on Sunday.",
        [("Ras Dashen/Addis Ababa", "ORG")],
        {("Ras Dashen", "GPE"), ("Addis Ababa", "GPE")},
        {("Ras Dashen/Addis Ababa", "ORG")},
    ),
    (  # a wire's name after the slash is no place
        places.dateline_places,
        "Addis Ababa/Reuters - Gunmen killed five people on Sunday.",
        [("Addis Ababa/Reuters", "ORG"), ("Reuters", "ORG")],
        set(),
        {("Reuters", "GPE")},
    ),
    (  # a long dateline of cities joined by slashes: the last ones are as much the dateline's as the first
        places.dateline_places,
        "ERBIL/MOSUL/KIRKUK/DUHOK/BAGHDAD/BASRA\n\nFloods hit the north.",
        [],
        {("ERBIL", "GPE"), ("BAGHDAD", "GPE"), ("BASRA", "GPE")},
        set(),
    ),
    (  # a city and its country in capitals: two places, not one name across the comma
        places.dateline_places,
        "BAGHDAD, IRAQ - Clashes went on.",
        [],
        {("BAGHDAD", "GPE"), ("IRAQ", "GPE")},
        set(),
    ),
    (
        organisations.dateline_agency,
        "DAMASCUS (SANA) - Shelling hit Daraa.",
        [("DAMASCUS", "GPE"), ("SANA", "GPE")],
        {("SANA", "ORG")},
        {("SANA", "GPE")},
    ),
    (  # the dateline's country after a comma
        organisations.dateline_agency,
        "MOGADISHU, Somalia (AP) - Shelling hit.",
        [("AP", "GPE")],
        {("AP", "ORG")},
        {("AP", "GPE")},
    ),
    (  # the agency's name the organisation ruler knew: a place read inside it is part of it
        organisations.dateline_agency,
        "ERBIL (Kurdistan 24) - Clashes erupted.",
        [("Kurdistan 24", "ORG"), ("Kurdistan", "GPE")],
        {("Kurdistan 24", "ORG"), ("Kurdistan", "ORG")},
        {("Kurdistan", "GPE")},
    ),
    (  # a name cut inside its hyphen links covers it whole
        organisations.names_joined_by_hyphen_links,
        "Police said Hizb-ut-Tahrir members and Markazi Jamiat Ahl-e-Hadith workers fled.",
        [("Tahrir", "ORG"), ("Markazi Jamiat Ahl", "ORG")],
        {("Hizb-ut-Tahrir", "ORG"), ("Markazi Jamiat Ahl-e-Hadith", "ORG")},
        {("Tahrir", "ORG"), ("Markazi Jamiat Ahl", "ORG")},
    ),
    (  # read as a person, or not read at all: a group's first word makes it an organisation
        organisations.names_joined_by_hyphen_links,
        "Harkat-ul-Ansar fighters, Jamiat Ulema-e-Islam and Ansar-ul-Islam men left the Dar-ul-Aman palace.",
        [("Harkat-ul-Ansar", "PERSON")],
        {("Harkat-ul-Ansar", "ORG"), ("Ansar-ul-Islam", "ORG"), ("Jamiat Ulema-e-Islam", "ORG")},
        {("Harkat-ul-Ansar", "PERSON"), ("Dar-ul-Aman", "ORG")},
    ),
    (  # a name in quotes that a source speaks to, or that a word for a news medium follows, is an outlet
        organisations.quoted_outlets,
        'Ali Musa told "Lakeside Center": "We fled." The official "Hill Today" website agreed. He told "Yes" to it.',
        [("Ali Musa", "PERSON"), ("Hill Today", "DATE")],
        {("Lakeside Center", "ORG"), ("Hill Today", "ORG")},
        {("Hill Today", "DATE"), ("Yes", "ORG")},
    ),
    (  # a place before a body named for its people is part of that body's name; a country stays a place
        organisations.peoples_bodies_of_a_place,
        "The Lakeside People's Defence Force and the Kenya People's Defence Force met.",
        [
            ("Lakeside", "ORG"),
            ("People's Defence Force#1", "ORG"),
            ("Kenya", "GPE"),
            ("People's Defence Force#2", "ORG"),
        ],
        {("Lakeside People's Defence Force", "ORG"), ("Kenya", "GPE"), ("People's Defence Force", "ORG")},
        {("Lakeside", "ORG"), ("Kenya People's Defence Force", "ORG")},
    ),
    (  # a movement's chain goes on over the country of its branch
        organisations.names_joined_by_hyphen_links,
        "Fighters of the Tehrik-i-Taliban Afghanistan and Jamaat-e-Islami men left Kenya.",
        [("Tehrik", "ORG"), ("Taliban", "ORG"), ("Afghanistan", "GPE"), ("Kenya", "GPE")],
        {("Tehrik-i-Taliban Afghanistan", "ORG"), ("Jamaat-e-Islami", "ORG"), ("Kenya", "GPE")},
        {("Afghanistan", "GPE"), ("Taliban", "ORG")},
    ),
    (  # a place read inside one is the gazetteer's to judge
        organisations.names_joined_by_hyphen_links,
        "Gunmen struck in Mazar-i-Sharif on Monday.",
        [("Mazar", "GPE")],
        {("Mazar", "GPE")},
        {("Mazar-i-Sharif", "ORG"), ("Mazar-i-Sharif", "GPE")},
    ),
    (  # a date among the dateline's outlets stays a date; each outlet is one organisation
        organisations.dateline_agency,
        "HILLPORT, Lakeland (June 3, 2001 - Radio Hillport / Lake FM - Lake-Herald ) - Police came.",
        [("June 3, 2001", "DATE"), ("Hillport", "GPE")],
        {("June 3, 2001", "DATE"), ("Radio Hillport", "ORG"), ("Lake FM", "ORG"), ("Lake-Herald", "ORG")},
        {("Hillport", "GPE"), ("2001", "ORG")},
    ),
    (  # the name between slashes after a dateline's city is the agency
        organisations.dateline_agency,
        "Nairobi / LAKEPRESS / On May 2, floods hit the town.",
        [("Nairobi / LAKEPRESS", "ORG")],
        {("Nairobi", "GPE"), ("LAKEPRESS", "ORG")},
        {("Nairobi / LAKEPRESS", "ORG")},
    ),
    (  # a name the model ran across the bracket: the place before it stays a place, the outlet is named
        organisations.dateline_agency,
        "PORT ALBA, Lakeland (Lakeland Daily Post, Dec. 2, 2015) - Arrests are expected.",
        [("Lakeland (Lakeland Daily Post", "ORG"), ("Dec. 2, 2015", "DATE")],
        {("Lakeland", "GPE"), ("Lakeland Daily Post", "ORG"), ("Dec. 2, 2015", "DATE")},
        {("Lakeland (Lakeland Daily Post", "ORG")},
    ),
    (
        organisations.dateline_agency,
        "A convoy was hit on Sunday (Apr 7) near Kaya.",
        [("Apr 7", "DATE")],
        {("Apr 7", "DATE")},
        set(),
    ),
    (
        places.places_inside_events,
        "Since the Gaza war began, prices rose.",
        [("the Gaza war", "EVENT")],
        {("Gaza", "GPE")},
        set(),
    ),
    (
        places.places_inside_events,
        "The army launched Operation Sinai 2018 last year.",
        [("Sinai 2018", "EVENT")],
        {("Sinai 2018", "EVENT")},
        {("Sinai", "GPE")},
    ),
    (places.peoples_are_not_places, "Ukrainian drones flew.", [("Ukrainian", "GPE")], {("Ukrainian", "NORP")}, set()),
    (
        places.peoples_are_not_places,
        "Leaflets in Kirundi warned Kalenjin herders.",
        [("Kirundi", "GPE"), ("Kalenjin", "GPE")],
        {("Kirundi", "NORP"), ("Kalenjin", "NORP")},
        {("Kirundi", "GPE"), ("Kalenjin", "GPE")},
    ),
    (places.places_known_on_sight, "Kirkuk said nothing.", [("Kirkuk", "PERSON")], {("Kirkuk", "GPE")}, set()),
    (  # a name an age follows stays the person, whatever city bears it
        places.places_known_on_sight,
        "His daughter, Kirkuk, 3, died.",
        [("Kirkuk", "PERSON")],
        {("Kirkuk", "PERSON")},
        {("Kirkuk", "GPE")},
    ),
    (  # a county written short, read as a company; a company stays one
        places.places_known_on_sight,
        "Farmers in Co Donegal sued Acme Co over the spill.",
        [("Co Donegal", "ORG"), ("Acme Co", "ORG")],
        {("Co Donegal", "GPE"), ("Acme Co", "ORG")},
        set(),
    ),
    (
        places.unread_places,
        "The march went ahead in Co. Kerry on Sunday.",
        [],
        {("Co. Kerry", "GPE")},
        set(),
    ),
    (
        places.places_known_on_sight,  # a city's name right after a rank is a fighter's nickname
        'The separatist "generals" Lagos and Scorpion escaped.',
        [("Lagos", "PERSON")],
        {("Lagos", "PERSON")},
        {("Lagos", "GPE")},
    ),
    (
        places.peoples_are_not_places,  # a people's name that is only another name of a town abroad stays the people's
        "Herders fought the Mossi in the east.",
        [("Mossi", "GPE")],
        {("Mossi", "NORP")},
        {("Mossi", "GPE")},
    ),
    (
        places.peoples_are_not_places,  # a faith's adjective and an indigenous people's name are no places
        "Gunmen burned a Catholic mission and attacked a Mayangna community.",
        [("Catholic", "GPE"), ("Mayangna", "GPE")],
        {("Catholic", "NORP"), ("Mayangna", "NORP")},
        {("Catholic", "GPE"), ("Mayangna", "GPE")},
    ),
    (
        places.place_cue_words,  # a direction or 'ex-' before a people's name leaves it the people's adjective
        "Anger grew in the East African state. An alliance of ex-Soviet states met.",
        [("East African", "NORP"), ("ex-Soviet", "NORP")],
        {("East African", "NORP"), ("ex-Soviet", "NORP")},
        {("East African", "GPE"), ("Soviet", "GPE")},
    ),
    (
        places.place_cue_words,  # a plural kind noun before 'of' or after a list names every place listed
        "Gunmen raided the municipalities of Velmora, Santa Quirina and Arbolito. "
        "Protests spread to Kelvani, Morsu and Tadelo neighborhoods.",
        [("Velmora", "ORG"), ("Santa Quirina", "PERSON"), ("Arbolito", "PERSON"), ("Morsu", "ORG"), ("Tadelo", "ORG")],
        {("Velmora", "GPE"), ("Santa Quirina", "GPE"), ("Arbolito", "GPE"), ("Kelvani", "GPE"), ("Tadelo", "GPE")},
        set(),
    ),
    (
        places.coordinated_places,  # a people's adjective listed with a place is no place
        "Chadian and Niger soldiers joined forces near Nguigmi.",
        [("Chadian", "ORG"), ("Niger", "GPE"), ("Nguigmi", "GPE")],
        {("Chadian", "ORG")},
        {("Chadian", "GPE")},
    ),
    (
        places.peoples_are_not_places,  # the people's adjective, though a county bears the name; the county stays
        "Samburu elders met in the Samburu county hall.",
        [("Samburu", "GPE"), ("Samburu#2", "GPE")],
        {("Samburu", "NORP"), ("Samburu", "GPE")},
        set(),
    ),
    (
        places.places_known_on_sight,  # a country read as a date is the country; a month stays a date
        "Gunmen struck northern Benin in May 2021 and Chad on 3 June.",
        [("Benin", "DATE"), ("May 2021", "DATE"), ("Chad", "DATE"), ("3 June", "DATE")],
        {("Benin", "GPE"), ("Chad", "GPE"), ("May 2021", "DATE"), ("3 June", "DATE")},
        {("Benin", "DATE"), ("Chad", "DATE")},
    ),
    (
        places.places_known_on_sight,
        "Chuvash officials denied it.",
        [("Chuvash", "ORG")],
        {("Chuvash", "NORP")},
        {("Chuvash", "GPE")},
    ),
    (  # a portfolio run on into its holder's name: the holder from the given name on; no given name, no person
        names.people_after_their_portfolio,
        "Minister of Lakes and Coastal Development Ana Lima came. The Minister for Lakeland Water Affairs spoke. "
        "The Minister for Nelson Lake Municipality spoke.",
        [
            ("Lakes and Coastal Development Ana Lima", "ORG"),
            ("Lakeland Water Affairs", "ORG"),
            ("Nelson Lake Municipality", "ORG"),
        ],
        {("Ana Lima", "PERSON"), ("Lakeland Water Affairs", "ORG"), ("Nelson Lake Municipality", "ORG")},
        {("Lakes and Coastal Development Ana Lima", "ORG"), ("Nelson Lake Municipality", "PERSON")},
    ),
    (  # a country run on into the name of the one posted there; a person named like a country stays
        names.people_after_their_posting,
        "The ambassador to Kenya Louise Dupont met Israel Katz in Chad Omar Junction.",
        [("Kenya Louise Dupont", "ORG"), ("Israel Katz", "PERSON"), ("Chad Omar Junction", "ORG")],
        {("Kenya", "GPE"), ("Louise Dupont", "PERSON"), ("Israel Katz", "PERSON"), ("Chad Omar Junction", "ORG")},
        {("Kenya Louise Dupont", "ORG"), ("Omar Junction", "PERSON")},
    ),
    (  # an air force rank by its initials is a title, not an organisation's initials
        names.titled_people,
        "Air force spokesman AVM Somchai Dee said the plane landed.",
        [("AVM Somchai Dee", "ORG")],
        {("Somchai Dee", "PERSON")},
        {("AVM Somchai Dee", "ORG")},
    ),
    (  # a word that is a facility's head only after 'national' or 'country' is a surname after a title
        names.titled_people,
        "Prosecutors questioned Mr Park on Monday.",
        [],
        {("Park", "PERSON")},
        set(),
    ),
    (  # a title opening a facility's name makes no person of it
        names.titled_people,
        "The bombing struck the Imam Rida Mosque on Friday.",
        [("Imam Rida Mosque", "FAC")],
        {("Imam Rida Mosque", "FAC")},
        {("Rida Mosque", "PERSON")},
    ),
    (  # an honorific without its full stop, as British and African papers write it; in capitals an acronym
        names.titled_people,
        "The officer, Ms Akosua Bediako, said Mr Mensah agreed; MS Word crashed.",
        [("Ms Akosua Bediako", "ORG")],
        {("Akosua Bediako", "PERSON"), ("Mensah", "PERSON")},
        {("Ms Akosua Bediako", "ORG"), ("Word", "PERSON")},
    ),
    (
        names.titled_people,
        "Chuvash President Ivan Petrov spoke.",
        [("Chuvash President Ivan Petrov", "ORG")],
        {("Chuvash", "NORP"), ("Ivan Petrov", "PERSON")},
        {("Chuvash", "GPE")},
    ),
    (
        names.titled_people,  # a rank's abbreviation without its stop, British style
        "Supt Kwame Asante and Sgt Mensah said so.",
        [],
        {("Kwame Asante", "PERSON"), ("Mensah", "PERSON")},
        set(),
    ),
    (
        names.titled_people,  # a criminal's trade is a role like any other
        "Police hunted the arms trafficker Ilya Vronsky for months.",
        [("Ilya Vronsky", "ORG")],
        {("Ilya Vronsky", "PERSON")},
        set(),
    ),
    (
        names.titled_people,  # a given name that is also a faith's adjective opens a person's name
        "Second Lieutenant Christian Mora Vidal was wounded.",
        [("Second Lieutenant Christian Mora Vidal", "ORG")],
        {("Christian Mora Vidal", "PERSON")},
        set(),
    ),
    (
        names.titled_people,  # a title opening a place's name, with a word for the kind of place after it
        "Shells fell on the Sheikh Abu Hamad village at dawn.",
        [("Sheikh Abu Hamad", "GPE")],
        {("Sheikh Abu Hamad", "GPE")},
        {("Abu Hamad", "PERSON")},
    ),
    (
        places.locative_towns,
        "Rockets fell at Kiryat Shmona overnight.",
        [("Kiryat Shmona", "PERSON")],
        {("Kiryat Shmona", "GPE")},
        set(),
    ),
    (
        places.locative_towns,
        "An attack in Kaya killed four in Burkina Faso.",
        [("Kaya", "ORG"), ("Burkina Faso", "GPE")],
        {("Kaya", "GPE")},
        set(),
    ),
    (places.locative_towns, "A vote in Kaya was held.", [("Kaya", "ORG")], {("Kaya", "ORG")}, set()),
    (
        places.locative_towns,
        "A herder from Kitgum was shot in Uganda. A trader from Pader spoke.",
        [("Kitgum", "PERSON"), ("Uganda", "GPE"), ("Pader", "ORG")],
        {("Kitgum", "GPE"), ("Pader", "GPE")},
        {("Kitgum", "PERSON"), ("Pader", "ORG")},
    ),
    (  # after 'from', a town of a country the article does not name stays what the model read
        places.locative_towns,
        "A letter from Pader reached the court.",
        [("Pader", "PERSON")],
        {("Pader", "PERSON")},
        {("Pader", "GPE")},
    ),
    (places.unread_places, "Aid reached Mosul by noon.", [], {("Mosul", "GPE")}, set()),
    (
        places.towns_of_the_story_country,  # a town of the story's one country, read as a person
        "Floods hit Nepal. The office at Dhulikhel was submerged.",
        [("Nepal", "GPE"), ("Dhulikhel", "PERSON")],
        {("Nepal", "GPE"), ("Dhulikhel", "GPE")},
        {("Dhulikhel", "PERSON")},
    ),
    (
        places.names_joined_by_particles,  # over a foreign 'and' into a place of that whole name
        "Roads were blocked in Abreu e Lima and in Recife e Olinda.",
        [("Abreu", "GPE"), ("Recife", "GPE"), ("Olinda", "GPE")],
        {("Abreu e Lima", "GPE"), ("Recife", "GPE"), ("Olinda", "GPE")},
        {("Abreu", "GPE"), ("Recife e Olinda", "GPE")},
    ),
    (
        places.names_joined_by_particles,  # over 'of' only into a place of that whole name
        "Ferries left the Isle of Man for Douglas. The Governor of Kano spoke.",
        [("Man", "GPE"), ("Kano", "GPE")],
        {("Isle of Man", "GPE"), ("Kano", "GPE")},
        {("Man", "GPE"), ("Governor of Kano", "GPE")},
    ),
    (
        places.function_words_and_titles_are_not_places,  # what a government declares is no place
        "Madrid declared a State of Alarm in Valencia.",
        [("Alarm", "GPE"), ("Valencia", "GPE")],
        {("Valencia", "GPE")},
        {("Alarm", "GPE")},
    ),
    (
        places.names_joined_by_particles,
        "Insurgents left Mocimboa da Praia at dawn.",
        [("Mocimboa", "GPE"), ("Praia", "GPE")],
        {("Mocimboa da Praia", "GPE")},
        set(),
    ),
    (  # the unread ends of a road named by them are places, known or not
        places.split_place_pairs,
        "Gunmen ambushed a bus on the Tessit-Ansongo road.",
        [],
        {("Tessit", "GPE"), ("Ansongo", "GPE")},
        set(),
    ),
    (  # a prefix or bearings before a road word name no place
        places.split_place_pairs,
        "Trucks use the Trans-Sahara highway and the North-South road.",
        [("Trans-Sahara", "LOC"), ("North-South", "LOC")],
        {("Trans-Sahara", "LOC")},
        {("Trans", "GPE"), ("Sahara", "GPE"), ("North-South", "LOC")},
    ),
    (  # before a route word one known end is enough, at whichever hyphen it begins; peoples are no ends
        places.split_place_pairs,
        "Trucks used the Dolmani-Al-Hoceima road and crossed the Uzbek-Kazakh border.",
        [("Dolmani-Al-Hoceima", "ORG"), ("Uzbek-Kazakh", "GPE")],
        {("Dolmani", "GPE"), ("Al-Hoceima", "GPE"), ("Uzbek-Kazakh", "GPE")},
        {("Dolmani-Al-Hoceima", "ORG"), ("Kazakh", "GPE")},
    ),
    (
        places.split_place_pairs,
        "Trucks used the Kirkuk-Erbil road.",
        [("Kirkuk-Erbil", "GPE")],
        {("Kirkuk", "GPE"), ("Erbil", "GPE")},
        set(),
    ),
    (
        places.facilities,
        "Drones hit al-Dailami Air Base.",
        [("al-Dailami", "GPE")],
        {("al-Dailami Air Base", "FAC")},
        set(),
    ),
    (  # a kind of facility said after a name read as a person's; a company's owns its facility
        places.facilities,
        "Gunmen overran Hillside police station and a Lakemart gas station.",
        [("Hillside", "PERSON"), ("Lakemart", "ORG")],
        {("Hillside police station", "FAC"), ("Lakemart", "ORG")},
        {("Lakemart gas station", "FAC")},
    ),
    (  # a name at or near a kind of facility, read as an organisation alone or with the noun, is the facility's
        places.facilities,
        "A shell landed near Lakeview hospital; the wounded were treated at Hillcrest hospital.",
        [("Lakeview", "ORG"), ("Hillcrest hospital", "ORG")],
        {("Lakeview hospital", "FAC"), ("Hillcrest hospital", "FAC")},
        {("Lakeview", "ORG"), ("Hillcrest hospital", "ORG")},
    ),
    (  # a road or a boundary line by its name is a place, whatever the model read; initials run into it are not
        places.roads_and_lines_are_places,
        "Troops closed the Hill Quarry Road near the Lakeland Line and the Line of Separation (LoS); Nathan Street sang.",
        [
            ("Hill Quarry Road", "ORG"),
            ("Lakeland Line", "PERSON"),
            ("Line of Separation (LoS", "FAC"),
            ("Nathan Street", "PERSON"),
        ],
        {
            ("Hill Quarry Road", "LOC"),
            ("Lakeland Line", "LOC"),
            ("Line of Separation", "FAC"),
            ("Nathan Street", "PERSON"),
        },
        {("Hill Quarry Road", "ORG"), ("Line of Separation (LoS", "FAC"), ("Nathan Street", "LOC")},
    ),
    (  # a reservoir, a shrine: facilities, whatever the model read
        places.facilities,
        "Shells hit the Lakeside Reservoir, the Hilltop Shrine and the Riverside Roundabout.",
        [("Lakeside Reservoir", "ORG"), ("Hilltop Shrine", "ORG")],
        {("Lakeside Reservoir", "FAC"), ("Hilltop Shrine", "FAC"), ("Riverside Roundabout", "FAC")},
        set(),
    ),
    (
        places.operations_are_events,
        "Operation Claw-Sword went on.",
        [("Operation Claw-Sword", "FAC")],
        {("Operation Claw-Sword", "EVENT")},
        set(),
    ),
    (
        places.named_events_are_not_places,
        "Rallies marked International Anti-Corruption Day; the Camp David Accords held; Kigoma flooded.",
        [("International Anti-Corruption Day", "GPE"), ("the Camp David Accords", "FAC"), ("Kigoma", "GPE")],
        {("International Anti-Corruption Day", "EVENT"), ("the Camp David Accords", "EVENT"), ("Kigoma", "GPE")},
        set(),
    ),
    (  # the event's year after its name; a place's name with a number in it stays a place
        places.named_events_are_not_places,
        "Police guarded the Lakeside Festival 2015 near Camp 2014 and Sector 4.",
        [("Lakeside Festival 2015", "GPE"), ("Camp 2014", "GPE"), ("Sector 4", "GPE")],
        {("Lakeside Festival 2015", "EVENT"), ("Camp 2014", "GPE"), ("Sector 4", "GPE")},
        set(),
    ),
    (  # the day of the month in brackets after a weekday is part of the date
        dates.days_of_the_month_in_brackets,
        "Gunmen struck on Tuesday (9) and again on Sunday night (13), not on day (14).",
        [("Tuesday", "DATE"), ("Sunday night", "TIME"), ("13", "CARDINAL")],
        {("Tuesday (9)", "DATE"), ("Sunday night (13)", "DATE")},
        {("Tuesday", "DATE"), ("13", "CARDINAL"), ("day (14)", "DATE")},
    ),
    (  # a span from one weekday to another is its two days
        dates.weekday_lists_are_dates,
        "Raiders struck overnight from Thursday to Friday.",
        [("Thursday to Friday", "DATE")],
        {("Thursday", "DATE"), ("Friday", "DATE")},
        {("Thursday to Friday", "DATE")},
    ),
    (
        dates.weekday_lists_are_dates,
        "Flights stopped on Friday, Saturday, and Sunday, and again on Monday.",
        [("Friday, Saturday", "DATE"), ("Sunday", "DATE"), ("Monday", "DATE")],
        {("Friday", "DATE"), ("Saturday", "DATE"), ("Sunday", "DATE"), ("Monday", "DATE")},
        {("Friday, Saturday", "DATE")},
    ),
    (
        dates.date_pairs_are_two_dates,
        "They crossed from February 7 to February 9, 2020, between 4 May and 6 May, in November and December "
        "of last year, and from Monday to Friday.",
        [
            ("from February 7 to February 9, 2020", "DATE"),
            ("between 4 May and 6 May", "DATE"),
            ("November and December of last year", "DATE"),
            ("Monday to Friday", "DATE"),
        ],
        {
            ("February 7", "DATE"),
            ("February 9, 2020", "DATE"),
            ("4 May", "DATE"),
            ("6 May", "DATE"),
            ("November", "DATE"),
            ("December of last year", "DATE"),
            ("Monday to Friday", "DATE"),
        },
        {("from February 7 to February 9, 2020", "DATE"), ("November and December of last year", "DATE")},
    ),
    (
        dates.days_counted_in_the_story,
        "Earlier in the day, the minister spoke. Later that day troops came, a day after the raid.",
        [("day#1", "DATE"), ("a day after", "DATE")],
        {("Earlier in the day", "DATE"), ("Later that day", "DATE"), ("a day after", "DATE")},
        {("day", "DATE"), ("day after", "DATE")},
    ),
    (  # a part of the story's day
        dates.days_counted_in_the_story,
        "Gunmen struck on Saturday. Police came at around 07h30 that morning and left the following morning.",
        [("Saturday", "DATE"), ("around 07h30 that morning", "TIME")],
        {("Saturday", "DATE"), ("that morning", "DATE"), ("following morning", "DATE")},
        {("around 07h30 that morning", "TIME")},
    ),
    (
        organisations.provincial_institutions,
        "The Kwara police and the Kwara cabinet met. Offa police came.",
        [("Kwara", "GPE"), ("Kwara#2", "GPE"), ("Offa", "GPE")],
        {("Kwara", "GPE"), ("police", "ORG"), ("cabinet", "ORG"), ("Offa", "GPE")},
        set(),
    ),
    (
        names.titled_people,
        "Associated Press writer Edna Sari in Jakarta and AP writers Kofi Mensah and Ama Serwaa in Accra contributed.",
        [("Edna Sari", "ORG"), ("Kofi Mensah", "PERSON"), ("Ama Serwaa", "ORG")],
        {("Edna Sari", "PERSON"), ("Kofi Mensah", "PERSON"), ("Ama Serwaa", "PERSON")},
        {("Edna Sari", "ORG"), ("Ama Serwaa", "ORG")},
    ),
    (
        names.titled_people,
        "Kano State Governor Abba Kabir Yusuf spoke. Police Chief Musa Ali came.",
        [("Kano State Governor Abba Kabir Yusuf", "ORG"), ("Police Chief Musa Ali", "ORG")],
        {("Kano State", "GPE"), ("Abba Kabir Yusuf", "PERSON"), ("Musa Ali", "PERSON")},
        {("Kano State Governor Abba Kabir Yusuf", "ORG"), ("Police", "GPE")},
    ),
    (  # police ranks of South Asia before a name
        names.titled_people,
        "Multan SSP Tariq Nadeem and SHO Asif Raza arrived.",
        [("Multan SSP Tariq", "PERSON"), ("SHO Asif Raza", "ORG")],
        {("Multan", "GPE"), ("Tariq Nadeem", "PERSON"), ("Asif Raza", "PERSON")},
        {("Multan SSP Tariq", "PERSON")},
    ),
    (
        names.titled_people,
        "Police agents Juan Pérez and spokesman Ahmed al-Saleh spoke.",
        [("Police agents Juan Pérez", "EVENT")],
        {("Juan Pérez", "PERSON"), ("Ahmed al-Saleh", "PERSON")},
        {("Police agents Juan Pérez", "EVENT")},
    ),
    (
        names.titled_people,
        "Governor Kirkuk Province said. President Joe Biden spoke.",
        [("Joe Biden", "PERSON")],
        {("Joe Biden", "PERSON")},
        {("Kirkuk Province", "PERSON")},
    ),
    (
        names.titled_people,
        "The statement was signed by the police commissioner, CP Emeka Obi, and ASP Tunde K Balogun spoke.",
        [("CP Emeka Obi", "ORG"), ("ASP Tunde K Balogun", "ORG")],
        {("Emeka Obi", "PERSON"), ("Tunde K Balogun", "PERSON")},
        {("CP Emeka Obi", "ORG"), ("ASP Tunde K Balogun", "ORG")},
    ),
    (
        places.places_listed_in_one_name,  # before a plural kind of place, names no one knows are places too
        "The swollen Kalumbe and Tiriri rivers flooded the Kalumbe and Tiriri Union offices.",
        [("Kalumbe and Tiriri", "ORG"), ("Kalumbe and Tiriri Union", "ORG")],
        {("Kalumbe", "GPE"), ("Tiriri", "GPE"), ("Kalumbe and Tiriri Union", "ORG")},
        {("Kalumbe and Tiriri", "ORG")},
    ),
    (  # a town and its country read as one place are two
        places.places_listed_in_one_name,
        "Talks resumed in Kaduna, Nigeria, on Monday.",
        [("Kaduna, Nigeria", "GPE")],
        {("Kaduna", "GPE"), ("Nigeria", "GPE")},
        {("Kaduna, Nigeria", "GPE")},
    ),
    (
        places.places_listed_in_one_name,
        "Shells hit two other towns, Adama and Dessie. Antigua and Barbuda voted. Ahmed and Omar fled.",
        [("Adama and Dessie", "ORG"), ("Antigua and Barbuda", "ORG"), ("Ahmed and Omar", "PERSON")],
        {("Adama", "GPE"), ("Dessie", "GPE"), ("Antigua and Barbuda", "ORG"), ("Ahmed and Omar", "PERSON")},
        {("Adama and Dessie", "ORG")},
    ),
    (
        names.kin_are_people,
        "Tariq, son of Naveed Akram from the valley, was shot. The widow of Kofi Mensah spoke. The Son of Man. "
        "The mother of Kabul Province wept.",
        [("Naveed Akram", "ORG"), ("Kofi Mensah", "GPE"), ("Man", "ORG"), ("Kabul Province", "GPE")],
        {("Naveed Akram", "PERSON"), ("Kofi Mensah", "PERSON"), ("Kabul Province", "GPE")},
        {("Naveed Akram", "ORG"), ("Kofi Mensah", "GPE"), ("Man", "PERSON")},
    ),
    (
        names.surnames_with_particles,  # over a surname's particle; not into a place, nor on into more names
        "Attorney General Ana Montes de Tejada said so. Juan Perez de Mexico spoke. Ali Musa de la Cruz Santos came.",
        [("Ana Montes", "PERSON"), ("Juan Perez", "PERSON"), ("Ali Musa", "PERSON")],
        {("Ana Montes de Tejada", "PERSON"), ("Juan Perez", "PERSON"), ("Ali Musa", "PERSON")},
        {("Juan Perez de Mexico", "PERSON"), ("Ali Musa de la Cruz", "PERSON")},
    ),
    (
        names.kin_are_people,  # a name before a possessive and a word for a relative
        "Ama Serwaa Boateng’s son, Kofi, died. Kabul Province's daughter towns grew.",
        [],
        {("Ama Serwaa Boateng", "PERSON")},
        {("Kabul Province", "PERSON")},
    ),
    (  # a person of a place read as one organisation: the person, then the place
        names.people_by_their_given_name,
        "Party worker Tapan Roy of Lakeside and Musa Bello of the Lakeside Youth Council died.",
        [("Tapan Roy of Lakeside", "ORG"), ("Musa Bello of the Lakeside Youth Council", "ORG")],
        {("Tapan Roy", "PERSON"), ("Lakeside", "GPE")},
        {("Tapan Roy of Lakeside", "ORG"), ("Musa Bello", "PERSON")},
    ),
    (
        names.people_by_their_given_name,
        "Police said Ahmed Tadesse fled.",
        [("Ahmed", "PERSON"), ("Tadesse", "GPE")],
        {("Ahmed Tadesse", "PERSON")},
        {("Ahmed", "PERSON"), ("Tadesse", "GPE")},
    ),
    (
        names.people_by_their_given_name,
        "Oksana Levchenko said the Regional Council Nnamdi Okafor spoke. Troops left Benito Juarez for "
        "Omar Farouk Street, St Anne Municipal Corporation and Ama Owusu, Kofi Mensah.",
        [
            ("Oksana Levchenko", "ORG"),
            ("Regional Council Nnamdi Okafor", "ORG"),
            ("Benito Juarez", "GPE"),
            ("Omar Farouk Street", "ORG"),
            ("St Anne Municipal Corporation", "ORG"),
            ("Ama Owusu, Kofi Mensah", "ORG"),
        ],
        {
            ("Oksana Levchenko", "PERSON"),
            ("Regional Council", "ORG"),
            ("Nnamdi Okafor", "PERSON"),
            ("Benito Juarez", "GPE"),
            ("Omar Farouk Street", "ORG"),
            ("St Anne Municipal Corporation", "ORG"),
            ("Kofi Mensah", "PERSON"),
        },
        {
            ("Oksana Levchenko", "ORG"),
            ("Regional Council Nnamdi Okafor", "ORG"),
            ("Anne Municipal Corporation", "PERSON"),
        },
    ),
    (
        names.credited_journalists,
        "(Reporting by Ana Silva in Porto and Tom Hale; Writing by Rita Vaz, Editing by Jo Marsh and Reuters)",
        [("Ana Silva", "GPE"), ("Porto", "GPE"), ("Writing", "ORG"), ("Rita Vaz", "ORG"), ("Jo Marsh", "PERSON")],
        {
            ("Ana Silva", "PERSON"),
            ("Porto", "GPE"),
            ("Tom Hale", "PERSON"),
            ("Rita Vaz", "PERSON"),
            ("Jo Marsh", "PERSON"),
        },
        {("Ana Silva", "GPE"), ("Writing", "ORG"), ("Rita Vaz", "ORG"), ("Reuters", "PERSON"), ("Porto", "PERSON")},
    ),
    (
        names.known_as,
        "Mohamed Hamdan Dagalo, known as Hemedti, spoke.",
        [("Mohamed Hamdan Dagalo", "PERSON"), ("Hemedti", "ORG")],
        {("Hemedti", "PERSON")},
        set(),
    ),
    (
        names.surnames_are_people,
        "Abdel Fattah al-Burhan spoke. Burhan's government fell.",
        [("Abdel Fattah al-Burhan", "PERSON"), ("Burhan", "ORG")],
        {("Burhan", "PERSON")},
        set(),
    ),
    (
        consistency.one_label_per_name,
        "Zarkan village was hit. Zarkan residents fled. Zarkan said.",
        [("Zarkan", "GPE"), ("Zarkan#2", "PERSON"), ("Zarkan#3", "PERSON")],
        {("Zarkan", "GPE")},
        {("Zarkan", "PERSON")},
    ),
    (
        places.coordinated_places,
        "Strikes hit northern Aleppo and Tal Tamr.",
        [("northern Aleppo", "GPE"), ("Tal Tamr", "PERSON")],
        {("Tal Tamr", "GPE")},
        set(),
    ),
    (  # after 'in', a name the gazetteer lacks, listed between two places, is a place; a given name is not
        places.place_lists,
        "Protests broke out in Sandakan, Tawobi and Keningau. Police met officials in Sandakan, Ahmed and Keningau.",
        [
            ("Sandakan", "GPE"),
            ("Tawobi", "ORG"),
            ("Keningau", "GPE"),
            ("Sandakan#2", "GPE"),
            ("Ahmed", "PERSON"),
            ("Keningau#2", "GPE"),
        ],
        {("Tawobi", "GPE"), ("Ahmed", "PERSON")},
        {("Tawobi", "ORG"), ("Ahmed", "GPE")},
    ),
    (
        places.place_lists,
        "Drones struck Lankaran, Astara, Masally and Jalilabad overnight.",
        [("Lankaran", "GPE"), ("Astara", "GPE"), ("Jalilabad", "PERSON")],
        {("Masally", "GPE"), ("Jalilabad", "GPE")},
        {("Jalilabad", "PERSON")},
    ),
    (  # a dateline's day after its places stays a date, though towns are called May
        places.place_lists,
        "Huambo, Angola, May 5, 2025 (Lusa) - Rangers were killed.",
        [("Huambo", "GPE"), ("Angola", "GPE"), ("May 5, 2025", "DATE")],
        {("May 5, 2025", "DATE")},
        {("May", "GPE")},
    ),
    (  # a headline: the list's last name is the text's last word
        places.place_lists,
        "Drones strike Lankaran, Astara, Masally and Jalilabad",
        [("Lankaran", "GPE"), ("Astara", "GPE"), ("Jalilabad", "PERSON")],
        {("Masally", "GPE"), ("Jalilabad", "GPE")},
        {("Jalilabad", "PERSON")},
    ),
    (
        places.place_lists,
        "Police left the buildings in Lankaran, Astara, and Jalilabad. Ali, Omar and Masally met.",
        [("Lankaran", "GPE"), ("Astara", "ORG"), ("Ali", "PERSON"), ("Omar", "PERSON")],
        {("Astara", "GPE"), ("Jalilabad", "GPE"), ("Omar", "PERSON")},
        {("Astara", "ORG"), ("Omar", "GPE")},
    ),
    (
        places.place_lists,
        "Ali, Omar, Karim and Masally met.",
        [("Ali", "PERSON"), ("Omar", "PERSON"), ("Masally", "GPE")],
        {("Omar", "PERSON")},
        {("Omar", "GPE"), ("Karim", "GPE")},
    ),
    (
        places.hyphenated_place_names,
        "Fighting spread in the Nord-Kivu province.",
        [("Kivu", "GPE")],
        {("Nord-Kivu", "GPE")},
        {("Kivu", "GPE")},
    ),
    (  # both halves read as places: the name is joined once, not dropped twice
        places.hyphenated_place_names,
        "They fled to Timor-Leste.",
        [("Timor", "GPE"), ("Leste", "GPE")],
        {("Timor-Leste", "GPE")},
        {("Timor", "GPE"), ("Leste", "GPE")},
    ),
    (
        places.split_place_pairs,
        "Trucks were stopped on the Lankaran-Astara road.",
        [("Lankaran-Astara", "PERSON")],
        {("Lankaran", "GPE"), ("Astara", "GPE")},
        {("Lankaran-Astara", "PERSON")},
    ),
    (
        places.split_place_pairs,
        "The Lankaran-Astara talks ended.",
        [("Lankaran-Astara", "ORG")],
        {("Lankaran-Astara", "ORG")},
        {("Lankaran", "GPE")},
    ),
    (
        places.appositive_places,
        'Soldiers were returning from Kaya", a town besieged for months.',
        [("Kaya", "ORG")],
        {("Kaya", "GPE")},
        {("Kaya", "ORG")},
    ),
    (
        places.place_cue_words,
        "Strikes hit the outskirts of the village of Yaroun.",
        [("Yaroun", "DATE")],
        {("Yaroun", "GPE")},
        {("Yaroun", "DATE")},
    ),
    (  # a name listed between two people is a person; a strong place listed so stays a place
        names.people_listed_among_people,
        "Charges were filed against Juan Perez, Omar Haji, Ali Musa, Jonas Vyt, and Sara Diallo, not Nairobi and Paris.",
        [("Juan Perez", "PERSON"), ("Omar Haji", "GPE"), ("Ali Musa", "PERSON"), ("Sara Diallo", "PERSON")],
        {("Omar Haji", "PERSON"), ("Jonas Vyt", "PERSON")},
        {("Omar Haji", "GPE")},
    ),
    (  # an organisation the model read, or a single word that is no given name, stays what it was
        names.people_listed_among_people,
        "Juan Perez, Wagner and Ali Musa met; Omar Haji, Parliament and Sara Diallo left.",
        [
            ("Juan Perez", "PERSON"),
            ("Wagner", "ORG"),
            ("Ali Musa", "PERSON"),
            ("Omar Haji", "PERSON"),
            ("Sara Diallo", "PERSON"),
        ],
        {("Wagner", "ORG")},
        {("Wagner", "PERSON"), ("Parliament", "PERSON")},
    ),
    (
        names.people_listed_among_people,
        "Juan Perez, Nairobi and Ali Musa met.",
        [("Juan Perez", "PERSON"), ("Nairobi", "GPE"), ("Ali Musa", "PERSON")],
        {("Nairobi", "GPE")},
        {("Nairobi", "PERSON")},
    ),
    (
        names.speakers_are_people,
        '"We ran at night," Hasan said.',
        [("Hasan", "GPE")],
        {("Hasan", "PERSON")},
        {("Hasan", "GPE")},
    ),
    (
        names.speakers_are_people,
        "Sialkot maintained that the body was never found.",
        [("Sialkot", "GPE")],
        {("Sialkot", "PERSON")},
        {("Sialkot", "GPE")},
    ),
    (
        names.speakers_are_people,
        "Kyiv said talks failed. Officials in Kandahar said so.",
        [("Kyiv", "GPE"), ("Kandahar", "GPE")],
        {("Kyiv", "GPE"), ("Kandahar", "GPE")},
        {("Kyiv", "PERSON"), ("Kandahar", "PERSON")},
    ),
    (  # a region speaks for its authorities
        names.speakers_are_people,
        "Cyrenaica said on Monday it would halt oil exports.",
        [("Cyrenaica", "GPE")],
        {("Cyrenaica", "GPE")},
        {("Cyrenaica", "PERSON")},
    ),
    (
        names.ages_follow_people,
        "Olena Petrenko, 64, said she stayed.",
        [("Olena", "GPE"), ("Petrenko", "PERSON")],
        {("Olena Petrenko", "PERSON")},
        {("Olena", "GPE")},
    ),
    (names.ages_follow_people, "“It shook,” Mariam, 34, a teacher, told reporters.", [], {("Mariam", "PERSON")}, set()),
    (  # a name after 'N-year-old' is a person; a people's adjective or a town there is not
        names.people_given_their_age_before,
        "Gunmen seized a 14-year-old Tarik Oumar Bello from a camp, a 20-year-old Kenyan and a 30-year-old Mosul man.",
        [("Tarik Oumar Bello", "ORG"), ("Kenyan", "NORP"), ("Mosul", "GPE")],
        {("Tarik Oumar Bello", "PERSON"), ("Kenyan", "NORP"), ("Mosul", "GPE")},
        {("Tarik Oumar Bello", "ORG")},
    ),
    (
        names.ages_follow_people,
        "Troops reached Tal Afar, 400 km north.",
        [("Tal Afar", "GPE")],
        {("Tal Afar", "GPE")},
        {("Tal Afar", "PERSON")},
    ),
    (
        places.peoples_are_not_places,
        "Gunmen from a Kuki village fired on Basra province.",
        [("Kuki village", "GPE"), ("Basra province", "GPE")],
        {("Kuki", "NORP"), ("Basra province", "GPE")},
        {("Kuki village", "GPE")},
    ),
    (
        places.common_words_opening_sentences,
        "HAITI — Gunmen invaded Arcahaie. Police said gunmen fled. Mosul fell; Aleppo held, and mosul fans left. "
        "Bundling her body up, they left. Mosul the city held.",
        [("Gunmen", "GPE"), ("Arcahaie", "GPE"), ("Mosul", "GPE"), ("Aleppo", "GPE"), ("Bundling", "GPE")],
        {("Arcahaie", "GPE"), ("Mosul", "GPE"), ("Aleppo", "GPE")},
        {("Gunmen", "GPE"), ("Bundling", "GPE")},
    ),
    (
        places.countries_listed_in_one_span,
        "It lies between Niger, Burkina Faso, and Mali, near Gao, Menaka.",
        [("Niger, Burkina Faso", "ORG"), ("Gao, Menaka", "GPE")],
        {("Niger", "GPE"), ("Burkina Faso", "GPE"), ("Gao, Menaka", "GPE")},
        {("Niger, Burkina Faso", "ORG")},
    ),
    (
        places.acronyms_are_not_places,
        "DAMBOA, Nigeria - In Beirut, MINA said troops of the Autonomous Administration (DAA) met US envoys in "
        "MOSUL. Mosul was calm.",
        [("DAMBOA", "GPE"), ("Beirut", "GPE"), ("MINA", "GPE"), ("DAA", "GPE"), ("US", "GPE"), ("MOSUL", "GPE")],
        {("DAMBOA", "GPE"), ("MINA", "ORG"), ("DAA", "ORG"), ("US", "GPE"), ("MOSUL", "GPE"), ("Beirut", "GPE")},
        {("MINA", "GPE"), ("DAA", "GPE")},
    ),
    (  # mixed case: an abbreviation; a name with one capital, or a longer one, stays
        places.acronyms_are_not_places,
        "The MoFA said convoys left Kigoma for McAllen.",
        [("MoFA", "GPE"), ("Kigoma", "GPE"), ("McAllen", "GPE")],
        {("MoFA", "ORG"), ("Kigoma", "GPE"), ("McAllen", "GPE")},
        {("MoFA", "GPE")},
    ),
    (
        places.names_split_in_two,
        "Militants attacked a post in Mandi Bahauddin, near Baghdad Ahmed Ali's farm, and Mandi Bahauddin again.",
        [("Mandi", "GPE"), ("Bahauddin", "PERSON"), ("Baghdad", "GPE"), ("Ahmed Ali", "PERSON"), ("Mandi#2", "GPE")],
        {("Mandi Bahauddin", "GPE"), ("Baghdad", "GPE"), ("Ahmed Ali", "PERSON")},
        {("Mandi", "GPE"), ("Bahauddin", "PERSON")},
    ),
    (
        places.coordinated_places,
        "Beirut, MINA - Shells hit Tyre and Mina.",
        [("Beirut", "GPE"), ("MINA", "ORG"), ("Tyre", "GPE"), ("Mina", "PERSON")],
        {("MINA", "ORG"), ("Mina", "GPE")},
        {("MINA", "GPE")},
    ),
    (
        places.rivers_named,
        "They crossed the Walu river, then the Sudanese river bank.",
        [("Walu", "ORG"), ("Sudanese", "NORP")],
        {("Walu river", "LOC"), ("Sudanese", "NORP")},
        {("Walu", "ORG"), ("Sudanese river", "LOC")},
    ),
    (
        places.place_cue_words,
        "Shots hit Kyauk Taw Li and Say Taung villages. Raids hit Kalma, Sisi, and Dorti camps.",
        [("Kyauk Taw Li", "PERSON"), ("Say Taung", "ORG"), ("Sisi", "ORG"), ("Dorti", "NORP")],
        {("Kyauk Taw Li", "GPE"), ("Say Taung", "GPE"), ("Kalma", "GPE"), ("Sisi", "GPE"), ("Dorti", "GPE")},
        {("Kyauk Taw Li", "PERSON"), ("Paik", "GPE")},
    ),
    (
        places.place_cue_words,
        "Gunmen hit Tamba commune, the community of Nacuale, the island of Bouka and Tedim and Tamu townships.",
        [("Tamba", "PERSON")],
        {("Tamba", "GPE"), ("Nacuale", "GPE"), ("Bouka", "GPE"), ("Tedim", "GPE"), ("Tamu", "GPE")},
        {("Tamba", "PERSON")},
    ),
    (
        places.place_cue_words,
        "Fighters entered Kukawa LGA and Magumeri LGA.",
        [("Kukawa LGA", "PERSON")],
        {("Kukawa", "GPE"), ("Magumeri", "GPE")},
        {("Kukawa LGA", "PERSON")},
    ),
    (
        places.place_cue_words,
        "Police went to the western state of Michoacan, to the municipality of Aguililla.",
        [("Michoacan", "ORG")],
        {("Michoacan", "GPE"), ("Aguililla", "GPE")},
        {("Michoacan", "ORG")},
    ),
    (
        places.facilities,
        "A march left Kalindi College and crossed Rampur Bazar.",
        [("Kalindi College", "ORG")],
        {("Kalindi College", "FAC"), ("Rampur Bazar", "FAC")},
        {("Kalindi College", "ORG")},
    ),
    (
        names.ages_follow_people,
        "Alla, 73, a retired nurse, said so. One Md. Karim (30) died. Deaths in Gao (12) rose.",
        [("Md. Karim", "ORG"), ("Gao", "GPE")],
        {("Alla", "PERSON"), ("Md. Karim", "PERSON"), ("Gao", "GPE")},
        {("Md. Karim", "ORG"), ("Gao", "PERSON")},
    ),
    (
        names.people_introduced_by_one,
        "Gunmen shot one Murtala, who died, and one Sani Bello (40). One Syrian said one Kenyan soldier fled.",
        [("Murtala", "GPE"), ("Syrian", "NORP"), ("Kenyan", "NORP")],
        {("Murtala", "PERSON"), ("Sani Bello", "PERSON"), ("Syrian", "NORP"), ("Kenyan", "NORP")},
        {("Murtala", "GPE"), ("Kenyan soldier", "PERSON")},
    ),
    (
        names.people_introduced_by_one,
        "Troops held one Baghdad district, and one UNICEF team, who came.",
        [("Baghdad", "GPE"), ("UNICEF", "ORG")],
        {("Baghdad", "GPE"), ("UNICEF", "ORG")},
        {("Baghdad", "PERSON"), ("UNICEF", "PERSON")},
    ),
    (
        names.people_identified_as,
        "Six were identified as Karim, Modih, Mansur and Marham. The driver was named as Ali Musa in Baghdad.",
        [("Karim", "GPE"), ("Mansur", "GPE"), ("Marham", "GPE"), ("Baghdad", "GPE")],
        {("Karim", "PERSON"), ("Modih", "PERSON"), ("Mansur", "PERSON"), ("Marham", "PERSON"), ("Ali Musa", "PERSON")},
        {("Karim", "GPE"), ("Baghdad", "PERSON")},
    ),
    (  # a serial comma before the last name
        names.people_identified_as,
        "Six were identified as Karim, Modih, and Mansur.",
        [("Mansur", "GPE")],
        {("Karim", "PERSON"), ("Modih", "PERSON"), ("Mansur", "PERSON")},
        {("Mansur", "GPE")},
    ),
    (names.people_identified_as, "Driver named as Ali Musa", [], {("Ali Musa", "PERSON")}, set()),  # a headline
    (
        names.people_identified_as,
        "The dead were identified as Ahmad Zia and the wounded as Gulab, from Herat.",
        [("Gulab", "GPE"), ("Herat", "GPE")],
        {("Ahmad Zia", "PERSON"), ("Gulab", "PERSON"), ("Herat", "GPE")},
        {("Gulab", "GPE"), ("Herat", "PERSON")},
    ),
    (
        places.place_cue_words,
        "Gunmen raided Barangay Tumbagan and tambon Kho Lo. Troops left kibbutz Yad Mordechai.",
        [("Barangay", "ORG"), ("Kho Lo", "PERSON")],
        {("Tumbagan", "GPE"), ("Kho Lo", "GPE"), ("Yad Mordechai", "GPE")},
        {("Barangay", "ORG"), ("Kho Lo", "PERSON")},
    ),
    (
        names.surnames_are_people,
        "Ahmad Halab, a lawyer, spoke. According to Halab, the road to Kirkuk was shut.",
        [("Ahmad Halab", "PERSON"), ("Halab#2", "GPE"), ("Kirkuk", "GPE")],
        {("Halab", "PERSON"), ("Kirkuk", "GPE")},
        {("Halab", "GPE")},
    ),
    (
        places.place_cue_words,
        "Rebels struck the cities of Mogok, Hsipaw, and Namtu. Police in the area of Kano State, Musa Dauda and two aides, died.",
        [("Mogok", "ORG"), ("Namtu", "PERSON"), ("Musa Dauda", "PERSON")],
        {("Mogok", "GPE"), ("Hsipaw", "GPE"), ("Namtu", "GPE"), ("Musa Dauda", "PERSON")},
        {("Namtu", "PERSON"), ("Musa Dauda", "GPE")},
    ),
    (  # headlines: the list's last name is the text's last word
        places.place_cue_words,
        "Rebels seize the cities of Mogok and Namtu",
        [],
        {("Mogok", "GPE"), ("Namtu", "GPE")},
        set(),
    ),
    (
        places.place_cue_words,
        "Floods cut off the district of Mohale's Hoek",
        [],
        {("Mohale's Hoek", "GPE")},
        {("Mohale", "GPE")},
    ),
    (
        places.appositive_places,
        "Soldiers cannot leave Zemio, the provincial capital, for lack of fuel.",
        [("Zemio", "ORG")],
        {("Zemio", "GPE")},
        {("Zemio", "ORG")},
    ),
    (
        places.place_cue_words,
        "Gunmen hit the Kantchari detachment and fields near Eli settlement.",
        [("Kantchari", "ORG")],
        {("Kantchari", "GPE"), ("Eli", "GPE")},
        {("Kantchari", "ORG")},
    ),
    (
        organisations.countries_owning_known_names,
        "Rebels attacked Mali’s military near Kidal.",
        [("Mali’s military", "ORG")],
        {("Mali", "GPE"), ("military", "ORG")},
        {("Mali’s military", "ORG")},
    ),
    (  # the place after 'the governor of', then the official's full name the model ran into it
        places.place_cue_words,
        "Talks began after the governor of Kwara Abdul Rahman Sule and the president of Benin spoke.",
        [("Kwara Abdul Rahman Sule", "PERSON"), ("Benin", "ORG")],
        {("Kwara", "GPE"), ("Abdul Rahman Sule", "PERSON"), ("Benin", "GPE")},
        {("Kwara Abdul Rahman Sule", "PERSON")},
    ),
    (  # a province before the possessive
        organisations.countries_owning_known_names,
        "Police in Bihar’s Darbhanga arrested two men.",
        [("Bihar’s Darbhanga", "GPE")],
        {("Bihar", "GPE"), ("Darbhanga", "GPE")},
        {("Bihar’s Darbhanga", "GPE")},
    ),
    (
        organisations.countries_owning_known_names,
        "Shells hit Tajikistan’s Khatlon Province and Tilkef's Market Street.",
        [("Tajikistan’s Khatlon Province", "GPE"), ("Tilkef's Market Street", "FAC")],
        {("Tajikistan", "GPE"), ("Khatlon Province", "GPE"), ("Tilkef's Market Street", "FAC")},
        {("Tajikistan’s Khatlon Province", "GPE")},
    ),
    (
        places.place_cue_words,
        "The Lviv City Military Administration said shells hit Odesa city and Kano State.",
        [("Lviv City Military Administration", "ORG")],
        {("Lviv City Military Administration", "ORG"), ("Odesa", "GPE"), ("Kano", "GPE")},
        {("Lviv", "GPE")},
    ),
    (
        places.place_cue_words,
        "Shots hit the Kakuma refugee camp and Dandar locality in the territory of Uvira.",
        [("Kakuma", "ORG"), ("Dandar", "PERSON")],
        {("Kakuma", "GPE"), ("Dandar", "GPE"), ("Uvira", "GPE")},
        {("Kakuma", "ORG"), ("Dandar", "PERSON")},
    ),
    (
        places.place_cue_words,
        "Ali Bukar, the mayor of Kolofata, met the Governor of Kano State Abba Yusuf and the governor of the Central Bank.",
        [("Ali Bukar", "PERSON"), ("Kolofata", "ORG"), ("Abba Yusuf", "PERSON"), ("Central Bank", "ORG")],
        {("Kolofata", "GPE"), ("Abba Yusuf", "PERSON"), ("Central Bank", "ORG")},
        {("Kolofata", "ORG"), ("Kano State Abba Yusuf", "GPE"), ("Central Bank", "GPE")},
    ),
    (
        places.names_joined_by_particles,
        "Troops came from Trinidad and Tobago Thursday, and from Mosul and Kirkuk.",
        [("Trinidad", "GPE"), ("Thursday", "DATE"), ("Mosul", "GPE"), ("Kirkuk", "GPE")],
        {("Trinidad and Tobago", "GPE"), ("Thursday", "DATE"), ("Mosul", "GPE"), ("Kirkuk", "GPE")},
        {("Trinidad", "GPE"), ("Mosul and Kirkuk", "GPE")},
    ),
    (
        places.places_held_by_someone,
        "Shells came from regime-controlled Bukrus and rebel-held Kafr Zita, not from Houthi-run media.",
        [("Bukrus", "PERSON")],
        {("Bukrus", "GPE"), ("Kafr Zita", "GPE")},
        {("Bukrus", "PERSON")},
    ),
    (places.places_held_by_someone, "Strikes hit Russian-held Ukrainian towns.", [], set(), {("Ukrainian", "GPE")}),
    (
        organisations.organisation_names,
        "Fighters of Liwa Fatemiyoun and Jaish al-Mahdi clashed; Ansar Allah denied it.",
        [("Fatemiyoun", "GPE"), ("Jaish al-Mahdi", "PERSON")],
        {("Liwa Fatemiyoun", "ORG"), ("Jaish al-Mahdi", "ORG"), ("Ansar Allah", "ORG")},
        {("Fatemiyoun", "GPE"), ("Jaish al-Mahdi", "PERSON")},
    ),
    (  # a body named for its leader: the name a given name opens is the leader; a country's stays a place
        names.leaders_are_people,
        "The Government of Ana Lima stalled; the government of South Sudan and the administration of Maria Lake University objected.",
        [("Government of Ana Lima", "ORG"), ("South Sudan", "GPE"), ("Maria Lake University", "ORG")],
        {("Ana Lima", "PERSON"), ("South Sudan", "GPE"), ("Maria Lake University", "ORG")},
        {("Government of Ana Lima", "ORG"), ("Maria Lake University", "PERSON")},
    ),
    (
        names.leaders_are_people,
        "Fighters led by Kabamba, 7 km east of Uvira, fled. An offensive led by Kyiv stalled.",
        [("Kabamba", "GPE"), ("Uvira", "GPE"), ("Kyiv", "GPE")],
        {("Kabamba", "PERSON"), ("Kyiv", "GPE")},
        {("Kabamba", "GPE"), ("Kyiv", "PERSON")},
    ),
    (
        places.place_cue_words,
        "The cyclone hit the coastal areas of Cox’s Bazar and the areas of Kenya's Lamu County.",
        [("Cox", "ORG")],
        {("Cox’s Bazar", "GPE"), ("Kenya", "GPE")},
        {("Cox", "ORG"), ("Cox", "GPE"), ("Kenya's Lamu County", "GPE")},
    ),
    (
        organisations.groups_are_organisations,
        "The local Santa Cruz de Juventino gang fought the army.",
        [("Santa Cruz de Juventino", "GPE")],
        {("Santa Cruz de Juventino", "ORG")},
        {("Santa Cruz de Juventino", "GPE")},
    ),
    (
        names.titled_people,
        "The dead include police constable Tanvir, cousins Musa Bello Dauda and Colonel Kandahar.",
        [("Tanvir", "GPE"), ("Musa Bello Dauda", "ORG")],
        {("Tanvir", "PERSON"), ("Musa Bello Dauda", "PERSON")},
        {("Tanvir", "GPE"), ("Kandahar", "PERSON")},
    ),
    (
        names.people_given_by_first_name,
        "A witness, who gave only his first name, Tesfaye, said so.",
        [("Tesfaye", "GPE")],
        {("Tesfaye", "PERSON")},
        {("Tesfaye", "GPE")},
    ),
    (
        names.people_in_pairs,
        "Police of the Juan Perez-Maria Lopez government and of Ahmed al-Bashir came.",
        [("Juan Perez-Maria Lopez", "PERSON"), ("Ahmed al-Bashir", "PERSON")],
        {("Juan Perez", "PERSON"), ("Maria Lopez", "PERSON"), ("Ahmed al-Bashir", "PERSON")},
        {("Juan Perez-Maria Lopez", "PERSON")},
    ),
    (  # a vehicle's make before its model or a vehicle word, though a city bears its name; the city stays
        places.weapons_and_vehicles_are_not_places,
        "Gunmen in a Nissan Patrol and a Toyota truck fled.",
        [("Nissan", "GPE"), ("Toyota", "GPE")],
        set(),
        {("Nissan", "GPE"), ("Toyota", "GPE")},
    ),
    (
        places.weapons_and_vehicles_are_not_places,
        "They fled toward Toyota, Japan.",
        [("Toyota", "GPE"), ("Japan", "GPE")],
        {("Toyota", "GPE"), ("Japan", "GPE")},
        set(),
    ),
    (
        places.weapons_and_vehicles_are_not_places,
        "Kobra rockets and Leninabad cocktails hit a Volgar pickup and Kharkiv drones struck Tilkef village.",
        [("Kobra", "GPE"), ("Leninabad", "GPE"), ("Volgar", "GPE"), ("Kharkiv", "GPE"), ("Tilkef", "GPE")],
        {("Kharkiv", "GPE"), ("Tilkef", "GPE")},
        {("Kobra", "GPE"), ("Leninabad", "GPE"), ("Volgar", "GPE")},
    ),
    (  # the weapon's own word, capitalised in its name, is no place its spelling resembles
        places.weapons_and_vehicles_are_not_places,
        "They fired a Rocket Propelled Grenade at Tilkef. Gunmen struck in Tank on Monday.",
        [("Grenade", "GPE"), ("Tilkef", "GPE"), ("Tank", "GPE")],
        {("Tilkef", "GPE"), ("Tank", "GPE")},
        {("Grenade", "GPE")},
    ),
    (
        places.unread_places,
        "The president of a Korem Valley association spoke in Kandahar.",
        [("Korem", "GPE")],
        {("Kandahar", "GPE"), ("Korem", "GPE")},
        {("Valley", "GPE")},
    ),
    (
        places.unread_places,
        "Soon after the forces reached Kandahar, the rebels fled.",
        [],
        {("Kandahar", "GPE")},
        {("Soon", "GPE")},
    ),
    (
        places.common_words_opening_sentences,
        "Meanwhile, troops left Kandahar.",
        [("Meanwhile", "GPE"), ("Kandahar", "GPE")],
        {("Kandahar", "GPE")},
        {("Meanwhile", "GPE")},
    ),
    (
        places.places_called_by_name,
        "Leaders called for calm. Shells fell on a village called Karabet.",  # a 'called' that names nothing first
        [],
        {("Karabet", "GPE")},
        set(),
    ),
    (places.places_called_by_name, "Shells fall on a village called Karabet", [], {("Karabet", "GPE")}, set()),
    (
        places.places_called_by_name,
        "Shells fell on the remote mountain village called Karabet.",  # brought in by 'the': a village known already
        [],
        set(),
        {("Karabet", "GPE"), ("Karabet", "LOC")},
    ),
    (
        places.places_called_by_name,
        "Shells fell on a village 30 kilometres from Mosul, called Karabet. A man called Omar Dawud fled to a town named Tilkef.",
        [("Karabet", "PERSON"), ("Omar Dawud", "PERSON")],
        {("Karabet", "GPE"), ("Tilkef", "GPE"), ("Omar Dawud", "PERSON")},
        {("Karabet", "PERSON"), ("Omar Dawud", "GPE")},
    ),
    (
        names.role_appositives,
        "Ali Dabo, Minister for Defence, and Sani Musa, Deputy Governor of Kano, met. Kaduna, President Tinubu said.",
        [("Ali Dabo", "ORG"), ("Sani Musa", "GPE"), ("Kaduna", "GPE")],
        {("Ali Dabo", "PERSON"), ("Sani Musa", "PERSON"), ("Kaduna", "GPE")},
        {("Ali Dabo", "ORG"), ("Kaduna", "PERSON")},
    ),
    (
        names.people_identified_as,
        "The dead were identified as Yusuf, Idris, and Omar Ali Bako Musa Dan. Others were identified as the driver.",
        [("Yusuf", "GPE"), ("Idris", "GPE")],
        {("Yusuf", "PERSON"), ("Idris", "PERSON")},
        {("Yusuf", "GPE"), ("Omar Ali Bako Musa Dan", "PERSON")},
    ),
    (
        names.people_introduced_by_one,
        "They shot one Musa Ali Bako Dan, who died, and one Fulani, who fled, on one Friday (5).",
        [("Fulani", "NORP"), ("Friday", "DATE")],
        {("Musa Ali Bako Dan", "PERSON"), ("Fulani", "NORP"), ("Friday", "DATE")},
        {("Fulani", "PERSON"), ("Friday", "PERSON")},
    ),
    (
        names.who_clauses_follow_people,
        "The injured were Somchai Upatham, who broke a leg, and Tal Afar, who sent aid.",
        [("Somchai Upatham", "ORG"), ("Tal Afar", "GPE")],
        {("Somchai Upatham", "PERSON"), ("Tal Afar", "GPE")},
        {("Somchai Upatham", "ORG"), ("Tal Afar", "PERSON")},
    ),
    (
        names.who_clauses_follow_people,
        "Police Command, who said so, met the Red Cross, which came.",
        [("Police Command", "ORG"), ("Red Cross", "ORG")],
        {("Police Command", "ORG"), ("Red Cross", "ORG")},
        {("Police Command", "PERSON")},
    ),
    (  # one word is too little to tell a person by
        names.who_clauses_follow_people,
        "Rockets came from Hezbollah, who denied it.",
        [("Hezbollah", "ORG")],
        {("Hezbollah", "ORG")},
        {("Hezbollah", "PERSON")},
    ),
    (  # 'X, the leader of Y' may be a group's name
        names.role_appositives,
        "Hasm, the leader of the insurgency, struck again.",
        [("Hasm", "ORG")],
        {("Hasm", "ORG")},
        {("Hasm", "PERSON")},
    ),
    (  # a demonym the lexicon does not list, known through the country's name
        organisations.national_institutions,
        "The Malawian parliament voted.",
        [],
        {("Malawian parliament", "ORG")},
        set(),
    ),
    (  # a force noun opening a sentence before a lower-case word is the country's; 'Army Chief' opens a name
        organisations.the_countrys_forces,
        "Officials in Kenya said a bus crashed in Kenya. Police recovered the driver. Army Chief Ali spoke.",
        [("Kenya", "GPE"), ("Kenya#2", "GPE")],
        {("Police", "ORG")},
        {("Army", "ORG")},
    ),
    (  # 'in police custody': the country's police, with no other word before them in the sentence
        organisations.the_countrys_forces,
        "Kenyan officials in Kenya said two men died in police custody.",
        [("Kenyan", "NORP"), ("Kenya#2", "GPE")],
        {("police", "ORG")},
        set(),
    ),
    (
        organisations.the_countrys_forces,
        "Kenyan officials said the army killed ten fighters in Kenya.",
        [("Kenyan", "NORP"), ("Kenya#2", "GPE")],
        {("army", "ORG")},
        set(),
    ),
    (  # a conjunction or a verb acting on the force leaves it the country's; a possessive still qualifies it
        organisations.the_countrys_forces,
        "Kenyan officials in Kenya said three men died after police dispersed a march, two in police custody. "
        "Gunmen attacked navy boats and its army left.",
        [("Kenyan", "NORP"), ("Kenya#2", "GPE")],
        {("police", "ORG"), ("navy", "ORG")},
        {("army", "ORG")},
    ),
    (
        organisations.the_countrys_forces,
        "Kenyan and Somali officials said the army moved.",
        [("Kenyan", "NORP"), ("Somali", "NORP")],
        set(),
        {("army", "ORG")},
    ),
    (
        organisations.the_countrys_forces,
        "Kenyan officials in Kenya said civilians and military targets were hit.",
        [("Kenyan", "NORP"), ("Kenya#2", "GPE")],
        set(),
        {("military", "ORG")},
    ),
    (
        organisations.ministries_by_portfolio,
        "The Georgian Defence Ministry and the Ministry of Health spoke.",
        [("Georgian", "NORP"), ("Ministry of Health", "ORG")],
        {("Georgian Defence Ministry", "ORG"), ("Ministry of Health", "ORG")},
        {("Georgian", "NORP")},
    ),
    (
        names.well_known_people_named,
        "Volodymyr Zelenskiy spoke.",
        [("Volodymyr Zelenskiy", "PERSON")],
        {("Volodymyr Zelenskiy", "PERSON")},
        set(),
    ),
    (
        names.leaders_are_people,
        "A group headed by Abu Bakr Yusuf attacked. A coalition led by Saudi Arabia replied.",
        [("Abu Bakr Yusuf", "ORG"), ("Saudi Arabia", "GPE")],
        {("Abu Bakr Yusuf", "PERSON"), ("Saudi Arabia", "GPE")},
        {("Abu Bakr Yusuf", "ORG"), ("Saudi Arabia", "PERSON")},
    ),
    (
        organisations.churches_are_institutions,
        "Gunmen stormed a monastery of the Serbian Orthodox Church.",
        [("Serbian Orthodox Church", "FAC")],
        {("Serbian Orthodox Church", "ORG")},
        {("Serbian Orthodox Church", "FAC")},
    ),
    (
        organisations.churches_are_institutions,
        "Shells hit St George Church.",
        [("St George Church", "FAC")],
        {("St George Church", "FAC")},
        set(),
    ),
    (
        names.role_appositives,
        "Amina Bello, a 34-year-old teacher, fled. Zarkan, a local resident, said.",
        [("Amina", "GPE"), ("Zarkan", "ORG")],
        {("Amina Bello", "PERSON"), ("Zarkan", "PERSON")},
        {("Amina", "GPE")},
    ),
    (
        names.role_appositives,
        "Fighters took Mosul, a city of two million. Hamas, the group's leader said.",
        [("Mosul", "GPE")],
        {("Mosul", "GPE")},
        {("Mosul", "PERSON"), ("Hamas", "PERSON")},
    ),
    (
        names.role_appositives,
        "Ali Gudle, President of Hirshabelle State, spoke. Abdi Farah, Deputy Governor of Hiran, came. Kenya, Head.",
        [("Ali Gudle", "ORG"), ("Hirshabelle State", "GPE"), ("Abdi Farah", "GPE"), ("Kenya", "GPE")],
        {("Ali Gudle", "PERSON"), ("Abdi Farah", "PERSON"), ("Hirshabelle State", "GPE"), ("Kenya", "GPE")},
        {("Ali Gudle", "ORG"), ("Abdi Farah", "GPE")},
    ),
    (
        names.role_appositives,
        "Ama Owusu, spokeswoman for the commission, said. Kwesi Tand, ALF spokesperson, said. "
        "Idris Kane, the Taliban's chief of staff, came. Baro Tem, the UN's envoy, left.",
        [("Ama Owusu", "ORG"), ("Kwesi Tand", "ORG"), ("ALF", "ORG"), ("Idris Kane", "GPE"), ("Baro Tem", "ORG")],
        {("Ama Owusu", "PERSON"), ("Kwesi Tand", "PERSON"), ("Idris Kane", "PERSON"), ("Baro Tem", "PERSON")},
        {("Ama Owusu", "ORG"), ("Kwesi Tand", "ORG"), ("Idris Kane", "GPE"), ("Baro Tem", "ORG")},
    ),
    (
        names.role_appositives,
        "In Tilkef, residents of the town said. Hamas, Gaza Health Ministry spokesman said. Oxfam, the group's "
        "chief of staff said.",
        [("Tilkef", "GPE"), ("Hamas", "ORG"), ("Oxfam", "ORG")],
        {("Tilkef", "GPE"), ("Hamas", "ORG"), ("Oxfam", "ORG")},
        {("Tilkef", "PERSON"), ("Hamas", "PERSON"), ("Oxfam", "PERSON")},
    ),
    (  # a facility's name before 'was' and a human fate stays the facility
        names.people_things_happen_to,
        "The officer in charge of the Lakeside Base was wounded. Nino Beradze was killed.",
        [("Lakeside Base", "FAC")],
        {("Lakeside Base", "FAC"), ("Nino Beradze", "PERSON")},
        {("Lakeside Base", "PERSON")},
    ),
    (
        names.people_things_happen_to,
        "Nino Beradze was killed on Monday. Kofi Dapaah and Ama Tetteh were abducted. Lake Tana was shot at. "
        "Kabul was captured. Rebels killed Yaw Boateng and Efua Sarpong after dark. Troops killed Korem Valley "
        "fighters.",
        [
            ("Beradze", "GPE"),
            ("Kofi Dapaah", "ORG"),
            ("Ama Tetteh", "GPE"),
            ("Lake Tana", "LOC"),
            ("Kabul", "GPE"),
            ("Yaw Boateng", "ORG"),
            ("Efua Sarpong", "ORG"),
            ("Korem Valley", "LOC"),
        ],
        {
            ("Nino Beradze", "PERSON"),
            ("Kofi Dapaah", "PERSON"),
            ("Ama Tetteh", "PERSON"),
            ("Lake Tana", "LOC"),
            ("Kabul", "GPE"),
            ("Yaw Boateng", "PERSON"),
            ("Efua Sarpong", "PERSON"),
            ("Korem Valley", "LOC"),
        },
        {("Beradze", "GPE"), ("Kofi Dapaah", "ORG"), ("Yaw Boateng", "ORG")},
    ),
    (  # a role opened by a possessive: 'his counterpart', 'her envoy'
        names.people_named_after_their_role,
        "Talks resumed with his Malawian counterpart, Chikondi Phiri, on Monday.",
        [("Malawian", "NORP"), ("Chikondi Phiri", "ORG")],
        {("Chikondi Phiri", "PERSON")},
        {("Chikondi Phiri", "ORG")},
    ),
    (
        names.people_named_after_their_role,
        "He came with the Chief of the General Staff, Idriss Kane, on Monday. In Bamako, the spokesperson for "
        "the national police, Ama Owusu, told reporters. Troops reached the capital of the region, Kidal Town, "
        "at dawn. The leader of the group, Ansar Dine Front, spoke.",
        [("Idriss Kane", "GPE"), ("Ama Owusu", "ORG"), ("Kidal Town", "GPE"), ("Ansar Dine Front", "ORG")],
        {("Idriss Kane", "PERSON"), ("Ama Owusu", "PERSON"), ("Kidal Town", "GPE"), ("Ansar Dine Front", "ORG")},
        {("Idriss Kane", "GPE"), ("Ama Owusu", "ORG")},
    ),
    (
        names.people_named_after_their_role,
        "A spokeswoman for the rebels, Nala Obuya, denied it. A shell killed a pupil, Karimullah, and his sister. "
        "He met a resident of the village, Tarmoke, and the head of the opposition party, Idris Kalo, spoke.",
        [("Nala Obuya", "GPE"), ("Karimullah", "GPE"), ("Tarmoke", "GPE"), ("Idris Kalo", "ORG")],
        {("Nala Obuya", "PERSON"), ("Karimullah", "PERSON"), ("Tarmoke", "GPE"), ("Idris Kalo", "PERSON")},
        {("Nala Obuya", "GPE"), ("Karimullah", "GPE"), ("Idris Kalo", "ORG")},
    ),
    (
        names.full_names_of_surnames,
        "The head of the Regional Administration Oleh Petrenko spoke. Petrenko noted the toll. Kharkiv Petrenko.",
        [("Regional Administration", "ORG"), ("Petrenko#2", "PERSON")],
        {("Oleh Petrenko", "PERSON"), ("Petrenko", "PERSON")},
        {("Kharkiv Petrenko", "PERSON")},
    ),
    (
        names.role_appositives,
        "On Sunday, a local resident said.",
        [("Sunday", "DATE")],
        {("Sunday", "DATE")},
        {("Sunday", "PERSON")},
    ),
    (
        organisations.organisation_names,
        "The Army and the Air Force came to help.",
        [("Army", "ORG"), ("Air Force", "ORG")],
        {("Army", "ORG"), ("Air Force", "ORG")},
        {("Army and the Air Force", "ORG")},
    ),
    (
        organisations.local_institutions,
        "He heads the Balkh provincial council. A report was lodged at Ukhrul police station.",
        [("Balkh", "GPE"), ("Ukhrul", "ORG")],
        {("Balkh provincial council", "ORG"), ("Ukhrul police station", "ORG")},
        {("Balkh", "GPE"), ("Ukhrul", "ORG")},
    ),
    (  # a government or a police named through a place and its level; without the level word it is left alone
        organisations.local_institutions,
        "The Lakeland provincial government and Hilltown district police met. The Hilltown police left Lakeside "
        "local government area.",
        [("Lakeland", "GPE"), ("Hilltown", "GPE"), ("Hilltown#2", "GPE"), ("Lakeside", "GPE")],
        {("provincial government", "ORG"), ("district police", "ORG"), ("Lakeland", "GPE"), ("Hilltown", "GPE")},
        {("Lakeland provincial government", "ORG"), ("Hilltown police", "ORG"), ("local government", "ORG")},
    ),
    (  # a date right after the institution's noun is no part of it
        organisations.local_institutions,
        "A report was lodged at Ukhrul police station Sunday night.",
        [("Ukhrul", "GPE"), ("Sunday night", "DATE")],
        {("Ukhrul police station", "ORG"), ("Sunday night", "DATE")},
        {("Ukhrul", "GPE")},
    ),
    (
        organisations.local_institutions,
        "Gunmen attacked the Kalgo newly built police station.",  # an adverb is no part of an institution's name
        [("Kalgo", "GPE")],
        {("Kalgo", "GPE")},
        {("Kalgo newly built police station", "ORG")},
    ),
    (
        organisations.local_institutions,
        "Officials in Kabul said council members and the Kabul office of the UN met.",
        [("Kabul", "GPE"), ("Kabul#2", "GPE"), ("UN", "ORG")],
        {("Kabul", "GPE"), ("UN", "ORG")},
        {("Kabul said council", "ORG"), ("Kabul office", "ORG")},
    ),
    (
        organisations.national_institutions,
        "The Ethiopian parliament voted after the Bangladesh government signed.",
        [("Ethiopian", "NORP"), ("Bangladesh", "GPE")],
        {("Ethiopian parliament", "ORG"), ("Bangladesh", "GPE"), ("government", "ORG")},
        {("Ethiopian", "NORP")},
    ),
    (
        organisations.national_institutions,
        "Syrian government forces took government-held towns as India's Congress party met.",
        [("Syrian", "NORP"), ("India", "GPE")],
        {("Syrian", "NORP"), ("India", "GPE")},
        {("Syrian government", "ORG"), ("Congress", "ORG")},
    ),
    (  # a state outlet's national edition, and a news portal by the word for it
        organisations.outlet_editions,
        "An official told Sputnik Georgia so.",
        [("Sputnik", "ORG"), ("Georgia", "GPE")],
        {("Sputnik Georgia", "ORG")},
        {("Georgia", "GPE")},
    ),
    (
        organisations.outlets_named_as_sources,
        "The road reopened, reported the Hilltown portal.",
        [],
        {("Hilltown", "ORG")},
        set(),
    ),
    (
        organisations.outlet_editions,
        "The BBC said on Monday that BBC Somali would close.",  # a mention of the outlet alone comes first
        [("BBC", "ORG"), ("BBC#2", "ORG"), ("Somali", "NORP")],
        {("BBC", "ORG"), ("BBC Somali", "ORG")},
        {("Somali", "NORP")},
    ),
    (
        organisations.outlet_editions,
        "A witness spoke with BBC Hausa; CNN Philippines quoted him; he told the BBC Sunday.",
        [("BBC", "ORG"), ("CNN", "ORG"), ("Philippines", "GPE"), ("BBC#2", "ORG"), ("Sunday", "DATE")],
        {("BBC Hausa", "ORG"), ("CNN Philippines", "ORG"), ("BBC", "ORG"), ("Sunday", "DATE")},
        {("Philippines", "GPE")},
    ),
    (
        organisations.outlets_named_as_sources,
        "The Harbour Gazette newspaper reported it; Kenya's Morning Lantern daily agreed.",
        [("The Harbour Gazette", "PERSON"), ("Kenya", "GPE"), ("Morning Lantern", "GPE")],
        {("Harbour Gazette", "ORG"), ("Morning Lantern", "ORG"), ("Kenya", "GPE")},
        {("Morning Lantern", "GPE"), ("The Harbour Gazette", "PERSON")},
    ),
    (
        organisations.outlets_named_as_sources,
        "He told the daily Harbour Gazette. Local broadcaster Radio Kestrel said so.",
        [("Harbour Gazette", "GPE"), ("Local", "GPE"), ("Radio Kestrel", "PERSON")],
        {("Harbour Gazette", "ORG"), ("Radio Kestrel", "ORG")},
        {("Harbour Gazette", "GPE"), ("Local", "ORG"), ("Radio Kestrel", "PERSON")},
    ),
    (
        organisations.outlets_named_as_sources,  # a date or a person after the medium word is no outlet
        "He told the newspaper Sunday that it was so, and the newspaper Ahmed Salim founded closed.",
        [("Sunday", "DATE"), ("Ahmed Salim", "PERSON")],
        {("Sunday", "DATE"), ("Ahmed Salim", "PERSON")},
        {("Sunday", "ORG"), ("Ahmed Salim", "ORG")},
    ),
    (
        organisations.outlets_named_as_sources,  # an outlet named as a common word is one only where it is cited
        "A resident told Granma the road was cut. Semana reported more. Granma province and Semana Santa passed. "
        "An elder told the Guardian; Guardian angels said nothing.",
        [
            ("Granma", "PERSON"),
            ("Semana", "GPE"),
            ("Granma#2", "GPE"),
            ("Semana Santa", "EVENT"),
            ("Guardian", "PERSON"),
        ],
        {("Granma", "ORG"), ("Semana", "ORG"), ("Granma", "GPE"), ("Semana Santa", "EVENT"), ("Guardian", "ORG")},
        {("Granma", "PERSON"), ("Semana", "GPE"), ("Guardian angels", "ORG")},
    ),
    (
        organisations.outlets_named_as_sources,  # a demonym before the medium word stays the people's
        "The Iraqi state television and the Lebanese Harbour Gazette newspaper said so.",
        [("Iraqi", "NORP"), ("Lebanese", "NORP")],
        {("Iraqi", "NORP"), ("Lebanese", "NORP"), ("Harbour Gazette", "ORG")},
        {("Iraqi", "ORG"), ("Lebanese Harbour Gazette", "ORG")},
    ),
    (
        organisations.portfolios_in_titles,
        "Interior Minister Xhelal Svecla and the Interior Ministry spoke.",
        [("Interior", "ORG"), ("Interior Ministry", "ORG")],
        {("Interior Ministry", "ORG")},
        {("Interior", "ORG")},
    ),
    (
        organisations.names_sharing_a_plural_tail,
        "A war between the La Familia Michoacana and the Jalisco New Generation cartels.",
        [("La Familia Michoacana", "ORG"), ("Jalisco New Generation", "GPE")],
        {("La Familia Michoacana", "ORG"), ("Jalisco New Generation", "ORG")},
        {("Jalisco New Generation", "GPE")},
    ),
    (
        organisations.names_sharing_a_plural_tail,
        '"Terrorist groups attacked. The Russian and Ukrainian armies fought.',
        [("Russian", "NORP"), ("Ukrainian", "NORP")],
        {("Russian", "NORP"), ("Ukrainian", "NORP")},
        {("Terrorist", "ORG"), ("Russian", "ORG"), ("Ukrainian", "ORG")},
    ),
    (
        organisations.ministries_by_portfolio,
        "Ukraine said so in Ukraine. The Transnistrian interior ministry denied it.",
        [("Ukraine", "GPE"), ("Ukraine#2", "GPE"), ("Transnistrian", "NORP")],
        {("Transnistrian interior ministry", "ORG")},
        {("Transnistrian", "NORP"), ("interior ministry", "ORG")},
    ),
    (
        organisations.peoples_are_not_organisations,
        "The attackers, from the Murle ethnic group, fought Hema herders and Hezbollah fighters. The Murle fled.",
        [("Murle", "ORG"), ("Hema", "ORG"), ("Hezbollah", "ORG"), ("Murle#2", "GPE")],
        {("Murle", "NORP"), ("Hema", "NORP"), ("Hezbollah", "ORG")},
        {("Murle", "ORG"), ("Murle", "GPE"), ("Hema", "ORG")},
    ),
    (  # a region named by its bearing is a name, though in lower case
        consistency.names_are_capitalised,
        "Troops entered the northwest region.",
        [("northwest region", "GPE")],
        {("northwest region", "GPE")},
        set(),
    ),
    (
        consistency.names_are_capitalised,
        "The mosques and Western allies.",
        [("mosques", "FAC"), ("Western", "NORP")],
        set(),
        {("mosques", "FAC"), ("Western", "NORP")},
    ),
    # Cases for the edges mutants showed (tests that bite, README)
    (places.appositive_places, "Rebels hold an exclave, Sokh.", [], {("Sokh", "GPE")}, set()),
    (  # a name the gazetteer knows only by an alias, which the model read as a person, stays one
        places.destinations,
        "Families fled to Zarkan on foot.",
        [("Zarkan", "PERSON")],
        {("Zarkan", "PERSON")},
        {("Zarkan", "GPE")},
    ),
    (  # a name after 'the' at the very start of the text, read as an organisation, names the facility
        places.facilities,
        "The Kerem Shalom crossing reopened.",
        [("Kerem Shalom", "ORG")],
        {("Kerem Shalom crossing", "FAC")},
        {("Kerem Shalom", "ORG")},
    ),
    (  # a misspelt country ('Pakistany' is Pakistan only by its consonants) is a name, not a country
        places.facilities,
        "Troops left the Pakistany camp.",
        [("Pakistany", "GPE")],
        {("Pakistany camp", "FAC")},
        set(),
    ),
    (  # a particle then a lower-case word does not carry the name on
        places.names_joined_by_particles,
        "Insurgents took Mocimboa da praia again.",
        [("Mocimboa", "GPE")],
        {("Mocimboa", "GPE")},
        {("Mocimboa da praia", "GPE")},
    ),
    (
        places.place_cue_words,
        "Fighting hit the villages of Kafr Nabl or Tal Tamr.",
        [],
        {("Kafr Nabl", "GPE"), ("Tal Tamr", "GPE")},
        set(),
    ),
    (  # a people's name the model read as a person, which is also a region, is the region
        places.places_known_on_sight,
        "Amhara said nothing.",
        [("Amhara", "PERSON")],
        {("Amhara", "GPE")},
        {("Amhara", "PERSON")},
    ),
    (  # a facility stays a facility when its name is voted a place
        consistency.one_label_per_name,
        "The Kerem Shalom crossing closed.",
        [("Kerem Shalom crossing", "FAC")],
        {("Kerem Shalom crossing", "FAC")},
        {("Kerem Shalom crossing", "GPE")},
    ),
    (  # a camp named after a place votes for that place
        consistency.one_label_per_name,
        "Refugees reached the Bredjing displacement camp. Bredjing is crowded.",
        [("Bredjing displacement camp", "FAC"), ("Bredjing#2", "PERSON")],
        {("Bredjing", "GPE"), ("Bredjing displacement camp", "FAC")},
        {("Bredjing", "PERSON")},
    ),
    (  # read twice as a person and once as a place: a person all three times
        consistency.one_label_per_name,
        "Hemedti spoke. Hemedti left. Hemedti was seen.",
        [("Hemedti", "PERSON"), ("Hemedti#2", "PERSON"), ("Hemedti#3", "GPE")],
        {("Hemedti", "PERSON")},
        {("Hemedti", "GPE")},
    ),
    (
        names.known_as,
        "Mohamed Hamdan Dagalo, also known as Hemedti, spoke.",
        [("Mohamed Hamdan Dagalo", "PERSON"), ("Hemedti", "ORG")],
        {("Hemedti", "PERSON")},
        {("Hemedti", "ORG")},
    ),
    (
        names.known_as,
        "Mohamed Hamdan Dagalo known as Hemedti spoke.",
        [("Mohamed Hamdan Dagalo", "PERSON"), ("Hemedti", "ORG")],
        {("Hemedti", "PERSON")},
        {("Hemedti", "ORG")},
    ),
    (  # a surname read as a place that is no strong place is the person
        names.surnames_are_people,
        "Abdel Fattah al-Burhan spoke. Burhan left.",
        [("Abdel Fattah al-Burhan", "PERSON"), ("Burhan", "GPE")],
        {("Burhan", "PERSON")},
        {("Burhan", "GPE")},
    ),
    (  # the agency the organisation ruler knows keeps its name; the rest of the brackets is not added to it
        organisations.dateline_agency,
        "ERBIL (Kurdistan 24 TV) - Clashes erupted.",
        [("Kurdistan 24", "ORG")],
        {("Kurdistan 24", "ORG")},
        {("Kurdistan 24 TV", "ORG")},
    ),
    (  # 'the defence ministry of Georgia' is named in full already
        organisations.ministries_by_portfolio,
        "The defence ministry of Georgia spoke.",
        [("Georgia", "GPE")],
        {("Georgia", "GPE")},
        {("defence ministry", "ORG"), ("The defence ministry", "ORG")},
    ),
    (dates.month_day_dates, "Quetta, Mar 40 soldiers died.", [("Mar", "PERSON")], set(), {("Mar 40", "DATE")}),
    (  # a longer date the model found stays
        dates.month_day_dates,
        "Talks ran Mar 3 to 5 in Doha.",
        [("Mar 3 to 5", "DATE")],
        {("Mar 3 to 5", "DATE")},
        {("Mar 3", "DATE")},
    ),
    (  # a person named before the speaker does not stop the rule
        names.speakers_are_people,
        "Ali ran and Karim said so.",
        [("Ali", "PERSON"), ("Karim", "GPE")],
        {("Karim", "PERSON")},
        {("Karim", "GPE")},
    ),
    (  # 'one' before a city is no introduction, and the person introduced after it still is one
        names.people_introduced_by_one,
        "They reached one Kirkuk, then met one Musa Bello, who fled.",
        [],
        {("Musa Bello", "PERSON")},
        {("Kirkuk", "PERSON")},
    ),
    (  # a capitalised plural is one name; the lower-case plural after it still names each organisation
        organisations.names_sharing_a_plural_tail,
        "The Hezbollah Brigades met the Sinaloa and Tijuana cartels.",
        [],
        {("Sinaloa", "ORG"), ("Tijuana", "ORG")},
        set(),
    ),
    (  # 'the army of ...' is an army of its own name, not the country's
        organisations.the_countrys_forces,
        "Kenya said the army of conquest fled.",
        [("Kenya", "GPE")],
        {("Kenya", "GPE")},
        {("army", "ORG")},
    ),
    (
        organisations.the_countrys_forces,
        "The military said Kenya was calm.",
        [("Kenya", "GPE")],
        {("military", "ORG")},
        set(),
    ),
    (  # a portfolio ending the text has no title after it: it stays what the model read
        organisations.portfolios_in_titles,
        "The talks were held at the Interior",
        [("Interior", "ORG")],
        {("Interior", "ORG")},
        set(),
    ),
    (  # 'a transitional government' is not the article country's government
        organisations.national_institutions,
        "Kenya said a transitional government would rule.",
        [("Kenya", "GPE")],
        {("Kenya", "GPE")},
        {("government", "ORG")},
    ),
    (  # a name the model read as nothing, between 'the' and a facility noun, names the facility
        places.facilities,
        "A drone struck the Tell Zawra base, a location within Syrian territory.",
        [("Syrian", "NORP")],
        {("Tell Zawra base", "FAC")},
        set(),
    ),
    (  # a people's name, initials or a calendar word before the noun names the owner or the day
        places.facilities,
        "Troops left the Russian base and the UN base for the Monday market.",
        [],
        set(),
        {("Russian base", "FAC"), ("UN base", "FAC"), ("Monday market", "FAC")},
    ),
    (
        places.lists_placed_in_a_place,
        "Gunmen attacked Umm Dabbi, Bir Saqa and Kafr Nimra in Kassab district on Sunday.",
        [("Umm Dabbi", "PERSON"), ("Bir Saqa", "PERSON"), ("Kassab", "GPE"), ("Sunday", "DATE")],
        {("Umm Dabbi", "GPE"), ("Bir Saqa", "GPE"), ("Kafr Nimra", "GPE"), ("Kassab", "GPE")},
        {("Umm Dabbi", "PERSON"), ("Bir Saqa", "PERSON")},
    ),
    (  # an official's title after a town the gazetteer knows makes the town a place
        places.places_before_their_officials,
        "Gunmen killed three traders, Kayes Mayor Amadou Sow said. The Kenyan police chief agreed.",
        [("Kayes", "ORG"), ("Amadou Sow", "PERSON"), ("Kenyan", "NORP")],
        {("Kayes", "GPE"), ("Amadou Sow", "PERSON"), ("Kenyan", "NORP")},
        {("Kayes", "ORG"), ("Kenyan", "GPE")},
    ),
    (  # a place read with its official's title as one name is the place without it
        places.places_before_their_officials,
        "Camps were set up, according to Kismayo District Commissioner, Ali Musa.",
        [("Kismayo District Commissioner", "GPE"), ("Ali Musa", "PERSON")],
        {("Kismayo", "GPE"), ("Ali Musa", "PERSON")},
        {("Kismayo District Commissioner", "GPE")},
    ),
    (  # so is one the gazetteer does not know: the model read it as a place
        places.places_before_their_officials,
        "Hillcrest North Deputy County Commissioner Peter Mwangi said. Upper Dale Chief District Officer Ram Thapa agreed.",
        [("Hillcrest North Deputy", "GPE"), ("Peter Mwangi", "PERSON"), ("Upper Dale Chief", "GPE")],
        {("Hillcrest North", "GPE"), ("Upper Dale", "GPE")},
        {("Hillcrest North Deputy", "GPE"), ("Upper Dale Chief", "GPE")},
    ),
    (  # an acting official's title: 'Acting' is no word of the place's name
        places.place_cue_words,
        "Acting Lakeland region Governor Ivan Petrov said.",
        [("Ivan Petrov", "PERSON")],
        {("Lakeland", "GPE"), ("Ivan Petrov", "PERSON")},
        {("Acting Lakeland", "GPE")},
    ),
    (  # a word of an organisation, or one the article writes in lower case, names no place
        places.places_before_their_officials,
        "The Army Commissioner met the Acting Governor. The governor was acting on orders.",
        [("Army", "ORG"), ("Acting", "ORG")],
        {("Army", "ORG"), ("Acting", "ORG")},
        {("Army", "GPE"), ("Acting", "GPE")},
    ),
    (  # a plural kind of place before 'of' names every place of its list, 'and' or no 'and'
        places.place_cue_words,
        "Fighters died in the villages of Tafawi, Kurumbe, Ladanyo, officials said.",
        [("Kurumbe", "ORG")],
        {("Tafawi", "GPE"), ("Kurumbe", "GPE"), ("Ladanyo", "GPE")},
        {("Kurumbe", "ORG")},
    ),
    (  # 'Sub County' without its hyphen is part of the cue, not of the name
        places.place_cue_words,
        "Two herders died in Wote West Sub County on Monday.",
        [],
        {("Wote West", "GPE")},
        {("Wote West Sub", "GPE")},
    ),
    (  # the full name before 'alias', left unread, is the person's too
        names.aliases_are_names_of_someone,
        "Police shot Ruwan Perera alias Kalu and Nimal Silva alias Podi.",
        [("Ruwan Perera", "PERSON")],
        {("Ruwan Perera", "PERSON"), ("Kalu", "PERSON"), ("Nimal Silva", "PERSON"), ("Podi", "PERSON")},
        set(),
    ),
    (  # the name after 'alias' is someone's other name; after an organisation's name, the organisation's
        names.aliases_are_names_of_someone,
        "Police arrested Ahmed alias Kalu and Juan R., alias Cali. The Los Lobos, alias Lobitos, grew.",
        [
            ("Ahmed", "PERSON"),
            ("Kalu", "GPE"),
            ("Juan R.", "PERSON"),
            ("Cali", "GPE"),
            ("Los Lobos", "ORG"),
            ("Lobitos", "GPE"),
        ],
        {("Kalu", "PERSON"), ("Cali", "PERSON"), ("Lobitos", "ORG")},
        {("Kalu", "GPE"), ("Cali", "GPE"), ("Lobitos", "GPE")},
    ),
    (  # names listed before 'families' or 'clan' are kin groups; a region's tribes keep the region
        places.kin_groups_are_not_places,
        "Members of the Saade, Khoury and Nassar families fled. The Darfur tribes met.",
        [("Saade", "GPE"), ("Khoury", "GPE"), ("Nassar", "GPE"), ("Darfur", "GPE")],
        {("Saade", "NORP"), ("Khoury", "NORP"), ("Nassar", "NORP"), ("Darfur", "GPE")},
        {("Saade", "GPE"), ("Khoury", "GPE"), ("Nassar", "GPE")},
    ),
    (  # names inside an organisation's name are no list of places
        places.lists_placed_in_a_place,
        "Fighters of the Front for Unity and Renewal in Mali attacked.",
        [("Front for Unity and Renewal", "ORG"), ("Mali", "GPE")],
        {("Front for Unity and Renewal", "ORG"), ("Mali", "GPE")},
        {("Unity", "GPE"), ("Renewal", "GPE")},
    ),
    (  # a nickname in quotes between a given name and a surname: one person, a title before it left out
        names.nicknames_inside_names,
        "Police said Governor Ahmed “Tiger” Bello met Kofi 'Papa' Mensah in Tamale.",
        [("Ahmed", "PERSON"), ("Tiger", "GPE"), ("Bello", "PERSON"), ("Kofi 'Papa' Mensah", "ORG"), ("Tamale", "GPE")],
        {("Ahmed “Tiger” Bello", "PERSON"), ("Kofi 'Papa' Mensah", "PERSON"), ("Tamale", "GPE")},
        {("Tiger", "GPE"), ("Kofi 'Papa' Mensah", "ORG")},
    ),
    (
        names.nicknames_inside_names,  # plain names each side, though no given name the lexicon lists
        "Police held the smuggler Dragoslav 'Gaga' Ilkic. Operation 'Desert' Storm began; the operation ended.",
        [],
        {("Dragoslav 'Gaga' Ilkic", "PERSON")},
        {("Operation 'Desert' Storm", "PERSON")},
    ),
    (  # a city's name before the surname of a family named in full is a given name
        names.family_names,
        "The dead are Ram Gurung, 32, and Milan Gurung, 10. Police in Milan Province said so.",
        [("Ram Gurung", "PERSON"), ("Milan", "GPE"), ("Milan#2", "GPE")],
        {("Milan Gurung", "PERSON"), ("Milan", "GPE")},
        set(),
    ),
    (
        names.family_names,  # a town's two words, one of them read as a person's surname elsewhere
        "Ban Phai was flooded. Troops reached Ban Phai police.",
        [("Ban Phai", "PERSON"), ("Ban#2", "ORG")],
        {("Ban", "ORG")},
        set(),
    ),
    (  # a bearing and 'region' name a unit of a country the article names; a part of a province is no unit
        places.regions_named_by_their_bearing,
        "Separatists attacked a school in the northwest region, officials in Cameroon said. Gunmen fled the "
        "eastern region of Idlib province.",
        [("Cameroon", "GPE"), ("Idlib", "GPE")],
        {("northwest region", "GPE")},
        {("eastern region", "GPE")},
    ),
    (  # no unit of the country the article names bears the bearing's name: a part of it, no place
        places.regions_named_by_their_bearing,
        "Fighting spread in the northern region, officials in Chile said.",
        [("Chile", "GPE")],
        set(),
        {("northern region", "GPE")},
    ),
    (  # 'resident of Y': the name before the cue is the resident, no place
        places.place_cue_words,
        "Gunmen shot Bashir Ahmad Lone resident of Kulgam. Two Sopore residents were hurt.",
        [("Bashir Ahmad Lone", "PERSON"), ("Kulgam", "GPE")],
        {("Bashir Ahmad Lone", "PERSON"), ("Sopore", "GPE")},
        {("Bashir Ahmad Lone", "GPE")},
    ),
    (  # a name opening with a possessive that the gazetteer knows whole, before a cue
        places.place_cue_words,
        "Refugees in the Cox's Bazar camps waited.",
        [],
        {("Cox's Bazar", "GPE")},
        {("Bazar", "GPE")},
    ),
    (  # a name ending in a weekday names a day
        places.named_events_are_not_places,
        "Churches were bombed on Easter Sunday in Batticaloa.",
        [("Easter Sunday", "FAC"), ("Batticaloa", "GPE")],
        {("Easter Sunday", "EVENT"), ("Batticaloa", "GPE")},
        {("Easter Sunday", "FAC")},
    ),
    (  # capitals joined to a number name a disease, a gang or a weapon
        places.acronyms_are_not_places,
        "Border posts closed over COVID-19 near El Paso.",
        [("COVID-19", "GPE"), ("El Paso", "GPE")],
        {("El Paso", "GPE")},
        {("COVID-19", "GPE")},
    ),
    (  # a place read for an organisation whose last word is an organisation's
        organisations.organisation_names,
        "The Armed Forces of Malta Maritime Squadron and the Republic of Kiribati Military Forces met.",
        [("Republic of Kiribati Military Forces", "GPE")],
        {("Republic of Kiribati Military Forces", "ORG")},
        {("Republic of Kiribati Military Forces", "GPE")},
    ),
    (  # a bearing read apart from the people's adjective it belongs to names no place
        places.peoples_are_not_places,
        "The South-East Asian nation voted.",
        [("South-East", "LOC"), ("Asian", "NORP")],
        {("Asian", "NORP")},
        {("South-East", "LOC")},
    ),
    (  # what a government declares, of more than one word, is no place
        places.function_words_and_titles_are_not_places,
        "They extended the State of Constitutional Exception in Angol.",
        [("Constitutional Exception", "GPE"), ("Angol", "GPE")],
        {("Angol", "GPE")},
        {("Constitutional Exception", "GPE")},
    ),
    (  # a movement's 'province' tied to it is its branch; a province it attacks in stays one
        organisations.provinces_of_a_movement,
        "An IS affiliate calling itself the Hijaz Province claimed it. ISIS fighters struck in Kirkuk Province.",
        [("Hijaz Province", "GPE"), ("Kirkuk Province", "GPE")],
        {("Hijaz Province", "ORG"), ("Kirkuk Province", "GPE")},
        {("Hijaz Province", "GPE")},
    ),
    (  # a word in capitals that a lower-case word follows opens a sentence: no dateline
        places.dateline_places,
        "SECURITY forces in Dili were on alert.",
        [],
        set(),
        {("SECURITY", "GPE")},
    ),
    (  # an organisation's word alone is no place
        places.function_words_and_titles_are_not_places,
        "Officers of the Gendarmerie fired in Dori.",
        [("Gendarmerie", "GPE"), ("Dori", "GPE")],
        {("Dori", "GPE")},
        {("Gendarmerie", "GPE")},
    ),
    (  # a given name opening the name run before a cue, a known place ending it: the person, then the place
        places.place_cue_words,
        "Ana Mukamana Musanze district mayor spoke.",
        [("Ana Mukamana Musanze", "PERSON")],
        {("Ana Mukamana", "PERSON"), ("Musanze", "GPE")},
        {("Ana Mukamana Musanze", "GPE")},
    ),
    (  # given names make a list of people
        places.lists_placed_in_a_place,
        "The minister met Ahmed Duale and Hassan Warsame in Kassab.",
        [("Ahmed Duale", "PERSON"), ("Hassan Warsame", "PERSON"), ("Kassab", "GPE")],
        {("Ahmed Duale", "PERSON"), ("Hassan Warsame", "PERSON")},
        {("Ahmed Duale", "GPE"), ("Hassan Warsame", "GPE")},
    ),
    (  # the surname of a person named in full, and two sides after 'between', are no places
        places.lists_placed_in_a_place,
        "Police held Peter Aloro. Aloro and Tembiri in Kassab denied it. Clashes between Ubari and Kotara in Kassab.",
        [("Peter Aloro", "PERSON"), ("Aloro#2", "PERSON"), ("Tembiri", "PERSON"), ("Kassab", "GPE")],
        {("Aloro", "PERSON"), ("Tembiri", "PERSON")},
        {("Aloro", "GPE"), ("Tembiri", "GPE"), ("Ubari", "GPE"), ("Kotara", "GPE")},
    ),
]


@pytest.mark.parametrize(
    ("rule", "text", "marked", "present", "absent"), CASES, ids=[f"{c[0].__name__}:{c[1][:30]}" for c in CASES]
)
def test_each_rule_does_what_its_docstring_says(rule, text, marked, present, absent, gazetteer):
    after = run(rule, text, marked, gazetteer)
    assert present <= after, after
    assert not (absent & after), after


def test_every_rule_is_documented_ordered_once_and_tested_here():
    assert len(set(RULES)) == len(RULES)
    for rule in RULES:
        assert rule.__doc__ and len(rule.__doc__.split()) >= 5, rule.__name__
        assert list(inspect.signature(rule).parameters) == ["doc", "spans", "gazetteer"], rule.__name__
    assert {r.__name__ for r in RULES} == {c[0].__name__ for c in CASES}


def test_a_broadcaster_s_edition_is_one_organisation_under_its_own_name(gazetteer):
    doc, spans = doc_with("Al Jazeera English and BBC Somali reported it.", [("Al Jazeera", "ORG"), ("BBC", "ORG")])
    organisations.outlet_editions(doc, spans, gazetteer)
    assert sorted(c.canonical for c in spans) == ["Al Jazeera English", "BBC Somali"]


def test_a_capital_backing_a_group_stays_the_city_the_government_sits_in(gazetteer):
    # The samples' convention: a capital used for its government is annotated as the city ('wanted by Ankara').
    doc, spans = doc_with("A Tehran-backed militia broke a truce.", [("Tehran", "GPE")])
    after, _ = apply_rules(doc, spans, gazetteer)
    assert labelled(doc, after) == {("Tehran", "GPE")}


def test_a_place_a_cue_word_names_is_no_speaker_before_said(gazetteer):
    doc, spans = doc_with(
        "Officials in the city of Tilkef said so. Karim said so.", [("Tilkef", "ORG"), ("Karim", "GPE")]
    )
    after, _ = apply_rules(doc, spans, gazetteer)
    assert {("Tilkef", "GPE"), ("Karim", "PERSON")} <= labelled(doc, after)


def test_the_trace_names_each_rule_that_changed_a_span_and_why(gazetteer):
    doc, spans = doc_with(
        "DAMASCUS (SANA) - Rockets fell at Kiryat Shmona.", [("SANA", "GPE"), ("Kiryat Shmona", "PERSON")]
    )
    _, trace = apply_rules(doc, spans, gazetteer)
    steps = {(t.rule, t.action, t.text, t.was, t.label) for t in trace}
    assert ("dateline_agency", "relabelled", "SANA", "GPE", "ORG") in steps or (
        "dateline_agency",
        "re-spanned",
        "SANA",
        "GPE",
        "ORG",
    ) in steps, steps
    assert ("locative_towns", "relabelled", "Kiryat Shmona", "PERSON", "GPE") in steps
    assert ("model", "read", "Kiryat Shmona", "", "PERSON") in steps
    why = next(t.why for t in trace if t.rule == "locative_towns")
    assert why.startswith("'rockets at Kiryat Ata'")


def test_the_trace_of_a_dropped_span_keeps_the_label_it_had(gazetteer):
    doc, spans = doc_with("The mosques were full.", [("mosques", "FAC")])
    _, trace = apply_rules(doc, spans, gazetteer)
    dropped = [(t.rule, t.text, t.label, t.was) for t in trace if t.action == "dropped"]
    assert dropped == [("names_are_capitalised", "mosques", "FAC", "FAC")]


def test_no_rule_module_names_the_articles_it_was_tuned_on():
    """A rule states a pattern of news language; the dev set's own files are not cited in the code."""
    import json
    from pathlib import Path

    root = Path(rules_package.__file__).parent.parent
    source = "\n".join(p.read_text() for p in root.rglob("*.py"))
    for gold in (root.parent.parent / "bench" / "articles").glob("*/gold.json"):
        for article in json.loads(gold.read_text()):
            assert article["file"] not in source
            assert article["file"].split("_", 1)[1].rsplit(".", 1)[0] not in source


def test_a_country_s_army_is_named_as_its_armed_forces(gazetteer):
    from workbench.core.rules.organisations import national_forces_named

    doc, spans = doc_with(
        "The Malian army and Russian forces fought. Ghanaian police fled.",
        [("Malian", "NORP"), ("Russian", "NORP"), ("Ghanaian", "NORP")],
    )
    national_forces_named(doc, spans, gazetteer)
    named = {(doc[c.start : c.end].text, c.label, c.canonical) for c in spans}
    assert ("Malian army", "ORG", "Malian Armed Forces") in named
    assert ("Russian forces", "ORG", "Russian Armed Forces") in named
    assert ("Ghanaian police", "ORG", "Ghana Police Service") in named  # the police under their own title


def test_a_country_s_navy_and_air_force_take_their_own_titles(gazetteer):
    from workbench.core.rules.organisations import national_forces_named

    doc, spans = doc_with("Kenyan navy boats and the Pakistani air force and Nigerian navy came.", [])
    national_forces_named(doc, spans, gazetteer)
    named = {c.canonical for c in spans if c.label == "ORG"}
    assert named == {"Kenya Navy", "Pakistan Air Force", "Nigerian Navy"}  # the last as '<Demonym> Navy'


def test_a_capital_s_forces_are_its_country_s_and_a_capital_s_police_its_own(gazetteer):
    from workbench.core.rules.organisations import national_forces_named

    doc, spans = doc_with("Nairobi's troops crossed. Ankara's forces shelled it. Lima's police came.", [])
    national_forces_named(doc, spans, gazetteer)
    named = {(doc[c.start : c.end].text, c.canonical) for c in spans if c.label == "ORG"}
    assert named == {("troops", "Kenya Defence Forces"), ("forces", "Turkish Armed Forces")}


def test_the_army_of_a_country_named_before_it_leaves_the_country_a_place(gazetteer):
    from workbench.core.rules.organisations import national_forces_named

    doc, spans = doc_with("Mali's army said.", [("Mali", "GPE")])
    national_forces_named(doc, spans, gazetteer)
    assert labelled(doc, spans) == {("Mali", "GPE"), ("army", "ORG")}
    assert next(c.canonical for c in spans if c.label == "ORG") == "Malian Armed Forces"


def test_a_force_named_through_a_country_s_name_leaves_the_country_a_place(gazetteer):
    from workbench.core.rules.organisations import national_forces_named

    doc, spans = doc_with(
        "The Uganda Police said a Burkina Faso army statement was false.", [("Uganda", "GPE"), ("Burkina Faso", "GPE")]
    )
    national_forces_named(doc, spans, gazetteer)
    named = {(doc[c.start : c.end].text, c.label, c.canonical) for c in spans}
    assert {("Uganda", "GPE", ""), ("Burkina Faso", "GPE", "")} <= named
    assert ("Police", "ORG", "Uganda Police Force") in named
    assert ("army", "ORG", "Armed Forces of Burkina Faso") in named


def test_a_country_s_border_guard_and_air_force_take_their_own_titles(gazetteer):
    from workbench.core.rules.organisations import national_forces_named

    doc, spans = doc_with(
        "The Kyrgyz border service said the British air force flew.", [("Kyrgyz", "NORP"), ("British", "NORP")]
    )
    national_forces_named(doc, spans, gazetteer)
    assert {(doc[c.start : c.end].text, c.canonical) for c in spans} == {
        ("Kyrgyz border service", "Border Service of Kyrgyzstan"),
        ("British air force", "Royal Air Force"),
    }


def test_an_army_written_as_a_name_is_its_branch(gazetteer):
    from workbench.core.rules.organisations import national_forces_named, the_countrys_forces

    doc, spans = doc_with(
        "The Colombian Army said the Army and the Air Force came; Colombian officials in Colombia said the army left.",
        [
            ("Colombian", "NORP"),
            ("Army#2", "ORG"),
            ("Air Force", "ORG"),
            ("Colombian#2", "NORP"),
            ("Colombia#3", "GPE"),
        ],
    )
    national_forces_named(doc, spans, gazetteer)
    the_countrys_forces(doc, spans, gazetteer)
    named = {(doc[c.start : c.end].text, c.start, c.canonical) for c in spans if c.label == "ORG"}
    assert {(text, canonical) for text, _, canonical in named} == {
        ("Colombian Army", "National Army of Colombia"),
        ("Army", "National Army of Colombia"),
        ("Air Force", "Colombian Aerospace Force"),
        ("army", "National Army of Colombia"),  # Colombia's army is the branch however it is written
    }


@pytest.mark.parametrize(
    "text, marked, name",
    [
        ("The Pakistan army said it moved.", [("Pakistan", "GPE")], "Pakistan Army"),
        ("The Indian army said it moved.", [("Indian", "NORP")], "Indian Army"),
        # elsewhere a lower-case army is the country's armed forces
        ("The Sudanese army said it moved.", [("Sudanese", "NORP")], "Sudanese Armed Forces"),
        ("The Senegalese army said it moved.", [("Senegalese", "NORP")], "Armed Forces of Senegal"),
    ],
)
def test_an_army_reporting_names_by_its_branch_is_the_branch_in_lower_case_too(text, marked, name, gazetteer):
    from workbench.core.rules.organisations import national_forces_named

    doc, spans = doc_with(text, marked)
    national_forces_named(doc, spans, gazetteer)
    assert [c.canonical for c in spans if c.label == "ORG"] == [name]


def test_a_place_s_institution_government_and_legislature_take_their_official_names(gazetteer):
    from workbench.core.rules.organisations import local_institutions, national_institutions

    doc, spans = doc_with(
        "The Guerrero state prosecutors office said a report to US Congress and the Ethiopian parliament was wrong.",
        [("Guerrero", "GPE"), ("US Congress", "ORG"), ("Ethiopian", "NORP")],
    )
    local_institutions(doc, spans, gazetteer)
    national_institutions(doc, spans, gazetteer)
    named = {(doc[c.start : c.end].text, c.label, c.canonical) for c in spans}
    assert named == {
        ("Guerrero state prosecutors office", "ORG", "Guerrero State Prosecutors Office"),
        ("US", "GPE", ""),  # the model's one span 'US Congress': the country stays a place
        ("Congress", "ORG", "United States Congress"),
        ("Ethiopian parliament", "ORG", "Federal Parliamentary Assembly"),
    }


def test_the_article_country_is_the_lede_s_and_the_one_whose_forces_act(gazetteer):
    from workbench.core.rules.organisations import article_country

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Gunmen killed 24 people in Cameroon. They fled into Nigeria. The border with Nigeria closed.")
    spans = [Candidate(t.i, t.i + 1, "GPE") for t in doc if t.text in ("Cameroon", "Nigeria")]
    assert article_country(doc, spans, gazetteer) is None  # not Nigeria's story, though named twice
    doc = nlp("Pakistan Army soldiers died near Afghanistan, the military said. Afghanistan denied it.")
    spans = [Candidate(0, 2, "ORG")] + [Candidate(t.i, t.i + 1, "GPE") for t in doc if t.text == "Afghanistan"]
    assert article_country(doc, spans, gazetteer) is None  # the Pakistan Army names Pakistan
    # a capital opening the story outweighs a town abroad named later
    doc = nlp("Police in Lusaka arrested two men on Monday. Both came from Goma, officers said.")
    spans = [Candidate(t.i, t.i + 1, "GPE") for t in doc if t.text in ("Lusaka", "Goma")]
    assert article_country(doc, spans, gazetteer) == "ZM"


def test_an_unqualified_government_or_congress_is_the_article_country_s(gazetteer):
    from workbench.core.rules.organisations import national_institutions

    doc, spans = doc_with(
        "Guatemala extended the siege in Guatemala. The government said it must be ratified by Congress, "
        "not by a transitional government or the party congress.",
        [("Guatemala", "GPE"), ("Guatemala#2", "GPE")],
    )
    national_institutions(doc, spans, gazetteer)
    assert {(doc[c.start : c.end].text, c.canonical) for c in spans if c.label == "ORG"} == {
        ("government", "Government of Guatemala"),
        ("Congress", "Congress of the Republic of Guatemala"),
    }


def test_names_sharing_a_plural_tail_take_the_known_organisation_s_name(gazetteer):
    from workbench.core.rules.organisations import names_sharing_a_plural_tail

    doc, spans = doc_with("The Sinaloa and Gulf cartels and the Jalisco New Generation cartels fought.", [])
    names_sharing_a_plural_tail(doc, spans, gazetteer)
    assert {(doc[c.start : c.end].text, c.canonical) for c in spans} == {
        ("Sinaloa", "Sinaloa Cartel"),
        ("Gulf", "Gulf Cartel"),
        ("Jalisco New Generation", "Jalisco New Generation Cartel"),
    }


def test_an_unqualified_army_is_named_as_the_article_country_s_forces(gazetteer):
    from workbench.core.rules.organisations import the_countrys_forces

    doc, spans = doc_with(
        "Kenyan officials in Kenya said the army and police moved; a rebel army and its army fled.",
        [("Kenyan", "NORP"), ("Kenya#2", "GPE")],
    )
    the_countrys_forces(doc, spans, gazetteer)
    named = {(doc[c.start : c.end].text, c.canonical) for c in spans if c.label == "ORG"}
    assert named == {("army", "Kenya Defence Forces"), ("police", "National Police Service (Kenya)")}


@pytest.mark.parametrize(
    "country, police",
    [
        ("Chad", "Chadian Police"),
        ("Seychelles", "Seychelles Police"),
    ],  # the lexicon's adjective, else the country's name
)
def test_the_police_of_a_country_the_lexicon_names_no_force_for_are_named_after_it(country, police, gazetteer):
    from workbench.core.rules.organisations import the_countrys_forces

    doc, spans = doc_with(f"Officials in {country} said the police moved.", [(country, "GPE")])
    the_countrys_forces(doc, spans, gazetteer)
    assert [c.canonical for c in spans if c.label == "ORG"] == [police]


@pytest.mark.parametrize(
    "text, names, police",
    [
        # a capital of one country names that country
        ("Talks in Lilongwe failed; in Lilongwe the police moved.", ["Lilongwe", "Lilongwe"], "Malawi Police Service"),
        # a province written with its unit noun names its country as its bare name does
        (
            "Talks in Nyeri County failed; in Nyeri County the police moved.",
            ["Nyeri County"] * 2,
            "National Police Service (Kenya)",
        ),
        # a country under a bearing is still that country
        ("Curfews held in southern Chad. In southern Chad the police moved.", ["southern Chad"] * 2, "Chadian Police"),
    ],
)
def test_the_country_an_article_is_about_is_read_from_its_places_too(text, names, police, gazetteer):
    from workbench.core.rules.organisations import the_countrys_forces

    doc, spans = doc_with(text, [(name, "GPE") for name in names])
    the_countrys_forces(doc, spans, gazetteer)
    assert [c.canonical for c in spans if c.label == "ORG"] == [police]


def test_a_country_named_once_after_the_lede_and_no_other_is_the_story_s(gazetteer):
    from workbench.core.rules.organisations import the_countrys_forces

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Riots broke out on Monday. In Sierra Leone the police moved.")
    spans = [Candidate(7, 9, "GPE")]
    assert doc[7:9].text == "Sierra Leone"
    the_countrys_forces(doc, spans, gazetteer)
    assert [c.canonical for c in spans if c.label == "ORG"] == ["Sierra Leone Police"]


def test_a_province_in_the_lede_counts_once_and_the_country_named_twice_outweighs_it(gazetteer):
    from workbench.core.rules.organisations import the_countrys_forces

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = "Unrest spread to Sindh on Monday. Shops shut in Afghanistan and the police moved in Afghanistan."
    doc = nlp(text)
    spans = [Candidate(s.start, s.end, "GPE") for s in (doc.char_span(text.index("Sindh"), text.index("Sindh") + 5),)]
    spans += [Candidate(t.i, t.i + 1, "GPE") for t in doc if t.text == "Afghanistan"]
    the_countrys_forces(doc, spans, gazetteer)
    assert [c.canonical for c in spans if c.label == "ORG"] == ["Afghan National Police"]


@pytest.mark.parametrize(
    "text, names, police",
    [
        # a local paper names no country: its towns, each of one country only, say where it is
        ("Riots broke out in Kitwe on Monday. In Ndola the police moved.", ["Kitwe", "Ndola"], "Zambia Police Service"),
        # one such town is enough when nothing points elsewhere (a hamlet of the same name abroad is no rival)
        ("Riots broke out on Monday. In Ndola the police moved.", ["Ndola"], "Zambia Police Service"),
        # a district written with its unit noun counts as its bare name does
        ("Riots broke out on Monday. In Kitwe District the police moved.", ["Kitwe District"], "Zambia Police Service"),
    ],
)
def test_a_local_paper_s_towns_say_whose_police_they_are(text, names, police, gazetteer):
    from workbench.core.rules.organisations import the_countrys_forces

    doc, spans = doc_with(text, [(name, "GPE") for name in names])
    the_countrys_forces(doc, spans, gazetteer)
    assert [c.canonical for c in spans if c.label == "ORG"] == [police]


def test_towns_of_one_country_outweigh_a_country_named_once_after_the_lede(gazetteer):
    """'the U.S. embassy urged calm' in a local paper's report: the towns say where the story is."""
    from workbench.core.rules.organisations import the_countrys_forces

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = "Riots broke out in Kitwe on Monday. In Ndola the police moved. The U.S. embassy urged calm."
    doc = nlp(text)
    spans = []
    for name in ("Kitwe", "Ndola", "U.S."):
        span = doc.char_span(text.index(name), text.index(name) + len(name))
        spans.append(Candidate(span.start, span.end, "GPE"))
    the_countrys_forces(doc, spans, gazetteer)
    assert [c.canonical for c in spans if c.label == "ORG"] == ["Zambia Police Service"]


@pytest.mark.parametrize(
    "text, names, police",
    [
        # towns of two countries and no country named: the story's country is not known
        ("Riots broke out in Kitwe on Monday. In Mzuzu the police moved.", ["Kitwe", "Mzuzu"], []),
        # a hamlet's name says little: many countries have one (Cavtat, a Croatian village of 2,000)
        ("Riots broke out in Cavtat on Monday. In Cavtat Village the police moved.", ["Cavtat", "Cavtat Village"], []),
        # a country named by its name in the lede outweighs a town: its police are not the town's country's
        (
            "In Malawi the police moved after talks in Kitwe failed.",
            ["Malawi", "Kitwe"],
            ["Malawi Police Service"],
        ),
    ],
)
def test_towns_name_no_country_beside_another_country_or_a_named_one(text, names, police, gazetteer):
    from workbench.core.rules.organisations import the_countrys_forces

    doc, spans = doc_with(text, [(name, "GPE") for name in names])
    the_countrys_forces(doc, spans, gazetteer)
    assert [c.canonical for c in spans if c.label == "ORG"] == police


@pytest.mark.parametrize(
    "text, names, police",
    [
        # India's police are its states': the one state the story names
        (
            "Riots hit Lucknow in Uttar Pradesh. India sent aid; the police moved.",
            ["Lucknow", "Uttar Pradesh", "India"],
            "Uttar Pradesh Police",
        ),
        # two states named: no one state's police
        (
            "Riots hit Uttar Pradesh and Bihar. India sent aid; the police moved.",
            ["Uttar Pradesh", "Bihar", "India"],
            "Indian Police",
        ),
        # a country with one national force keeps it, whatever province is named
        (
            "Riots hit Nyeri County. Kenya sent aid; the police moved.",
            ["Nyeri County", "Kenya"],
            "National Police Service (Kenya)",
        ),
    ],
)
def test_the_police_of_a_country_of_provincial_forces_are_the_named_province_s(text, names, police, gazetteer):
    from workbench.core.rules.organisations import the_countrys_forces

    doc, spans = doc_with(text, [(name, "GPE") for name in names])
    the_countrys_forces(doc, spans, gazetteer)
    assert [c.canonical for c in spans if c.label == "ORG"] == [police]


def test_a_junta_s_soldiers_are_the_country_s_armed_forces_under_both_their_names(gazetteer):
    from workbench.core.rules.organisations import the_countrys_forces

    doc, spans = doc_with(
        "In Myanmar the junta soldiers burned villages. Myanmar said so.", [("Myanmar", "GPE"), ("Myanmar#2", "GPE")]
    )
    the_countrys_forces(doc, spans, gazetteer)
    assert [(doc[c.start : c.end].text, c.canonical) for c in spans if c.label == "ORG"] == [
        ("junta soldiers", "Myanmar Armed Forces (Tatmadaw)")
    ]


def test_a_longer_name_ending_in_its_own_organisation_word_is_another_body_than_the_known_one_inside(gazetteer):
    from workbench.core.rules.organisations import organisation_names

    doc, spans = doc_with(
        "The Lakeland Red Cross Society and the Lakeside Regional Security Council met the Red Cross.",
        [("Red Cross", "ORG"), ("Security Council", "ORG"), ("Red Cross#2", "ORG")],
    )
    for c in spans:  # as the organisation list reads them
        c.canonical = (
            "UN Security Council" if doc[c.start].text == "Security" else "International Committee of the Red Cross"
        )
    organisation_names(doc, spans, gazetteer)
    assert sorted((doc[c.start : c.end].text, c.canonical) for c in spans) == [
        ("Lakeland Red Cross Society", ""),
        ("Lakeside Regional Security Council", ""),
        ("Red Cross", "International Committee of the Red Cross"),  # the known body itself
    ]


def test_a_coast_guard_is_named_as_its_country_s_force(gazetteer):
    from workbench.core.rules.organisations import national_forces_named, the_countrys_forces

    doc, spans = doc_with(
        "Greek coast guard boats met the Libyan coastguard. In Tunisia the coast guard said Tunisia would act.",
        [("Greek", "NORP"), ("Libyan", "NORP"), ("Tunisia", "GPE"), ("Tunisia#2", "GPE")],
    )
    national_forces_named(doc, spans, gazetteer)
    the_countrys_forces(doc, spans, gazetteer)
    assert [(doc[c.start : c.end].text, c.canonical) for c in spans if c.label == "ORG"] == [
        ("Greek coast guard", "Hellenic Coast Guard"),
        ("Libyan coastguard", "Libyan Coast Guard"),
        ("coast guard", "Tunisian Coast Guard"),
    ]


def test_a_body_named_by_generic_words_is_the_story_country_s(gazetteer):
    from workbench.core.rules.organisations import national_bodies_of_the_story_country

    doc, spans = doc_with(
        "In Kyrgyzstan the State Customs Service and the Supreme Court met; the Supreme Court of Appeal, the "
        "Security Council and the Osh City Court did not. Kyrgyzstan said so.",
        [
            ("Kyrgyzstan", "GPE"),
            ("State Customs Service", "ORG"),
            ("Supreme Court", "ORG"),
            ("Supreme Court#2", "ORG"),
            ("Security Council", "ORG"),
            ("Osh City Court", "ORG"),
            ("Kyrgyzstan#2", "GPE"),
        ],
    )
    national_bodies_of_the_story_country(doc, spans, gazetteer)
    named = [(doc[c.start : c.end].text, c.canonical) for c in spans if c.label == "ORG"]
    assert named == [
        ("State Customs Service", "State Customs Service of Kyrgyzstan"),
        ("Supreme Court", "Supreme Court of Kyrgyzstan"),
        ("Supreme Court", ""),  # 'of Appeal' names it in full
        ("Security Council", ""),  # the United Nations' wherever the story is
        ("Osh City Court", ""),  # a proper name in it
    ]


def test_a_province_named_once_says_no_country_for_the_police(gazetteer):
    from workbench.core.rules.organisations import the_countrys_forces

    doc, spans = doc_with("Riots broke out on Monday. In Zambezi the police moved.", [("Zambezi", "GPE")])
    the_countrys_forces(doc, spans, gazetteer)
    assert [c for c in spans if c.label == "ORG"] == []  # a province of Namibia's name, in Zambia too


def test_a_province_s_police_take_the_title_its_country_gives_them(gazetteer):
    from workbench.core.rules.organisations import provincial_institutions

    doc, spans = doc_with("The Songkhla police and the Sindh police met.", [("Songkhla", "GPE"), ("Sindh", "GPE")])
    provincial_institutions(doc, spans, gazetteer)
    named = [c.canonical for c in sorted(spans, key=lambda c: c.start) if c.label == "ORG"]
    assert named == ["Songkhla Provincial Police", "Sindh Police"]


def test_a_country_s_police_go_by_their_own_title(gazetteer):
    from workbench.core.rules.organisations import national_forces_named

    doc, spans = doc_with("Macedonian police and Greek police met.", [("Macedonian", "NORP"), ("Greek", "NORP")])
    national_forces_named(doc, spans, gazetteer)
    named = [c.canonical for c in sorted(spans, key=lambda c: c.start) if c.label == "ORG"]
    assert named == ["Police of North Macedonia", "Hellenic Police"]


def test_a_ministry_named_by_its_portfolio_takes_its_official_name_and_country(gazetteer):
    from workbench.core.rules.organisations import ministries_by_portfolio

    doc, spans = doc_with(
        "The Georgian Defence Ministry denied it. Somalia's foreign affairs ministry agreed. In Kenya, "
        "Kenyan officials said the Interior Ministry would act.",
        [("Georgian", "NORP"), ("Somalia", "GPE"), ("Kenya#1", "GPE"), ("Kenyan", "NORP")],
    )
    ministries_by_portfolio(doc, spans, gazetteer)
    named = {(doc[c.start : c.end].text, c.canonical) for c in spans if c.label == "ORG"}
    assert ("Somalia", "GPE") in labelled(doc, spans)  # "Somalia's ministry": the country stays a place
    assert named == {
        ("Georgian Defence Ministry", "Ministry of Defence (Georgia)"),
        ("foreign affairs ministry", "Ministry of Foreign Affairs (Somalia)"),
        ("Interior Ministry", "Ministry of Interior (Kenya)"),
    }


def test_a_well_known_person_takes_one_name_whatever_the_spelling(gazetteer):
    from workbench.core.rules.names import well_known_people_named

    doc, spans = doc_with(
        "Volodymyr Zelenskiy met Qaddafi's son. Hafez al-Assad and Bashar Assad, Goita and Ali Khan spoke. "
        "Amina Ahmed and Salva Kiir met.",
        [
            ("Volodymyr Zelenskiy", "PERSON"),
            ("Qaddafi", "PERSON"),
            ("Hafez al-Assad", "PERSON"),
            ("Bashar Assad", "PERSON"),
            ("Goita", "PERSON"),
            ("Ali Khan", "PERSON"),
            ("Amina Ahmed", "PERSON"),
            ("Salva Kiir", "PERSON"),
        ],
    )
    well_known_people_named(doc, spans, gazetteer)
    named = {doc[c.start : c.end].text: c.canonical for c in spans}
    assert named == {
        "Volodymyr Zelenskiy": "Volodymyr Zelenskyy",
        "Qaddafi": "Muammar Gaddafi",
        "Hafez al-Assad": "",
        "Bashar Assad": "Bashar al-Assad",
        "Goita": "Assimi Goïta",
        "Ali Khan": "",
        "Amina Ahmed": "",  # a title's common last word ('Abiy Ahmed') names no one unless listed
        "Salva Kiir": "Salva Kiir Mayardit",
    }


def test_a_well_known_person_written_short_takes_the_full_title_and_a_relative_keeps_their_own(gazetteer):
    from workbench.core.rules.names import well_known_people_named

    doc, spans = doc_with(
        "Ali Bongo and Omar Bongo, Kim Jong-un and Lula spoke.",
        [("Ali Bongo", "PERSON"), ("Omar Bongo", "PERSON"), ("Kim Jong-un", "PERSON"), ("Lula", "PERSON")],
    )
    well_known_people_named(doc, spans, gazetteer)
    assert {doc[c.start : c.end].text: c.canonical for c in spans} == {
        "Ali Bongo": "Ali Bongo Ondimba",
        "Omar Bongo": "",  # two words listed: 'Bongo' alone names no one
        "Kim Jong-un": "Kim Jong Un",
        "Lula": "Luiz Inácio Lula da Silva",
    }


def test_demonyms_of_more_countries_name_their_forces_and_peoples_are_no_places(gazetteer):
    from workbench.core.rules.organisations import national_forces_named
    from workbench.core.rules.places import peoples_are_not_places

    doc, spans = doc_with(
        "Philippine troops and the Thai army met Burkinabe police. Sahrawi refugees fled. Comorian boats sank.",
        [("Philippine", "NORP"), ("Thai", "NORP"), ("Burkinabe", "NORP"), ("Sahrawi", "GPE"), ("Comorian", "GPE")],
    )
    national_forces_named(doc, spans, gazetteer)
    peoples_are_not_places(doc, spans, gazetteer)
    named = {doc[c.start : c.end].text: (c.label, c.canonical) for c in spans}
    assert named["Philippine troops"] == ("ORG", "Armed Forces of the Philippines")
    assert named["Thai army"] == ("ORG", "Royal Thai Army")  # reporting means the branch
    assert named["Burkinabe police"][0] == "ORG"
    assert named["Sahrawi"][0] == "NORP"
    assert named["Comorian"][0] == "NORP"


def test_a_name_known_by_its_canonical_name_votes_for_its_other_mentions(gazetteer):
    """A well-known person's mentions carry a canonical name and keep their label; they still vote, so a
    mention of the same name the model read as a place becomes the person too."""
    doc, spans = doc_with(
        "Zorbek spoke in the capital. Zorbek left at noon. Later Zorbek said more.",
        [("Zorbek#1", "PERSON"), ("Zorbek#2", "PERSON"), ("Zorbek#3", "GPE")],
    )
    for c in spans[:2]:
        c.canonical = "Arman Zorbek"
    consistency.one_label_per_name(doc, spans, gazetteer)
    assert [c.label for c in spans] == ["PERSON", "PERSON", "PERSON"]
    assert [c.canonical for c in spans[:2]] == ["Arman Zorbek", "Arman Zorbek"]


def test_a_province_s_police_and_cabinet_are_named_after_it_and_a_town_s_are_not(gazetteer):
    doc, spans = doc_with(
        "The Kwara police and the Kwara cabinet met. Offa police came.",
        [("Kwara", "GPE"), ("Kwara#2", "GPE"), ("Offa", "GPE")],
    )
    organisations.provincial_institutions(doc, spans, gazetteer)
    named = sorted((doc[c.start].idx, c.canonical) for c in spans if c.label == "ORG")
    assert [name for _, name in named] == ["Kwara State Police Command", "Kwara Cabinet"]


def test_a_people_s_name_before_a_settlement_word_or_a_lower_case_state_stays_an_adjective(gazetteer):
    text = "Troops entered Samburu County, a Samburu village, and defied the Samburu state."
    doc, spans = doc_with(text, [])
    places.place_cue_words(doc, spans, gazetteer)
    assert [doc[c.start].idx for c in spans if c.label in ("GPE", "LOC")] == [text.index("Samburu")]


def test_a_surname_alone_is_the_person_named_in_full_though_a_town_bears_it(gazetteer):
    doc, spans = doc_with(
        "A companion, Joseph Kasama, died. Kasama was a farmer.", [("Joseph Kasama", "PERSON"), ("Kasama#2", "FAC")]
    )
    consistency.one_label_per_name(doc, spans, gazetteer)
    assert labelled(doc, spans) == {("Joseph Kasama", "PERSON"), ("Kasama", "PERSON")}


def test_a_nickname_inside_a_well_known_person_s_name_gives_the_person_s_title(gazetteer):
    doc, spans = doc_with("Rebels loyal to Salva “General” Kiir crossed the river.", [("Salva", "PERSON")])
    names.nicknames_inside_names(doc, spans, gazetteer)
    assert [(doc[c.start : c.end].text, c.canonical) for c in spans] == [
        ("Salva “General” Kiir", "Salva Kiir Mayardit")
    ]


@pytest.mark.parametrize(
    "text, marked, places",
    [
        # a town of the story's one country read as a person is the town
        (
            "Floods hit Nepal on Monday. In Nepal the office at Dhulikhel was submerged.",
            [("Nepal", "GPE"), ("Nepal#2", "GPE"), ("Dhulikhel", "PERSON")],
            {"Nepal", "Dhulikhel"},
        ),
        # and one the model did not read at all
        (
            "Floods hit Nepal on Monday. In Nepal the office at Dhulikhel was submerged.",
            [("Nepal", "GPE"), ("Nepal#2", "GPE")],
            {"Nepal", "Dhulikhel"},
        ),
        # the one who speaks is a person, whatever town bears the name
        (
            "Floods hit Nepal on Monday. In Nepal, Dhulikhel said the office was submerged.",
            [("Nepal", "GPE"), ("Nepal#2", "GPE"), ("Dhulikhel", "PERSON")],
            {"Nepal"},
        ),
        # a town of another country is no town of this story
        (
            "Floods hit Nepal on Monday. In Nepal the office at Kitwe was submerged.",
            [("Nepal", "GPE"), ("Nepal#2", "GPE"), ("Kitwe", "PERSON")],
            {"Nepal"},
        ),
        # nor is a given name that a town bears too
        (
            "Floods hit Nepal on Monday. In Nepal the office of Nawal was submerged.",
            [("Nepal", "GPE"), ("Nepal#2", "GPE"), ("Nawal", "PERSON")],
            {"Nepal"},
        ),
        # a town read as an organisation where a place stands ('in X', 'from X') is the town
        (
            "Floods hit Nepal on Monday. In Nepal the roads in Dhulikhel were cut.",
            [("Nepal", "GPE"), ("Nepal#2", "GPE"), ("Dhulikhel", "ORG")],
            {"Nepal", "Dhulikhel"},
        ),
        # nor where 'from' puts it
        (
            "Floods hit Nepal on Monday. In Nepal people fled from Dhulikhel.",
            [("Nepal", "GPE"), ("Nepal#2", "GPE"), ("Dhulikhel", "ORG")],
            {"Nepal", "Dhulikhel"},
        ),
        # a name after a title is the person's
        (
            "Floods hit Nepal on Monday. In Nepal, Governor Dhulikhel spoke.",
            [("Nepal", "GPE"), ("Nepal#2", "GPE"), ("Dhulikhel", "PERSON")],
            {"Nepal"},
        ),
        # an unread name turned down whole (it holds a given name) is not tried again word by word
        (
            "Floods hit Nepal on Monday. In Nepal the teacher Sita Kumari Dhulikhel was hurt.",
            [("Nepal", "GPE"), ("Nepal#2", "GPE")],
            {"Nepal"},
        ),
        # not one that opens a longer name or stands before a noun
        (
            "Floods hit Nepal on Monday. In Nepal the Dhulikhel division met.",
            [("Nepal", "GPE"), ("Nepal#2", "GPE"), ("Dhulikhel", "ORG")],
            {"Nepal"},
        ),
    ],
)
def test_towns_of_the_story_s_country_read_as_people_or_not_read_are_places(text, marked, places, gazetteer):
    from workbench.core.rules.places import towns_of_the_story_country

    doc, spans = doc_with(text, marked)
    towns_of_the_story_country(doc, spans, gazetteer)
    assert {doc[c.start : c.end].text for c in spans if c.label == "GPE"} == places


@pytest.mark.parametrize(
    "text, town, force",
    [
        ("The Palapye police said two men were held.", "Palapye", ["Botswana Police Service"]),
        # Pakistan's police are its provinces': a town's police name no national force
        ("The Chakwal police said two men were held.", "Chakwal", []),
        # a name towns of several countries bear says no country
        ("The Mbale police said two men were held.", "Mbale", []),
    ],
)
def test_a_town_s_police_are_its_country_s_police(text, town, force, gazetteer):
    doc, spans = doc_with(text, [(town, "GPE")])
    organisations.provincial_institutions(doc, spans, gazetteer)
    assert [c.canonical for c in spans if c.label == "ORG"] == force


def test_a_news_agency_cited_by_its_initials_is_the_known_agency(gazetteer):
    doc, spans = doc_with("Two men died, the PTI news agency reported. Delhi said PTI had it wrong.", [("PTI", "ORG")])
    organisations.outlets_named_as_sources(doc, spans, gazetteer)
    assert [(doc[c.start : c.end].text, c.canonical) for c in spans] == [("PTI", "Press Trust of India")]


def test_a_country_s_embassy_is_no_sign_the_story_is_in_that_country(gazetteer):
    from workbench.core.rules.story import article_country

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = "The U.S. Embassy urged calm. The U.S. Embassy said so. Riots hit Ndola, in Zambia."
    doc = nlp(text)
    spans = [Candidate(1, 3, "ORG"), Candidate(7, 9, "ORG")]
    assert doc[1:3].text == "U.S. Embassy" and doc[7:9].text == "U.S. Embassy"
    spans += [Candidate(t.i, t.i + 1, "GPE") for t in doc if t.text in ("Ndola", "Zambia")]
    assert article_country(doc, spans, gazetteer) == "ZM"


@pytest.mark.parametrize(
    "text, marked, government",
    [
        # the federal government of a story told in one country is that country's
        ("Zambia said so. In Zambia, the federal government paid.", [], ["Government of Zambia"]),
        # a leader's government may be another country's: it is not read as the story's
        (
            "Zambia said so. In Zambia, Hakainde Lungu's government paid.",
            [("Hakainde Lungu", "PERSON")],
            [],
        ),
        # a qualifier with no 'the' before it is another kind of government
        ("Zambia said so. In Zambia, a federal government paid.", [], []),
        # a transitional government is another body
        ("Zambia said so. In Zambia, a transitional government paid.", [], []),
    ],
)
def test_a_country_s_own_government_by_its_qualifier_or_its_leader(text, marked, government, gazetteer):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    spans = [Candidate(t.i, t.i + 1, "GPE") for t in doc if t.text == "Zambia"]
    for name, label in marked:
        span = doc.char_span(text.index(name), text.index(name) + len(name))
        spans.append(Candidate(span.start, span.end, label))
    organisations.national_institutions(doc, spans, gazetteer)
    assert [c.canonical for c in spans if c.label == "ORG"] == government


@pytest.mark.parametrize(
    "text",
    ["Police said John Mensah (²) died in Accra.", "His daughter, Kirkuk, ³, died.", "On ² March, Sumi, ², was hurt."],
)
def test_digits_int_refuses_are_no_ages_and_no_days(text, gazetteer):
    """'²' counts as a digit to spaCy and to str.isdigit(), but int() refuses it: no rule may raise on it."""
    doc, spans = doc_with(text, [])
    spans = [Candidate(t.i, t.i + 1, "PERSON") for t in doc if t.text in ("Mensah", "Kirkuk", "Sumi")]
    apply_rules(doc, spans, gazetteer)


def test_a_name_read_as_a_place_elsewhere_is_that_place_where_the_model_missed_it(gazetteer):
    doc, spans = doc_with("Floods hit Uvo and Lakeside. In Uvo district, bridges fell.", [("Uvo", "GPE")])
    places.unread_places(doc, spans, gazetteer)
    assert sorted(c.start for c in spans if c.label == "GPE" and doc[c.start : c.end].text == "Uvo") == [2, 7]


def test_a_country_s_people_s_force_keeps_the_country_and_names_the_force_in_full(gazetteer):
    doc, spans = doc_with(
        "Troops of the Kenya People's Defence Force came.", [("Kenya", "GPE"), ("People's Defence Force", "ORG")]
    )
    organisations.peoples_bodies_of_a_place(doc, spans, gazetteer)
    force = next(c for c in spans if c.label == "ORG")
    assert force.canonical == "Kenya People's Defence Force"
    assert ("Kenya", "GPE") in labelled(doc, spans)


def test_a_news_site_by_its_web_address_is_the_outlet_by_its_name(gazetteer):
    doc, spans = doc_with("He told Lakeside.com on Monday, and Hill.net later.", [("Hill.net", "ORG")])
    organisations.outlets_named_as_sources(doc, spans, gazetteer)
    named = sorted((doc[c.start : c.end].text, c.canonical) for c in spans)
    assert named == [("Hill.net", "Hill"), ("Lakeside.com", "Lakeside")]
