"""``saison batch``: a spreadsheet of workers in, one result per worker out (``cli``).

``table`` reads the file, ``columns`` its header, ``cells`` each cell as the interview reads
an answer, ``rows`` decides a row, ``results`` words its outcome, ``writers`` writes it.
"""
