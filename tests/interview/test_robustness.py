"""Whatever is typed, the engine answers with a step and loses nothing it had gathered."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.engine import Interview

from .conftest import TODAY

STAGES = (
    (),
    ("Morocco",),
    ("Morocco", "abroad"),
    ("Morocco", "abroad", "1/4 - 15/6"),
    ("Morocco", "abroad", "1/4 - 15/6", "no", "31/3"),
    ("Tunisia", "2"),
    ("Tunisia", "2", "1/3 - 30/4", "until 30 May", "no"),
)
TYPED = st.one_of(
    st.text(max_size=60),
    st.text(alphabet="0123456789/.- ", max_size=20),
    st.sampled_from(
        [
            "?",
            "",
            " ",
            "back",
            "why",
            "help",
            "change",
            "nee",
            "31/2",
            "1/13/2026",
            "everything except",
            "∞",
            "\x00",
            "ß" * 50,
            "9" * 40,
        ]
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stage=st.sampled_from(STAGES), text=TYPED)
def test_any_input_gives_a_step_and_loses_nothing(stage, text):
    interview = Interview.start(lang="en", today=TODAY, role="worker")
    for answer in stage:
        interview.answer(answer)
    before = interview.state.facts.model_dump()
    step = interview.answer(text)
    assert step.done or step.question is not None
    if not step.accepted:
        assert interview.state.facts.model_dump() == before
        assert step.messages and step.messages[0].kind == "error"
    Interview.from_json(interview.to_json())  # still serialisable
