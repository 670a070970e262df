"""Keys act in the order they were typed, on the screen and in the field the person sees."""

from __future__ import annotations

import asyncio
import weakref
from collections import deque

from textual import events
from textual.app import App, ScreenStackError
from textual.screen import Screen


class KeyOrderApp(App[int]):
    """An app that hands each key on only when the one before it has done its work.

    Textual sends a key to the widget focused when the key *arrives*, and runs an ordinary
    binding (Tab's ``focus_next``, TextArea's Ctrl+K, a screen's letter keys) only when the
    key has travelled through that widget and back up to the app as messages. Keys typed
    quickly arrive together: the letters after a Tab went to the old field, a Ctrl+K acted
    wherever a later Tab had moved the focus, and a screen just pushed, with no focus until
    it has mounted, dropped what was typed into it.

    So every key (and paste) from the terminal waits in a queue here. The next one is handed on when
    every widget of the screen has handled its messages, the app has run what they sent up
    (a bubbled key's binding, a deferred ``focus()``), and a screen new to the keys has
    mounted and placed its first focus. Each wait is bounded by turns of the event loop,
    never by time: a screen that keeps itself busy delays a key, it never swallows it.
    A key typed while the app is idle is handed on at once.
    """

    SETTLE_ROUNDS = 200
    """At most this many turns of the event loop are given to messages still on their way."""

    MOUNT_ROUNDS = 2000
    """At most this many turns for a screen just pushed to mount (a few dozen suffice)."""

    REFRESH_ROUNDS = 4
    """At most this many refreshes for callbacks that schedule more after-refresh work."""

    REFRESH_SAFETY = 1.0
    """Seconds after which a refresh that never comes (a screen going away) stops the wait."""

    def __init__(self) -> None:
        super().__init__()
        self._keys: deque[events.Key | events.Paste] = deque()
        """Keys (and pastes) from the terminal not yet handed on, oldest first."""
        self._handing_on = False
        """A key is being handed on, or waits for the app's turn (``call_later``)."""
        self._deferred = 0
        """How many times in a row the next key has let the app's queue go first."""
        self._keys_screen: weakref.ref[Screen[object]] | None = None
        """The screen the last key went to."""

    async def settle(self, rounds: int = SETTLE_ROUNDS) -> None:
        """Wait until every widget of the screen has handled the messages it has (bounded).

        A priority binding runs as soon as its key is handed on, before anything the keys
        ahead of it started has finished; actions that move the keyboard elsewhere settle
        first, so what those keys typed lands where the person saw the cursor.
        """
        for _ in range(rounds):
            await asyncio.sleep(0)
            if not any(
                node.message_queue_size for node in self.screen.walk_children(with_self=True)
            ):
                return

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key | events.Paste) and not event.is_forwarded:
            self._keys.append(event)
            if not self._handing_on:
                self._handing_on = True
                await self._hand_on()
            return
        await super().on_event(event)

    async def _hand_on(self) -> None:
        """Hand the oldest waiting key on, once what the keys before it started is done."""
        try:
            await self._screen_ready()
            await self.settle()
            await self._after_refresh()
            if self.message_queue_size and self._deferred < self.SETTLE_ROUNDS:
                # The app has messages of its own (a key that bubbled up, a deferred focus):
                # they go first, then the next key.
                self._deferred += 1
                self.call_later(self._hand_on)
                return
            self._deferred = 0
            await super().on_event(self._keys.popleft())
        except BaseException:
            self._handing_on = False
            raise
        if self._keys:
            self.call_later(self._hand_on)
        else:
            self._handing_on = False

    async def _after_refresh(self) -> None:
        """Let work waiting for the screen's next refresh run before the next key.

        An editor mounted for the item a key moved to takes the keyboard with
        ``call_after_refresh`` (its line or first cell exists only then); the key after it
        belongs there, not in the field that had the keyboard before.
        """
        for _ in range(self.REFRESH_ROUNDS):
            try:
                screen = self.screen
            except ScreenStackError:
                return
            # Textual keeps the callbacks waiting for a screen's refresh here (pinned version).
            if not getattr(screen, "_callbacks", None) or not screen.is_running:
                return
            refreshed = asyncio.Event()
            screen.call_after_refresh(refreshed.set)
            try:
                await asyncio.wait_for(refreshed.wait(), self.REFRESH_SAFETY)
            except TimeoutError:
                return
            await self.settle()

    async def _screen_ready(self) -> None:
        """Before a key goes to a screen new to the keys: let it mount and place its focus."""
        try:
            screen = self.screen
        except ScreenStackError:
            return
        if self._keys_screen is not None and self._keys_screen() is screen:
            return
        for _ in range(self.MOUNT_ROUNDS):
            if screen.is_mounted or screen is not self.screen:
                break
            await asyncio.sleep(0)
        self._keys_screen = weakref.ref(screen)
