"""Settings, read once at the entry point from RELEASEBOT_* variables and .env."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from index.encoders import DEFAULT_ENCODER
from index.vector_store import ANN_MIN_PASSAGES, StoreSettings


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RELEASEBOT_", env_file=".env", extra="ignore")

    telegram_token: SecretStr | None = None
    telegram_base_url: str = "https://api.telegram.org/bot"
    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path("var/index")
    embedding_model: str = DEFAULT_ENCODER
    allowed_chat_ids: list[int] = []  # empty: every chat
    admin_user_ids: list[int] = []  # may use /stats and /reindex, in any chat
    questions_per_minute: int = 10  # per person; more in any minute get a "slow down"
    index_poll_seconds: float = 10.0  # how often the bot looks for a new build; 0: never
    feedback_db: Path = Path("var/feedback.sqlite3")  # 👍/👎 votes; outside the index folder
    # Webhook mode (releasebot run --webhook): Telegram posts updates to webhook_url, which must
    # reach the server listening on webhook_listen, and sends webhook_secret with each one.
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0:8443"
    webhook_secret: SecretStr | None = None
    # Where passage vectors are searched (docs/scaling.md): FAISS in the index folder, exact below
    # ann_min_passages passages and approximate (HNSW over 16-bit vectors) from there on; or
    # Qdrant, embedded in the index folder when qdrant_url is empty (one process at a time), else
    # a shared server.
    vector_store: Literal["faiss", "qdrant"] = "faiss"
    ann_min_passages: int = ANN_MIN_PASSAGES
    qdrant_url: str | None = None
    # releasebot fetch: presseportal RSS feeds whose new releases are written into corpus_dir,
    # e.g. '["https://www.presseportal.de/blaulicht/rss/dienststelle_11787.rss2"]'; how often the
    # running bot fetches them by itself (0: never).
    feed_urls: list[str] = []
    feed_refresh_minutes: float = 0

    @property
    def store(self) -> StoreSettings:
        return StoreSettings(self.vector_store, self.ann_min_passages, self.qdrant_url)
