"""The answers the bot sent recently, by a short id that its buttons carry back.

Telegram gives a button 64 bytes of callback data: too little for a question, so a button names
the answer by id and the bot looks it up here. Kept in memory for the most recent answers only;
a button of an older answer (or from before a restart) is told to ask again.
"""

from __future__ import annotations

import secrets
from collections import OrderedDict
from dataclasses import dataclass

from bot.answer import Answer

ANSWERS_KEPT = 10_000


@dataclass(frozen=True)
class ShownAnswer:
    answer: Answer
    language: str  # the language the reply was written in


class ShownAnswers:
    def __init__(self, kept: int = ANSWERS_KEPT) -> None:
        self.kept = kept
        self._answers: OrderedDict[str, ShownAnswer] = OrderedDict()

    def add(self, shown: ShownAnswer) -> str:
        """Keep the answer; its id (11 URL-safe characters)."""
        answer_id = secrets.token_urlsafe(8)
        self._answers[answer_id] = shown
        while len(self._answers) > self.kept:
            self._answers.popitem(last=False)
        return answer_id

    def get(self, answer_id: str) -> ShownAnswer | None:
        return self._answers.get(answer_id)
