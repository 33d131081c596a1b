"""The App: thin — screens, global bindings, the command palette, and the few actions that
touch the case (answer, save, switch language, export). ``create_app`` is shared by the
command line and the tests.

Start-up: the first frame shows the first question written from the catalogs
(``opening.py``); the engine, the rules core and the database load in a thread after it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from i18n import translator

from .opening import opening_question
from .options import Options
from .paths import db_path, export_dir

if TYPE_CHECKING:
    from .case import Case
    from .store import SessionStore


PALETTE_HELP = {
    "export('md')": "palette.help.export_md",
    "export('txt')": "palette.help.export_txt",
    "export('ics')": "palette.help.export_ics",
    "transcript": "palette.help.transcript",
}
"""Actions whose footer name is short: the palette says what they do in full."""


class SaisonApp(App[int]):
    """saison: which procedure, documents, deadlines and fee for a seasonal worker."""

    CSS_PATH = "saison.tcss"
    TITLE = "saison"
    BINDINGS = [
        Binding("f2", "language", "binding.language"),
        Binding("f3", "result_language", "binding.result_language", show=False),
        Binding("f6", "sessions", "binding.sessions"),
        Binding("ctrl+n", "new_session", "binding.new_session", show=False),
        # Textual's own two, described in the interface language
        Binding("ctrl+q", "quit", "binding.quit", show=False, priority=True),
        Binding("ctrl+p", "command_palette", "binding.palette", show=False, priority=True),
    ]

    def __init__(self, options: Options) -> None:
        super().__init__()
        self.options = options
        self.lang = options.lang
        self.t = translator(self.lang, "app")
        self.role = "helpdesk" if options.helpdesk else None
        self.opening = opening_question(self.lang, self.role, options.describe)
        self.case: Case | None = None
        self.store: SessionStore | None = None
        self._case_ready = asyncio.Event()

    # --- start-up ----------------------------------------------------------------------------

    def get_default_screen(self) -> Screen:
        if self.options.helpdesk:
            from .screens.helpdesk import HelpdeskScreen

            return HelpdeskScreen()
        from .screens.interview import InterviewScreen

        return InterviewScreen()

    def on_mount(self) -> None:
        self.call_after_refresh(self.run_worker, self._load, thread=True, name="load")

    def _load(self) -> None:
        """In a thread, after the first frame: the engine, the rules, the database."""
        from .case import Case
        from .store import SessionStore

        store = SessionStore(db_path(self.options.db))
        resumable = store.latest_unfinished() if self.options.resume else None
        case = Case.new(self.lang, self.options.today, self.role, self.options.helpdesk,
                        self.options.result_lang, self.options.describe)
        import rules.decide  # noqa: F401  (warm: the first answers must not wait for it)
        from i18n import format_date

        format_date(date.today(), self.lang)
        self.call_from_thread(self._loaded, store, case, resumable)

    def _loaded(self, store: SessionStore, case: Case, resumable: Any) -> None:
        self.store = store
        self.case = case
        self._case_ready.set()
        self.refresh_screens()
        if resumable is not None:
            from .screens.resume import ResumeScreen

            description = resumable.title or self.t("sessions.untitled")
            when = resumable.updated[:16].replace("T", " ")
            self.push_screen(ResumeScreen(f"{description} ({when})"),
                             partial(self._resume_answered, resumable.id))

    def _resume_answered(self, session_id: str, resume: bool | None) -> None:
        if resume and self.case is not None and not self.case.interview.state.log:
            self.open_session(session_id)

    async def loaded(self) -> Case:
        await self._case_ready.wait()
        assert self.case is not None
        return self.case

    # --- the case ----------------------------------------------------------------------------

    async def act(self, change: Callable[[Case], Any]) -> Any:
        """Apply a change to the case, save it at once, show it everywhere."""
        case = await self.loaded()
        was_done = case.done
        step = change(case)
        self.save()
        if case.lang != self.lang:
            self._set_language(case.lang)
        self.refresh_screens()
        if case.done and not was_done:
            self.action_result()
        return step

    def save(self) -> None:
        if self.store is not None and self.case is not None:
            self.store.save(self.case)

    def refresh_screens(self, reset: bool = False) -> None:
        for screen in self.screen_stack:
            show = getattr(screen, "show_case", None)
            if show is not None:
                show(reset)

    def _set_language(self, lang: str) -> None:
        self.lang = lang
        self.t = translator(lang, "app")
        self.refresh_bindings()
        for screen in self.screen_stack:
            screen.refresh_bindings()

    def translator(self, lang: str):
        return translator(lang, "app")

    def open_session(self, session_id: str) -> None:
        assert self.store is not None
        self.case = self.store.load(session_id)
        self._set_language(self.case.lang)
        self.refresh_screens(reset=True)

    def rename_session(self, session_id: str, title: str) -> None:
        assert self.store is not None
        self.store.rename(session_id, title)
        if self.case is not None and self.case.id == session_id:
            self.case.title = title.strip()
            self.refresh_screens()

    def delete_session(self, session_id: str) -> None:
        assert self.store is not None
        self.store.delete(session_id)
        if self.case is not None and self.case.id == session_id:
            self.new_session()

    def new_session(self) -> None:
        from .case import Case

        self.case = Case.new(self.lang, self.options.today, self.role, self.options.helpdesk,
                             self.options.result_lang, self.options.describe)
        self.refresh_screens(reset=True)

    # --- results -----------------------------------------------------------------------------

    def _result_text(self, fmt: str) -> str | None:
        from .report import to_markdown, to_text

        case = self.case
        outcome = case.outcome() if case is not None else None
        if case is None or outcome is None:
            self.notify(self.t("result.undecided"), severity="warning")
            return None
        if fmt == "ics":  # the dated deadlines as a calendar, its UIDs those of this session
            from rules.calendar import calendar_text

            return calendar_text(outcome, case.output_lang, case.id, audience=case.audience)
        write = to_markdown if fmt == "md" else to_text
        return write(outcome, case.output_lang, case.interview.state.today, case.audience)

    def export_result(self, fmt: str) -> None:
        text = self._result_text(fmt)
        if text is None:
            return
        assert self.case is not None
        folder = export_dir(self.options.export_dir)
        path = folder / f"saison-{self.case.interview.state.today.isoformat()}-{self.case.id}.{fmt}"
        # a calendar's lines end in CRLF already (RFC 5545): written as they are
        with path.open("w", encoding="utf-8", newline="" if fmt == "ics" else None) as file:
            file.write(text)
        self.notify(self.t("export.saved", path=str(path)))

    def copy_result(self) -> None:
        text = self._result_text("txt")
        if text is not None:
            self.copy_to_clipboard(text)
            self.notify(self.t("export.copied"))

    def save_transcript(self) -> None:
        from .transcript import transcript

        case = self.case
        if case is None or not case.interview.state.log:
            return
        folder = export_dir(self.options.export_dir)
        path = folder / f"transcript-{case.interview.state.today.isoformat()}-{case.id}.toml"
        path.write_text(transcript(case), encoding="utf-8")
        self.notify(self.t("export.transcript", path=str(path)))

    # --- actions -----------------------------------------------------------------------------

    def action_language(self) -> None:
        from .screens.language import LanguageScreen

        def chosen(lang: str | None) -> None:
            if lang and lang != self.lang:
                self.run_worker(self.switch_language(lang))

        self.push_screen(LanguageScreen(self.t("language.pick"), self.lang), chosen)

    async def switch_language(self, lang: str) -> None:
        await self.act(lambda case: case.switch_language(lang))

    def action_result_language(self) -> None:
        from .screens.language import LanguageScreen

        def chosen(lang: str | None) -> None:
            if lang and self.case is not None:
                self.run_worker(self.set_result_language(lang))

        current = self.case.output_lang if self.case else self.lang
        self.push_screen(LanguageScreen(self.t("language.pick_result"), current), chosen)

    async def set_result_language(self, lang: str) -> None:
        def change(case: Case) -> None:
            case.result_lang = lang

        await self.act(change)

    def action_result(self) -> None:
        from .screens.result import ResultScreen

        if self.case is None or isinstance(self.screen, ResultScreen):
            return
        self.push_screen(ResultScreen())

    def action_sessions(self) -> None:
        from .screens.sessions import SessionsScreen

        if self.store is None or isinstance(self.screen, SessionsScreen):
            return

        def chosen(session_id: str | None) -> None:
            if session_id:
                self.open_session(session_id)

        self.push_screen(SessionsScreen(), chosen)

    def action_new_session(self) -> None:
        if self.store is not None:
            self.new_session()

    def action_export(self, fmt: str) -> None:
        self.export_result(fmt)

    def action_copy_result(self) -> None:
        self.copy_result()

    def action_transcript(self) -> None:
        self.save_transcript()

    # --- command palette ---------------------------------------------------------------------

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(placeholder=self.t("palette.placeholder"),
                                            id="--command-palette"))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Every action of saison: the bindings of the screen (as the footer names them), the
        languages, exports, then quitting and the keys panel — all in the interface language.
        A text field's editing keys (Textual's, in English) are not actions: left out."""
        t = self.t
        seen: set[str] = {"command_palette"}
        for active in screen.active_bindings.values():
            binding = active.binding
            if binding.action in seen or not _ours(active):
                continue
            seen.add(binding.action)
            help_text = t("palette.key", key=binding.key)
            if binding.action in PALETTE_HELP:
                help_text = f"{t(PALETTE_HELP[binding.action])} · {help_text}"
            yield SystemCommand(binding.description, help_text,
                                partial(self.run_action, binding.action, active.node))
        from .screens.language import NATIVE_NAMES

        for lang, name in NATIVE_NAMES.items():
            yield SystemCommand(t("palette.language", language=name), t("palette.language_help"),
                                partial(self.switch_language, lang))
            yield SystemCommand(t("palette.result_language", language=name),
                                t("palette.result_language_help"),
                                partial(self.set_result_language, lang))
        extra = [
            ("export('md')", "binding.export_markdown"),
            ("export('txt')", "binding.export_text"),
            ("export('ics')", "binding.export_calendar"),
            ("copy_result", "binding.copy"),
            ("transcript", "binding.transcript"),
            ("result", "binding.result"),
            ("new_session", "binding.new_session"),
        ]
        for action, key in extra:
            if action not in seen:
                help_text = t(PALETTE_HELP.get(action, "palette.action"))
                yield SystemCommand(t(key), help_text, partial(self.run_action, action))
        if self.screen.query("HelpPanel"):
            yield SystemCommand(t("palette.keys_hide"), t("palette.keys_help"),
                                self.action_hide_help_panel)
        else:
            yield SystemCommand(t("palette.keys"), t("palette.keys_help"),
                                self.action_show_help_panel)


def _ours(active: Any) -> bool:
    """A binding of saison's (its description a catalog key), not a widget's own."""
    binding = active.binding
    original = active.node._bindings.key_to_bindings.get(binding.key, [])
    return any(b.action == binding.action and b.description.startswith("binding.")
               for b in original)


def create_app(options: Options | None = None, **overrides: Any) -> SaisonApp:
    """The app, as the command line and the tests build it (``overrides``: Options fields)."""
    from dataclasses import replace

    options = replace(options or Options(), **overrides)
    return SaisonApp(options)
