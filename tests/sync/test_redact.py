"""The single URL-redaction module and the CMS address rules (no network)."""

from __future__ import annotations

import pytest

from editor.sync.address import AddressRefused, check_cms_address, is_loopback, normalise_url
from editor.sync.errors import NetworkError, ProxyError
from editor.sync.redact import has_userinfo, redact, strip_userinfo


def test_redact_strip_userinfo_keeps_host_port_and_path() -> None:
    """``user:password@`` goes; scheme, host, port, path and query stay."""
    assert strip_userinfo("http://anna:S3cr3t@proxy.office:3128/x?y=1") == "http://proxy.office:3128/x?y=1"
    assert strip_userinfo("https://anna@cms.example") == "https://cms.example"
    assert strip_userinfo("https://cms.example/") == "https://cms.example/"
    assert strip_userinfo("http://a:p@ss@[::1]:8080/") == "http://[::1]:8080/"


def test_redact_free_text_removes_every_credential() -> None:
    """Messages from requests/urllib3 lose the credentials of each address in them, '@' in passwords too."""
    text = (
        "HTTPSConnectionPool(host='cms.example', port=443): Max retries exceeded "
        "(Caused by ProxyError('Unable to connect to proxy http://anna:p@ss%21w0rd@10.0.0.1:3128', "
        "Url(scheme='http', auth='anna:p@ss!w0rd', host='10.0.0.1', port=3128)))"
    )
    cleaned = redact(text)
    assert "p@ss" not in cleaned
    assert "w0rd" not in cleaned
    assert "http://10.0.0.1:3128" in cleaned
    assert redact("mail anna@example.org") == "mail anna@example.org"


def test_redact_network_errors_never_carry_credentials() -> None:
    """Every NetworkError message is redacted, whoever built it."""
    assert (
        str(ProxyError("http://anna:S3cr3t@proxy:3128")) == "proxy refused the connection: http://proxy:3128"
    )
    assert "S3cr3t" not in str(NetworkError("failed: https://anna:S3cr3t@cms.example/login/"))


def test_redact_has_userinfo() -> None:
    """Credentials are detected with a user alone, with a password, and not in a plain address."""
    assert has_userinfo("https://anna:pw@cms.example")
    assert has_userinfo("https://anna@cms.example")
    assert not has_userinfo("https://cms.example/a@b")


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8765", "http://127.5.6.7/", "http://[::1]:8000", "http://localhost:8000"]
)
def test_address_plain_http_is_accepted_on_loopback(url: str) -> None:
    """A local test CMS over http:// is fine: nothing leaves the computer."""
    assert check_cms_address(url) == url.rstrip("/")


@pytest.mark.parametrize(
    "url", ["http://cms.example.org", "http://10.0.0.5:8000", "http://localhost.evil.org"]
)
def test_address_plain_http_is_refused_elsewhere(url: str) -> None:
    """http:// to another computer is refused, saying the password would travel unencrypted."""
    with pytest.raises(AddressRefused) as info:
        check_cms_address(url)
    assert "unencrypted" in str(info.value)
    assert "https://" in str(info.value)


def test_address_with_credentials_is_refused_without_echoing_them() -> None:
    """A user name or password in the CMS address is refused; the message shows the address without it."""
    with pytest.raises(AddressRefused) as info:
        check_cms_address("https://anna:S3cr3t@cms.example.org/")
    assert "S3cr3t" not in str(info.value)
    assert "https://cms.example.org" in str(info.value)
    assert normalise_url("https://anna:S3cr3t@cms.example.org/") == "https://cms.example.org"


def test_address_https_and_scheme_less_are_normalised() -> None:
    """A bare host becomes https://; other schemes are refused."""
    assert check_cms_address(" cms.integreat-app.de/ ") == "https://cms.integreat-app.de"
    with pytest.raises(AddressRefused):
        check_cms_address("ftp://cms.example.org")
    assert is_loopback("127.0.0.1")
    assert not is_loopback("128.0.0.1")


def test_redact_unparsable_addresses_lose_their_credentials_too() -> None:
    """An address urllib cannot parse (a broken IPv6 host) is still cleaned, as free text."""
    assert has_userinfo("http://anna:pw@[::1")
    assert strip_userinfo("http://anna:pw@[::1") == "http://[::1"


def test_address_bad_port_or_missing_host_is_refused() -> None:
    """A port out of range or an address without a host is refused with a reason, not a traceback."""
    with pytest.raises(AddressRefused) as info:
        check_cms_address("https://cms.example.org:99999")
    assert "not a valid web address" in str(info.value)
    with pytest.raises(AddressRefused):
        check_cms_address("https://:8000")
    with pytest.raises(AddressRefused) as empty:
        check_cms_address("  ")
    assert "no CMS address" in str(empty.value)
