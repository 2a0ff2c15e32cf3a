"""Photo attachments: add from a file, see thumbnails and a preview.

The bytes are stored encrypted in the store by the inspection service; this part
only asks for them (``photo_wanted``) and shows what comes back.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from checkpoint.domain.goods import Attachment
from checkpoint.gui.forms.ui_photos import Ui_PhotosPart
from checkpoint.gui.inspection.part import Part


def pictures_folder() -> str:
    """Where the photo dialog opens: the user's pictures folder (the camera's or phone's
    photos are copied there), else the home folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    if folder and Path(folder).is_dir():
        return folder
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)


class PhotosPart(Part):
    add_requested = Signal(bytes, str, str)  # data, media type, caption
    photo_wanted = Signal(str)  # attachment id whose bytes are needed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = u = Ui_PhotosPart()
        u.setupUi(self)
        u.addButton.clicked.connect(self._choose)
        u.photoList.currentItemChanged.connect(self._current)
        self._pixmaps: dict[str, QPixmap] = {}

    def load(self, attachments: Sequence[Attachment]) -> None:
        self.ui.photoList.clear()
        for a in attachments:
            item = QListWidgetItem(QIcon(":/icons/finalized.svg"), a.caption or a.id[-8:])
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setSizeHint(QSize(120, 130))
            self.ui.photoList.addItem(item)
            if a.id in self._pixmaps:
                item.setIcon(QIcon(self._pixmaps[a.id]))
            else:
                self.photo_wanted.emit(a.id)

    def show_photo(self, attachment_id: str, data: bytes) -> None:
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            return
        self._pixmaps[attachment_id] = pixmap
        for row in range(self.ui.photoList.count()):
            item = self.ui.photoList.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == attachment_id:
                item.setIcon(QIcon(pixmap))
        self._current(self.ui.photoList.currentItem())

    def _current(self, item: QListWidgetItem | None) -> None:
        pixmap = self._pixmaps.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
        if pixmap is None:
            self.ui.preview.clear()
            return
        self.ui.preview.setPixmap(pixmap.scaled(
            self.ui.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add a photo"), pictures_folder(),
            self.tr("Images (*.jpg *.jpeg *.png *.webp)"))
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        caption = self.ui.captionEdit.text().strip()
        self.add_requested.emit(path.read_bytes(), media_type, caption)
        self.ui.captionEdit.clear()
