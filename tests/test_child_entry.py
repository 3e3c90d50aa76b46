"""The bundle's binary starts calfplayer's own child processes the way `python -m` does."""

from __future__ import annotations

import sys

import pytest

from calfplayer.__main__ import main
from calfplayer.child_entry import child_module_request, run_child_module


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "argv", list(sys.argv))  # run_child_module sets the child's argv


def test_only_calfplayer_modules_can_be_run():
    assert child_module_request(["-m", "calfplayer.audio.speech", "render"]) == (
        "calfplayer.audio.speech",
        ["render"],
    )
    assert child_module_request(["-m", "calfplayer"]) == ("calfplayer", [])
    assert child_module_request(["-m", "json.tool"]) is None
    assert child_module_request(["-m", "calfplayerx.evil"]) is None
    assert child_module_request(["list", "-m", "calfplayer"]) is None
    assert child_module_request(["-m"]) is None


def test_outside_the_bundle_the_binary_has_no_dash_m(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert run_child_module(["-m", "calfplayer", "list"]) is None


# Here the modules were imported by the test run already; a real child process starts afresh.
rerun_warning = pytest.mark.filterwarnings("ignore:.*found in sys.modules:RuntimeWarning")


@rerun_warning
def test_in_the_bundle_dash_m_runs_the_module_with_its_own_arguments(frozen: None, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["-m", "calfplayer", "--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith("calfplayer ")
    assert sys.argv == ["calfplayer", "--version"]


@rerun_warning
def test_in_the_bundle_the_child_ends_with_the_modules_status(frozen: None):
    # The module's own `sys.exit(main())` ends the child with its status, as with `python -m`.
    with pytest.raises(SystemExit) as exited:
        main(["-m", "calfplayer", "show", "no-such-routine"])
    assert exited.value.code == 2


@rerun_warning
def test_in_the_bundle_a_module_without_exit_ends_with_status_0(frozen: None):
    assert main(["-m", "calfplayer.resources"]) == 0


def test_in_the_bundle_other_modules_are_a_usage_error(frozen: None, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["-m", "json.tool"])
    assert exited.value.code == 2
    assert "invalid choice: 'json.tool'" in capsys.readouterr().err
