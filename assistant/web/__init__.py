"""saison in a browser (``saison serve``): the terminal app, served as it is by textual-serve.

Each browser tab starts its own app process (textual-serve's model), in the browser's language
when it is one of the four, with the options the server was started with. ``cli.py`` (the
command), ``server.py`` (the page, the favicon, one app per tab), ``language.py`` (the
``Accept-Language`` header read), ``templates/`` and ``favicon.svg`` (what the browser shows
before the app's first frame).
"""
