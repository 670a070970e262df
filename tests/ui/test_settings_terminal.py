"""Through the real `jamtui` in a pseudo-terminal: a remapped key works, the theme is kept,
and `--lang en` shows English keys."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from jamtui.i18n import t
from tests.terminal import Terminal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_a_key_remapped_in_the_settings_file_works(tmp_path: Path, size: tuple[int, int]) -> None:
    data = tmp_path / "data"
    config = data / "config"
    config.mkdir(parents=True)
    (config / "settings.toml").write_text(
        '# mine\ntheme = "nord"\n\n[keymap]\n"orgs.new" = "f6"\n', encoding="utf-8"
    )
    with Terminal("--data-dir", str(data), size=size) as term:
        term.wait_for(t("key.new_org", "sv"))
        term.wait_for(f"f6  {t('key.new_org', 'sv')}")  # the key bar shows the new key
        term.press("f6")
        term.wait_for(t("orgs.name_label", "sv"))
        term.type("Lund")
        term.press("enter")
        term.wait_until(lambda: (data / "organisations" / "lund").is_dir(), "Lund created")
        done = term.quit()
    assert done.code == 0 and not done.traceback
    assert 'theme = "nord"' in (config / "settings.toml").read_text(encoding="utf-8")


def test_english_keys_with_lang_en(tmp_path: Path) -> None:
    with Terminal("--data-dir", str(tmp_path / "data"), "--lang", "en", size=(120, 40)) as term:
        term.wait_for(t("key.new_org", "en"))
        assert t("key.new_org", "sv") not in term.screen()
        done = term.quit()
    assert done.code == 0 and not done.traceback
