"""releasebot: answers questions about press releases, in Telegram and on the command line."""
