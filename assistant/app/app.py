"""The App: thin — screens, global bindings, the command palette, and the few actions that
touch the case (answer, save, switch language, export). ``create_app`` is shared by the
command line and the tests.

Start-up: the first frame shows the first question written from the catalogs
(``opening.py``); the engine, the rules core and the database load in a thread after it.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterable
from datetime import date
from functools import partial
from pathlib import Path
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


RETRY_FIRST = 0.5
RETRY_LONGEST = 15.0
"""Seconds before a save that did not go through is tried again (doubling up to the longest)."""

FULL_COLLECTION_DUE = 4
"""Young collections since the last full one after which the next change collects in full,
after its frame (Python does it by itself after 10, wherever it falls)."""

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
        self.unsaved = False
        """The last change to the case is not in the database yet (it is retried)."""
        self._retry_timer: Any = None
        self._retry_wait = RETRY_FIRST
        self._last_problem = ""
        self._conflict_shown = False
        self._quit_asked = False
        self._pending: dict[str, Case] = {}
        """Cases left while not saved (a new one started, another opened): saved first."""

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: Any = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """A toast, always plain text: it may carry what a person typed, a path, a title
        (``[b]`` or ``[@click=app.quit]`` in them are words, never markup). Widgets pass
        ``markup=True`` by default: ignored."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    def update_styles(self, node: Any, animate: bool = True) -> None:
        """Apply the style sheet again to ``node`` (its classes changed) — unless it is not in
        the DOM yet: a widget being built (a choice button sets its variant, flat and compact
        styles: five class changes) gets the style sheet applied once, when it is mounted.
        Applying it before, at each class change, took ~1 ms a button, on the way to a new
        question's frame."""
        if node is self or node.is_attached:
            super().update_styles(node, animate=animate)

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
        from .store import SessionStore, StoreProblem

        problem: StoreProblem | None = None
        try:
            store = SessionStore(db_path(self.options.db))
        except StoreProblem as error:  # said on screen, with a way on; meanwhile in memory
            store, problem = SessionStore.in_memory(), error
        resumable = None
        if self.options.resume and problem is None:
            try:
                resumable = store.latest_unfinished()
            except StoreProblem:
                resumable = None
        case = self._new_case()
        import rules.decide  # noqa: F401  (warm: the first answers must not wait for it)
        from i18n import format_date

        format_date(date.today(), self.lang)
        self.call_from_thread(self._loaded, store, case, resumable, problem)
        self._warm_reader(case)  # the case is ready meanwhile: an early answer does not wait
        if self.is_running:
            self._settle_heap()

    @staticmethod
    def _settle_heap() -> None:
        """Everything loaded so far (modules, catalogs, the reader's vocabulary: most of the
        objects in memory) lives as long as the app: kept out of the garbage collector's way
        (``gc.freeze``). A full collection then looks only at what was made since (~5 ms), not
        at all of it (35 ms at start, 60–180 ms a session later): those pauses fell between a
        key and its frame. Released when the app ends (:meth:`on_unmount`)."""
        import gc

        gc.collect()
        gc.freeze()

    @staticmethod
    def _warm_reader(case: Case) -> None:
        """Read one made-up description on a throwaway interview, in the loading thread: the
        reader's vocabulary and patterns are built then, not on the first Enter (~1 s)."""
        from assistant.engine import Interview

        with contextlib.suppress(Exception):  # a warm-up that fails costs only its time
            probe = Interview.start(
                lang=case.lang,  # type: ignore[arg-type]
                today=case.interview.state.today,
                role=None,
                opening=True,
            )
            probe.answer("1")
            probe.answer("Morocco, abroad, 1/4 - 15/6, arriving 31/3, passport and contract")

    def _loaded(self, store: SessionStore, case: Case, resumable: Any, problem: Any = None) -> None:
        self.store = store
        self.case = case
        self._case_ready.set()
        self.refresh_screens()
        if problem is not None:
            self.store_problem(problem)
        elif store.read_only:
            self.notify(
                self.t("store.problem.newer", path=store.where), severity="warning", timeout=15
            )
        if resumable is not None:
            from .screens.resume import ResumeScreen

            description = resumable.title or self.t("sessions.untitled")
            when = resumable.updated[:16].replace("T", " ")
            self.push_screen(
                ResumeScreen(f"{description} ({when})"),
                partial(self._resume_answered, resumable.id),
            )

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
        self.call_after_refresh(self._collect_if_due)
        return step

    @staticmethod
    def _collect_if_due() -> None:
        """After the frame that shows a change: a full garbage collection due soon runs now,
        while the person reads, instead of in the middle of their next answer (a what-if
        makes ~4 young collections, Python makes a full one after 10: 40-70 ms)."""
        import gc

        if gc.get_count()[2] >= FULL_COLLECTION_DUE:
            gc.collect()

    def save(self) -> None:
        """Save the case now; when the database is busy or cannot be written, the case stays
        in memory, the title bar says it is not saved, and the save is retried with a growing
        wait until it goes through (nothing typed is lost)."""
        from .store import CaseChanged, StoreProblem

        if self.store is None or self.case is None or self._conflict_shown:
            return
        if self._retry_timer is not None:
            return  # a retry is due: it writes the case as it will be then (no wait per key)
        try:
            for waiting in list(self._pending.values()):
                self.store.save(waiting)
                del self._pending[waiting.id]
            self.store.save(self.case)
        except CaseChanged:
            self._changed_elsewhere()
            return
        except StoreProblem as problem:
            self._not_saved(problem)
            return
        if self.unsaved:
            self.unsaved = False
            self._retry_wait = RETRY_FIRST
            self.notify(self.t("store.saved_again"))
            self.refresh_screens()

    def _leaving_case(self) -> None:
        """The case on screen is replaced: if it is not saved yet, it waits to be."""
        if self.unsaved and self.case is not None:
            self._pending[self.case.id] = self.case

    def _not_saved(self, problem: Any) -> None:
        first = not self.unsaved
        self.unsaved = True
        if first or problem.kind != self._last_problem:
            key = "store.busy" if problem.kind == "locked" else f"store.unsaved.{problem.kind}"
            if problem.kind not in ("locked", "full", "readonly", "newer"):
                key = "store.unsaved.other"
            self.notify(self.t(key, path=str(problem.path)), severity="warning", timeout=10)
            self.refresh_screens()
        self._last_problem = problem.kind
        if self._retry_timer is None:
            self._retry_timer = self.set_timer(self._retry_wait, self._retry_save)
            self._retry_wait = min(self._retry_wait * 2, RETRY_LONGEST)

    def _retry_save(self) -> None:
        self._retry_timer = None
        if self.unsaved:
            self.save()

    @property
    def save_status(self) -> str:
        """What the title bar says about saving: nothing when every answer is saved."""
        if self.store is None:
            return ""
        if self.store.memory:
            return self.t("store.status.memory")
        if self.store.read_only:
            return self.t("store.status.read_only")
        return self.t("store.status.unsaved") if self.unsaved else ""

    def _changed_elsewhere(self) -> None:
        from .screens.conflict import ConflictScreen

        self._conflict_shown = True
        self.push_screen(ConflictScreen(), self._conflict_answered)

    def _conflict_answered(self, choice: str | None) -> None:
        import uuid

        self._conflict_shown = False
        case = self.case
        if case is None or self.store is None:
            return
        if choice == "reload":
            self.open_session(case.id)
            return
        # this window's version becomes a case of its own: both are kept
        case.id = uuid.uuid4().hex[:12]
        case.rev = 0
        case.title = self.t(
            "store.copy_title", title=case.title or case.summary() or self.t("sessions.untitled")
        )
        self.save()
        self.refresh_screens()

    def store_problem(self, problem: Any) -> None:
        """The database cannot be used: say why and offer a way on (the case is in memory)."""
        from .screens.store_problem import StoreProblemScreen

        self.push_screen(
            StoreProblemScreen(problem.kind, str(problem.path)), partial(self._way_on, problem)
        )

    def _way_on(self, problem: Any, way: str | None) -> None:
        from .store import set_aside

        if way == "other":
            from .screens.rename import RenameScreen

            def chosen(text: str | None) -> None:
                if text and text.strip():
                    self.use_database(Path(text.strip()).expanduser())
                else:
                    self.store_problem(problem)

            self.push_screen(RenameScreen(self.t("store.other_path"), str(problem.path)), chosen)
        elif way == "fresh":
            try:
                kept = set_aside(problem.path)
            except OSError:
                self.notify(
                    self.t("store.set_aside_failed", path=str(problem.path)),
                    severity="error",
                    timeout=15,
                )
                return
            self.notify(self.t("store.set_aside", path=str(kept)), timeout=15)
            self.use_database(problem.path)
        elif way == "retry":
            self.use_database(problem.path)
        else:
            self.notify(self.t("store.status.memory"), severity="warning")
            self.refresh_screens()

    def use_database(self, path: Path) -> None:
        """Move to the database at ``path``; the case in memory is saved there at once."""
        from .store import SessionStore, StoreProblem

        try:
            store = SessionStore(path)
        except StoreProblem as problem:
            self.store_problem(problem)
            return
        previous, self.store = self.store, store
        if previous is not None and previous.memory:
            self._copy_sessions(previous, store)
        if self.case is not None:
            self.case.rev = store.revision(self.case.id) or 0
        self.unsaved = False
        self.save()
        self.refresh_screens()

    @staticmethod
    def _copy_sessions(source: SessionStore, target: SessionStore) -> None:
        """What was kept in memory goes to the file (every session of this run)."""
        from .store import StoreProblem

        for summary in source.sessions():
            try:
                case = source.load(summary.id)
                case.rev = target.revision(case.id) or 0
                target.save(case)
            except StoreProblem:  # one session that will not go: the others still do
                continue

    def on_unmount(self) -> None:
        """The window closes: its case may be offered to the next window that starts."""
        import gc

        if self.store is not None:
            self.store.release()
            self.store.close()
        gc.unfreeze()  # what this app kept may go (another app of the process, tests)

    async def action_quit(self) -> None:
        """Quit; a case not saved yet gets one last try, and a second ctrl+q to leave without."""
        if self.unsaved and not self._quit_asked:
            if self._retry_timer is not None:
                self._retry_timer.stop()
                self._retry_timer = None
            self.save()
            if self.unsaved:
                self._quit_asked = True
                self.notify(self.t("store.quit_unsaved"), severity="error", timeout=10)
                return
        self.exit()

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

    def open_session(self, session_id: str) -> bool:
        """Open a saved session (a session that cannot be read is said, the case kept)."""
        from .store import StoreProblem

        assert self.store is not None
        try:
            case = self.store.load(session_id)
        except StoreProblem as problem:
            self.notify(
                self.t(
                    "store.cannot_open" if problem.kind == "row" else "store.unsaved.other",
                    path=str(problem.path),
                ),
                severity="error",
                timeout=10,
            )
            return False
        self._leaving_case()
        self.case = case
        self.unsaved = bool(self._pending)
        self._set_language(self.case.lang)
        self.refresh_screens(reset=True)
        return True

    def rename_session(self, session_id: str, title: str) -> None:
        from .store import StoreProblem

        assert self.store is not None
        current = self.case is not None and self.case.id == session_id
        try:
            self.store.rename(session_id, title)
            if current:
                self.case.title = title.strip()
                self.case.rev = self.store.revision(session_id) or self.case.rev
        except StoreProblem as problem:
            if not current:
                self.notify(self.t("store.unsaved.other", path=str(problem.path)), severity="error")
                return
            self.case.title = title.strip()
            self._not_saved(problem)
        if current:
            self.refresh_screens()

    def delete_session(self, session_id: str) -> None:
        from .store import StoreProblem

        assert self.store is not None
        try:
            self.store.delete(session_id)
        except StoreProblem as problem:
            self.notify(self.t("store.unsaved.other", path=str(problem.path)), severity="error")
            return
        if self.case is not None and self.case.id == session_id:
            self.new_session()

    def _new_case(self) -> Case:
        """A fresh case in the app's language, role and options."""
        from .case import Case

        return Case.new(
            self.lang,
            self.options.today,
            self.role,
            self.options.helpdesk,
            self.options.result_lang,
            self.options.describe,
        )

    def new_session(self) -> None:

        self._leaving_case()
        self.case = self._new_case()
        self.unsaved = bool(self._pending)
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
        name = f"saison-{self.case.interview.state.today.isoformat()}-{self.case.id}.{fmt}"
        self.deliver(name, text, "export.saved")

    def deliver(self, name: str, text: str, said: str) -> Path | None:
        """Write an export (``exports.write_export``) and say where, by its full path; a
        failure is said too, and the app goes on. Served, the browser downloads it."""
        if self.is_web:  # served (saison serve): to the browser, never the server's disk
            self.deliver_to_browser(name, text)
            return Path(name)
        from .exports import ExportFailed, write_export

        folder = export_dir(self.options.export_dir)
        try:
            path = write_export(folder, name, text)
        except ExportFailed as failed:
            self.notify(
                self.t(f"export.failed.{failed.kind}", path=str(failed.path), detail=failed.detail),
                severity="error",
                timeout=15,
            )
            return None
        self.notify(self.t(said, path=str(path)), timeout=10)
        return path

    def deliver_to_browser(self, name: str, text: str) -> None:
        """A download in the user's browser (textual-serve), as the file ``name``."""
        from io import StringIO

        self.deliver_text(StringIO(text), save_filename=name, encoding="utf-8")
        self.notify(self.t("export.delivered", name=name))

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
        name = f"transcript-{case.interview.state.today.isoformat()}-{case.id}.toml"
        saved = transcript(case)
        if self.deliver(name, saved.text, "export.transcript") and saved.left_out:
            self.notify(
                self.t("export.transcript_cut", turns=saved.turns, left_out=saved.left_out),
                severity="warning",
                timeout=10,
            )

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
            self.push_screen(
                CommandPalette(placeholder=self.t("palette.placeholder"), id="--command-palette")
            )

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
            yield SystemCommand(
                binding.description,
                help_text,
                partial(self.run_action, binding.action, active.node),
            )
        from .screens.language import NATIVE_NAMES

        for lang, name in NATIVE_NAMES.items():
            yield SystemCommand(
                t("palette.language", language=name),
                t("palette.language_help"),
                partial(self.switch_language, lang),
            )
            yield SystemCommand(
                t("palette.result_language", language=name),
                t("palette.result_language_help"),
                partial(self.set_result_language, lang),
            )
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
            yield SystemCommand(
                t("palette.keys_hide"), t("palette.keys_help"), self.action_hide_help_panel
            )
        else:
            yield SystemCommand(
                t("palette.keys"), t("palette.keys_help"), self.action_show_help_panel
            )


def _ours(active: Any) -> bool:
    """A binding of saison's (its description a catalog key), not a widget's own."""
    from textual.binding import Binding

    binding = active.binding
    declared = [  # the bindings as the classes declare them (public BINDINGS), keys untranslated
        b
        for cls in type(active.node).__mro__
        for b in getattr(cls, "BINDINGS", ())
        if isinstance(b, Binding)
    ]
    return any(
        b.action == binding.action and b.description.startswith("binding.") for b in declared
    )


def create_app(options: Options | None = None, **overrides: Any) -> SaisonApp:
    """The app, as the command line and the tests build it (``overrides``: Options fields)."""
    from dataclasses import replace

    from .no_break import keep_no_break_spaces

    keep_no_break_spaces()  # "réponse\u00a0?" never leaves its "?" alone on a line
    options = replace(options or Options(), **overrides)
    return SaisonApp(options)
