"""Demo region "Stadt Musterstadt": region, languages, contacts and the section order.

Plain data read by ``scripts/build_demo.py``. Everything here is fictional: the domain is
``musterstadt.example``; telephone numbers come from the range 089 99998-000…999 that the
Bundesnetzagentur keeps free for film and fiction.
"""

from __future__ import annotations

BASE_URL = "https://cms.musterstadt.example"
WEBAPP_URL = "https://app.musterstadt.example"
#: ``settings.INTERNAL_URLS``: links containing one of these get no ``link-external`` class.
INTERNAL_URLS = ("cms.musterstadt.example", WEBAPP_URL)
#: Where page icons (``thumbnail``) live in the media library.
MEDIA_URL = f"{BASE_URL}/media/regions/97/2024/11/"

#: Root pages are numbered trees (``tree_id``) shared with other regions of the same CMS.
FIRST_TREE_ID = 211
TREE_ID_STEP = 3

REGION = {
    "id": 97,
    "name": "Stadt Musterstadt",
    "path": "musterstadt",
    "live": True,
    "prefix": "Stadt",
    "name_without_prefix": "Musterstadt",
    "plz": "12345",
    "extras": False,
    "events": True,
    "pois": True,
    "contacts": True,
    "push_notifications": True,
    "longitude": 10.8613,
    "latitude": 48.4127,
    "bounding_box": [[10.7891, 48.3602], [10.9447, 48.4715]],
    "aliases": {
        "Musterdorf": {"latitude": 48.4391, "longitude": 10.8125},
        "Beispielhausen": {"latitude": 48.3788, "longitude": 10.9104},
    },
    "tunews": False,
    "external_news": False,
    "zammad_privacy_policy": None,
    "is_chat_enabled": False,
}

#: German is the source language (the root of the language tree) and comes first.
LANGUAGES = [
    {"id": 1, "code": "de", "bcp47_tag": "de-DE", "native_name": "Deutsch",
     "dir": "LEFT_TO_RIGHT"},
    {"id": 2, "code": "en", "bcp47_tag": "en-US", "native_name": "English",
     "dir": "LEFT_TO_RIGHT"},
    {"id": 3, "code": "ar", "bcp47_tag": "ar-SA", "native_name": "العربية",
     "dir": "RIGHT_TO_LEFT"},
    {"id": 5, "code": "fa", "bcp47_tag": "fa-IR", "native_name": "فارسی",
     "dir": "RIGHT_TO_LEFT"},
    {"id": 9, "code": "uk", "bcp47_tag": "uk-UK", "native_name": "Українська",
     "dir": "LEFT_TO_RIGHT"},
]  # fmt: skip

_STATIC = f"{BASE_URL}/static/svg/"

#: Contacts rendered into ``<div data-contact-id=…>`` cards (``contacts/contact_card.html``).
CONTACTS = {
    31: {
        "name": "Servicestelle Ausländerbehörde",
        "area_of_responsibility": "Aufenthalt und Einbürgerung",
        "address": "Rathausplatz 4, 12345 Musterstadt",
        "map_url": f"{WEBAPP_URL}/musterstadt/de/locations/rathaus-musterstadt/",
        "email": "auslaenderbehoerde@musterstadt.example",
        "phone_number": "+49 (0) 89 99998-210",
        "phone_tel": "+49 89 99998-210",
        "website": "https://termine.musterstadt.example",
        "static_url": _STATIC,
    },
    32: {
        "name": "Migrationsdienst Musterstadt e. V.",
        "area_of_responsibility": "Migrationsberatung für Erwachsene",
        "address": "Lindenstraße 12, 12345 Musterstadt",
        "map_url": f"{WEBAPP_URL}/musterstadt/de/locations/migrationsdienst/",
        "email": "beratung@migrationsdienst-musterstadt.example",
        "phone_number": "+49 (0) 89 99998-450",
        "phone_tel": "+49 89 99998-450",
        "website": "https://migrationsdienst-musterstadt.example",
        "static_url": _STATIC,
    },
}

ORGANIZATIONS = {
    "migrationsdienst": {
        "id": 14,
        "slug": "migrationsdienst-musterstadt",
        "name": "Migrationsdienst Musterstadt e. V.",
        "logo": f"{BASE_URL}/media/regions/97/2024/10/migrationsdienst-logo.png",
        "website": "https://migrationsdienst-musterstadt.example",
    },
}

#: Source modules in the order of the root pages.
SECTIONS = [
    "s1_sprache",
    "s2_auslaenderbehoerde",
    "s3_wohnen",
    "s4_gesundheit",
    "s5_schule_kita",
    "s6_arbeit",
    "s7_beratung",
    "s8_notfall",
]
