"""The pages of the web UI: each is one query of :mod:`refrain.store.queries`, rendered either by
a Jinja2 template or as JSON (its twin at ``/api<path>``) from the same value."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Annotated, Any
from urllib.parse import quote as urlquote
from urllib.parse import urlencode

from fastapi import FastAPI, Query, Request
from fastapi.responses import RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from refrain.settings import SETTINGS
from refrain.store import Store, queries
from refrain.store.queries import paging
from refrain.store.queries.filters import SPEAKER_KIND_CHOICES, Filters
from refrain.store.queries.search import matching_speakers
from refrain.store.queries.search import search as run_search
from refrain.web import pages as page_views
from refrain.web.db import ReadOnlyDatabase
from refrain.web.export import PageOfRows, csv_response

# FastAPI reads the handlers' (string) annotations in this module's namespace: they are imported here.
from refrain.web.params import (
    ConflictSortParam,
    FamilySortParam,
    FiltersDep,
    FormatParam,
    ListFormatParam,
    PageParam,
    ReuseSortParam,
    SearchRowsParam,
    SortParam,
    SpeakerSortParam,
    StoreDep,
)
from refrain.web.search import with_snippets
from refrain.web.textdiff import with_family_diffs, with_pair_diffs


def past_the_end(data: dict[str, Any]) -> None:
    """A page past the last one of a list that has rows is a 404 that says how many there are."""
    if data.get("total") and data["page"] > data["pages"]:
        raise StarletteHTTPException(
            404, f"page {data['page']} is past the end: this list has {data['pages']} page(s)"
        )


Render = Callable[..., Response]  # (request, template, data, status=200, view=None)
View = Callable[[dict[str, Any]], dict[str, Any]]  # what a template is given, from the page's data


class Pages:
    """What every page needs: registering it (and its JSON twin), the cache, the renderer."""

    def __init__(self, app: FastAPI, database: ReadOnlyDatabase, render: Render) -> None:
        self.app, self.database, self.render = app, database, render

    def cached(self, store: Store, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        # The page size is part of the key: a page is only the same page at the same size.
        return self.database.cached(store, (*key, paging.PAGE_SIZE), compute)

    @staticmethod
    def not_found(what: str) -> Response:
        raise StarletteHTTPException(404, f"no such {what}")

    def route(self, path: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """Register a page at ``path`` and its JSON twin at ``/api<path>``."""

        def register(fn: Callable[..., Any]) -> Callable[..., Any]:
            self.app.add_api_route(path, fn, methods=["GET"], include_in_schema=False)
            self.app.add_api_route(
                "/api" + (path if path != "/" else ""), fn, methods=["GET"], include_in_schema=False
            )
            return fn

        return register

    def list_page(
        self,
        request: Request,
        store: Store,
        name: str,
        page_of_rows: PageOfRows,
        *,
        key: tuple[Any, ...],
        page: int,
        format: str,
        template: str,
        view: View | None = None,
        extra: Callable[[Store], dict[str, Any]] | None = None,
    ) -> Response:
        """A list: one page of it (HTML or JSON, cached, a 404 past its end) or, with
        ``format=csv``, all of it streamed, both from the same ``page_of_rows(store, page)``.
        ``key`` is what else names the page (filters, sort); ``extra`` adds what the page shows
        beside the rows (not in the CSV)."""
        if format == "csv":
            return csv_response(request, name, page_of_rows)
        data = self.cached(
            store,
            (name, page, *key),
            lambda: {**page_of_rows(store, page), **(extra(store) if extra else {})},
        )
        past_the_end(data)
        return self.render(request, template, data, view=view)

    def one(
        self,
        request: Request,
        store: Store,
        key: tuple[Any, ...],
        compute: Callable[[], dict[str, Any] | None],
        *,
        what: str,
        template: str,
        view: View | None = None,
    ) -> Response:
        """One thing's page (cached): its template, or a 404 naming ``what`` when it does not exist."""
        data = self.cached(store, key, compute)
        if data is None:
            return self.not_found(what)
        return self.render(request, template, data, view=view)

    def filtered_list(
        self,
        path: str,
        name: str,
        rows: Callable[..., dict[str, Any]],
        *,
        sort: Any,
        template: str,
        view: View | None = None,
        extra: Callable[[Store], dict[str, Any]] | None = None,
        facets: Callable[[Filters], Filters] = lambda filters: filters,
    ) -> None:
        """Register a list with the facets and a sort (``sort``: its query parameter), read by
        ``rows(store, page=, filters=, sort=)``; ``facets`` checks or narrows the facets first."""

        def handler(
            request: Request,
            store: StoreDep,
            filters: FiltersDep,
            page: PageParam = 1,
            sort: str | None = None,
            format: ListFormatParam = "html",
        ) -> Response:
            checked = facets(filters)
            return self.list_page(
                request, store, name,
                lambda s, p: rows(s, page=p, filters=checked, sort=sort),
                key=(checked.key(), sort), page=page, format=format, template=template,
                view=view, extra=extra,
            )  # fmt: skip

        # FastAPI reads the parameters from the annotations: each list has its own sort whitelist.
        handler.__annotations__ = {**handler.__annotations__, "sort": sort}
        handler.__name__ = handler.__qualname__ = name
        self.route(path)(handler)

    @staticmethod
    def found_csv(
        request: Request, store: Store, format: str, name: str, page_of_rows: Callable[[Store, int], Any]
    ) -> Response | None:
        """With ``format=csv``, the streamed CSV of one thing's rows (a speaker's quotes, a family's
        members) when that thing exists; else None (the page, or its 404, is answered instead)."""
        if format != "csv" or page_of_rows(store, 1) is None:
            return None
        return csv_response(request, name, lambda s, p: page_of_rows(s, p) or {})


def add_pages(app: FastAPI, database: ReadOnlyDatabase, render: Render) -> None:
    """Register every page of the web UI on ``app``."""
    pages = Pages(app, database, render)
    _article_pages(pages)
    _speaker_pages(pages)
    _family_pages(pages)
    _reuse_pages(pages)
    _conflict_pages(pages)
    _search_page(pages)


def _article_pages(pages: Pages) -> None:
    """The overview, the articles, one article."""

    @pages.route("/")
    def overview(request: Request, store: StoreDep, format: FormatParam = "html") -> Response:
        data = pages.cached(store, ("overview",), lambda: queries.overview(store))
        return pages.render(request, "overview.html", data, view=page_views.overview_view)

    pages.filtered_list("/articles", "articles", queries.articles, sort=SortParam, template="articles.html")

    @pages.route("/articles/{doc_id}")
    def article(request: Request, store: StoreDep, doc_id: str, format: FormatParam = "html") -> Response:
        return pages.one(
            request, store, ("article", doc_id), lambda: queries.article(store, doc_id),
            what="article", template="article.html", view=page_views.article_view,
        )  # fmt: skip


def _speaker_kind(filters: Filters) -> Filters:
    """On the speakers list ``kind`` is the speaker's (person, organisation ...), not the quote's."""
    if filters.kind and filters.kind not in SPEAKER_KIND_CHOICES:
        raise StarletteHTTPException(
            400, f"kind: no speaker kind {filters.kind!r}, one of {', '.join(SPEAKER_KIND_CHOICES)}"
        )
    return filters


def _speaker_pages(pages: Pages) -> None:
    """The speakers, one speaker, one quote."""
    pages.filtered_list(
        "/speakers", "speakers", queries.speakers,
        sort=SpeakerSortParam, template="speakers.html", facets=_speaker_kind,
    )  # fmt: skip

    @pages.route("/speakers/{name:path}")
    def speaker(
        request: Request, store: StoreDep, name: str, page: PageParam = 1, format: ListFormatParam = "html"
    ) -> Response:
        csv = pages.found_csv(
            request, store, format, "speaker-quotes", lambda s, p: queries.speaker(s, name, page=p)
        )
        if csv is not None:
            return csv
        data = pages.cached(store, ("speaker", name, page), lambda: queries.speaker(store, name, page=page))
        if data is None:
            # A part of a name ("Rabiei"): the one speaker it names, or the search listing them all.
            matches = matching_speakers(store, name) if name.strip() else []
            if len(matches) == 1 and matches[0]["speaker"] != name:
                prefix = "/api" if request.url.path.startswith("/api") else ""
                query = f"?{request.url.query}" if request.url.query else ""
                return RedirectResponse(
                    f"{prefix}/speakers/{urlquote(matches[0]['speaker'], safe='')}{query}"
                )
            if matches:
                return RedirectResponse("/search?" + urlencode({"q": name}))
            return pages.not_found("speaker")
        return pages.render(request, "speaker.html", data, view=page_views.speaker_view)

    @pages.route("/quotes/{quote_id}")
    def quote(request: Request, store: StoreDep, quote_id: str, format: FormatParam = "html") -> Response:
        def compute() -> dict[str, Any] | None:
            found = queries.quote(store, quote_id)
            if found is not None:  # the same statement in other languages, when it is linked to one
                found["quote"]["crosslingual_family"] = queries.crosslingual_family_of_quotes(
                    store, [quote_id]
                ).get(quote_id)
            return found

        return pages.one(request, store, ("quote", quote_id), compute, what="quote", template="quote.html")


def _family_pages(pages: Pages) -> None:
    """Repeated quotes (quote families) and the same statement across languages."""
    pages.filtered_list(
        "/families", "families", queries.families, sort=FamilySortParam, template="families.html"
    )

    @pages.route("/families/{family_id}")
    def family(
        request: Request,
        store: StoreDep,
        family_id: int,
        page: PageParam = 1,
        format: ListFormatParam = "html",
    ) -> Response:
        csv = pages.found_csv(
            request, store, format, f"family-{family_id}", lambda s, p: queries.family(s, family_id, page=p)
        )
        if csv is not None:
            return csv

        def compute() -> dict[str, Any] | None:
            found = with_family_diffs(queries.family(store, family_id, page=page))
            if found is not None:
                found["crosslingual_families"] = queries.crosslingual_of_family(store, family_id)
            return found

        return pages.one(
            request, store, ("family", family_id, page), compute,
            what="quote family", template="family.html", view=page_views.family_view,
        )  # fmt: skip

    @pages.route("/crosslingual")
    def crosslingual_families(
        request: Request, store: StoreDep, page: PageParam = 1, format: ListFormatParam = "html"
    ) -> Response:
        return pages.list_page(
            request, store, "crosslingual", lambda s, p: queries.crosslingual_families(s, page=p),
            key=(), page=page, format=format, template="crosslingual_families.html",
        )  # fmt: skip

    @pages.route("/crosslingual/{family_id}")
    def crosslingual_family(
        request: Request, store: StoreDep, family_id: int, format: ListFormatParam = "html"
    ) -> Response:
        def members(s: Store, _page: int) -> dict[str, Any] | None:  # one page: every member
            found = queries.crosslingual_family(s, family_id)
            return None if found is None else {"rows": found.get("members", [])}

        csv = pages.found_csv(request, store, format, f"crosslingual-{family_id}", members)
        if csv is not None:
            return csv
        return pages.one(
            request, store, ("crosslingual family", family_id),
            lambda: queries.crosslingual_family(store, family_id),
            what="cross-language quote family", template="crosslingual.html", view=page_views.crosslingual_view,
        )  # fmt: skip


def _reuse_pages(pages: Pages) -> None:
    """Passages shared by two articles: the pairs (with who copies whom) and one pair compared."""
    pages.filtered_list(
        "/reuse", "reuse", queries.reuse_pairs, sort=ReuseSortParam, template="reuse.html",
        view=page_views.reuse_list_view, extra=lambda s: {"flows": queries.outlet_flows(s, limit=SETTINGS.views.outlet_flows)},
    )  # fmt: skip

    @pages.route("/reuse/{a}/{b}")
    def reuse_pair(
        request: Request, store: StoreDep, a: str, b: str, format: FormatParam = "html"
    ) -> Response:
        return pages.one(
            request, store, ("reuse_pair", a, b), lambda: with_pair_diffs(queries.reuse_pair(store, a, b)),
            what="pair of articles sharing passages", template="reuse_pair.html", view=page_views.reuse_pair_view,
        )  # fmt: skip


def _conflict_pages(pages: Pages) -> None:
    """Figures that disagree: the groups, one group on its number line."""
    pages.filtered_list(
        "/conflicts", "conflicts", queries.conflicts, sort=ConflictSortParam, template="conflicts.html",
        facets=lambda filters: replace(filters, kind=None),  # figures are not quotes: no quote kind here
    )  # fmt: skip

    @pages.route("/conflicts/{group_id}")
    def conflict(request: Request, store: StoreDep, group_id: int, format: FormatParam = "html") -> Response:
        return pages.one(
            request, store, ("conflict", group_id), lambda: queries.conflict(store, group_id),
            what="conflict group", template="conflict.html", view=page_views.conflict_view,
        )  # fmt: skip


def _search_page(pages: Pages) -> None:
    """Search over articles, quotes and speakers, with the lists' filters."""

    @pages.route("/search")
    def search(
        request: Request,
        store: StoreDep,
        filters: FiltersDep,
        q: Annotated[str, Query(max_length=200)] = "",
        page: PageParam = 1,
        format: ListFormatParam = "html",
        rows: SearchRowsParam = "quotes",
    ) -> Response:
        if format == "csv":
            if not q.strip():
                raise StarletteHTTPException(400, "a CSV of search results needs a query (q=...)")
            only = "documents" if rows == "articles" else "quotes"
            return csv_response(
                request,
                f"search-{rows}",
                lambda s, p: run_search(s, q, page=p, filters=filters, only=only)[only],
                leave_out=("text",) if only == "documents" else (),
            )
        if not q.strip():
            # Nothing asked yet: the search page with its box and what can be searched, not an error.
            empty = {"query": "", "mode": None, "filters": filters.params(), "page": 1, "speakers": []}
            return pages.render(request, "search.html", {**empty, "empty": True})
        data = pages.cached(
            store,
            ("search", q, page, filters.key()),
            lambda: with_snippets(run_search(store, q, page=page, filters=filters)),
        )
        return pages.render(request, "search.html", data)
