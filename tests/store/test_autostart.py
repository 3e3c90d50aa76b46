"""The autostart entry: where it goes, and an Exec line that survives any data folder's name."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from calfplayer.store.autostart import autostart_folder, exec_line, remove_entry, write_entry


def test_it_goes_under_xdg_config_home_else_dot_config(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert autostart_folder() == tmp_path / "cfg" / "autostart"
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/is/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert autostart_folder() == tmp_path / "home" / ".config" / "autostart"


def test_plain_arguments_stay_plain_and_the_rest_is_quoted() -> None:
    assert exec_line(["/usr/bin/python3", "-m", "calfplayer", "remind"]) == (
        "/usr/bin/python3 -m calfplayer remind"
    )
    assert exec_line(["a b", "50%", 'say "hi" $HOME \\ `x`']) == (
        '"a b" 50%% "say \\\\"hi\\\\" \\\\$HOME \\\\\\\\ \\\\`x\\\\`"'
    )


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
@pytest.mark.parametrize(
    "folder", ["plain", "with space", 'q"uote', "dollar$HOME", "per%cent", "back\\slash", "ü ñ"]
)
def test_the_entry_is_valid_and_the_shell_reads_the_arguments_back(tmp_path, folder) -> None:
    entry = tmp_path / "autostart" / "calfplayer-remind.desktop"
    command = ["/opt/py thon/bin/python", "-m", "calfplayer", "--data-dir", f"/d/{folder}"]
    write_entry(entry, name="calfplayer reminders", comment="Reminds you", command=command)
    validated = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert (validated.returncode, validated.stdout) == (0, "")
    line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    # The desktop file's string escapes undone, Exec quoting is the shell's double quotes.
    arguments = line.removeprefix("Exec=").replace("\\\\", "\\").replace("%%", "%")
    read_back = subprocess.run(
        ["sh", "-c", f"printf '%s\\n' {arguments}"], capture_output=True, text=True, check=False
    ).stdout.splitlines()
    assert read_back == command


def test_removing_says_whether_there_was_one(tmp_path: Path) -> None:
    entry = tmp_path / "autostart" / "x.desktop"
    assert remove_entry(entry) is False
    write_entry(entry, name="n", comment="c", command=["x"])
    assert remove_entry(entry) is True
    assert not entry.exists()
