"""Jobs that combine the core's parts: analyse a text, import files into the store, re-analyse an article.

Long jobs are generators that yield progress and stop when asked to (`cancel()` returning True), so the
command line and the desktop window drive the very same code.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

import numpy as np

from . import dedup
from .analysis_process import AnalysisStopped
from .dates import resolve_events
from .gazetteer import Gazetteer, open_gazetteer
from .ingest import IngestError, expand_paths, read_article_noting
from .language import detect_language, is_analysed
from .lexicon import country_of_demonym
from .models import Analysis, ArticleDraft, Correction, Mention, Place, RuleStep
from .nlp import EntityReader, Reading, group_entities
from .places import PlaceWeights, country_focus, resolve_places
from .rules import FRENCH_LABELS, FRENCH_RULES
from .settings import french_model_name, import_workers, model_name
from .store import DuplicateArticle, Store

# What a text in a language no model here reads gets: nothing but the analyst's own corrections.
UNREAD = Reading(mentions=(), sentences=())


class Engine:
    """The article engine: spaCy, the gazetteer and the date rules behind one `analyze` call.

    Each text's language is detected first: English goes to the English model, French to the French one
    (loaded when the first French article arrives), any other language gets no entities at all. The
    models and the gazetteer load on first use (or ahead of time with `warm_up`), once per process.
    """

    def __init__(
        self, gazetteer: Gazetteer | None = None, nlp=None, model: str | None = None, french_model: str | None = None
    ):
        self._gazetteer = gazetteer
        self._nlp = nlp
        self.model = model or model_name()
        self.french_model = french_model or french_model_name()
        self._reader: EntityReader | None = None
        self._french_reader: EntityReader | None = None
        self._lock = threading.Lock()

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = open_gazetteer()
        return self._gazetteer

    @property
    def reader(self) -> EntityReader:
        with self._lock:
            if self._reader is None:
                from .nlp import load_pipeline

                nlp = self._nlp if self._nlp is not None else load_pipeline(self.model)
                self._reader = EntityReader(self.gazetteer, nlp)
            return self._reader

    @property
    def french_reader(self) -> EntityReader:
        with self._lock:
            if self._french_reader is None:
                from .nlp import load_pipeline

                self._french_reader = EntityReader(
                    self.gazetteer, load_pipeline(self.french_model), rules=FRENCH_RULES, labels=FRENCH_LABELS
                )
            return self._french_reader

    def reader_for(self, language: str) -> EntityReader | None:
        """The reader of that language ('' is read as English), or None for a language no model here reads."""
        if language == "fr":
            return self.french_reader
        return self.reader if is_analysed(language) else None

    def warm_up(self) -> None:
        self.reader.read("Warm-up in Baghdad on Monday.")
        detect_language("Warm-up: the language detector loads its models on first use, as the model does.")

    def analyze(self, text: str, published: date | None = None, corrections: Iterable[Correction] = ()) -> Analysis:
        language = detect_language(text)
        reader = self.reader_for(language)
        reading = reader.read(text) if reader is not None else UNREAD
        return self.analysis_of(text, reading, published, corrections, language=language)

    def analyze_many(self, items: Iterable[tuple[str, date | None]]) -> Iterator[Analysis | Exception]:
        """Analyses in input order (spaCy reads the texts of each language in batches); a text whose analysis
        raised gets its exception in its place, and every other text its own analysis all the same."""
        items = list(items)
        languages = [detect_language(text) for text, _ in items]
        readings: dict[int, Reading | Exception] = {}
        for reader_language in ("en", "fr"):
            chosen = [i for i, language in enumerate(languages) if (language or "en") == reader_language]
            if chosen:
                reader = self.reader_for(reader_language)
                readings.update(zip(chosen, reader.read_many(items[i][0] for i in chosen)))
        for i, ((text, published), language) in enumerate(zip(items, languages)):
            reading = readings.get(i, UNREAD)
            yield (
                reading
                if isinstance(reading, Exception)
                else self._analysis_or_error(text, reading, published, language)
            )

    def _analysis_or_error(
        self, text: str, reading: Reading, published: date | None, language: str
    ) -> Analysis | Exception:
        try:
            return self.analysis_of(text, reading, published, language=language)
        except Exception as exc:  # noqa: BLE001 -- this text's failure, reported for it alone
            return exc

    def prepared(
        self, files: list, library: str, known: Callable[[str], int | None], workers: int, batch_size: int = 32
    ) -> Iterator[PreparedFile]:
        """An import's files read and analysed (`known` says which texts the library holds), one PreparedFile
        each, in order: by `workers` processes for a folder, here for a few files."""
        if workers > 1 and len(files) >= MIN_FILES_FOR_WORKERS:
            from .import_pool import prepared_by_workers

            return prepared_by_workers(self, files, library, workers)
        return (
            p for i in range(0, len(files), batch_size) for p in prepare_files(self, files[i : i + batch_size], known)
        )

    def analysis_of(
        self,
        text: str,
        reading: Reading,
        published: date | None,
        corrections: Iterable[Correction] = (),
        place_weights: PlaceWeights | None = None,
        language: str = "en",
    ) -> Analysis:
        corrections = list(corrections)
        mentions = apply_mention_corrections(text, reading.mentions, corrections)
        gaz = self.gazetteer
        focus = country_focus(
            mentions,
            lambda word: country_of_demonym(word, gaz),
            lambda name: next((e.cc for e in gaz.lookup(name) if e.kind == "country" and e.match == "exact"), None),
        )
        places = resolve_places(text, mentions, reading.sentences, gaz, focus, place_weights)
        places, mentions, steps = _surnames_no_place_fits(places, mentions, corrections)
        places = apply_location_corrections(places, corrections, gaz)
        mentions = _mentions_named_by_places(mentions, places)
        events = resolve_events(text, mentions, reading.sentences, published, language)
        entities = group_entities(text, mentions)
        return Analysis(
            entities=entities,
            places=places,
            events=events,
            sentences=reading.sentences,
            trace=reading.trace + steps,
            language=language,
        )


def _surnames_no_place_fits(
    places: tuple[Place, ...], mentions: list[Mention], corrections: list[Correction]
) -> tuple[tuple[Place, ...], list[Mention], tuple[RuleStep, ...]]:
    """A name read as a place that no gazetteer entry fits, ending a person's name in the article, is that person.

    'Amina Tanggol ... Tanggol said'; an analyst's own label on the span stands."""
    tails = {
        " ".join(m.text.split()[k:]) for m in mentions if m.label == "PERSON" for k in range(1, len(m.text.split()))
    }
    corrected = {(c.start, c.end) for c in corrections}
    people = [
        p
        for p in places
        if p.gazetteer_id is None
        and p.mentions
        and all(s.text in tails and (s.start, s.end) not in corrected for s in p.mentions)
    ]
    if not people:
        return places, mentions, ()
    spans = {(s.start, s.end) for p in people for s in p.mentions}
    why = (_surnames_no_place_fits.__doc__ or "").split("\n")[0].strip()
    steps = tuple(
        RuleStep("surnames_no_place_fits", "relabelled", m.text, m.start, m.end, "PERSON", m.label, why)
        for m in mentions
        if (m.start, m.end) in spans
    )
    mentions = [Mention(m.start, m.end, m.text, "PERSON", "") if (m.start, m.end) in spans else m for m in mentions]
    return tuple(p for p in places if p not in people), mentions, steps


def _mentions_named_by_places(mentions: Iterable[Mention], places: Iterable[Place]) -> list[Mention]:
    """Place mentions take their place's name as canonical, and its span ('northern Syria' for 'Syria')."""
    spans = [(s, p.name) for p in places for s in p.mentions]
    out = []
    for m in mentions:
        if m.label in ("GPE", "LOC", "FAC"):
            hit = next(((s, name) for s, name in spans if s.start <= m.start and m.end <= s.end), None)
            if hit:
                s, name = hit
                m = Mention(s.start, s.end, s.text, m.label, name)
        out.append(m)
    return out


# ----------------------------------------------------------------------------- corrections
def apply_mention_corrections(
    text: str, mentions: Iterable[Mention], corrections: Iterable[Correction]
) -> list[Mention]:
    """The analyst's label changes, removals, merges and additions, applied over the machine's mentions."""
    by_span = {(m.start, m.end): m for m in mentions}
    for c in corrections:
        key = (c.start, c.end)
        current = by_span.get(key)
        if c.kind == "remove":
            by_span.pop(key, None)
        elif c.kind in ("label", "add"):
            label = c.payload.get("label", "GPE")
            for other in [k for k in by_span if k != key and k[0] < c.end and c.start < k[1]]:
                by_span.pop(other)
            by_span[key] = Mention(
                c.start,
                c.end,
                text[c.start : c.end],
                label,
                current.canonical if current and label == current.label else "",
            )
        elif c.kind == "merge" and current is not None:
            old = current.canonical or current.text
            target = c.payload.get("canonical", old)
            for k, m in list(by_span.items()):
                if (m.canonical or m.text) == old and m.label == current.label:
                    by_span[k] = dataclasses.replace(m, canonical=target)
    return sorted(by_span.values(), key=lambda m: (m.start, m.end))


def apply_location_corrections(
    places: tuple[Place, ...], corrections: Iterable[Correction], gazetteer: Gazetteer
) -> tuple[Place, ...]:
    """'Set location…': the analyst's pick (a gazetteer entry or a point) replaces the machine's."""
    out = list(places)
    for c in corrections:
        if c.kind != "location":
            continue
        for i, p in enumerate(out):
            if not any(s.start < c.end and c.start < s.end for s in p.mentions):
                continue
            entry = gazetteer.entry(c.payload["gazetteer_id"]) if c.payload.get("gazetteer_id") else None
            if entry is not None:
                out[i] = dataclasses.replace(
                    p,
                    name=entry.name,
                    kind=entry.kind,
                    lat=entry.lat,
                    lon=entry.lon,
                    country=entry.country,
                    confidence=1.0,
                    gazetteer_id=entry.id,
                )
            elif "lat" in c.payload and "lon" in c.payload:
                out[i] = dataclasses.replace(
                    p,
                    name=c.payload.get("name", p.name),
                    kind=c.payload.get("kind", p.kind),
                    lat=float(c.payload["lat"]),
                    lon=float(c.payload["lon"]),
                    confidence=1.0,
                    gazetteer_id=None,
                )
    return tuple(out)


# ----------------------------------------------------------------------------- importing
@dataclass(frozen=True)
class IngestResult:
    """What happened to one file."""

    path: str
    status: str  # stored, duplicate, error, cancelled
    article_id: int | None = None
    title: str = ""
    reason: str = ""
    duplicate_of: int | None = None
    near_duplicate_of: int | None = None
    warnings: tuple[str, ...] = ()  # what reading the file had to mend ('3 undecodable bytes replaced')


@dataclass(frozen=True)
class IngestProgress:
    done: int
    total: int
    result: IngestResult


@dataclass(frozen=True, eq=False)
class PreparedFile:
    """One file read and analysed, ready for the library's writer; or why there is nothing to write.

    Made in a worker process or in the importing one alike, so it carries plain records only (a failure as
    its reason, not the exception, which may not survive the trip between processes).
    """

    path: str
    draft: ArticleDraft | None = None
    digest: str = ""
    warnings: tuple[str, ...] = ()
    analysis: Analysis | None = None
    signature: np.ndarray | None = None  # MinHash of the text
    failure: str = ""
    duplicate_of: int | None = None  # the stored article with this text, known before analysing it
    twin_earlier: bool = False  # an earlier file of the same batch has this text


# An import smaller than this is analysed in the importing process: starting the workers would cost more.
MIN_FILES_FOR_WORKERS = 8


def ingest_paths(
    store: Store,
    engine: Engine,
    paths: Iterable[str],
    cancel: Callable[[], bool] = lambda: False,
    batch_size: int = 32,
    workers: int | None = None,
) -> Iterator[IngestProgress]:
    """Import files and folders: read, skip exact duplicates, analyse in batches, store each article whole.

    Yields one progress record per file, in order. A file that fails is reported and the batch goes on.
    `workers` processes (default: the import_workers setting) read and analyse the files (see
    `Engine.prepared`; a `RemoteEngine` has its child process do it); this process alone writes to the
    library, one transaction per article, in the files' order.
    """
    files = list(expand_paths(paths))
    workers = import_workers() if workers is None else workers
    prepared = engine.prepared(files, store.path, store.find_by_hash, workers, batch_size)
    yield from _written(store, engine.model, prepared, files, cancel)


def _written(
    store: Store, model: str, prepared: Iterator[PreparedFile], files: list, cancel: Callable[[], bool]
) -> Iterator[IngestProgress]:
    """Each prepared file written in turn; once cancelled, no later file is analysed or stored."""
    total = len(files)
    try:
        for done, _path in enumerate(files, 1):
            if cancel():
                for later, rest in enumerate(files[done - 1 :], done):
                    yield IngestProgress(later, total, IngestResult(str(rest), "cancelled", reason="cancelled"))
                return
            yield IngestProgress(done, total, write_prepared(store, next(prepared), model))
    finally:
        prepared.close()  # the workers stop at once when cancelled, or when the caller stops early


def prepare_files(engine: Engine, paths: list, known: Callable[[str], int | None]) -> Iterator[PreparedFile]:
    """Read a batch of files and analyse those the library does not hold yet (`known` says which it holds),
    yielding one PreparedFile per path, in order. The texts are read by spaCy together; each text's places
    and dates are resolved as its turn comes, so a caller that stops early spares the rest."""
    read: list[PreparedFile] = []
    seen: set[str] = set()
    for path in paths:
        try:
            draft, warnings = read_article_noting(path)
        except IngestError as exc:
            read.append(PreparedFile(str(path), failure=exc.reason))
            continue
        digest = dedup.content_hash(draft.text)
        item = PreparedFile(str(path), draft, digest, warnings, duplicate_of=known(digest), twin_earlier=digest in seen)
        seen.add(digest)
        read.append(item)
    to_analyse = [p for p in read if p.draft is not None and p.duplicate_of is None and not p.twin_earlier]
    analyses = engine.analyze_many((p.draft.text, p.draft.published) for p in to_analyse) if to_analyse else iter(())
    analysed_ids = {id(p) for p in to_analyse}
    for item in read:
        yield _analysed(item, next(analyses)) if id(item) in analysed_ids else item


def _analysed(item: PreparedFile, analysis: Analysis | Exception) -> PreparedFile:
    if isinstance(analysis, Exception):
        return dataclasses.replace(item, failure=f"could not be analysed ({_why(analysis)})")
    return dataclasses.replace(item, analysis=analysis, signature=dedup.minhash(item.draft.text))


def write_prepared(store: Store, item: PreparedFile, model: str) -> IngestResult:
    """Store one prepared file; its failure (reading, analysis or storage) is its own and the batch goes on."""
    draft = item.draft
    if item.failure:
        result = IngestResult(item.path, "error", title=draft.title if draft else "", reason=item.failure)
    elif item.duplicate_of is not None or item.twin_earlier:
        # an earlier twin of this batch is stored by now (when it could be)
        result = IngestResult(
            item.path, "duplicate", title=draft.title, duplicate_of=item.duplicate_of or store.find_by_hash(item.digest)
        )
    else:
        try:
            result = store_article(store, draft, item.analysis, item.digest, model, item.signature)
        except Exception as exc:  # noqa: BLE001 -- one article's failure must not stop the batch
            result = IngestResult(draft.path, "error", title=draft.title, reason=f"could not be stored ({_why(exc)})")
    return dataclasses.replace(result, path=item.path, warnings=item.warnings)


def _why(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__


def store_article(
    store: Store, draft: ArticleDraft, analysis: Analysis, digest: str, model: str, signature: np.ndarray | None = None
) -> IngestResult:
    """Store an analysed article, marking a near-duplicate; a text another process stored meanwhile is a duplicate."""
    signature = dedup.minhash(draft.text) if signature is None else signature
    bands = dedup.bands(signature)
    twin = None
    best = 0.0
    for other_id, other_sig in store.near_duplicate_candidates(bands):
        sim = dedup.similarity(signature, other_sig)
        if sim >= dedup.NEAR_DUPLICATE_JACCARD and sim > best:
            twin, best = other_id, sim
    try:
        article_id = store.add_article(
            draft, analysis, digest, signature.astype(np.uint64).tobytes(), bands, twin, model
        )
    except DuplicateArticle as exc:
        return IngestResult(draft.path, "duplicate", title=draft.title, duplicate_of=exc.article_id)
    return IngestResult(draft.path, "stored", article_id=article_id, title=draft.title, near_duplicate_of=twin)


def reanalyze(store: Store, engine: Engine, article_id: int) -> Analysis:
    """Analyse a stored article again (new model, new date), with the analyst's corrections re-applied."""
    draft = store.draft(article_id)
    if draft is None:
        raise KeyError(article_id)
    try:
        analysis = engine.analyze(draft.text, draft.published, store.corrections(article_id))
    except AnalysisStopped as exc:
        raise AnalysisStopped(f"“{draft.title or draft.path}” was not analysed again: {exc}") from exc
    store.replace_analysis(article_id, analysis, engine.model)
    return analysis


def set_published(store: Store, engine: Engine, article_id: int, published: date | None) -> Analysis:
    """Change an article's publication date; its relative dates are resolved again."""
    store.set_published(article_id, published)
    return reanalyze(store, engine, article_id)


def build_report(
    store: Store,
    article_ids: Iterable[int],
    title: str,
    what: str,
    sentences: int = 3,
    progress: Callable[[int, int], None] = lambda done, total: None,
):
    """A report (summary, highlights, notes, tags) of stored articles, for the exporters."""
    from datetime import datetime

    from .summary import Report, article_report

    article_ids = list(article_ids)
    articles = []
    for done, article_id in enumerate(article_ids, 1):
        progress(done, len(article_ids))
        stored = store.article(article_id)
        if stored is not None:
            articles.append(
                article_report(
                    article_id,
                    stored.draft,
                    stored.analysis,
                    stored.highlights,
                    store.notes(article_id),
                    stored.tags,
                    sentences,
                )
            )
    return Report(title=title, what=what, generated=datetime.now(), articles=tuple(articles))
