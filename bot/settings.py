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
    admin_user_ids: list[int] = []
