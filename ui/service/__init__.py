"""The HTTP service: ``ftaudit serve`` (needs the ``service`` extra: FastAPI and uvicorn)."""
