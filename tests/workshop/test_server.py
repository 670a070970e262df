"""The workshop web server: token on every path, votes validated and durable, nothing leaks."""

from __future__ import annotations

import re

import pytest
from aiohttp.test_utils import TestClient, TestServer

from jamtui.storage import Store
from jamtui.workshop.room import WorkshopRoom
from jamtui.workshop.server import MAX_BODY, RateLimiter, build_app, new_token, valid_token
from tests.workshop.conftest import PEOPLE, RATED_ITEM, TOKEN


async def client_for(room: WorkshopRoom, limiter: RateLimiter | None = None) -> TestClient:
    client = TestClient(TestServer(build_app(room, TOKEN, limiter)))
    await client.start_server()
    return client


def keys(room: WorkshopRoom) -> dict[str, str]:
    return {person.name: person.key for person in room.people()}


def stored_ratings(store: Store, run_id: str) -> dict[str, object]:
    run = store.load_run("ljungby-kommun", run_id)
    answer = run.answers.get(RATED_ITEM)
    return dict(answer.ratings) if answer is not None else {}


def test_a_new_token_has_at_least_128_bits() -> None:
    token = new_token()
    assert valid_token(token)
    assert len(token) * 6 >= 128
    assert not valid_token("short")


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/present",
        "/state",
        "/events",
        "/vote",
        "/nothing",
        "/../etc/passwd",
        "/templates/base.html",
    ],
)
async def test_a_wrong_or_missing_token_gets_403_and_nothing_else(
    room: WorkshopRoom, path: str
) -> None:
    client = await client_for(room)
    try:
        for query in ("", "?token=", "?token=wrong", f"?token={TOKEN[:-1]}"):
            response = await client.get(path + query)
            assert response.status == 403
            assert await response.text() == "403 Forbidden"
        response = await client.post(
            "/vote",
            data={"token": "nope", "participant": PEOPLE[0], "item": RATED_ITEM, "value": "5"},
        )
        assert response.status == 403
    finally:
        await client.close()


async def test_four_votes_are_on_disk_under_the_participants_ids(
    room: WorkshopRoom, store: Store, run_id: str
) -> None:
    client = await client_for(room)
    try:
        for value, name in enumerate(PEOPLE, start=4):
            response = await client.post(
                "/vote",
                data={
                    "token": TOKEN,
                    "participant": keys(room)[name],
                    "item": RATED_ITEM,
                    "value": str(value),
                },
                allow_redirects=False,
            )
            assert response.status == 303
        view = await (await client.get(f"/state?token={TOKEN}")).json()
        assert (view["rated"], view["total"], view["revealed"], view["bars"]) == (4, 4, False, [])
    finally:
        await client.close()
    on_disk = stored_ratings(store, run_id)
    assert sorted(on_disk.values()) == [4, 5, 6, 7]
    assert set(on_disk) == set(keys(room).values())


async def test_the_exact_name_is_accepted_as_participant(
    room: WorkshopRoom, store: Store, run_id: str
) -> None:
    client = await client_for(room)
    try:
        response = await client.post(
            "/vote",
            data={"token": TOKEN, "participant": "Örjan Ek", "item": RATED_ITEM, "value": "3"},
            headers={"Accept": "application/json"},
        )
        assert (response.status, (await response.json())["ok"]) == (200, True)
    finally:
        await client.close()
    assert stored_ratings(store, run_id) == {keys(room)["Örjan Ek"]: 3}


@pytest.mark.parametrize(
    ("participant", "item", "value", "reason"),
    [
        ("Någon Annan", RATED_ITEM, "5", "vote.unknown_participant"),
        ("Åsa Lind", "utgangspunkter.mal", "5", "vote.not_current"),
        ("Åsa Lind", RATED_ITEM, "11", "vote.bad_value"),
        ("Åsa Lind", RATED_ITEM, "0", "vote.bad_value"),
        ("Åsa Lind", RATED_ITEM, "5.5", "vote.bad_value"),
        ("Åsa Lind", RATED_ITEM, "<script>", "vote.bad_value"),
        ("Åsa Lind", RATED_ITEM, "", "vote.bad_value"),
    ],
)
async def test_only_scale_values_of_the_current_item_from_listed_people(
    room: WorkshopRoom,
    store: Store,
    run_id: str,
    participant: str,
    item: str,
    value: str,
    reason: str,
) -> None:
    client = await client_for(room)
    try:
        response = await client.post(
            "/vote",
            data={"token": TOKEN, "participant": participant, "item": item, "value": value},
            headers={"Accept": "application/json"},
        )
        assert response.status in (400, 409)
        assert (await response.json())["reason"] == reason
    finally:
        await client.close()
    assert stored_ratings(store, run_id) == {}


async def test_bodies_over_4_kb_are_refused(room: WorkshopRoom) -> None:
    client = await client_for(room)
    try:
        response = await client.post(
            "/vote",
            data={
                "token": TOKEN,
                "participant": "Åsa Lind",
                "item": RATED_ITEM,
                "value": "5",
                "pad": "x" * MAX_BODY,
            },
        )
        assert response.status == 413
    finally:
        await client.close()


async def test_a_client_that_floods_is_slowed_down(room: WorkshopRoom) -> None:
    now = [0.0]
    client = await client_for(room, RateLimiter(rate=1.0, burst=5.0, clock=lambda: now[0]))
    try:
        statuses = [(await client.get(f"/state?token={TOKEN}")).status for _ in range(8)]
        assert statuses[:5] == [200] * 5
        assert statuses[5:] == [429] * 3
        now[0] += 3.0
        assert (await client.get(f"/state?token={TOKEN}")).status == 200
    finally:
        await client.close()


async def test_the_projector_shows_counts_not_names_or_values_until_reveal(
    room: WorkshopRoom,
) -> None:
    client = await client_for(room)
    try:
        for value, name in zip((2, 9), PEOPLE[:2], strict=True):
            await client.post(
                "/vote",
                data={"token": TOKEN, "participant": name, "item": RATED_ITEM, "value": str(value)},
            )
        page = await (await client.get(f"/present?token={TOKEN}")).text()
    finally:
        await client.close()
    assert "2 av 4 har bedömt" in page
    for name in PEOPLE:
        assert name not in page
    assert "Spridning" not in page
    assert not re.search(r'class="n">\d', page)


async def test_pages_escape_hostile_names_and_send_strict_headers(room: WorkshopRoom) -> None:
    assert room.session is not None
    from jamtui.core.run import Participant

    hostile = "<img src=x onerror=alert(1)>\"'&"
    room.session.update_details(participants=[*room.session.run.participants, Participant(hostile)])  # type: ignore[attr-defined]
    client = await client_for(room)
    try:
        response = await client.get(f"/?token={TOKEN}")
        page = await response.text()
        assert "<img src=x" not in page
        assert "&lt;img src=x onerror=alert(1)&gt;&#34;&#39;&amp;" in page
        assert response.headers["Referrer-Policy"] == "no-referrer"
        assert "default-src 'none'" in response.headers["Content-Security-Policy"]
        assert response.headers["Cache-Control"] == "no-store"
    finally:
        await client.close()


async def test_a_phone_without_javascript_can_choose_a_name_and_vote(
    room: WorkshopRoom, store: Store, run_id: str
) -> None:
    client = await client_for(room)
    try:
        choose = await (await client.get(f"/?token={TOKEN}")).text()
        for name in PEOPLE:
            assert name in choose
        key = keys(room)["Nils Berg"]
        page = await (await client.get(f"/?token={TOKEN}&participant={key}")).text()
        assert 'name="value" value="7"' in page
        assert 'lang="sv"' in page
        response = await client.post(
            "/vote", data={"token": TOKEN, "participant": key, "item": RATED_ITEM, "value": "7"}
        )
        assert response.status == 200  # followed the redirect back to the page
        after = await response.text()
        assert "Din bedömning är sparad." in after
        assert "Du har valt: 7" in after
    finally:
        await client.close()
    assert stored_ratings(store, run_id) == {key: 7}


async def test_a_failed_save_is_503_and_the_next_vote_goes_through(
    room: WorkshopRoom, store: Store, run_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jamtui.storage.session as session_module

    real = session_module.write_text_atomic

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    client = await client_for(room)
    try:
        monkeypatch.setattr(session_module, "write_text_atomic", disk_full)
        response = await client.post(
            "/vote",
            data={"token": TOKEN, "participant": "Åsa Lind", "item": RATED_ITEM, "value": "5"},
            headers={"Accept": "application/json"},
        )
        assert response.status == 503
        assert (await response.json())["reason"] == "vote.save_failed"
        monkeypatch.setattr(session_module, "write_text_atomic", real)
        response = await client.post(
            "/vote",
            data={"token": TOKEN, "participant": "Åsa Lind", "item": RATED_ITEM, "value": "6"},
            headers={"Accept": "application/json"},
        )
        assert response.status == 200
    finally:
        await client.close()
    assert list(stored_ratings(store, run_id).values()) == [6]


async def test_thirty_votes_at_once_are_all_on_disk(checklist: object, store: Store) -> None:
    import asyncio

    from jamtui.core.run import Participant

    store.create_organisation("Stora gruppen")
    names = [f"Deltagare {n}" for n in range(30)]
    run = store.create_run("stora-gruppen", checklist, participants=[Participant(n) for n in names])  # type: ignore[arg-type]
    with store.open_run("stora-gruppen", run.id, checklist) as session:  # type: ignore[arg-type]
        room = WorkshopRoom(checklist)  # type: ignore[arg-type]
        room.attach(session)
        room.show(RATED_ITEM)
        client = await client_for(room)
        try:
            replies = await asyncio.gather(
                *(
                    client.post(
                        "/vote",
                        data={
                            "token": TOKEN,
                            "participant": name,
                            "item": RATED_ITEM,
                            "value": str(n % 10 + 1),
                        },
                        headers={"Accept": "application/json"},
                    )
                    for n, name in enumerate(names)
                )
            )
            assert [reply.status for reply in replies] == [200] * 30
        finally:
            await client.close()
    on_disk = store.load_run("stora-gruppen", run.id).answers[RATED_ITEM].ratings
    assert sorted(on_disk.values()) == sorted(n % 10 + 1 for n in range(30))


async def test_anonymous_phones_join_as_new_participants(
    checklist: object, session: object, store: Store, run_id: str
) -> None:
    room = WorkshopRoom(checklist, anonymous=True)  # type: ignore[arg-type]
    room.attach(session)  # type: ignore[arg-type]
    room.show(RATED_ITEM)
    client = await client_for(room)
    try:
        choose = await (await client.get(f"/?token={TOKEN}")).text()
        for name in PEOPLE:
            assert name not in choose
        assert "Delta anonymt" in choose
        keys = []
        for value in (3, 4):
            page = await client.get(f"/?token={TOKEN}&join=anonym")
            key = page.url.query["participant"]
            keys.append(key)
            reply = await client.post(
                "/vote",
                data={"token": TOKEN, "participant": key, "item": RATED_ITEM, "value": str(value)},
                headers={"Accept": "application/json"},
            )
            assert reply.status == 200
    finally:
        await client.close()
    run = store.load_run("ljungby-kommun", run_id)
    names = {p.id: p.name for p in run.participants}
    assert [names[key] for key in keys] == ["Anonym 1", "Anonym 2"]
    assert stored_ratings(store, run_id) == {keys[0]: 3, keys[1]: 4}


async def test_after_the_reveal_the_projector_shows_the_spread_and_voting_closes(
    room: WorkshopRoom,
) -> None:
    client = await client_for(room)
    try:
        for value, name in zip((2, 9, 9), PEOPLE, strict=False):
            await client.post(
                "/vote",
                data={"token": TOKEN, "participant": name, "item": RATED_ITEM, "value": str(value)},
            )
        assert room.session is not None
        room.session.set_revealed(RATED_ITEM, True)  # type: ignore[attr-defined]
        room.session.set_value(RATED_ITEM, 8)  # type: ignore[attr-defined]
        room.touch()
        view = await (await client.get(f"/state?token={TOKEN}")).json()
        assert (view["minimum"], view["median"], view["maximum"]) == ("2", "9", "9")
        assert {bar["value"]: bar["count"] for bar in view["bars"] if bar["count"]} == {
            "2": 1,
            "9": 2,
        }
        assert view["agreed"].startswith("8")
        late = await client.post(
            "/vote",
            data={"token": TOKEN, "participant": PEOPLE[3], "item": RATED_ITEM, "value": "5"},
            headers={"Accept": "application/json"},
        )
        assert (late.status, (await late.json())["reason"]) == (409, "vote.revealed")
        page = await (await client.get(f"/present?token={TOKEN}")).text()
        for name in PEOPLE:
            assert name not in page
    finally:
        await client.close()
