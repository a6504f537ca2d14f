"""Word lists of the readability rules (our own; kept as Python data so they ship with the package).

Edit freely: every entry is matched case-insensitively on whole words unless noted.
"""

from __future__ import annotations

#: Abbreviations whose full stop does not end a sentence (lower case, without the final ``.``).
NON_FINAL_ABBREVIATIONS: frozenset[str] = frozenset(
    [
        "abs",
        "abt",
        "allg",
        "anm",
        "bd",
        "bspw",
        "bzgl",
        "bzw",
        "ca",
        "chr",
        "dr",
        "ebd",
        "eigtl",
        "einschl",
        "evtl",
        "fa",
        "fr",
        "frl",
        "ggf",
        "gem",
        "ggü",
        "hbf",
        "hr",
        "hrsg",
        "inkl",
        "insb",
        "jh",
        "jr",
        "kfz",
        "max",
        "mind",
        "min",
        "mio",
        "mrd",
        "mo",
        "di",
        "mi",
        "sa",
        "nr",
        "nrn",
        "od",
        "orig",
        "pkw",
        "prof",
        "rd",
        "sog",
        "std",
        "str",
        "tel",
        "tsd",
        "ugs",
        "urspr",
        "vgl",
        "vs",
        "zit",
        "zzgl",
        "zb",
        "zt",
        "jan",
        "feb",
        "mär",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dez",
        "mr",
        "mrs",
        "ms",
        "st",
        "approx",
        "dept",
    ]
)

#: Abbreviations reported as findings: the written form (dots and inner spaces as in the text may
#: vary: ``z. B.``, ``z.B.``) mapped to what to write instead.
ABBREVIATIONS: dict[str, str] = {
    "z. B.": "zum Beispiel",
    "d. h.": "das heißt",
    "u. a.": "unter anderem",
    "o. Ä.": "oder Ähnliches",
    "u. Ä.": "und Ähnliches",
    "i. d. R.": "in der Regel",
    "z. T.": "zum Teil",
    "u. U.": "unter Umständen",
    "s. o.": "siehe oben",
    "s. u.": "siehe unten",
    "v. a.": "vor allem",
    "bzw.": "oder",
    "ggf.": "wenn nötig",
    "usw.": "und so weiter",
    "etc.": "und so weiter",
    "inkl.": "mit",
    "zzgl.": "dazu kommt",
    "ca.": "etwa",
    "Nr.": "Nummer",
    "vgl.": "siehe",
    "evtl.": "vielleicht",
    "sog.": "so genannt",
    "bspw.": "zum Beispiel",
    "bzgl.": "zu",
    "Str.": "Straße",
    "Tel.": "Telefon",
    "gem.": "nach",
    "lt.": "laut",
    "Abs.": "Absatz",
    "insb.": "besonders",
    "mind.": "mindestens",
    "max.": "höchstens",
    "Std.": "Stunde",
    "Mio.": "Millionen",
    "Mrd.": "Milliarden",
    "Hbf.": "Hauptbahnhof",
    "Fr.": "Frau",
    "Hr.": "Herr",
}

#: Upper-case short forms that are common enough not to be reported.
KNOWN_ACRONYMS: frozenset[str] = frozenset({"OK", "TV", "WLAN", "USB", "PIN", "PDF", "SMS", "ID"})

#: Bureaucratic words → a plainer alternative. A key ending in ``*`` matches every word starting so.
BUREAUCRATIC_TERMS: dict[str, str] = {
    "abzuleisten*": "machen",
    "antragsteller*": "Sie (die Person, die den Antrag stellt)",
    "anbei": "mit diesem Brief",
    "aufgrund": "wegen",
    "aushändig*": "geben",
    "behördlich*": "vom Amt",
    "beifüg*": "dazulegen",
    "bezüglich": "zu, über",
    "diesbezüglich": "dazu",
    "dahingehend": "so",
    "ehegatte*": "Ehepartner, Ehefrau, Ehemann",
    "einreich*": "abgeben, schicken",
    "entgelt*": "Preis, Lohn",
    "entricht*": "bezahlen",
    "erforderlich*": "nötig",
    "erwerbstätig*": "arbeiten, Arbeit",
    "fernmündlich*": "telefonisch",
    "gemäß": "nach",
    "hinsichtlich": "bei, zu",
    "inanspruchnahme": "Nutzung",
    "infolge": "wegen",
    "lichtbild*": "Foto",
    "mittels": "mit",
    "nachstehend*": "unten",
    "obliegt": "ist Aufgabe von",
    "obliegen": "sind Aufgabe von",
    "postalisch*": "mit der Post",
    "postwertzeichen": "Briefmarke",
    "seitens": "von",
    "sofern": "wenn",
    "übermittel*": "schicken",
    "unverzüglich*": "sofort",
    "verausgab*": "ausgeben",
    "vordruck*": "Formular",
    "vorgenannt*": "diese",
    "vorliegend*": "dieser, hier",
    "wohnhaft": "wohnt",
    "wohnsitz*": "Wohnort",
    "zeitnah*": "bald",
    "zwecks": "für, um … zu",
    "zuzüglich": "plus, dazu kommt",
    "ausweisdokument*": "Ausweis",
    "beschulung": "Schule, Unterricht",
    "leistungsbezieher*": "Menschen, die Geld bekommen",
    "leistungsberechtigt*": "Sie bekommen Geld",
    "kenntnisnahme": "lesen, wissen",
    "verwaltungsakt*": "Entscheidung vom Amt",
    "zustellung*": "Brief, Lieferung",
    "ersuchen": "bitten",
    "erteil*": "geben",
    "ausstellen": "machen, ausfüllen",
    "nachweis": "Beleg, Papier",
    "nachweise": "Belege, Papiere",
    "nachweisen": "zeigen, belegen",
    "vorzulegen": "zu zeigen",
    "vorlegen": "zeigen",
}

#: Several-word bureaucratic phrases (regular expressions, case-insensitive) → alternative.
BUREAUCRATIC_PHRASES: dict[str, str] = {
    r"\bzur\s+kenntnis\s+nehmen\b": "lesen, wissen",
    r"\bin\s+kenntnis\s+setzen\b": "informieren",
    r"\bvorstellig\s+werden\b": "hingehen",
    r"\bsorge\s+tragen\b": "sorgen",
    r"\bin\s+anspruch\s+nehmen\b": "nutzen",
    r"\bzur\s+verfügung\s+stellen\b": "geben",
    r"\bin\s+bezug\s+auf\b": "zu, über",
    r"\bim\s+rahmen\s+(?:des|der|von)\b": "bei",
    r"\bim\s+falle\b": "wenn",
    r"\bverfügen\s+über\b": "haben",
}

#: Forms of "werden" (auxiliary for passive, future and the "würde" subjunctive).
WERDEN_PRESENT: frozenset[str] = frozenset({"werde", "wirst", "wird", "werden", "werdet"})
WERDEN_PAST: frozenset[str] = frozenset(
    {"wurde", "wurdest", "wurden", "wurdet", "würde", "würdest", "würden", "würdet"}
)

#: Infinitives starting with "ge" that look like past participles.
GE_INFINITIVES: frozenset[str] = frozenset(
    [
        "geben",
        "gehen",
        "gelten",
        "gewinnen",
        "genießen",
        "gehören",
        "gelingen",
        "geschehen",
        "gefallen",
        "genügen",
        "gestalten",
        "gewöhnen",
        "gebrauchen",
        "gestehen",
        "gedenken",
        "gebären",
        "gebieten",
        "gedeihen",
        "gleichen",
        "glauben",
    ]
)

#: Participles that equal their infinitive but are usually passive in our texts ("Sie werden beraten").
AMBIGUOUS_PASSIVE: frozenset[str] = frozenset({"beraten", "betreut", "behandelt", "informiert"})

#: Words ending in -en that are not infinitives (articles, pronouns, adverbs …).
NOT_INFINITIVES: frozenset[str] = frozenset(
    [
        "den",
        "denen",
        "einen",
        "keinen",
        "meinen",
        "deinen",
        "seinen",
        "ihren",
        "unseren",
        "euren",
        "diesen",
        "jenen",
        "welchen",
        "allen",
        "anderen",
        "ihnen",
        "wen",
        "wegen",
        "oben",
        "unten",
        "hinten",
        "neben",
        "trotzdem",
        "eben",
        "morgen",
        "übermorgen",
        "gestern",
    ]
)

#: Inseparable verb prefixes (a participle of such a verb has no "ge").
INSEPARABLE_PREFIXES: tuple[str, ...] = (
    "be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "über", "unter", "hinter", "wider",
)  # fmt: skip

#: Separable verb particles (they come before "ge" in a participle and "zu" in an infinitive).
SEPARABLE_PARTICLES: tuple[str, ...] = (
    "ab", "an", "auf", "aus", "bei", "dar", "durch", "ein", "fest", "fort", "her", "heraus",
    "herein", "hin", "hinzu", "los", "mit", "nach", "statt", "teil", "um", "vor", "vorbei",
    "weg", "weiter", "zu", "zurück", "zusammen",
)  # fmt: skip

#: Words introducing a subordinate clause after a comma.
SUBORDINATORS: frozenset[str] = frozenset(
    [
        "dass",
        "weil",
        "wenn",
        "ob",
        "obwohl",
        "obgleich",
        "damit",
        "sodass",
        "nachdem",
        "bevor",
        "ehe",
        "während",
        "falls",
        "sofern",
        "solange",
        "sobald",
        "seit",
        "seitdem",
        "als",
        "indem",
        "bis",
        "wo",
        "wobei",
        "wodurch",
        "womit",
        "worauf",
        "wofür",
        "wie",
        "weshalb",
        "warum",
        "wer",
        "was",
        "welche",
        "welcher",
        "welches",
        "welchen",
        "welchem",
        "der",
        "die",
        "das",
        "dem",
        "den",
        "deren",
        "dessen",
        "denen",
    ]
)

#: Prepositions that can open a relative clause ("…, in dem …").
RELATIVE_PREPOSITIONS: frozenset[str] = frozenset(
    [
        "an",
        "auf",
        "aus",
        "bei",
        "durch",
        "für",
        "gegen",
        "in",
        "mit",
        "nach",
        "ohne",
        "über",
        "um",
        "unter",
        "von",
        "vor",
        "zu",
    ]
)

#: Endings of nominalised verbs and adjectives.
NOMINAL_SUFFIXES: tuple[str, ...] = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "ion", "ionen", "tät", "täten",
    "nis", "nisse", "schaft", "schaften",
)  # fmt: skip

#: Nouns with a nominal ending that are everyday words, not nominal style.
NOMINAL_EXCEPTIONS: frozenset[str] = frozenset(
    [
        "wohnung",
        "zeitung",
        "rechnung",
        "ordnung",
        "richtung",
        "meinung",
        "erfahrung",
        "hoffnung",
        "nation",
        "region",
        "religion",
        "million",
        "milliarde",
        "information",
        "stadion",
        "station",
        "kommunion",
        "zwischenzeit",
        "zeit",
        "gelegenheit",
    ]
)

#: Negation words (Easy German avoids negation).
NEGATIONS: frozenset[str] = frozenset(
    [
        "nicht",
        "kein",
        "keine",
        "keinen",
        "keinem",
        "keiner",
        "keines",
        "nie",
        "niemals",
        "nichts",
        "niemand",
        "niemanden",
        "niemandem",
        "nirgends",
        "nirgendwo",
        "weder",
    ]
)

#: Subjunctive forms (Easy German avoids them; "möchte" is allowed in Easy German practice).
SUBJUNCTIVES: frozenset[str] = frozenset(
    [
        "würde",
        "würdest",
        "würden",
        "würdet",
        "wäre",
        "wärst",
        "wären",
        "wärt",
        "hätte",
        "hättest",
        "hätten",
        "hättet",
        "könnte",
        "könntest",
        "könnten",
        "könntet",
        "müsste",
        "müsstest",
        "müssten",
        "dürfte",
        "dürften",
        "sollte",
        "solltest",
        "sollten",
        "solltet",
        "bräuchte",
        "bräuchten",
        "käme",
        "kämen",
        "ginge",
        "gingen",
        "sei",
        "seist",
        "seien",
    ]
)

#: Genitive markers: articles and possessives, and prepositions that take the genitive.
GENITIVE_WORDS: frozenset[str] = frozenset(
    [
        "des",
        "eines",
        "keines",
        "meines",
        "deines",
        "seines",
        "ihres",
        "unseres",
        "eures",
        "dieses",
        "jenes",
        "wegen",
        "trotz",
        "während",
        "innerhalb",
        "außerhalb",
        "anstatt",
        "statt",
        "aufgrund",
        "mithilfe",
    ]
)
