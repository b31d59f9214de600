"""The timer's alarm at 0:00: a short chime played by the system's sound player, else a beep.

PySide6-Essentials has no QtMultimedia, so the chime (made here with the `wave` module, no file
to ship) is handed to what each system has: winsound on Windows, afplay on macOS, PipeWire's,
PulseAudio's or ALSA's player on Linux. Where none is found, the system's beep sounds.
"""

from __future__ import annotations

import atexit
import math
import os
import shutil
import struct
import sys
import tempfile
import wave
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Signal
from PySide6.QtWidgets import QApplication

RATE = 22050
# Three rising notes (A5, C#6, E6), a bright chime heard over a room's chatter.
NOTES = ((880.0, 0.18), (1108.7, 0.18), (1318.5, 0.42))
LINUX_PLAYERS = (("pw-play",), ("paplay",), ("aplay", "-q"))


def chime_frames(rate: int = RATE) -> bytes:
    """The chime as 16-bit mono samples: each note starts sharp and fades out."""
    frames = bytearray()
    for frequency, seconds in NOTES:
        count = int(rate * seconds)
        for n in range(count):
            envelope = min(1.0, n / (rate * 0.005)) * (1.0 - n / count) ** 2
            value = 0.6 * envelope * math.sin(2 * math.pi * frequency * n / rate)
            frames += struct.pack("<h", round(value * 32767))
    return bytes(frames)


def write_chime(path: Path) -> Path:
    """Write the chime as a WAV file."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(chime_frames())
    return path


_chime_path: Path | None = None


def chime_path() -> Path:
    """The chime's WAV file, written once per run in the temporary folder."""
    global _chime_path
    if _chime_path is None or not _chime_path.exists():
        handle, name = tempfile.mkstemp(prefix="catalyse-chime-", suffix=".wav")
        os.close(handle)
        _chime_path = write_chime(Path(name))
        atexit.register(_chime_path.unlink, missing_ok=True)
    return _chime_path


def play_chime() -> bool:
    """Play the chime without waiting for it; False when this system has no player for it."""
    try:
        path = chime_path()
    except OSError:
        return False
    if sys.platform == "win32":
        import winsound

        winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
        return True
    commands = [("afplay",)] if sys.platform == "darwin" else list(LINUX_PLAYERS)
    for command in commands:
        program = shutil.which(command[0])
        if program and QProcess.startDetached(program, [*command[1:], str(path)])[0]:
            return True
    return False


class Alarm(QObject):
    """Rings at the end of a phase: the chime, or the system's beep when it cannot be played."""

    rang = Signal()

    def __init__(
        self, parent: QObject | None = None, player: Callable[[], bool] | None = None
    ) -> None:
        super().__init__(parent)
        self._player = player

    def ring(self) -> None:
        played = self._player() if self._player is not None else play_chime()
        if not played:
            QApplication.beep()
        self.rang.emit()
