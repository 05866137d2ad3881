"""The pages of the web UI: each is one query of :mod:`refrain.store.queries`, rendered either by
a Jinja2 template or as JSON (its twin at ``/api<path>``) from the same value."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Annotated, Any
from urllib.parse import quote as urlquote
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from refrain.settings import SETTINGS
from refrain.store import Store, queries
from refrain.store.queries import paging
from refrain.store.queries.filters import (
    CONFLICT_SORTS,
    DATE_PATTERN,
    FAMILY_SORTS,
    REUSE_SORTS,
    SPEAKER_KIND_CHOICES,
    SPEAKER_SORTS,
    Filters,
)
from refrain.store.queries.search import matching_speakers
from refrain.store.queries.search import search as run_search
from refrain.web import pages as page_views
from refrain.web.db import ReadOnlyDatabase
from refrain.web.export import PageOfRows, csv_response
from refrain.web.search import with_snippets
from refrain.web.textdiff import with_family_diffs, with_pair_diffs

MAX_PAGE = SETTINGS.views.max_page
PageParam = Annotated[int, Query(ge=1, le=MAX_PAGE, description="1-based page number")]
FormatParam = Annotated[str, Query(pattern="^(html|json)$", alias="format")]
# A list page can also be a CSV download of the whole list.
ListFormatParam = Annotated[str, Query(pattern="^(html|json|csv)$", alias="format")]
SortParam = Annotated[str | None, Query(pattern="^-?(date|title|outlet|length)$")]


def _sort_param(keys: tuple[str, ...] | dict[str, str]) -> Any:
    """A ``sort`` query parameter that accepts only the keys of one list's whitelist."""
    pattern = "^(" + "|".join(re.escape(k) for k in keys) + ")$"
    return Annotated[str | None, Query(pattern=pattern)]


FamilySortParam = _sort_param(FAMILY_SORTS)
SpeakerSortParam = _sort_param(SPEAKER_SORTS)
ConflictSortParam = _sort_param(CONFLICT_SORTS)
ReuseSortParam = _sort_param(REUSE_SORTS)
# Which results of a search a CSV holds (a search page shows both).
SearchRowsParam = Annotated[str, Query(pattern="^(articles|quotes)$")]


# Empty filter values (a form's blank fields) mean "not set".
def filter_params(
    outlet: Annotated[str | None, Query(max_length=300)] = None,
    date_from: Annotated[str | None, Query(pattern=f"^(|{DATE_PATTERN[1:-1]})$")] = None,
    date_to: Annotated[str | None, Query(pattern=f"^(|{DATE_PATTERN[1:-1]})$")] = None,
    language: Annotated[str | None, Query(pattern="^([a-z]{2,3})?$")] = None,
    speaker: Annotated[str | None, Query(max_length=200)] = None,
    kind: Annotated[str | None, Query(pattern="^([a-z_]{1,20})?$")] = None,
) -> Filters:
    """The facets of a list or search from the URL (blank ones left unset)."""
    return Filters(
        outlet=outlet or None,
        date_from=date_from or None,
        date_to=date_to or None,
        language=language or None,
        speaker=(speaker or "").strip() or None,
        kind=kind or None,
    )


FiltersDep = Annotated[Filters, Depends(filter_params)]


def past_the_end(data: dict[str, Any]) -> None:
    """A page past the last one of a list that has rows is a 404 that says how many there are."""
    if data.get("total") and data["page"] > data["pages"]:
        raise StarletteHTTPException(
            404, f"page {data['page']} is past the end: this list has {data['pages']} page(s)"
        )


Render = Callable[..., Response]  # (request, template, data, status=200, view=None)
View = Callable[[dict[str, Any]], dict[str, Any]]  # what a template is given, from the page's data


def get_store(request: Request) -> Iterator[Store]:
    """A read-only store (its own cursor) for one request, closed when the response is built."""
    with request.app.state.database.store() as store:
        yield store


StoreDep = Annotated[Store, Depends(get_store)]


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
    route, cached, not_found, render = pages.route, pages.cached, pages.not_found, pages.render

    @route("/")
    def overview(request: Request, store: StoreDep, format: FormatParam = "html") -> Response:
        data = cached(store, ("overview",), lambda: queries.overview(store))
        return render(request, "overview.html", data, view=page_views.overview_view)

    @route("/articles")
    def articles(
        request: Request,
        store: StoreDep,
        filters: FiltersDep,
        page: PageParam = 1,
        sort: SortParam = None,
        format: ListFormatParam = "html",
    ) -> Response:
        return pages.list_page(
            request, store, "articles",
            lambda s, p: queries.articles(s, page=p, filters=filters, sort=sort),
            key=(filters.key(), sort), page=page, format=format, template="articles.html",
        )  # fmt: skip

    @route("/articles/{doc_id}")
    def article(request: Request, store: StoreDep, doc_id: str, format: FormatParam = "html") -> Response:
        data = cached(store, ("article", doc_id), lambda: queries.article(store, doc_id))
        if data is None:
            return not_found("article")
        return render(request, "article.html", data, view=page_views.article_view)


def _speaker_pages(pages: Pages) -> None:
    """The speakers, one speaker, one quote."""
    route, cached, not_found, render = pages.route, pages.cached, pages.not_found, pages.render

    @route("/speakers")
    def speakers(
        request: Request,
        store: StoreDep,
        filters: FiltersDep,
        page: PageParam = 1,
        sort: SpeakerSortParam = None,
        format: ListFormatParam = "html",
    ) -> Response:
        # here ``kind`` is the speaker's (person, organisation ...), not the quote's
        if filters.kind and filters.kind not in SPEAKER_KIND_CHOICES:
            raise StarletteHTTPException(
                400, f"kind: no speaker kind {filters.kind!r}, one of {', '.join(SPEAKER_KIND_CHOICES)}"
            )
        return pages.list_page(
            request, store, "speakers",
            lambda s, p: queries.speakers(s, page=p, filters=filters, sort=sort),
            key=(filters.key(), sort), page=page, format=format, template="speakers.html",
        )  # fmt: skip

    @route("/speakers/{name:path}")
    def speaker(
        request: Request, store: StoreDep, name: str, page: PageParam = 1, format: ListFormatParam = "html"
    ) -> Response:
        csv = pages.found_csv(
            request, store, format, "speaker-quotes", lambda s, p: queries.speaker(s, name, page=p)
        )
        if csv is not None:
            return csv
        data = cached(store, ("speaker", name, page), lambda: queries.speaker(store, name, page=page))
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
            return not_found("speaker")
        return render(request, "speaker.html", data, view=page_views.speaker_view)

    @route("/quotes/{quote_id}")
    def quote(request: Request, store: StoreDep, quote_id: str, format: FormatParam = "html") -> Response:
        def compute() -> dict[str, Any] | None:
            found = queries.quote(store, quote_id)
            if found is not None:  # the same statement in other languages, when it is linked to one
                found["quote"]["crosslingual_family"] = queries.crosslingual_family_of_quotes(
                    store, [quote_id]
                ).get(quote_id)
            return found

        data = cached(store, ("quote", quote_id), compute)
        if data is None:
            return not_found("quote")
        return render(request, "quote.html", data)


def _family_pages(pages: Pages) -> None:
    """Repeated quotes (quote families) and the same statement across languages."""
    route, cached, not_found, render = pages.route, pages.cached, pages.not_found, pages.render

    @route("/families")
    def families(
        request: Request,
        store: StoreDep,
        filters: FiltersDep,
        page: PageParam = 1,
        sort: FamilySortParam = None,
        format: ListFormatParam = "html",
    ) -> Response:
        return pages.list_page(
            request, store, "families",
            lambda s, p: queries.families(s, page=p, filters=filters, sort=sort),
            key=(filters.key(), sort), page=page, format=format, template="families.html",
        )  # fmt: skip

    @route("/families/{family_id}")
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

        data = cached(store, ("family", family_id, page), compute)
        if data is None:
            return not_found("quote family")
        return render(request, "family.html", data, view=page_views.family_view)

    @route("/crosslingual")
    def crosslingual_families(
        request: Request, store: StoreDep, page: PageParam = 1, format: ListFormatParam = "html"
    ) -> Response:
        return pages.list_page(
            request, store, "crosslingual", lambda s, p: queries.crosslingual_families(s, page=p),
            key=(), page=page, format=format, template="crosslingual_families.html",
        )  # fmt: skip

    @route("/crosslingual/{family_id}")
    def crosslingual_family(
        request: Request, store: StoreDep, family_id: int, format: ListFormatParam = "html"
    ) -> Response:
        def members(s: Store, _page: int) -> dict[str, Any] | None:  # one page: every member
            found = queries.crosslingual_family(s, family_id)
            return None if found is None else {"rows": found.get("members", [])}

        csv = pages.found_csv(request, store, format, f"crosslingual-{family_id}", members)
        if csv is not None:
            return csv
        data = cached(
            store, ("crosslingual family", family_id), lambda: queries.crosslingual_family(store, family_id)
        )
        if data is None:
            return not_found("cross-language quote family")
        return render(request, "crosslingual.html", data, view=page_views.crosslingual_view)


def _reuse_pages(pages: Pages) -> None:
    """Passages shared by two articles: the pairs (with who copies whom) and one pair compared."""
    route, cached, not_found, render = pages.route, pages.cached, pages.not_found, pages.render

    @route("/reuse")
    def reuse(
        request: Request,
        store: StoreDep,
        filters: FiltersDep,
        page: PageParam = 1,
        sort: ReuseSortParam = None,
        format: ListFormatParam = "html",
    ) -> Response:
        return pages.list_page(
            request, store, "reuse",
            lambda s, p: queries.reuse_pairs(s, page=p, filters=filters, sort=sort),
            key=(filters.key(), sort), page=page, format=format, template="reuse.html",
            view=page_views.reuse_list_view, extra=lambda s: {"flows": queries.outlet_flows(s, limit=30)},
        )  # fmt: skip

    @route("/reuse/{a}/{b}")
    def reuse_pair(
        request: Request, store: StoreDep, a: str, b: str, format: FormatParam = "html"
    ) -> Response:
        data = cached(store, ("reuse_pair", a, b), lambda: with_pair_diffs(queries.reuse_pair(store, a, b)))
        if data is None:
            return not_found("pair of articles sharing passages")
        return render(request, "reuse_pair.html", data, view=page_views.reuse_pair_view)


def _conflict_pages(pages: Pages) -> None:
    """Figures that disagree: the groups, one group on its number line."""
    route, cached, not_found, render = pages.route, pages.cached, pages.not_found, pages.render

    @route("/conflicts")
    def conflicts(
        request: Request,
        store: StoreDep,
        filters: FiltersDep,
        page: PageParam = 1,
        sort: ConflictSortParam = None,
        format: ListFormatParam = "html",
    ) -> Response:
        filters = replace(filters, kind=None)  # figures are not quotes: no quote kind here
        return pages.list_page(
            request, store, "conflicts",
            lambda s, p: queries.conflicts(s, page=p, filters=filters, sort=sort),
            key=(filters.key(), sort), page=page, format=format, template="conflicts.html",
        )  # fmt: skip

    @route("/conflicts/{group_id}")
    def conflict(request: Request, store: StoreDep, group_id: int, format: FormatParam = "html") -> Response:
        data = cached(store, ("conflict", group_id), lambda: queries.conflict(store, group_id))
        if data is None:
            return not_found("conflict group")
        return render(request, "conflict.html", data, view=page_views.conflict_view)


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
