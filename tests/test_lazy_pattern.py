"""pipeline.text.lazy.LazyPattern: a pattern compiled on first use, matching as re.compile's does; and the CLI's
import compiling none of pipeline/names' big country patterns (about 1.5 s of CPU per process before)."""

from __future__ import annotations

import json
import pickle
import re
import subprocess
import sys

from pipeline.text.lazy import LazyPattern


def test_a_lazy_pattern_matches_as_the_compiled_one():
    source, flags = r"(?P<who>Trung\s+Quốc)(?![^\W\d_])", re.IGNORECASE
    lazy, compiled = LazyPattern(source, flags), re.compile(source, flags)
    text = "đoàn TRUNG  QUỐC và Trung Quốc, Trung Quốcx"
    assert lazy.pattern == compiled.pattern
    assert [m.span("who") for m in lazy.finditer(text)] == [m.span("who") for m in compiled.finditer(text)]
    assert lazy.sub("X", text) == compiled.sub("X", text)
    assert (lazy.flags, lazy.groups, lazy.groupindex) == (compiled.flags, compiled.groups, compiled.groupindex)
    assert pickle.loads(pickle.dumps(lazy)).search(text).group() == "TRUNG  QUỐC"


def test_nothing_is_compiled_before_first_use():
    lazy = LazyPattern("(")  # an invalid pattern fails only when it is used
    assert lazy.pattern == "("
    try:
        lazy.search("x")
    except re.error:
        pass
    else:
        raise AssertionError("the pattern was never compiled")
    assert not hasattr(LazyPattern("a"), "_private")


def test_importing_the_cli_compiles_no_big_names_pattern():
    # Every compile the import asks for, with the file that asked: pipeline/names' patterns that inline the country
    # lists (16,000+ characters each) wait for their first use.
    probe = ("import json, re, sys\nreal = re._compile\nseen = []\n"
             "def spy(pattern, flags):\n"
             "    frame = sys._getframe(1)\n"
             "    while frame.f_code.co_filename.endswith(('re/__init__.py', 'enum.py')):\n"
             "        frame = frame.f_back\n"
             "    seen.append((frame.f_code.co_filename, len(pattern)))\n"
             "    return real(pattern, flags)\n"
             "re._compile = spy\nimport pipeline.cli.main\nprint(json.dumps(seen))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    names = [(path, size) for path, size in json.loads(done.stdout.splitlines()[-1]) if "/pipeline/names/" in path]
    assert names and max(size for _, size in names) < 5000, sorted(names, key=lambda n: -n[1])[:3]
