"""Every package the code imports is a declared, pinned dependency, so any pip (old ones
too) installs a working conflictwatch (issue 12: lxml_html_clean was missing)."""
from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _declared() -> dict[str, str]:
    """Every dependency of the package and of its optional extras (the library declares
    version ranges, `requirements.lock` pins the application): name -> specifier."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    deps = list(project["dependencies"])
    for extra in ("postgres", "dask", "pandas"):       # imported lazily, with E502 when missing
        deps += project["optional-dependencies"][extra]
    out = {}
    for d in deps:
        m = re.match(r"([A-Za-z0-9_.-]+)(\[[^\]]*\])?((?:==|>=)\S+)$", d.strip())
        assert m, f"dependency {d!r} has no version (name==version or name>=low,<high)"
        if m.group(3).startswith(">="):
            assert "<" in m.group(3) or m.group(1) == "dask", f"dependency {d!r} has no upper bound"
        out[re.sub(r"[-_.]+", "-", m.group(1)).lower()] = m.group(3)
    return out


def _imported_top_levels() -> set[str]:
    names = set()
    for path in (ROOT / "conflictwatch").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"conflictwatch"}


def test_every_imported_package_is_a_declared_dependency():
    declared = _declared()
    dists = packages_distributions()
    missing = []
    for name in sorted(_imported_top_levels()):
        owners = {re.sub(r"[-_.]+", "-", d).lower() for d in dists.get(name, [])}
        if not owners & set(declared):
            missing.append(name)
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"


def test_lxml_html_clean_is_declared_and_lxml_html_clean_imports():
    assert "lxml-html-clean" in _declared()
    import lxml.html.clean  # noqa: F401  (trafilatura needs it; E113 on every HTML without)
