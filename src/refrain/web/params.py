"""The query parameters of the web UI's pages: page, format, each list's sort whitelist, the
facets (filters) and the read-only store a request reads, as FastAPI parameter types."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, Query, Request

from refrain.settings import SETTINGS
from refrain.store import Store
from refrain.store.queries.filters import (
    CONFLICT_SORTS,
    DATE_PATTERN,
    FAMILY_SORTS,
    REUSE_SORTS,
    SPEAKER_SORTS,
    Filters,
)

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


def get_store(request: Request) -> Iterator[Store]:
    """A read-only store (its own cursor) for one request, closed when the response is built."""
    with request.app.state.database.store() as store:
        yield store


StoreDep = Annotated[Store, Depends(get_store)]
