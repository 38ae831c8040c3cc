"""Read YAML data files safely, turning every failure into our own error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from diagapp.domain.errors import explain_errno

try:  # the C loader is several times faster; fall back when libyaml is absent
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the wheel
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


def read_yaml(path: Path, error: type[Exception]) -> Any:
    """Parse `path`; raise `error(file, where, what)` with a French message."""
    name = f"{path.parent.name}/{path.name}"
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_Loader)
    except FileNotFoundError:
        raise error(name, "", "fichier introuvable") from None
    except UnicodeDecodeError:
        raise error(name, "", "le fichier n'est pas en UTF-8") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"ligne {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "syntaxe YAML invalide"
        raise error(name, where, f"YAML invalide ({problem})") from None
    except OSError as exc:
        raise error(name, "", f"lecture impossible ({explain_errno(exc)})") from None
