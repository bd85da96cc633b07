"""What every fuzz target shares: turning fuzz bytes into an input file and checking the answer.

A target feeds bytes to one parser through :class:`qa_checker.loaders.Loaders`, exactly as a file of
that type is read in a run. Any exception is a crash; so is an answer with no document or with a
finding whose rule is not registered. ``materialise`` gives the file a crashing input stands for, so
``run.py`` can save it as a regression fixture that the runner reads as it would any upload.
"""

from __future__ import annotations

import base64
import contextlib
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

import atheris

# Coverage comes from instrumenting what the parsers run; run.py imports the targets only to write
# crashing inputs out as files, without instrumenting anything.
_INSTRUMENT = (
    contextlib.nullcontext()
    if os.environ.get("QA_FUZZ_PLAIN")
    else atheris.instrument_imports(include=["qa_checker", "yaml", "openpyxl", "et_xmlfile", "defusedxml"])
)
with _INSTRUMENT:
    from qa_checker.loaders import Loaders
    from qa_checker.rules import RULES_BY_ID


def jws(payload: bytes) -> bytes:
    """A compact JWS (unsigned) around ``payload``."""

    def part(raw: bytes) -> bytes:
        return base64.urlsafe_b64encode(raw).rstrip(b"=")

    return part(b'{"alg":"none"}') + b"." + part(payload) + b"." + part(b"sig")


def plain(suffix: str) -> Callable[[bytes], tuple[str, bytes]]:
    """Fuzz bytes are the file itself."""
    return lambda raw: (suffix, raw)


def check(suffix: str, raw: bytes) -> None:
    """Read ``raw`` as a file with ``suffix`` and insist on a well-formed answer."""
    loaders = Loaders()  # a fresh instance per input, as each run has: no text kept from the last one
    documents = loaders.parse(raw, f"fuzz{suffix}", loaders.by_suffix[suffix])
    if not documents:
        raise AssertionError("the loader returned no document")
    for document in documents:
        for finding in document.findings:
            if finding.rule not in RULES_BY_ID:
                raise AssertionError(f"finding with an unregistered rule {finding.rule!r}")


def signature(exc: BaseException) -> str:
    """Where a crash comes from: the exception's type and the innermost qa-checker function (or the
    harness's own complaint), stable while the code around it is edited."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "qa_checker" in f.filename]
    if not ours:
        return f"{type(exc).__name__}: {str(exc)[:80]}"
    return f"{type(exc).__name__} in {Path(ours[-1].filename).name}:{ours[-1].name}"


def main(materialise: Callable[[bytes], tuple[str, bytes]]) -> None:
    """Run libFuzzer over ``materialise``d inputs (command-line options are libFuzzer's).

    With ``QA_FUZZ_KNOWN`` naming a file, crashes whose :func:`signature` is listed there are passed
    over and a new one is added to it before it stops the run, so ``run.py --keep-going`` finds
    different crashes instead of the first one again.
    """
    known_file = os.environ.get("QA_FUZZ_KNOWN")
    known = (
        set(Path(known_file).read_text(encoding="utf-8").splitlines())
        if known_file and Path(known_file).exists()
        else set()
    )

    def one(raw: bytes) -> None:
        try:
            check(*materialise(raw))
        except Exception as exc:
            if known_file:
                sig = signature(exc)
                if sig in known:
                    return
                with open(known_file, "a", encoding="utf-8") as out:
                    out.write(sig + "\n")
            raise

    atheris.Setup(sys.argv, one)
    atheris.Fuzz()
