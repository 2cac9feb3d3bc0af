"""Showing an attachment from memory: pictures (QImageReader on a QBuffer) and, when
QtMultimedia loads, recordings (QMediaPlayer.setSourceDevice on a QBuffer). No temp files.

QtMultimedia is imported only when a recording is opened: it also loads QtNetwork (no socket
is opened: the player only reads the in-memory buffer), and the packaged app leaves it out, in
which case recordings are offered as "Save a copy…" only.
"""

from __future__ import annotations

import functools
from html import escape
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl, Slot
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QWidget

from journal.attachments import Attachment
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.ui.attachments.attachment_model import LOCATION_NOTE, size_text
from journal.ui.common.messages import SafeDialog
from journal.ui.common.widgets import named

AUDIO_TYPES = ("audio/",)


@functools.cache
def multimedia_available() -> bool:
    """Return True when QtMultimedia loads (audio can be played from memory)."""
    try:
        from PySide6 import QtMultimedia  # noqa: F401
    except (ImportError, OSError):
        return False
    return True


def can_play(attachment: Attachment) -> bool:
    """Return True for audio the app can try to play in memory."""
    return attachment.media_type.startswith(AUDIO_TYPES) and multimedia_available()


def png_bytes(image: QImage) -> bytes:
    """Encode a picture as PNG in memory (never a temporary file)."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # str is accepted
    buffer.close()
    return bytes(array.data())


def image_from_bytes(data: bytes) -> QImage | None:
    """Decode a picture from memory, turned upright as its EXIF says; None if unsupported."""
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    buffer.close()
    return None if image.isNull() else image


class ImageViewer(SafeDialog):
    """Shows one picture from memory; `wipe()` drops it (on lock)."""

    def __init__(self, attachment: Attachment, image: QImage, parent: QWidget | None = None):
        super().__init__(parent)
        # Never the file name: window titles are visible.
        self.setWindowTitle(translate("AttachmentViewer", "Attachment"))
        named(self, QT_TRANSLATE_NOOP("Names", "Picture viewer"))
        self._pixmap: QPixmap | None = QPixmap.fromImage(image)
        self._fit = True
        self.title = QLabel(_title(attachment))
        self.title.setWordWrap(True)
        self.picture = named(QLabel(), QT_TRANSLATE_NOOP("Names", "Picture"), attachment.filename)
        # An image: no text of its own to read.
        self.picture.setAccessibleName(translate("Names", "Picture"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller.setWidget(self.picture)
        note = translate("Attachments", LOCATION_NOTE) if attachment.has_location else ""
        self.note = QLabel(note)
        self.note.setObjectName("warning")
        self.note.setWordWrap(True)
        self.note.setVisible(attachment.has_location)
        self.size_button = named(
            QPushButton(translate("AttachmentViewer", "Actual size")),
            QT_TRANSLATE_NOOP("Names", "Actual size"),
        )
        self.size_button.setCheckable(True)
        self.size_button.toggled.connect(self._toggle_fit)
        close = named(
            QPushButton(translate("AttachmentViewer", "Close")), QT_TRANSLATE_NOOP("Names", "Close")
        )
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.size_button)
        row.addStretch(1)
        row.addWidget(close)
        self.content.addWidget(self.title)
        self.content.addWidget(self.scroller, 1)
        self.content.addWidget(self.note)
        self.footer.addLayout(row)
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() * 0.8 if screen is not None else None
        width = min(image.width() + 60, room.width() if room else 1000)
        height = min(image.height() + 150, room.height() if room else 800)
        self.resize(max(420, width), max(320, height))
        self._show_picture()

    def has_picture(self) -> bool:
        """Return True while a picture is held."""
        return self._pixmap is not None and not self._pixmap.isNull()

    def _show_picture(self) -> None:
        if self._pixmap is None:
            self.picture.clear()
            return
        if self._fit:
            self.scroller.setWidgetResizable(True)
            room = self.scroller.viewport().size()
            if self._pixmap.width() > room.width() or self._pixmap.height() > room.height():
                scaled = self._pixmap.scaled(
                    room,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                self.picture.setPixmap(scaled)
                return
            self.picture.setPixmap(self._pixmap)
        else:
            self.scroller.setWidgetResizable(False)
            self.picture.setPixmap(self._pixmap)
            self.picture.resize(self._pixmap.size())

    @Slot(bool)
    def _toggle_fit(self, actual: bool) -> None:
        self._fit = not actual
        self._show_picture()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the picture to the window again."""
        super().resizeEvent(event)
        if self._fit:
            self._show_picture()

    def wipe(self) -> None:
        """Drop the picture from the screen and from memory."""
        self._pixmap = None
        self.picture.clear()
        self.title.clear()


class AudioPlayer(SafeDialog):
    """Plays one recording from memory (QMediaPlayer on a QBuffer); `wipe()` drops it."""

    def __init__(self, attachment: Attachment, data: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        self.setWindowTitle(translate("AttachmentViewer", "Attachment"))
        named(self, QT_TRANSLATE_NOOP("Names", "Sound player"))
        self._array = QByteArray(data)
        self._buffer: QBuffer | None = QBuffer(self._array, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.player: Any = QMediaPlayer(self)
        self._output = QAudioOutput(self)
        self.player.setAudioOutput(self._output)
        self.player.setSourceDevice(self._buffer, QUrl(attachment.filename))
        self.title = QLabel(_title(attachment))
        self.title.setWordWrap(True)
        self.position = named(QLabel("0:00"), QT_TRANSLATE_NOOP("Names", "Position"))
        self.play_button = named(
            QPushButton(translate("AttachmentViewer", "Play")), QT_TRANSLATE_NOOP("Names", "Play")
        )
        self.play_button.clicked.connect(self._play_pause)
        stop = named(
            QPushButton(translate("AttachmentViewer", "Stop")), QT_TRANSLATE_NOOP("Names", "Stop")
        )
        stop.clicked.connect(self.player.stop)
        close = named(
            QPushButton(translate("AttachmentViewer", "Close")), QT_TRANSLATE_NOOP("Names", "Close")
        )
        close.clicked.connect(self.reject)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.player.positionChanged.connect(self._position)
        self.player.playbackStateChanged.connect(self._state)
        self.player.errorOccurred.connect(self._failed)
        row = QHBoxLayout()
        row.addWidget(self.play_button)
        row.addWidget(stop)
        row.addWidget(self.position, 1)
        row.addWidget(close)
        self.content.addWidget(self.title)
        self.content.addLayout(row)
        self.content.addWidget(self.error)
        self.resize(420, 140)

    @Slot()
    def _play_pause(self) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    @Slot(int)
    def _position(self, ms: int) -> None:
        total = self.player.duration()
        self.position.setText(_clock(ms) + (f" / {_clock(total)}" if total > 0 else ""))

    @Slot(object)
    def _state(self, state: Any) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(
            translate("AttachmentViewer", "Pause")
            if playing
            else translate("AttachmentViewer", "Play")
        )

    @Slot(object, str)
    def _failed(self, _error: Any, _text: str) -> None:
        self.error.setText(
            translate(
                "AttachmentViewer",
                "This recording cannot be played here. You can save a copy and open it with "
                "another program.",
            )
        )

    def reject(self) -> None:
        """Stop playing and forget the recording when the dialog closes."""
        self.wipe()
        super().reject()

    def wipe(self) -> None:
        """Stop, detach and clear the in-memory recording."""
        self.player.stop()
        self.player.setSourceDevice(None)
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None
        self._array.clear()
        self.title.clear()


def open_viewer(attachment: Attachment, data: bytes, parent: QWidget) -> SafeDialog | None:
    """Show a picture or play a sound from memory in its own window (deleted when closed).

    Returns None when the picture's format cannot be read.
    """
    dialog: SafeDialog
    if attachment.is_image:
        image = image_from_bytes(data)
        if image is None:
            return None
        dialog = ImageViewer(attachment, image, parent)
    else:
        dialog = AudioPlayer(attachment, data, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()  # not modal: the entry can stay in view beside it
    return dialog


def _clock(ms: int) -> str:
    seconds = max(0, ms) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


def _html(text: str) -> str:
    return escape(text)


def _title(attachment: Attachment) -> str:
    """Return the viewer's heading: the file's name (escaped) and its size."""
    return f"<b>{_html(attachment.filename)}</b> — {_html(size_text(attachment.size))}"
