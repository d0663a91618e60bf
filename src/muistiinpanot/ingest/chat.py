"""Meeting chat and transcript exports: Zoom's saved chat (.txt), Teams and Zoom transcripts
(.vtt), and chat lines copied with a "[time] Name: text" or "[time] Name" header.

A speaker's name is personal data: it never becomes note text or a group. Reactions,
joins and other system lines are not notes; they are counted in a warning.
"""

from __future__ import annotations

import re
from pathlib import Path

from muistiinpanot.fileio import read_text_file
from muistiinpanot.ingest.rawnote import FileRead, RawNote
from muistiinpanot.ingest.settings import IngestSettings
from muistiinpanot.messages import counted, render

_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp][Mm])?"
#: Zoom: "10:15:32 From Matti M to Everyone: text" (text may follow on tab-indented lines),
#: older Zoom: "10:15:32\t From  Matti M : text".
_ZOOM = re.compile(
    rf"^(?P<time>{_TIME})\s+(?:From|Lähettäjä)\s+(?P<who>.+?)"
    r"(?:\s+(?:to|vastaanottaja)\s+(?P<to>.+?))?\s*:(?:\s+(?P<text>.*))?$"
)
#: Copied chats: "[10.15] Matti M: text", "[18.9.2025 10.15] Matti M: text".
_BRACKETED = re.compile(
    rf"^\[(?:[\d./-]+\s+(?:klo\s+)?)?(?P<time>{_TIME})\]\s*(?P<who>[^:]{{1,80}}?):\s*(?P<text>.*)$"
)
#: Teams, copied from a meeting chat: "[10.15] Matti M" alone, the message on the next lines.
_BRACKETED_HEADER = re.compile(
    rf"^\[(?:[\d./-]+\s+(?:klo\s+)?)?(?P<time>{_TIME})\]\s*(?P<who>[^:\[\]]{{1,80}})$"
)
_SYSTEM = re.compile(
    r"^(?:Reacted to |Removed a .* reaction|Reagoi |(?:add|remove) \S+$)", re.IGNORECASE
)
#: Recipients of a message to the whole meeting ("to Everyone", "to Everyone (in Waiting
#: Room)", "vastaanottaja Kaikki"); any other recipient makes it a private message.
_PUBLIC = re.compile(r"^(?:everyone|kaikki|alla)\b", re.IGNORECASE)
_REPLY = re.compile(r'^(?:Replying to|Vastaus viestiin)\s+"[^"]*"\s*', re.IGNORECASE)
_VTT_TIMING = re.compile(r"^\s*(?:\d+:)?\d{2}:\d{2}[.,]\d{3}\s+-->\s+")
_VTT_VOICE = re.compile(r"<v(?:\.[^ >]*)?\s+[^>]*>")
_VTT_TAG = re.compile(r"</?[a-z][^>]*>|<\d[\d:.]*>", re.IGNORECASE)
#: "Matti Meikäläinen: " at the start of a Zoom transcript cue (at most four words).
_SPEAKER_PREFIX = re.compile(r"^(?P<who>[^\s:][^:]{0,60}?):\s+")


def looks_like_chat(text: str) -> bool:
    """Most non-blank lines that are not indented start with a chat header, or the file
    opens with a Teams "[time] Name" header and has another."""
    lines = [line for line in text.split("\n")[:400] if line.strip() and line[:1] not in "\t "]
    headers = sum(1 for line in lines if _header(line))
    if lines and _BRACKETED_HEADER.match(lines[0]) and headers >= min(2, len(lines)):
        return True  # Teams: "[10.15] Name" headers, the messages unindented below them
    return len(lines) >= 1 and headers * 10 >= len(lines) * 6


def read_chat_text(rel: str, text: str, encoding: str) -> FileRead:
    """One note per chat message (the lines after a header, up to the next header, belong
    to it). Reactions and lines before the first header are not notes; they are counted in
    a warning. A reply's quotation of the message it answers is removed."""
    messages: list[RawNote] = []
    private: list[bool] = []  # a direct message to one person is not the group's note
    skipped = 0
    layout = "Zoom chat"
    for number, line in enumerate(text.split("\n"), start=1):
        match = _header(line)
        if match is not None:
            if match.re is not _ZOOM:
                layout = "Teams/chat"
            body = (match.groupdict().get("text") or "").strip()
            messages.append(RawNote(text=body, rel=rel, line=number))
            recipient = (match.groupdict().get("to") or "").strip()
            private.append(bool(recipient) and not _PUBLIC.match(recipient))
        elif messages and line.strip():
            last = messages[-1]
            joined = f"{last.text} {line.strip()}".strip()
            messages[-1] = RawNote(text=joined, rel=rel, line=last.line, end_line=number)
        elif line.strip():
            skipped += 1
    notes: list[RawNote] = []
    for message, is_private in zip(messages, private, strict=True):
        if _SYSTEM.match(message.text) or is_private:
            skipped += 1
            continue
        notes.append(RawNote(text=_REPLY.sub("", message.text), rel=rel, line=message.line))
    return FileRead(tuple(notes), layout, encoding, _warnings(skipped))


def read_vtt_notes(path: Path, rel: str, settings: IngestSettings) -> FileRead:
    """One note per cue of a WebVTT transcript. Teams marks the speaker with <v Name>,
    Zoom with "Name: " at the start of the cue; both are removed."""
    decoded = read_text_file(
        path, max_bytes=settings.max_file_bytes, encodings=settings.legacy_encodings
    )
    lines = decoded.text.split("\n")
    cues: list[tuple[int, str]] = []
    index = 0
    while index < len(lines):
        if _VTT_TIMING.match(lines[index]):
            first, parts = index + 2, []
            index += 1
            while index < len(lines) and lines[index].strip():
                parts.append(lines[index].strip())
                index += 1
            cues.append((first, " ".join(parts)))
        index += 1
    prefixed = sum(1 for _, cue in cues if _SPEAKER_PREFIX.match(_VTT_TAG.sub("", cue)))
    strip_speaker = cues and prefixed * 10 >= len(cues) * 6
    notes: list[RawNote] = []
    for first, cue in cues:
        voiced = bool(_VTT_VOICE.search(cue))
        text = _VTT_TAG.sub("", _VTT_VOICE.sub("", cue)).strip()
        if strip_speaker and not voiced:
            text = _SPEAKER_PREFIX.sub("", text, count=1)
        notes.append(RawNote(text=text, rel=rel, line=first))
    return FileRead(tuple(notes), "WebVTT", decoded.encoding)


def _header(line: str) -> re.Match[str] | None:
    return _ZOOM.match(line) or _BRACKETED.match(line) or _BRACKETED_HEADER.match(line)


def _warnings(skipped: int) -> tuple[str, ...]:
    return (
        (
            render(
                "warn_chat_skipped", count=skipped, rows=counted(skipped, "chat-rivi", "chat-riviä")
            ),
        )
        if skipped
        else ()
    )
