"""refrain's read-only web UI (FastAPI + Jinja2): ``create_app(db_path)`` and ``run(db_path)``."""

from refrain.web.app import create_app, run

__all__ = ["create_app", "run"]
