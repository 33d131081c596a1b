"""Turning catalog keys into text in the language of the moment.

Placeholders may carry typed values, written here in the language's own style:
``("date", date)`` → babel's full date (``fr_BE``, ``nl_BE``, ``de_BE``, ``en_GB``),
``("country", "MA")`` → CLDR's country name, ``("countries", [codes])`` → their names joined
by "or", ``("documents", [ids])`` → the documents' names
(``core`` catalog, ``doc.<id>.name``) as a list in the language's style, each name as it reads
mid-sentence ("… et contrat de travail", "… und befristeter Arbeitsvertrag"). A ``{citation}``
is an article reference in the data's notation ("RD 105/18 §4 4° and 5°"), written as the
language cites the law (:func:`i18n.cited`: "AR 105/18 §4 4° et 5°").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from i18n import cited, country_name, format_date, mid_sentence, translator

from .views import Choice, Question

if TYPE_CHECKING:
    from .questions import QuestionSpec

ROLE_FORM = {None: "they", "worker": "you", "employer": "they", "helpdesk": "they"}
"""Questions speak to the worker ("your passport") or about them ("the worker's passport"): about
them while nobody has said who is typing."""


SAID_TO_YOU = frozenset(
    {
        "error.choice.location.you",
        "error.documents.unsure.you",
        "error.location.eu_which.you",
    }
)
"""Messages that speak of "the worker" and have a wording for the worker themselves."""


class Renderer:
    def __init__(self, lang: str, role: str | None) -> None:
        self.lang = lang
        self.role = role
        self.form = ROLE_FORM[role]
        self.t = translator(lang, "interview")

    def value(self, value: Any) -> Any:
        if isinstance(value, (tuple, list)) and len(value) == 2 and isinstance(value[0], str):
            kind, raw = value
            if kind == "date":
                return format_date(raw, self.lang)
            if kind == "country":
                return country_name(raw, self.lang)
            if kind == "documents":
                return self.document_list(raw)
            if kind == "countries":  # "Congo-Brazzaville or Congo-Kinshasa"
                from babel.lists import format_list

                from i18n import LOCALES

                names = [country_name(code, self.lang) for code in raw]
                return format_list(names, style="or", locale=LOCALES[self.lang])
        return value

    def document_name(self, doc_id: str) -> str:
        core = translator(self.lang, "core")
        return core(f"doc.{doc_id}.name") if core.has(f"doc.{doc_id}.name") else doc_id

    def document_list(self, ids: list[str]) -> str:
        from babel.lists import format_list

        from i18n import LOCALES

        names = [mid_sentence(self.document_name(i), self.lang) for i in ids]
        return format_list(names, locale=LOCALES[self.lang])

    def say(self, key: str, values: dict[str, Any] | None = None) -> str:
        """A message; to the worker themselves, its ``.you`` wording where there is one
        (:data:`SAID_TO_YOU`: "where you are now", not "where the worker is now"); a citation
        among its values as the reader's language writes it."""
        if self.form == "you" and f"{key}.you" in SAID_TO_YOU:
            key = f"{key}.you"
        filled = {k: self.value(v) for k, v in (values or {}).items()}
        if isinstance(filled.get("citation"), str):
            filled["citation"] = cited(filled["citation"], self.lang)
        return self.t(key, **filled)

    def question(
        self, spec: QuestionSpec, checklist: tuple[str, ...], variant: str = ""
    ) -> Question:
        if spec.kind == "choice":
            choices = [
                Choice(value=str(i), label=self.t(f"choice.{spec.id}.{value}"))
                for i, value in enumerate(spec.choices, start=1)
            ]
        elif spec.kind == "documents":
            choices = [Choice(value=doc, label=self.document_name(doc)) for doc in checklist]
        else:
            choices = []
        form = "they" if spec.id == "opening" and self.role is None else self.form
        return Question(
            id=spec.id,
            kind=spec.kind,
            text=self.t(f"question.{spec.id}.{variant + '.' if variant else ''}{form}"),
            hint=self.t(f"question.{spec.id}.hint"),
            choices=choices,
            may_be_unknown=spec.may_be_unknown,
        )
