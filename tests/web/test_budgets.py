"""The time budgets of the web service: an input's within its request's."""

from __future__ import annotations


def test_one_input_is_given_up_before_its_request() -> None:
    """At the request's whole budget, the request's 422 came before the slow input's MC-EN-003, and every
    other input of the request lost its result."""
    from qa_checker.web.application import INPUT_SHARE, WebApp
    from qa_checker.web.settings import Settings

    app = WebApp(Settings(timeout=8.0, workers=1))
    try:
        assert app.limits.seconds == 8.0 * INPUT_SHARE < 8.0
    finally:
        app.pool.close()
