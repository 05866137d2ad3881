"""The read-only web UI: server-rendered pages over a store, each also available as JSON.

Every page is one query function (``refrain.store.queries``) rendered either by a Jinja2 template
(autoescaped) or as JSON: ``/path?format=json`` or ``/api/path``, as in Datasette.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote as urlquote
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from refrain.direction import direction_attrs, quoted
from refrain.store import Store, queries
from refrain.store.queries import paging
from refrain.views.format import number
from refrain.web import pages as page_views
from refrain.web.db import IDLE_CLOSE_S, LOCK_WAIT_S, ReadOnlyDatabase, StoreUnavailable
from refrain.web.search import search as run_search
from refrain.web.textdiff import with_family_diffs, with_pair_diffs

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
MAX_PAGE = 1_000_000
PageParam = Annotated[int, Query(ge=1, le=MAX_PAGE, description="1-based page number")]
FormatParam = Annotated[str, Query(pattern="^(html|json)$", alias="format")]


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


def get_store(request: Request) -> Iterator[Store]:
    """A read-only store (its own cursor) for one request, closed when the response is built."""
    with request.app.state.database.store() as store:
        yield store


StoreDep = Annotated[Store, Depends(get_store)]


def _make_templates() -> Jinja2Templates:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["u"] = lambda value: urlquote(str(value), safe="")
    env.filters["num"] = number
    env.filters["textdir"] = direction_attrs
    env.filters["quoted"] = quoted
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
        return templates.TemplateResponse(
            request,
            template,
            {"db_name": Path(app.state.db_path).name, "json_url": json_url, **context},
            status_code=status,
        )

    def error_page(
        request: Request, status: int, title: str, detail: str, headers: dict[str, str] | None = None
    ) -> Response:
        data = {"error": {"status": status, "title": title, "detail": detail}}
        response = render(request, "error.html", data, status=status)
        # Set here too: a 500 answer is built outside the middleware that adds them to the rest.
        for k, v in {**SECURITY_HEADERS, **(headers or {})}.items():
            response.headers[k] = v
        return response

    app.add_middleware(SecurityHeaders)

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

    def cached(store: Store, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        # The page size is part of the key: a page is only the same page at the same size.
        return database.cached(store, (*key, paging.PAGE_SIZE), compute)

    def not_found(what: str) -> Response:
        raise StarletteHTTPException(404, f"no such {what}")

    def route(path: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """Register a page at ``path`` and its JSON twin at ``/api<path>``."""

        def register(fn: Callable[..., Any]) -> Callable[..., Any]:
            app.add_api_route(path, fn, methods=["GET"], include_in_schema=False)
            app.add_api_route(
                "/api" + (path if path != "/" else ""), fn, methods=["GET"], include_in_schema=False
            )
            return fn

        return register

    @route("/")
    def overview(request: Request, store: StoreDep, format: FormatParam = "html") -> Response:
        return render(request, "overview.html", cached(store, ("overview",), lambda: queries.overview(store)))

    @route("/articles")
    def articles(
        request: Request,
        store: StoreDep,
        page: PageParam = 1,
        outlet: Annotated[str | None, Query(max_length=300)] = None,
        format: FormatParam = "html",
    ) -> Response:
        return render(
            request,
            "articles.html",
            cached(
                store, ("articles", page, outlet), lambda: queries.articles(store, page=page, outlet=outlet)
            ),
        )

    @route("/articles/{doc_id}")
    def article(request: Request, store: StoreDep, doc_id: str, format: FormatParam = "html") -> Response:
        data = cached(store, ("article", doc_id), lambda: queries.article(store, doc_id))
        if data is None:
            return not_found("article")
        return render(request, "article.html", data, view=page_views.article_view)

    @route("/speakers")
    def speakers(
        request: Request, store: StoreDep, page: PageParam = 1, format: FormatParam = "html"
    ) -> Response:
        return render(
            request,
            "speakers.html",
            cached(store, ("speakers", page), lambda: queries.speakers(store, page=page)),
        )

    @route("/speakers/{name:path}")
    def speaker(
        request: Request, store: StoreDep, name: str, page: PageParam = 1, format: FormatParam = "html"
    ) -> Response:
        data = cached(store, ("speaker", name, page), lambda: queries.speaker(store, name, page=page))
        if data is None:
            return not_found("speaker")
        return render(request, "speaker.html", data, view=page_views.speaker_view)

    @route("/quotes/{quote_id}")
    def quote(request: Request, store: StoreDep, quote_id: str, format: FormatParam = "html") -> Response:
        data = cached(store, ("quote", quote_id), lambda: queries.quote(store, quote_id))
        if data is None:
            return not_found("quote")
        return render(request, "quote.html", data)

    @route("/families")
    def families(
        request: Request, store: StoreDep, page: PageParam = 1, format: FormatParam = "html"
    ) -> Response:
        return render(
            request,
            "families.html",
            cached(store, ("families", page), lambda: queries.families(store, page=page)),
        )

    @route("/families/{family_id}")
    def family(
        request: Request, store: StoreDep, family_id: int, page: PageParam = 1, format: FormatParam = "html"
    ) -> Response:
        data = cached(
            store,
            ("family", family_id, page),
            lambda: with_family_diffs(queries.family(store, family_id, page=page)),
        )
        if data is None:
            return not_found("quote family")
        return render(request, "family.html", data)

    @route("/reuse")
    def reuse(
        request: Request, store: StoreDep, page: PageParam = 1, format: FormatParam = "html"
    ) -> Response:
        return render(
            request,
            "reuse.html",
            cached(store, ("reuse", page), lambda: queries.reuse_pairs(store, page=page)),
        )

    @route("/reuse/{a}/{b}")
    def reuse_pair(
        request: Request, store: StoreDep, a: str, b: str, format: FormatParam = "html"
    ) -> Response:
        data = cached(store, ("reuse_pair", a, b), lambda: with_pair_diffs(queries.reuse_pair(store, a, b)))
        if data is None:
            return not_found("pair of articles sharing passages")
        return render(request, "reuse_pair.html", data, view=page_views.reuse_pair_view)

    @route("/conflicts")
    def conflicts(
        request: Request, store: StoreDep, page: PageParam = 1, format: FormatParam = "html"
    ) -> Response:
        return render(
            request,
            "conflicts.html",
            cached(store, ("conflicts", page), lambda: queries.conflicts(store, page=page)),
        )

    @route("/conflicts/{group_id}")
    def conflict(request: Request, store: StoreDep, group_id: int, format: FormatParam = "html") -> Response:
        data = cached(store, ("conflict", group_id), lambda: queries.conflict(store, group_id))
        if data is None:
            return not_found("conflict group")
        return render(request, "conflict.html", data)

    @route("/search")
    def search(
        request: Request,
        store: StoreDep,
        q: Annotated[str, Query(min_length=1, max_length=200)],
        page: PageParam = 1,
        format: FormatParam = "html",
    ) -> Response:
        if not q.strip():
            raise StarletteHTTPException(400, "give something to search for")
        return render(
            request,
            "search.html",
            cached(store, ("search", q, page), lambda: run_search(store, q, page=page)),
        )

    return app


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
