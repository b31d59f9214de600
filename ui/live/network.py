"""The network interfaces the server may listen on, and the QR code phones scan."""

from __future__ import annotations

import io
from dataclasses import dataclass

import segno
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPixmap
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

_ORDER = {
    QNetworkInterface.InterfaceType.Wifi: 0,
    QNetworkInterface.InterfaceType.Ethernet: 1,
    QNetworkInterface.InterfaceType.Loopback: 3,
}


@dataclass(frozen=True)
class NetworkChoice:
    """An IPv4 address of an interface that is up, as the facilitator picks it."""

    label: str
    address: str
    loopback: bool


def _kind(interface: QNetworkInterface) -> str:
    kind = interface.type()
    if kind == QNetworkInterface.InterfaceType.Wifi:
        return QCoreApplication.translate("LivePanel", "Wi-Fi")
    if kind == QNetworkInterface.InterfaceType.Loopback:
        return QCoreApplication.translate("LivePanel", "cet ordinateur seulement")
    if kind == QNetworkInterface.InterfaceType.Ethernet:
        return QCoreApplication.translate("LivePanel", "réseau filaire ou point d'accès")
    return QCoreApplication.translate("LivePanel", "réseau")


def available_networks() -> list[NetworkChoice]:
    """Interfaces that are up with an IPv4 address: Wi-Fi first, this computer only last."""
    found: list[tuple[int, NetworkChoice]] = []
    flags = QNetworkInterface.InterfaceFlag
    for interface in QNetworkInterface.allInterfaces():
        if not (interface.flags() & flags.IsUp and interface.flags() & flags.IsRunning):
            continue
        loopback = bool(interface.flags() & flags.IsLoopBack)
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            label = f"{ip.toString()} — {_kind(interface)} ({interface.humanReadableName()})"
            rank = _ORDER.get(interface.type(), 2)
            found.append((rank, NetworkChoice(label, ip.toString(), loopback)))
    return [choice for _, choice in sorted(found, key=lambda item: item[0])]


def qr_pixmap(url: str, scale: int = 10) -> QPixmap:
    """The QR code of an address, black on white with its quiet zone."""
    code = segno.make(url, error="m")
    pixmap = QPixmap()
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=4)
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap
