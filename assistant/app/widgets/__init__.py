"""Widgets of the terminal app (reusable ones keep their CSS in ``DEFAULT_CSS``)."""
