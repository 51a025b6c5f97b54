"""What Telegram accepts as a message with parse_mode HTML, checked the way its parser does:
only its tags, balanced and properly nested, <a> with only an href, and every <, > and & that is
not part of a tag part of an entity (named lt, gt, amp, quot, or numeric)."""

from __future__ import annotations

import re

from bot.replies import MESSAGE_MAX_CHARS, telegram_length

ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
    "tg-emoji", "code", "pre", "blockquote",
}  # fmt: skip
_TAG = re.compile(r"<(/?)([A-Za-z-]+)((?:\s+[A-Za-z-]+=\"[^\"<>]*\")*)\s*>")
_ATTRIBUTE = re.compile(r"([A-Za-z-]+)=\"[^\"<>]*\"")
_ENTITY = re.compile(r"&(?:#[0-9]+|#x[0-9A-Fa-f]+|lt|gt|amp|quot);")


def html_problems(text: str) -> list[str]:
    """Why Telegram would refuse this message text; empty when it would take it."""
    problems: list[str] = []
    if not text.strip():
        problems.append("the message is empty")
    if telegram_length(text) > MESSAGE_MAX_CHARS:
        problems.append(f"{telegram_length(text)} UTF-16 units, more than {MESSAGE_MAX_CHARS}")
    open_tags: list[str] = []
    position = 0
    while position < len(text):
        character = text[position]
        if character == "<":
            tag = _TAG.match(text, position)
            if not tag:
                problems.append(f"a bare < at {position}")
                position += 1
                continue
            closing, name, attributes = tag[1] == "/", tag[2].lower(), tag[3]
            if name not in ALLOWED_TAGS:
                problems.append(f"tag <{name}> at {position} is not one Telegram knows")
            elif closing:
                if not open_tags or open_tags[-1] != name:
                    problems.append(f"</{name}> at {position} closes no open <{name}>")
                else:
                    open_tags.pop()
            else:
                names = _ATTRIBUTE.findall(attributes)
                if name == "a" and names != ["href"] or name != "a" and name != "span" and names:
                    problems.append(f"<{name}> at {position} has attributes {names}")
                open_tags.append(name)
            position = tag.end()
        elif character == ">":
            problems.append(f"a bare > at {position}")
            position += 1
        elif character == "&":
            entity = _ENTITY.match(text, position)
            if not entity:
                problems.append(f"a bare & at {position}")
                position += 1
            else:
                position = entity.end()
        else:
            position += 1
    if open_tags:
        problems.append(f"unclosed tags {open_tags}")
    return problems
