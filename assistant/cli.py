"""The ``saison`` command.

    saison                      the interview (terminal app)
    saison --helpdesk           the interview, helpdesk layout
    saison decide [FILE]        the rules core's machine interface (docs/decide.md)
    saison replay [PATHS...]    replay recorded interviews (transcripts/)
    saison read TEXT            what the reader hears in one answer (for maintainers)
    saison batch FILE           one worker per row of a .csv or .xlsx (assistant.batch.cli)

Each branch imports only what it needs: ``decide`` must start fast and never loads the UI.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else None
    if command == "decide":
        from rules.cli import main as decide_main

        return decide_main(args[1:])
    if command == "replay":
        from assistant.replay import main as replay_main

        return replay_main(args[1:])
    if command == "batch":
        from assistant.batch.cli import main as batch_main

        return batch_main(args[1:])
    if command == "read":
        from assistant.read import main as read_main

        return read_main(args[1:])
    from assistant.app import main as app_main

    return app_main(args)


if __name__ == "__main__":
    sys.exit(main())
