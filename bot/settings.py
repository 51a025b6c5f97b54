"""Settings, read once at the entry point from RELEASEBOT_* variables and .env."""

from __future__ import annotations

from pathlib import Path

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from index.encoders import DEFAULT_ENCODER


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
    # Webhook mode (releasebot run --webhook): Telegram posts updates to webhook_url, which must
    # reach the server listening on webhook_listen, and sends webhook_secret with each one.
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0:8443"
    webhook_secret: SecretStr | None = None
