"""Whatever the settings file is, loading ends in settings: the ones it holds, or the defaults
with a sentence saying why and the file kept aside. Never a traceback, never a hang."""

from __future__ import annotations

import codecs
import json
import tempfile
from dataclasses import asdict
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calfplayer.domain.clock import FakeClock
from calfplayer.store.settings import CUE_LEVELS, THEMES, Settings, SettingsStore
from tests.deadline import SECONDS, finishes_within

values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(10**300, 10**400)
    | st.floats()
    | st.text(st.characters(categories=["Cc", "Cs", "Ll", "Nd"]), max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=12,
)
setting_objects = st.fixed_dictionaries(
    {},
    optional={
        "theme": st.sampled_from(THEMES) | values,
        "weekly_goal": st.integers(0, 20) | values,
        "safety_acknowledged": values,
        "voice": st.fixed_dictionaries(
            {},
            optional={
                "rate": st.integers(0, 400) | values,
                "volume": st.floats(-1, 2) | values,
                "level": st.sampled_from(CUE_LEVELS) | values,
                "voice_id": values,
                "enabled": values,
                "beeps": values,
            },
        )
        | values,
    },
)


def file_contents() -> st.SearchStrategy[bytes]:
    as_json = setting_objects.map(lambda data: json.dumps(data).encode())
    return st.one_of(
        as_json,
        as_json.map(lambda raw: codecs.BOM_UTF8 + raw),
        st.binary(max_size=300),
        st.integers(1, 200_000).map(lambda depth: b"[" * depth + b"]" * depth),
        st.integers(1, 200_000).map(lambda depth: b'{"voice":' * depth + b"1" + b"}" * depth),
        as_json.map(lambda raw: raw[: len(raw) // 2] + b"\xff\xfe" + raw[len(raw) // 2 :]),
        values.map(lambda value: json.dumps(value).encode()),
    )


def load_in(folder: Path, raw: bytes):  # type: ignore[no-untyped-def]
    path = folder / "settings.json"
    path.write_bytes(raw)
    return path, finishes_within(SECONDS, SettingsStore(path, FakeClock()).load)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(file_contents())
def test_any_file_loads_as_settings_or_falls_back_keeping_it(raw):
    with tempfile.TemporaryDirectory() as folder:
        path, loaded = load_in(Path(folder), raw)
        assert isinstance(loaded.settings, Settings)
        # Whatever was read can be written back as it is.
        json.dumps(asdict(loaded.settings), ensure_ascii=False).encode("utf-8")
        if loaded.problem is None:
            assert path.read_bytes() == raw, "a file that was used stays where it is"
            return
        assert loaded.settings == Settings()
        assert loaded.problem.startswith("Your settings file was damaged (")
        kept = list(Path(folder).glob("settings.json.damaged-*"))
        assert len(kept) == 1 and kept[0].read_bytes() == raw and not path.exists()
        assert kept[0].name in loaded.problem


@settings(max_examples=100, deadline=None)
@given(setting_objects)
def test_a_byte_order_mark_is_not_damage(data):
    with tempfile.TemporaryDirectory() as folder:
        plain = load_in(Path(folder), json.dumps(data).encode())[1]
    with tempfile.TemporaryDirectory() as folder:
        marked = load_in(Path(folder), codecs.BOM_UTF8 + json.dumps(data).encode())[1]
    assert marked == plain and marked.problem is None
