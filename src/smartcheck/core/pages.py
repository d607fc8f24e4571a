"""The wizard's page ids: the words ``Assessment.cursor`` is written in.

A leaf module, so that the merge (which opens a merged draft at the review)
and the session (which runs the pages) share the ids without the merge
importing the wizard's flow.
"""

from __future__ import annotations

PROFILE, METHOD, TARGETS, QUICK_WINS, REVIEW = "profile", "method", "targets", "quick_wins", "review"
MEASURES = "measures"  # first page of a repeat assessment while earlier measures are open
DIMENSION_PREFIX = "dimension:"
