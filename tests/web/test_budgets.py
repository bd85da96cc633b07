"""The time budgets of the web service: an input's within its request's."""

from __future__ import annotations


def test_one_input_is_given_up_before_its_request() -> None:
    """At the request's whole budget, the request's 422 came before the slow input's MC-EN-003, and every
    other input of the request lost its result."""
    from qa_checker.limits import INPUT_SHARE
    from qa_checker.web.application import WebApp
    from qa_checker.web.settings import Settings

    app = WebApp(Settings(timeout=8.0, workers=1))
    try:
        assert app.limits.seconds == 8.0 * INPUT_SHARE < 8.0
    finally:
        app.pool.close()


def test_slow_uploads_cost_the_others_of_their_request_nothing() -> None:
    """Several slow uploads used to add up past the request's CPU budget: the whole request was a 422 and the good
    file sent with them lost its result. The uploads share one clock: each slow one is one MC-EN-003 result (given
    up, or not reached when the clock ran out), the good one passes, and the request is answered."""
    from datetime import datetime, timezone
    from pathlib import Path

    from qa_checker.limits import Limits
    from qa_checker.web import worker

    good = Path(__file__).parents[2] / "samples" / "offers" / "data-ethics-nl.yaml"
    slow = b"a: b\n" * 400_000  # about a second to read: a mapping of 400,000 repeated keys
    uploads = tuple(worker.Upload(f"slow{i}.yaml", slow + b"n%d: m\n" % i) for i in range(4))
    uploads += (worker.Upload("good.yaml", good.read_bytes()),)
    now = datetime(2026, 11, 29, tzinfo=timezone.utc)
    # The uploads share 1.6 s (four fifths of the 2 s budget), each 1.5 s at most: the good one, the smallest, is read
    # first; the first slow one is given up at its 1.5 s, and the clock has (all but) run out for the others. (The
    # uploads are checked as the worker checks them, without its CPU budget, which a test worker's first check of a
    # descriptor, loading the language models, may spend a good part of.)
    job = worker.CheckJob(uploads, "eu-2022", now, Limits(seconds=1.5, max_nodes=10**7), "report", budget=2.0)
    results = {result.source: result for result in worker.checked_uploads(job, worker.run_config(job))}
    assert list(results) == [upload.name for upload in uploads]
    assert results["good.yaml"].status == "pass"
    for name in ("slow0.yaml", "slow1.yaml", "slow2.yaml", "slow3.yaml"):
        assert [finding.rule for finding in results[name].findings] == ["MC-EN-003"], name
    assert "budget" in results["slow0.yaml"].findings[0].message  # given up reading, or checking
    last = results["slow3.yaml"].findings[0].message
    assert "used up the 1.6 seconds they share before it; it was not read" in last, last


def test_an_upload_of_many_descriptors_is_checked_within_its_share_not_each_descriptor() -> None:
    """Each descriptor of an upload was checked within the upload's share, so a stream of sixty slow ones added up
    past the request's CPU budget: a 422, and the good file sent with it lost its result. The upload's descriptors
    now share its time; those it does not reach are given up in one MC-EN-003 result."""
    import json
    from datetime import datetime, timezone
    from pathlib import Path

    from qa_checker.limits import Limits
    from qa_checker.web import worker

    good = Path(__file__).parents[2] / "samples" / "offers" / "data-ethics-nl.yaml"

    def outcomes(n: int) -> list[str]:  # each descriptor its own: an analysis is not remembered from another's
        return [f"Apply statistical method {n * 1000 + i} to the survey data of region {i}" for i in range(500)]

    stream = "".join(
        f"---\n{json.dumps({'id': f'c{n}', 'title': f'Course {n}', 'learning_outcomes': outcomes(n)})}\n"
        for n in range(60)
    )
    uploads = (worker.Upload("good.yaml", good.read_bytes()), worker.Upload("stream.yaml", stream.encode()))
    now = datetime(2026, 11, 29, tzinfo=timezone.utc)
    job = worker.CheckJob(uploads, "eu-2022", now, Limits(seconds=1.0), "report", budget=2.0)
    results = worker.checked_uploads(job, worker.run_config(job))
    assert results[0].source == "good.yaml" and results[0].status == "pass"
    streamed = [r for r in results if r.source.startswith("stream.yaml")]
    assert 1 < len(streamed) < 60
    assert "were not checked" in streamed[-1].findings[0].message
