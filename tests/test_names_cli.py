"""`vietbrief names TEXT|FILE|-`: what it reads. A mistyped file name is an error that says so, not text in
which no person is found; text, a file and stdin are read."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from pipeline.cli.main import app

TEXT = "Thứ trưởng Ngoại giao Tôn Vệ Đông của Trung Quốc dự họp tại TP.HCM."


def _names(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, ["names", "--json", "--no-builtin-glossary", *args], input=stdin)


def test_a_missing_file_is_an_error_not_text(tmp_path):
    for missing in (str(tmp_path / "bai-bao.txt"), "bai-bao.txt", "tin/bai-bao"):
        out = _names(missing)
        assert out.exit_code == 2 and "no such file" in out.output and missing in out.output, missing
    out = _names(str(tmp_path))  # a folder
    assert out.exit_code == 2 and "not a file" in out.output


def test_text_a_file_and_stdin_are_read(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    for out in (_names(TEXT), _names(str(tmp_path / "a.txt")), _names("-", stdin=TEXT)):
        assert out.exit_code == 0, out.output
        assert json.loads(out.stdout.splitlines()[0])["en"] == "Sun Weidong"
    # one word with a dot is text, not a file name: no person, no error
    assert _names("TP.HCM").exit_code == 0
