"""The region's own pages as link targets: title and CMS address in one language."""

from __future__ import annotations

from editor.models.store import Store
from editor.views.editor.surface.link_dialog import PageLink, page_address


def region_page_links(store: Store, language: str) -> list[PageLink]:
    """Every page translated into ``language``, with its address ``<cms>/<region>/<lang>/<slugs…>/``."""
    region = store.region()
    if region is None:
        return []
    parents = {row.id: row.parent_id for row in store.page_tree()}
    texts = {data.page_id: (data.title, data.slug) for data in store.iter_translations(language)}
    links = []
    for page_id, (title, slug) in texts.items():
        slugs: list[str] = []
        current: int | None = page_id
        seen: set[int] = set()
        while current is not None and current not in seen and current in texts:
            seen.add(current)
            slugs.insert(0, texts[current][1])
            current = parents.get(current)
        if slug and current is None:
            links.append(PageLink(title, page_address(region.cms_url or "", region.slug, language, slugs)))
    return sorted(links, key=lambda link: link.title.casefold())
