"""Seed the local Integreat CMS test peer with the regions ``testhausen`` and ``hintertal``.

Run by ``peer.sh start`` as ``integreat-cms-cli shell < seed.py`` (the settings come from the
environment peer.sh sets). Region, languages, language tree, users, POI and contact are created
through the CMS's models; every page and page translation is saved through the CMS's own page
edit view (``/<region>/pages/<lang>/<id>/edit/`` via Django's test client, logged in as the
seeded editor or author), so versions, status, ``minor_edit``, ``last_updated``, content cleaning
and the dependent-translation side effects are exactly what a browser edit would produce.

``hintertal`` is the request-budget region: short URLs off, drafts in several languages, a page in
review, an archived page, and a language (uk) that is active but not visible (the page trees name it,
the public API does not).

Prints ``SEED OK`` and a JSON summary (``SEED JSON {...}``) at the end.
"""

from __future__ import annotations

import json
import os
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from integreat_cms.cms.constants import region_status, text_directions
from integreat_cms.cms.models import (
    POI,
    Contact,
    Language,
    LanguageTreeNode,
    Page,
    POICategory,
    Region,
)
from lxml import html as lxml_html

PASSWORD = os.environ.get("CMS_PEER_PASSWORD", "desk-peer-1234")
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
HOST = os.environ.get("INTEGREAT_CMS_BASE_URL", "http://127.0.0.1:8765").split("://", 1)[1]
SLUG = "testhausen"
BUDGET_SLUG = "hintertal"

LANGS = {  # slug: (bcp47, native, english, direction, country, parent)
    "de": ("de-DE", "Deutsch", "German", text_directions.LEFT_TO_RIGHT, "de", None),
    "en": ("en-US", "English", "English", text_directions.LEFT_TO_RIGHT, "gb", "de"),
    "ar": ("ar-MA", "العربية", "Arabic", text_directions.RIGHT_TO_LEFT, "sy", "de"),
    "fa": ("fa-IR", "فارسی", "Persian", text_directions.RIGHT_TO_LEFT, "ir", "de"),
}
HIDDEN = {"uk": ("uk-UA", "Українська", "Ukrainian", text_directions.LEFT_TO_RIGHT, "ua", "de")}


def ensure_languages() -> dict:
    """Create the four languages where migrate did not (it creates none)."""
    out = {}
    for slug, (tag, native, english, direction, country, _parent) in {**LANGS, **HIDDEN}.items():
        lang, _ = Language.objects.get_or_create(
            slug=slug,
            defaults={
                "bcp47_tag": tag,
                "native_name": native,
                "english_name": english,
                "text_direction": direction,
                "primary_country_code": country,
                "table_of_contents": "Inhaltsverzeichnis" if slug == "de" else "Contents",
            },
        )
        out[slug] = lang
    return out


def create_region(langs: dict, slug: str = SLUG, short_urls: bool = True, hidden: tuple = ()) -> Region:
    """Create the ACTIVE region with de as the root of its language tree (``hidden``: active languages
    that are not visible)."""
    region = Region.objects.create(
        name=slug.title(),
        slug=slug,
        status=region_status.ACTIVE,
        postal_code="99999",
        admin_mail=f"admin@{slug}.invalid",
        latitude=48.37,
        longitude=10.89,
        short_urls_enabled=short_urls,
    )
    nodes = {}
    specs = {**LANGS, **{code: HIDDEN[code] for code in hidden}}
    for slug, spec in specs.items():
        parent = spec[5]
        visible = slug not in hidden
        kwargs = {"language": langs[slug], "region": region, "visible": visible, "active": True}
        if parent is None:
            nodes[slug] = LanguageTreeNode.add_root(**kwargs)
        else:
            fresh_parent = LanguageTreeNode.objects.get(pk=nodes[parent].pk)
            nodes[slug] = fresh_parent.add_child(parent=fresh_parent, **kwargs)
    return region


def create_users(region: Region) -> dict:
    """Create desk-editor (EDITOR, expert mode), desk-author (AUTHOR), desk-totp (EDITOR + TOTP)."""
    user_model = get_user_model()
    users = {}
    for name, role, expert, totp in (
        ("desk-editor", "EDITOR", True, ""),
        ("desk-author", "AUTHOR", False, ""),
        ("desk-totp", "EDITOR", False, TOTP_SECRET),
    ):
        user = user_model.objects.create_user(name, f"{name}@testhausen.invalid", PASSWORD)
        user.expert_mode = expert
        user.totp_key = totp or None
        user.save()
        user.groups.add(Group.objects.get(name=role))
        user.regions.add(region)
        users[name] = user
    return users


def create_contact(region: Region) -> Contact:
    """Create a POI and a contact in the region (needed for a contact card)."""
    category = POICategory.objects.first() or POICategory.objects.create()
    poi = POI.objects.create(
        region=region,
        address="Rathausplatz 1",
        postcode="99999",
        city="Testhausen",
        country="Deutschland",
        latitude=48.37,
        longitude=10.89,
        category=category,
    )
    return Contact.objects.create(
        location=poi,
        area_of_responsibility="Bürgerbüro",
        name="Erika Mustermann",
        email="buergerbuero@testhausen.invalid",
        phone_number="+49 821 000000",
    )


class Editor:
    """Saves pages through the CMS's page edit view, as a logged-in browser would."""

    def __init__(self, user, slug: str = SLUG) -> None:
        self.client = Client(HTTP_HOST=HOST)
        self.client.force_login(user)
        self.slug = slug

    def save(self, lang, page_id, title, content, status, minor=False, ref=None, pos=None):
        """POST the page form; returns the page id. ``page_id`` None creates a new page."""
        slug = self.slug
        url = f"/{slug}/pages/{lang}/{page_id}/edit/" if page_id else f"/{slug}/pages/{lang}/new/"
        resp = self.client.get(url)
        assert resp.status_code == 200, (url, resp.status_code)
        form = lxml_html.fromstring(resp.content.decode()).get_element_by_id("content_form")
        data: dict[str, list[str]] = {}
        for key, value in form.form_values():
            data.setdefault(key, []).append(value)
        data.pop("minor_edit", None)
        data.update({"title": [title], "content": [content], "status": [status]})
        if minor:
            data["minor_edit"] = ["on"]
        if ref is not None:
            data["_ref_node_id"] = [str(ref)]
            data["_position"] = [pos]
            if pos == "first-child":
                data["parent"] = [str(ref)]
        resp = self.client.post(url, data)
        if resp.status_code != 302:
            errors = re.findall(r'class="[^"]*(?:error|alert)[^"]*"[^>]*>(.*?)<', resp.content.decode())
            raise RuntimeError(f"save {url} failed: {resp.status_code} {errors[:5]}")
        return int(re.search(r"/pages/\w+/(\d+)/edit/", resp["Location"]).group(1))

    def archive(self, page_id):
        """Archive a page through the archive action."""
        resp = self.client.post(f"/{self.slug}/pages/de/{page_id}/archive/")
        assert resp.status_code == 302, resp.status_code


def rtl(text: str) -> str:
    """Wrap RTL text in a single root element marked dir=rtl."""
    return f'<div dir="rtl"><p>{text}</p></div>'


def seed_pages(editor: Editor, author: Editor, contact: Contact) -> dict:
    """Create the page tree; returns {key: page id}."""
    ids: dict[str, int] = {}
    pub, draft, review = "PUBLIC", "DRAFT", "REVIEW"

    def new(key, title, content, parent=None, after=None):
        if after is not None:
            ids[key] = editor.save("de", None, title, content, pub, ref=ids[after], pos="right")
        elif parent is not None:
            ids[key] = editor.save("de", None, title, content, pub, ref=ids[parent], pos="first-child")
        else:
            ids[key] = editor.save("de", None, title, content, pub)
        return ids[key]

    # --- structure in German (root language) ---
    new("welcome", "Willkommen", "<p>Willkommen in Testhausen! Hier finden Sie Informationen.</p>")
    new("first_steps", "Erste Schritte", "<p>Die ersten Schritte nach der Ankunft.</p>", parent="welcome")
    new(
        "registration",
        "Anmeldung beim Bürgeramt",
        "<p>Melden Sie sich innerhalb von zwei Wochen beim Bürgeramt an.</p>",
        parent="first_steps",
    )
    card = (
        f'<div><p>Unser Bürgerbüro hilft Ihnen gern.</p><div data-contact-id="{contact.id}" '
        f'data-contact-url="/{SLUG}/contact/{contact.id}/?details=name,email,phone_number">'
        "</div></div>"
    )
    new("contact", "Kontakt", card, after="first_steps")
    new("work", "Arbeit", "<p>Arbeit und Ausbildung in Testhausen.</p>", after="welcome")
    new("jobcenter", "Jobcenter", "<p>Das Jobcenter unterstützt bei der Arbeitssuche.</p>", parent="work")
    table = (
        "<div><p>Kurse im Überblick:</p><table><thead><tr><th>Kurs</th><th>Tag</th></tr></thead>"
        "<tbody><tr><td>A1</td><td>Montag</td></tr><tr><td>B1</td><td>Mittwoch</td></tr></tbody>"
        "</table></div>"
    )
    new("courses", "Sprachkurse", table, after="jobcenter")
    new("course_times", "Kurszeiten", "<p>Die Kurse beginnen um 9 Uhr.</p>", parent="courses")
    new("health", "Gesundheit", "<p>Ärztliche Versorgung und Notfälle.</p>", after="work")
    new("doctors", "Ärzte", "<p>Eine Liste von Arztpraxen.</p>", parent="health")
    new("emergency", "Notfall", "<p>Im Notfall wählen Sie 112.</p>", after="doctors")
    new("pharmacies", "Apotheken", "<p>Notdienst-Apotheken in der Nähe.</p>", parent="emergency")
    new("old", "Alte Informationen", "<p>Diese Seite ist veraltet.</p>", after="health")

    # --- translations ---
    en = {
        "welcome": ("Welcome", "<p>Welcome to Testhausen! Here you find information.</p>"),
        "first_steps": ("First steps", "<p>The first steps after arriving.</p>"),
        "registration": (
            "Registration at the citizens' office",
            "<p>Register with the citizens' office within two weeks.</p>",
        ),
        "contact": ("Contact", "<p>Our citizens' office is happy to help.</p>"),
        "work": ("Work", "<p>Work and training in Testhausen.</p>"),
        "jobcenter": ("Job centre", "<p>The job centre helps you find work.</p>"),
        "courses": (
            "Language courses",
            "<div><p>Courses at a glance:</p><table><tbody><tr><td>A1</td>"
            "<td>Monday</td></tr></tbody></table></div>",
        ),
        "health": ("Health", "<p>Medical care and emergencies.</p>"),
        "doctors": ("Doctors", "<p>A list of doctors' practices.</p>"),
        "emergency": ("Emergency", "<p>In an emergency dial 112.</p>"),
        "old": ("Old information", "<p>This page is outdated.</p>"),
    }
    for key, (title, content) in en.items():
        editor.save("en", ids[key], title, content, pub)
    ar = {
        "welcome": ("أهلاً وسهلاً", rtl("مرحباً بكم في تستهاوزن!")),
        "first_steps": ("الخطوات الأولى", rtl("الخطوات الأولى بعد الوصول.")),
        "courses": ("دورات اللغة", rtl("دورات اللغة الألمانية في المدينة.")),
        "health": ("الصحة", rtl("الرعاية الطبية وحالات الطوارئ.")),
    }
    for key, (title, content) in ar.items():
        editor.save("ar", ids[key], title, content, pub)
    fa = {
        "welcome": ("خوش آمدید", rtl("به تستهاوزن خوش آمدید!")),
        "work": ("کار", rtl("کار و آموزش در تستهاوزن.")),
        "health": ("سلامت", rtl("مراقبت‌های پزشکی و موارد اضطراری.")),
        "emergency": ("اورژانس", rtl("در مواقع اضطراری با ۱۱۲ تماس بگیرید.")),
    }
    for key, (title, content) in fa.items():
        editor.save("fa", ids[key], title, content, pub)

    # DRAFT-only translation (fa), REVIEW translation submitted by the author (en)
    editor.save("fa", ids["registration"], "ثبت نام", rtl("پیش‌نویس ترجمه."), draft)
    author.save("en", ids["course_times"], "Course times", "<p>Courses start at 9 am.</p>", review)
    # A minor edit of the root language (keeps en up to date) ...
    editor.save(
        "de", ids["doctors"], "Ärzte", "<p>Eine Liste von Arztpraxen in Testhausen.</p>", pub, minor=True
    )
    # ... and a major edit after en was written: en of "jobcenter" is now OUTDATED.
    editor.save(
        "de",
        ids["jobcenter"],
        "Jobcenter",
        "<p>Das Jobcenter unterstützt bei der Arbeitssuche und Weiterbildung.</p>",
        pub,
    )
    editor.archive(ids["old"])
    return ids


def seed_budget_region(langs: dict) -> dict:
    """The request-budget region: short URLs off, drafts in en and fa, a review, an archived page,
    and uk active but not visible. Its own users (desk-budget, desk-budget-author): the testhausen
    accounts stay accounts of one region."""
    region = create_region(langs, BUDGET_SLUG, short_urls=False, hidden=("uk",))
    users = {}
    for name, role in (("desk-budget", "EDITOR"), ("desk-budget-author", "AUTHOR")):
        user = get_user_model().objects.create_user(name, f"{name}@{BUDGET_SLUG}.invalid", PASSWORD)
        user.groups.add(Group.objects.get(name=role))
        user.regions.add(region)
        users["desk-author" if role == "AUTHOR" else "desk-editor"] = user
    editor, author = Editor(users["desk-editor"], BUDGET_SLUG), Editor(users["desk-author"], BUDGET_SLUG)
    pub, draft = "PUBLIC", "DRAFT"
    ids = {"home": editor.save("de", None, "Start", "<p>Willkommen in Hintertal.</p>", pub)}
    ids["housing"] = editor.save(
        "de", None, "Wohnen", "<p>Wohnungen finden.</p>", pub, ref=ids["home"], pos="right"
    )
    ids["rent"] = editor.save(
        "de", None, "Miete", "<p>Die Miete.</p>", pub, ref=ids["housing"], pos="first-child"
    )
    ids["old"] = editor.save("de", None, "Veraltet", "<p>Alt.</p>", pub, ref=ids["housing"], pos="right")
    for key, title in (("home", "Home"), ("housing", "Housing"), ("rent", "Rent")):
        editor.save("en", ids[key], title, f"<p>{title}.</p>", pub)
    editor.save("fa", ids["home"], "خانه", rtl("خوش آمدید."), pub)
    editor.save("en", ids["rent"], "Rent", "<p>Rent, a draft.</p>", draft)
    editor.save("fa", ids["housing"], "مسکن", rtl("پیش‌نویس."), draft)
    editor.save("ar", ids["home"], "البداية", rtl("مسودة."), draft)
    author.save("ar", ids["housing"], "السكن", rtl("للمراجعة."), "REVIEW")
    editor.archive(ids["old"])
    return ids


def main() -> None:
    """Seed everything (fails if the region already exists)."""
    assert not Region.objects.filter(slug=SLUG).exists(), "region testhausen already exists"
    langs = ensure_languages()
    region = create_region(langs)
    users = create_users(region)
    contact = create_contact(region)
    ids = seed_pages(Editor(users["desk-editor"]), Editor(users["desk-author"]), contact)
    page_count = Page.objects.filter(region=region).count()
    budget = seed_budget_region(langs)
    summary = {
        "region": SLUG,
        "pages": ids,
        "contact": contact.id,
        "page_count": page_count,
        "budget_region": BUDGET_SLUG,
        "budget_pages": budget,
    }
    print("SEED JSON " + json.dumps(summary))
    print("SEED OK")


main()
