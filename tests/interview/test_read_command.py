"""``saison read`` shows a maintainer what the reader hears in one answer."""

from __future__ import annotations

from assistant.cli import main


def test_it_lists_the_mentions_and_what_the_interview_does(capsys):
    main(
        [
            "read",
            "--lang",
            "nl",
            "--today",
            "2026-06-10",
            "--question",
            "previous_stays",
            "nee, niet als seizoenarbeider, maar op bezoek in Duitsland van 2 februari tot 2 mei",
        ]
    )
    out = capsys.readouterr().out
    assert "period: '2 februari tot 2 mei'" in out
    assert "country: 'duitsland' -> DE (place)" in out
    assert "accepted" in out
    assert '"previous_schengen_stays": [{"start": "2026-02-02", "end": "2026-05-02"}]' in out
