"""The one error type a user can act on.

Raised anywhere below the command line with a message that names the file and
the place in it; the command line prints it on stderr and exits with 1,
without a traceback.
"""


class UserError(Exception):
    pass
