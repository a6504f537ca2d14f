"""The headless sync command's bad-input paths (no CMS needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.cli import parse_args


def _run(argv: list[str]) -> int:
    args = parse_args(argv)
    return int(args.func(args))


def test_sync_cli_without_cms_leaves_no_empty_working_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A first sync without --cms fails with exit 2 and one line, and creates nothing."""
    assert _run(["sync", "--data", str(tmp_path), "--region", "neustadt", "--user", "anna"]) == 2
    assert "--cms URL is required" in capsys.readouterr().err
    assert not (tmp_path / "regions" / "neustadt" / "working-copy.sqlite").exists()


def test_sync_cli_unreachable_cms_exits_3_and_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A CMS that cannot be reached (closed local port) is one clear line, exit 3, no file left."""
    monkeypatch.setenv("INTEGREAT_DESK_PASSWORD", "pw")
    code = _run(
        ["sync", "--data", str(tmp_path), "--cms", "http://127.0.0.1:9", "--region", "neustadt",
         "--user", "anna", "--pull-only"]
    )  # fmt: skip
    assert code == 3
    err = capsys.readouterr().err
    assert "127.0.0.1:9" in err
    assert "Traceback" not in err
    assert not (tmp_path / "regions" / "neustadt" / "working-copy.sqlite").exists()


def test_sync_cli_send_kept_with_pull_only_is_refused_before_any_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--send-kept`` sends and ``--pull-only`` sends nothing: refused as bad input (exit 2, one line naming
    both), before the CMS is asked (it could not be reached: that would be exit 3) or anything is made."""
    monkeypatch.setenv("INTEGREAT_DESK_PASSWORD", "pw")
    code = _run(
        ["sync", "--data", str(tmp_path), "--cms", "http://127.0.0.1:9", "--region", "neustadt",
         "--user", "anna", "--pull-only", "--send-kept"]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert err == "sync: --send-kept sends texts and --pull-only sends nothing: use one of them\n"
    assert not (tmp_path / "regions").exists()


def test_sync_cli_help_names_send_kept(capsys: pytest.CaptureFixture[str]) -> None:
    """``sync --help`` says what ``--send-kept`` sends and that it is a decision."""
    with pytest.raises(SystemExit) as done:
        parse_args(["sync", "--help"])
    assert done.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "--send-kept after the pull, send the texts kept here that the CMS deleted" in text
    assert "removed from the region and added again" in text
    assert "use it on purpose" in text
