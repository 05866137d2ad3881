"""The read-only web UI: server-rendered pages over a store, each also available as JSON.

Every page is one query function (``refrain.store.queries``) rendered either by a Jinja2 template
(autoescaped) or as JSON: ``/path?format=json`` or ``/api/path``, as in Datasette.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote as urlquote
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from refrain.views.jinja import environment
from refrain.web import pages as page_views
from refrain.web.db import IDLE_CLOSE_S, LOCK_WAIT_S, ReadOnlyDatabase, StoreUnavailable
from refrain.web.routes import add_pages

HERE = Path(__file__).resolve().parent
log = logging.getLogger("refrain.web")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class SecurityHeaders:
    """Pure ASGI middleware adding SECURITY_HEADERS to every HTTP response (static files included).

    (Starlette's ``@app.middleware("http")`` costs a task and a stream per request; this is a
    wrapper around ``send``.)
    """

    _headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()]

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [
                    *message.get("headers", []),
                    *(h for h in self._headers if h[0] not in present),
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _make_templates() -> Jinja2Templates:
    env = environment(HERE / "templates")
    env.filters["u"] = lambda value: urlquote(str(value), safe="")
    env.globals["safe_url"] = page_views.safe_url
    env.globals["value_sentence"] = page_views.value_sentence
    return Jinja2Templates(env=env)


def create_app(
    db_path: str, *, idle_close_s: float = IDLE_CLOSE_S, lock_wait_s: float = LOCK_WAIT_S
) -> FastAPI:
    """The web UI over the store at ``db_path``, read-only.

    The file is closed after ``idle_close_s`` without requests (so ``refrain analyze`` can get in);
    a request waits up to ``lock_wait_s`` for a writer to let go of it before answering 503.
    """
    database = ReadOnlyDatabase(str(db_path), idle_close_s=idle_close_s, lock_wait_s=lock_wait_s)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        database.close()

    app = FastAPI(title="refrain", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    templates = _make_templates()
    app.state.db_path = str(db_path)
    app.state.database = database
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api") or request.query_params.get("format") == "json"

    def render(
        request: Request,
        template: str,
        data: dict[str, Any],
        status: int = 200,
        view: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    ) -> Response:
        if wants_json(request):
            return JSONResponse(jsonable_encoder(data), status_code=status)
        context = view(data) if view else data
        json_url = request.url.path + "?" + urlencode({**request.query_params, "format": "json"})
        if (
            len(json_url) > MAX_ECHOED_URL
        ):  # a huge request is not echoed back (a relative link keeps the page)
            json_url = "?format=json"
        return templates.TemplateResponse(
            request,
            template,
            {"db_name": Path(app.state.db_path).name, "json_url": json_url, **context},
            status_code=status,
        )

    app.add_middleware(SecurityHeaders)
    _add_error_pages(app, render)
    add_pages(app, database, render)
    return app


# The longest URL a page repeats (its "as JSON" link); longer requests are not echoed back.
MAX_ECHOED_URL = 2_000


def _add_error_pages(app: FastAPI, render: Callable[..., Response]) -> None:
    """Every error as a page (or JSON) with the security headers: 503 busy, 404, 400, 500."""

    def error_page(
        request: Request, status: int, title: str, detail: str, headers: dict[str, str] | None = None
    ) -> Response:
        data = {"error": {"status": status, "title": title, "detail": detail}}
        response = render(request, "error.html", data, status=status)
        # Set here too: a 500 answer is built outside the middleware that adds them to the rest.
        for k, v in {**SECURITY_HEADERS, **(headers or {})}.items():
            response.headers[k] = v
        return response

    @app.exception_handler(StoreUnavailable)
    async def store_unavailable(request: Request, exc: StoreUnavailable) -> Response:
        title = "The store is busy" if exc.busy else "The store is not available"
        return error_page(request, 503, title, str(exc), headers={"Retry-After": "5"} if exc.busy else None)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        titles = {404: "Not found", 405: "Method not allowed", 400: "Bad request"}
        detail = exc.detail if isinstance(exc.detail, str) else "the request cannot be answered"
        if exc.status_code == 404 and detail == "Not Found":
            detail = "there is no such page"
        return error_page(request, exc.status_code, titles.get(exc.status_code, "Error"), detail)

    @app.exception_handler(RequestValidationError)
    async def bad_params(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg', 'invalid')}"
            for e in exc.errors()
        )
        return error_page(request, 400, "Bad request", problems or "invalid parameters")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("error answering %s", request.url.path)
        return error_page(
            request, 500, "Something went wrong", "the page could not be built; see the server log"
        )


def run(db_path: str, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the web UI with uvicorn until interrupted."""
    import uvicorn

    from refrain.web.db import read_only_store as check

    try:
        with check(db_path):  # fail early, with a clear message, on a missing or broken store
            pass
    except StoreUnavailable as exc:
        if not exc.busy:  # a busy store is fine: pages answer 503 until the writer is done
            raise
    print(f"refrain: serving {db_path} read-only at http://{host}:{port}/ (Ctrl-C to stop)", file=sys.stderr)
    uvicorn.run(create_app(db_path), host=host, port=port, log_level="warning", server_header=False)
