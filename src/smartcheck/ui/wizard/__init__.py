"""The assessment wizard: its window (``wizard.py``), the pages and the pieces they share.

``common.py`` holds the page base and debounced saving, ``question.py`` one
question's widget, ``pages.py`` the profile, method and dimension pages; the
targets, quick-win, measures and review pages have modules of their own.
"""

from .wizard import AssessmentWizard

__all__ = ["AssessmentWizard"]
