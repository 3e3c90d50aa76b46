"""The Linux desktop entry, AppStream file and icons: valid, consistent, and installable."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from calfplayer import APP_ID, __version__
from calfplayer.cli import parse_args

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
SCREENSHOT_URL = "https://raw.githubusercontent.com/calfplayer/calfplayer/main/"
ICON_SIZES = ["16x16", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256", "512x512"]


def tool(name: str, package: str) -> str:
    """The tool's path; on Debian `make test` installs it, so missing there is a failure."""
    found = shutil.which(name)
    if found:
        return found
    if Path("/etc/debian_version").exists():
        pytest.fail(f"{name} is missing: `make test` installs it with the Debian package {package}")
    pytest.skip(f"{name} is not installed (package {package} on Debian)")


def read_desktop(path: Path) -> configparser.ConfigParser:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    return entry


def test_the_desktop_entry_is_valid():
    result = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_appstream_file_is_valid():
    result = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_one_app_id_names_everything():
    entry = read_desktop(DESKTOP)["Desktop Entry"]
    assert entry["Icon"] == APP_ID
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    install_script = (PACKAGING / "install-desktop.sh").read_text(encoding="utf-8")
    assert f"\napp_id={APP_ID}\n" in install_script
    assert f'\nAPP_ID = "{APP_ID}"\n' in (PACKAGING / "calfplayer.spec").read_text(encoding="utf-8")


def test_the_release_is_this_version_with_a_date():
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases[0].get("version") == __version__
    assert releases[0].get("date") == "2026-11-23"
    assert ET.parse(METAINFO).getroot().find("content_rating").get("type") == "oars-1.1"


def test_every_screenshot_is_a_picture_in_the_repository():
    images = [e.text or "" for e in ET.parse(METAINFO).getroot().iter("image")]
    assert images
    for url in images:
        assert url.startswith(SCREENSHOT_URL), url
        assert (REPO / url.removeprefix(SCREENSHOT_URL)).is_file(), f"{url} has no file"


def test_the_movement_snack_action_starts_a_routine_that_exists(library):
    entry = read_desktop(DESKTOP)
    assert entry["Desktop Entry"]["Actions"] == "movement-snack;"
    action = entry["Desktop Action movement-snack"]
    assert action["Name"] == "Movement snack"
    program, *arguments = action["Exec"].split()
    assert program == entry["Desktop Entry"]["Exec"] == "calfplayer-gui"
    args = parse_args(arguments)
    assert args.start and args.command is None
    assert library.resolve(args.routine).name == "Movement snack"


def test_every_icon_size_exists():
    for size in ICON_SIZES:
        assert (REPO / "assets" / "icons" / "hicolor" / size / "calfplayer.png").is_file(), size


def installed_files(data: Path) -> dict[str, Path]:
    files = {
        "desktop": data / "applications" / f"{APP_ID}.desktop",
        "metainfo": data / "metainfo" / f"{APP_ID}.metainfo.xml",
        "svg": data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    }
    for size in ICON_SIZES:
        files[size] = data / "icons" / "hicolor" / size / "apps" / f"{APP_ID}.png"
    return files


def run_install(*args: str, data: Path, cwd: Path = REPO, script: Path | None = None):
    env = {**os.environ, "XDG_DATA_HOME": str(data), "PATH": "/usr/bin:/bin"}
    command = ["bash", str(script or PACKAGING / "install-desktop.sh"), *args]
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, check=False)


@pytest.mark.skipif(not shutil.which("make"), reason="needs make")
def test_make_install_desktop_installs_for_this_user_and_uninstalls(tmp_path):
    data = tmp_path / "share"
    # calfplayer-gui is not on this PATH, so the entry runs the checkout's own.
    env = {**os.environ, "XDG_DATA_HOME": str(data), "PATH": "/usr/bin:/bin"}
    make = ["make", "--no-print-directory", "-C", str(REPO)]
    result = subprocess.run(
        [*make, "install-desktop"], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    files = installed_files(data)
    for name, path in files.items():
        assert path.is_file(), name
    assert (
        files["512x512"].read_bytes()
        == (REPO / "assets/icons/hicolor/512x512/calfplayer.png").read_bytes()
    )
    entry = read_desktop(files["desktop"])
    program = str(REPO / ".venv" / "bin" / "calfplayer-gui")
    assert entry["Desktop Entry"]["Exec"] == program
    assert entry["Desktop Action movement-snack"]["Exec"] == (
        f"{program} --routine movement-snack --start"
    )
    validate = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(files["desktop"])],
        capture_output=True,
        text=True,
        check=False,
    )
    assert validate.returncode == 0, validate.stdout

    result = subprocess.run(
        [*make, "uninstall-desktop"], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert not any(path.exists() for path in files.values())


def test_a_program_path_with_spaces_is_quoted(tmp_path):
    program = tmp_path / "my apps" / "calfplayer-gui"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    result = run_install(str(program), data=tmp_path / "share")
    assert result.returncode == 0, result.stderr
    desktop = installed_files(tmp_path / "share")["desktop"]
    assert read_desktop(desktop)["Desktop Entry"]["Exec"] == f'"{program}"'
    validate = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(desktop)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert validate.returncode == 0, validate.stdout


def test_a_missing_program_is_refused_and_nothing_is_installed(tmp_path):
    result = run_install(str(tmp_path / "nowhere"), data=tmp_path / "share")
    assert result.returncode == 1
    assert "is not an executable program" in result.stderr
    assert not (tmp_path / "share").exists()


def test_from_a_bundle_the_entry_runs_the_bundles_binary(tmp_path):
    bundle = tmp_path / "calfplayer"
    (bundle / "_internal" / "calfplayer").mkdir(parents=True)
    shutil.copytree(REPO / "assets", bundle / "_internal" / "calfplayer" / "assets")
    for name in ("install-desktop.sh", DESKTOP.name, METAINFO.name):
        shutil.copy2(PACKAGING / name, bundle / name)
    binary = bundle / "calfplayer"
    binary.write_text("#!/bin/sh\n")
    binary.chmod(0o755)
    result = run_install(data=tmp_path / "share", script=bundle / "install-desktop.sh")
    assert result.returncode == 0, result.stderr
    files = installed_files(tmp_path / "share")
    assert read_desktop(files["desktop"])["Desktop Entry"]["Exec"] == str(binary)
    assert all(path.is_file() for path in files.values())
