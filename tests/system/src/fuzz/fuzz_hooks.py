"""Checks of our own for Schemathesis, loaded through SCHEMATHESIS_HOOKS by api-fuzz.int.spec.ts."""

import os

import schemathesis

READING_METHODS = {"GET", "HEAD", "OPTIONS"}
# An official's own session (sign in, refresh, sign out, change one's password) is theirs to change, read-only or not.
OWN_SESSION = "/auth/"


@schemathesis.check
def read_only_changes_nothing(ctx, response, case):
    """An inspector's token (FUZZ_READ_ONLY=1) must never have a change accepted, whatever the request."""
    if os.environ.get("FUZZ_READ_ONLY") != "1":
        return None
    if case.method.upper() in READING_METHODS or case.path.startswith(OWN_SESSION):
        return None
    if 200 <= response.status_code < 300:
        raise AssertionError(
            f"{case.method} {case.path} accepted a change from a read-only official ({response.status_code})"
        )
    return None
