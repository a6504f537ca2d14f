"""``integreat-desk --self-test``: the Qt-free checks of an installation.

Each check returns :class:`Finding`s: a status, a message key and the values to fill in. The
English templates are in :data:`MESSAGES`; ``editor.views.self_test`` adds the Qt checks (platform,
fonts, loaded translations), translates the templates into the UI language and prints or shows the
report. A ``failed`` finding makes the self-test exit non-zero; ``warning`` and ``info`` do not.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from editor.config import Config, is_portable
from editor.sync.redact import strip_userinfo as redact  # the one place addresses lose their login
from editor.text.languages import REGION_VOCABULARY_LANGUAGES

Status = Literal["ok", "info", "warning", "failed"]

#: Message key -> English template (``{name}`` fields). Translations: ``editor.views.self_test``.
MESSAGES: dict[str, str] = {
    "qt.platform": "Qt {version} (PySide6 {pyside}) on platform {platform}",
    "fonts.arabic": "Fonts with Arabic script: {fonts}",
    "fonts.no_arabic": "No font covers the Arabic script: Arabic, Farsi and Pashto text cannot be shown",
    "i18n.english": "User interface in English: no translation needed",
    "i18n.loaded": "Translation loaded: {file}",
    "i18n.missing": "Translation for {language} is missing: {file}",
    "data.writable": "Data folder {path} is writable",
    "data.not_writable": "Data folder {path} is not writable: {reason}",
    "data.portable": "Portable mode: all data is kept beside the program",
    "enchant.ok": "Spelling engine enchant {version} with {providers}",
    "enchant.missing": "Spelling engine enchant cannot be loaded: {reason}",
    "spelling.dictionary": "{language}: dictionary {tag}",
    "spelling.bundled": "{language}: dictionary {tag} (shipped with the app)",
    "spelling.region": "{language}: checked against the region's own vocabulary "
    "({words} words from {pages} published pages)",
    "spelling.region_pending": "{language}: checked against the region's own vocabulary "
    "once a working copy has published pages in it",
    "spelling.no_word_check": "{language}: no word spellcheck (written without spaces between words)",
    "spelling.missing": "{language}: no dictionary found",
    "keyring.secure": "Password store: {backend} (secure)",
    "keyring.insecure": "Password store: {backend} is not secure; passwords are not saved "
    "and are asked for at each sync",
    "keyring.broken": "Password store cannot be loaded: {reason}",
    "network.proxy": "Proxy: {proxy} (from {origin})",
    "network.no_proxy": "Proxy: none (direct connection)",
    "network.trust": "Certificates: the system's trust store",
    "network.ca_file": "Certificates: the system's trust store and {path}",
    "network.ca_broken": "Extra certificate file {path} cannot be used: {reason}",
    "cms.none": "CMS: no account configured",
    "cms.ok": "CMS {url} answers (HTTP {status})",
    "cms.unreachable": "CMS {url} cannot be reached (the host is unknown or refuses connections)",
    "cms.timeout": "CMS {url} did not answer within {seconds} seconds",
    "cms.certificate": "CMS {url}: its certificate is not trusted",
    "cms.proxy": "CMS {url}: the proxy refused the connection",
    "cms.proxy_login": "CMS {url}: the proxy {proxy} wants a login: check the proxy's user name and password",
    "cms.proxy_socks": "CMS {url}: the proxy {proxy} is a SOCKS proxy, which Integreat Desk cannot use: "
    "set an http:// proxy",
    "cms.error": "CMS {url} cannot be used: {reason}",
}

#: How long the reachability check of one CMS may take (connect and read).
CMS_TIMEOUT = 5.0


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of the report."""

    area: str
    status: Status
    key: str
    values: dict[str, str] = field(default_factory=dict)

    def english(self) -> str:
        """The message in English."""
        return MESSAGES[self.key].format(**self.values)


def run_checks(config: Config, *, cms_timeout: float = CMS_TIMEOUT) -> list[Finding]:
    """Every Qt-free check, in report order."""
    findings = check_data_dir(config.data_dir)
    findings += check_spelling(config)
    findings += check_keyring()
    findings += check_network(config)
    findings += check_cms(config, cms_timeout)
    return findings


def failed(findings: list[Finding]) -> list[Finding]:
    """The findings that make the installation fail."""
    return [f for f in findings if f.status == "failed"]


# --- data -------------------------------------------------------------------------------------


def check_data_dir(data_dir: Path) -> list[Finding]:
    """The data folder can be created and written."""
    found: list[Finding] = []
    if is_portable():
        found.append(Finding("data", "info", "data.portable"))
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".self-test-"):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        values = {"path": str(data_dir), "reason": reason}
        return [*found, Finding("data", "failed", "data.not_writable", values)]
    return [*found, Finding("data", "ok", "data.writable", {"path": str(data_dir)})]


# --- spelling ---------------------------------------------------------------------------------


def check_spelling(config: Config) -> list[Finding]:
    """Enchant loads, and every Integreat language has its source (dictionary, region, none)."""
    try:
        import enchant

        providers = sorted({p.name for p in enchant.Broker().describe()})
        version = str(enchant.get_enchant_version())
    except (ImportError, OSError, ValueError) as exc:
        return [Finding("spelling", "failed", "enchant.missing", {"reason": str(exc) or type(exc).__name__})]
    found = [Finding("spelling", "ok", "enchant.ok", {"version": version, "providers": ", ".join(providers)})]
    from editor.text.language_sources import sources
    from editor.text.spelling_service import SpellingService

    store = _open_region(config)
    try:
        service = SpellingService(config.data_dir, region=store)
        found.extend(
            _language_finding(s.code, s.source, s.detail, s.pages, s.bundled) for s in sources(service)
        )
    finally:
        if store is not None:
            store.close()
    return found


def _language_finding(code: str, source: str, detail: str, pages: int, bundled: bool = False) -> Finding:
    values = {"language": code}
    if source == "dictionary":
        key = "spelling.bundled" if bundled else "spelling.dictionary"
        return Finding("spelling", "ok", key, {**values, "tag": detail})
    if source == "region":
        return Finding("spelling", "ok", "spelling.region", {**values, "words": detail, "pages": str(pages)})
    if detail == "no_word_spellcheck":
        return Finding("spelling", "info", "spelling.no_word_check", values)
    if code in REGION_VOCABULARY_LANGUAGES:
        return Finding("spelling", "info", "spelling.region_pending", values)
    return Finding("spelling", "failed", "spelling.missing", values)


def _open_region(config: Config) -> Any:
    """The last-used working copy (for its vocabulary and CMS address), or None."""
    slug = str(config.state.get("region"))
    if not slug:
        return None
    from editor.models.store import open_store, working_copy_path

    try:
        if not working_copy_path(config.data_dir, slug).is_file():
            return None
        return open_store(config.data_dir, slug)
    except Exception:  # a broken working copy is reported by the app, not here
        return None


# --- keyring ----------------------------------------------------------------------------------


def check_keyring() -> list[Finding]:
    """The keyring backend in use, and whether it keeps secrets safe."""
    try:
        import keyring

        from editor.sync.credentials import secure_store_available

        backend = keyring.get_keyring()
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        secure = secure_store_available()
    except Exception as exc:  # any import or backend failure is the finding
        return [Finding("keyring", "failed", "keyring.broken", {"reason": type(exc).__name__})]
    key = "keyring.secure" if secure else "keyring.insecure"
    return [Finding("keyring", "ok" if secure else "warning", key, {"backend": name})]


# --- network ----------------------------------------------------------------------------------


def check_network(config: Config) -> list[Finding]:
    """The proxy and certificate settings that a sync would use."""
    proxy = str(config.settings.get("proxy_url")).strip()
    origin = "settings"
    if not proxy:
        for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
            if os.environ.get(name):
                proxy, origin = os.environ[name], name
                break
    if not proxy and sys.platform == "win32":  # pragma: no cover - Windows registry proxy
        import urllib.request

        proxy = urllib.request.getproxies().get("https", "")
        origin = "Windows"
    found = [
        Finding("network", "info", "network.proxy", {"proxy": redact(proxy), "origin": origin})
        if proxy
        else Finding("network", "info", "network.no_proxy")
    ]
    ca_file = str(config.settings.get("ca_file")).strip()
    if not ca_file:
        return [*found, Finding("network", "ok", "network.trust")]
    from editor.sync.errors import NetworkError
    from editor.sync.network import make_ssl_context

    try:
        make_ssl_context(ca_file)
    except (OSError, ValueError, NetworkError) as exc:
        reason = getattr(exc, "reason", None) or getattr(exc, "strerror", None) or str(exc)
        values = {"path": ca_file, "reason": reason}
        return [*found, Finding("network", "failed", "network.ca_broken", values)]
    return [*found, Finding("network", "ok", "network.ca_file", {"path": ca_file})]


def check_cms(config: Config, timeout: float = CMS_TIMEOUT) -> list[Finding]:
    """Each configured CMS answers within ``timeout`` seconds (no login, no password sent)."""
    from editor.models.demo import DEMO_SLUG
    from editor.sync.settings import normalise_url

    urls = [normalise_url(str(config.settings.get("cms_url")))]
    store = _open_region(config)
    if store is not None:
        try:
            region = store.region()
            if region is not None and region.slug != DEMO_SLUG and region.cms_url:
                urls.append(normalise_url(region.cms_url))
        finally:
            store.close()
    urls = [u for u in dict.fromkeys(urls) if u]
    if not urls:
        return [Finding("cms", "info", "cms.none")]
    return [_probe(url, config, timeout) for url in urls]


def _probe(url: str, config: Config, timeout: float) -> Finding:
    from editor.sync.errors import CertificateError, NetworkConfig, ProxyError, Timeout, Unreachable
    from editor.sync.network import NetworkError, classify, make_session

    values = {"url": url}
    network = NetworkConfig(
        ca_file=str(config.settings.get("ca_file")).strip() or None,
        proxy=str(config.settings.get("proxy_url")).strip() or None,
        connect_timeout=timeout,
        read_timeout=timeout,
        retries=0,
    )
    try:
        with make_session(network) as session:
            response = session.get(url, timeout=(timeout, timeout), allow_redirects=True)
    except Exception as exc:  # every failure becomes a finding
        error = exc if isinstance(exc, NetworkError) else classify(exc, proxy=network.proxy)
        key = {
            Unreachable: "cms.unreachable",
            Timeout: "cms.timeout",
            CertificateError: "cms.certificate",
            ProxyError: "cms.proxy",
        }.get(type(error), "cms.error")
        if isinstance(error, ProxyError) and error.reason_code != "refused":
            key, values["proxy"] = f"cms.proxy_{error.reason_code}", error.proxy
        return Finding("cms", "failed", key, {**values, "seconds": f"{timeout:g}", "reason": str(error)})
    if response.status_code == 407:  # a plain-http address relayed by a proxy that wants a login
        values["proxy"] = redact(network.proxy or "") or "?"
        return Finding("cms", "failed", "cms.proxy_login", values)
    if response.status_code >= 500:
        return Finding("cms", "failed", "cms.error", {**values, "reason": f"HTTP {response.status_code}"})
    return Finding("cms", "ok", "cms.ok", {**values, "status": str(response.status_code)})
