"""Entity colours, one per label: displaCy's palette, the convention analysts know."""

LABEL_COLOURS = {
    "PERSON": "#aa9cfc",
    "NORP": "#c887fb",
    "ORG": "#7aecec",
    "GPE": "#feca74",
    "LOC": "#ff9561",
    "FAC": "#9cc9cc",
    "EVENT": "#ffeb80",
    "PRODUCT": "#bfeeb7",
    "WORK_OF_ART": "#f0d0ff",
    "LAW": "#ff8197",
    "DATE": "#bfe1d9",
    "TIME": "#bfe1d9",
}
LABEL_NAMES = {
    "PERSON": "Person",
    "NORP": "Group / nationality",
    "ORG": "Organisation",
    "GPE": "Place (country, city)",
    "LOC": "Place (region, sea)",
    "FAC": "Facility",
    "EVENT": "Event",
    "PRODUCT": "Product",
    "WORK_OF_ART": "Work",
    "LAW": "Law",
    "DATE": "Date",
    "TIME": "Time",
}
HIGHLIGHT_COLOURS = {"Yellow": "#fde047", "Green": "#86efac", "Pink": "#f9a8d4", "Blue": "#93c5fd"}


def colour_of(label: str) -> str:
    return LABEL_COLOURS.get(label, "#dddddd")
