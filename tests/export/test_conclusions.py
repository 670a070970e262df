"""The report of a fully answered run of each bundled checklist states the right conclusions."""

from __future__ import annotations

from jamtui.core.answer_text import answer_words
from jamtui.core.model import NA_VALUE
from jamtui.export.markdown import render_markdown
from jamtui.export.service import build_context
from jamtui.storage import Store
from tests.export.conftest import OneCatalog, bundled, finished_context


def report(store: Store, name: str) -> str:
    return render_markdown(finished_context(store, name))


def test_jamstallda_beslut_five_yes_is_a_sound_basis(report_store: Store) -> None:
    text = report(report_store, "jamstallda-beslut")
    assert (
        "**Utfall:** Underlaget ger förutsättningar för ett jämställt beslut "
        "(efter svar på fråga 1.5)"
    ) in text
    assert "Återremittera" not in text


def test_jamstallda_beslut_statement_5_alone_states_no_conclusion(report_store: Store) -> None:
    checklist = bundled("jamstallda-beslut")
    org = report_store.create_organisation("Lund")
    run = report_store.create_run(org.slug, checklist, date="2026-11-20")
    with report_store.open_run(org.slug, run.id, checklist) as session:
        session.set_value("beslut.analys", "ja")
    loaded = report_store.load_run(org.slug, run.id)
    context = build_context(report_store, OneCatalog(checklist), org.slug, loaded, checklist, "sv")  # type: ignore[arg-type]
    text = render_markdown(context)
    assert "**Utfall:**" not in text
    assert "förutsättningar för ett jämställt beslut" not in text


def test_skr_report_sums_out_of_30_with_the_profile(report_store: Store) -> None:
    text = report(report_store, "skr-sjalvskattning")
    assert "Totalt: 10 av 10 besvarade, summa" in text and "av 30" in text
    assert "**Antal moment per nivå**" in text
    assert "Ej aktuellt" not in text
    # SKR:s mentor criterion, computed and stated with what counted
    assert "**Redo att vara modell eller mentor: uppfylls inte (" in text
    assert "har värdet 1, inget får ha det;" in text


def test_profile_only_where_the_checklist_asks_for_it(report_store: Store) -> None:
    for name in ("mums", "larande-uppfoljning", "trappan"):
        assert "Antal moment per nivå" not in report(report_store, name), name


def test_larande_uppfoljning_total_leaves_the_overall_judgement_apart(
    report_store: Store,
) -> None:
    text = report(report_store, "larande-uppfoljning")
    assert "**Totalt: 8 av 8 besvarade, medel" in text
    assert "Del 1 – Uppföljningsfrågor utifrån programlogik" in text
    assert "av sig självt – de måste" in text
    # §7 and §8's A and B parts are headings of their own
    for heading in (
        "#### A) Om vad: en sammanhållen utvecklingsidé",
        "#### B) Om hur: effektiv organisation",
        "#### A) Om delaktighet",
        "#### B) Om lärande",
    ):
        assert heading in text
    assert " t ex " not in text


def test_jamstalldhetsanalys_without_step_1_says_what_it_waits_for(report_store: Store) -> None:
    checklist = bundled("jamstalldhetsanalys")
    org = report_store.create_organisation("Lund")
    run = report_store.create_run(org.slug, checklist, date="2026-11-20")
    loaded = report_store.load_run(org.slug, run.id)
    context = build_context(report_store, OneCatalog(checklist), org.slug, loaded, checklist, "sv")  # type: ignore[arg-type]
    text = render_markdown(context)
    assert "*Visas när fråga 1.1 har besvarats.*" in text
    assert "Ej aktuellt enligt svar på fråga 1.1" not in text
    with report_store.open_run(org.slug, run.id, checklist) as session:
        session.set_value("steg1.beror", "ja")
    loaded = report_store.load_run(org.slug, run.id)
    context = build_context(report_store, OneCatalog(checklist), org.slug, loaded, checklist, "sv")  # type: ignore[arg-type]
    assert "*Ej aktuellt enligt svar på fråga 1.1.*" in render_markdown(context)


def test_not_applicable_is_english_in_english() -> None:
    mums = bundled("mums")
    scaled = next(i for i in mums.items if i.scale is not None)
    assert answer_words(scaled, NA_VALUE, "en") == "Not applicable"
    assert answer_words(scaled, NA_VALUE, "sv") == "Ej aktuellt"


def test_mums_scale_note_does_not_claim_skr_labels() -> None:
    mums = bundled("mums")
    note = mums.scales["status"].note.get()
    assert "samma etiketter" not in note and "kortare former" in note
    labels = [level.label.get() for level in mums.scales["status"].levels]
    assert labels == ["Inte påbörjat", "Behöver utvecklas", "Det finns"]


def test_one_wording_for_not_started_and_for_for_example_across_bundled_files() -> None:
    from tests.export.conftest import ROOT

    for path in sorted((ROOT / "checklists").glob("*.toml")):
        text = path.read_text(encoding="utf-8")
        assert "Ej påbörjat" not in text, path.name
        assert " t ex " not in text and " t. ex." not in text, path.name
