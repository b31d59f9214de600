"""A tiny Chrome DevTools Protocol client over --remote-debugging-pipe (no websocket needed)."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import time
from base64 import b64decode
from pathlib import Path
from typing import Any

# Flags that keep the browser off the network and quiet, as a phone-sized headless page.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--no-first-run",
    "--no-default-browser-check",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--remote-debugging-pipe",
]


class Browser:
    """Chromium driven through its debugging pipe: fd 3 takes commands, fd 4 gives answers."""

    def __init__(self, executable: str, profile: Path, width: int = 390, height: int = 844) -> None:
        to_child_read, self._to_child = os.pipe()
        self._from_child, from_child_write = os.pipe()

        def wire_pipes() -> None:
            os.dup2(to_child_read, 3)
            os.dup2(from_child_write, 4)

        self.process = subprocess.Popen(
            [
                executable,
                *CHROMIUM_FLAGS,
                f"--window-size={width},{height}",
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            preexec_fn=wire_pipes,
            close_fds=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_child_read)
        os.close(from_child_write)
        self._buffer = b""
        self._next_id = 0
        self.session = ""
        targets = self.send("Target.getTargets", session=False)["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        attached = self.send(
            "Target.attachToTarget", {"targetId": page["targetId"], "flatten": True}, session=False
        )
        self.session = attached["sessionId"]
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 2, "mobile": True},
        )
        user_agent = self.send("Browser.getVersion", session=False)["userAgent"]
        self.send(
            "Emulation.setUserAgentOverride",
            {"userAgent": user_agent, "acceptLanguage": "fr-FR", "platform": "Linux"},
        )
        self.send("Emulation.setFocusEmulationEnabled", {"enabled": True})  # as a phone in hand
        self.send("Page.enable")

    def send(self, method: str, params: dict[str, Any] | None = None, session: bool = True) -> Any:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def _read(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            chunk = os.read(self._from_child, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed its debugging pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        result: dict[str, Any] = json.loads(message)
        return result

    def evaluate(self, expression: str) -> Any:
        result = self.send(
            "Runtime.evaluate",
            {"expression": expression, "awaitPromise": True, "returnByValue": True},
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 15.0) -> Any:
        """Poll until an expression is truthy (errors while the page loads count as not yet)."""
        deadline = time.monotonic() + timeout
        guarded = f"(() => {{ try {{ return ({expression}); }} catch (e) {{ return false; }} }})()"
        while time.monotonic() < deadline:
            value = self.evaluate(guarded)
            if value:
                return value
            time.sleep(0.1)
        raise TimeoutError(expression)

    def type_into(self, selector: str, text: str) -> None:
        """Focus a field and type into it as a keyboard would (input events fire)."""
        self.evaluate(f"document.querySelector({json.dumps(selector)}).focus()")
        self.send("Input.insertText", {"text": text})

    def click(self, selector: str) -> None:
        self.evaluate(f"document.querySelector({json.dumps(selector)}).click()")

    def touch_start(self, element: str) -> None:
        """A finger put on the middle of an element (a JS expression), not lifted yet."""
        self.send("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 1})
        box = self.evaluate(
            f"(() => {{ const e = {element}; e.scrollIntoView({{block: 'center'}});"
            " const r = e.getBoundingClientRect();"
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()"
        )
        point = {"x": box[0], "y": box[1]}
        self.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [point]})

    def touch_end(self) -> None:
        """The finger lifted: a tap on what it was put on."""
        self.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})

    def press(self, key: str, code: str = "", key_code: int = 0, text: str = "") -> None:
        """A key pressed and released on the focused element (Tab, Enter, ArrowRight…)."""
        event = {"key": key, "code": code or key, "windowsVirtualKeyCode": key_code}
        down = {"type": "keyDown", **event, **({"text": text} if text else {})}
        self.send("Input.dispatchKeyEvent", down)
        self.send("Input.dispatchKeyEvent", {"type": "keyUp", **event})

    def text_size(self, percent: int) -> None:
        """The phone's text size setting: the browser's default font size, as a share of 16 px."""
        size = round(16 * percent / 100)
        self.send("Page.setFontSizes", {"fontSizes": {"standard": size}})

    def screenshot(self, path: Path, full: bool = False) -> None:
        """The screen as the phone shows it now, or the whole page (`full`)."""
        params: dict[str, Any] = {"format": "png"}
        if full:
            self.evaluate("window.scrollTo(0, 0)")  # sticky parts drawn where they belong
            size = self.send("Page.getLayoutMetrics")["cssContentSize"]
            clip = {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}
            params.update(captureBeyondViewport=True, clip=clip)
        data = self.send("Page.captureScreenshot", params)["data"]
        path.write_bytes(b64decode(data))

    def close(self) -> None:
        with contextlib.suppress(RuntimeError):
            self.send("Browser.close", session=False)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_child)
        os.close(self._from_child)
