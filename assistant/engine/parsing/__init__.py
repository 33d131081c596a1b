"""Reading answers typed in French, Dutch, German or English: yes/no, dates, periods, lists of
periods, nationalities, documents. Pure functions; no state, no user interface."""
