"""The phone page meets WCAG 2.2 AA: axe-core finds nothing, targets are 44 px, text resizes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any

import pytest

from tests.ui.live.cdp import Browser
from workshop.domain.changes import Area, Changes
from workshop.storage.board import VoteRound

CHROMIUM = shutil.which("chromium")
AXE_DIR = Path(os.environ.get("CATALYSE_AXE_DIR", "/tmp/axe"))
AXE_FILE = AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core's script, installed once from the npm registry into a cached folder."""
    if not AXE_FILE.exists():
        npm = shutil.which("npm")
        if npm is None:
            pytest.skip("npm is not installed (axe-core comes from the npm registry)")
        try:
            subprocess.run(
                [npm, "install", "--prefix", str(AXE_DIR), "--no-audit", "--no-fund", "axe-core"],
                check=True,
                capture_output=True,
                timeout=180,
            )
        except (subprocess.SubprocessError, OSError) as error:
            pytest.skip(f"axe-core could not be installed: {error}")
    return AXE_FILE.read_text(encoding="utf-8")


def _axe(browser: Browser, source: str) -> list[str]:
    """The WCAG A/AA violations axe-core finds in the page as it is now, one line each."""
    if not browser.evaluate("typeof window.axe !== 'undefined'"):
        browser.evaluate(source + ";true")
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    found = browser.evaluate(
        f"axe.run(document, {json.dumps(options)})"
        ".then((r) => r.violations.flatMap((v) => v.nodes.map((n) =>"
        " v.id + ' ' + n.target.join(' ') + ': ' + n.failureSummary)))"
    )
    return list(found)


# Each visible control's size, the contrast of its border (fields) and of its focus ring with
# what surrounds it, measured as WCAG does (relative luminance).
MEASURE = r"""
(() => {
  const rgb = (text) => (text.match(/[\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (a, b) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const behind = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const visible = (el) =>
    el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const controls = Array.from(document.querySelectorAll('button, input, select, textarea, summary'))
    .filter(visible);
  return controls.map((el) => {
    const name = (el.id ? '#' + el.id : el.tagName.toLowerCase())
      + ' "' + (el.textContent || '').trim().slice(0, 30) + '"';
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const field = ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName);
    const border = field ? ratio(rgb(style.borderTopColor), behind(el.parentElement)) : null;
    el.focus({ preventScroll: true });
    const focused = getComputedStyle(el);
    const ring = focused.outlineStyle !== 'none' && parseFloat(focused.outlineWidth) >= 2
      ? ratio(rgb(focused.outlineColor), behind(el.parentElement)) : 0;
    el.blur();
    return { name, width: box.width, height: box.height, border, ring };
  });
})()
"""

OVERFLOW = r"""
(() => {
  const wide = document.documentElement.scrollWidth > window.innerWidth + 1;
  const clipped = Array.from(document.querySelectorAll('button, label, h1, h2, h3, p, li'))
    .filter((e) => e.getClientRects().length && e.scrollWidth > e.clientWidth + 1
      && getComputedStyle(e).overflowX !== 'visible')
    .map((e) => e.id || e.textContent.trim().slice(0, 30));
  const outside = Array.from(document.querySelectorAll('button, input, select, textarea'))
    .filter((e) => e.getClientRects().length
      && e.getBoundingClientRect().right > window.innerWidth + 1)
    .map((e) => e.id || e.textContent.trim().slice(0, 30));
  return { wide, clipped, outside, body: parseFloat(getComputedStyle(document.body).fontSize) };
})()
"""


def _check(browser: Browser, source: str, where: str, report: dict[str, list[str]]) -> None:
    """axe-core's violations and our own measures for the page as it is, under `where`."""
    report.setdefault("axe", []).extend(f"{where}: {line}" for line in _axe(browser, source))
    for control in browser.evaluate(MEASURE):
        name = f"{where}: {control['name']}"
        if control["width"] < 44 or control["height"] < 44:
            report.setdefault("small", []).append(
                f"{name} {control['width']:.0f}x{control['height']:.0f}"
            )
        if control["border"] is not None and control["border"] < 3:
            report.setdefault("border", []).append(f"{name} {control['border']:.2f}")
        if control["ring"] < 3:
            report.setdefault("ring", []).append(f"{name} {control['ring']:.2f}")


def _tab(browser: Browser, tab: str) -> None:
    browser.click(f"#tab-{tab}")
    browser.wait_for(f"!document.getElementById('{tab}-view').hidden")


def _walk_through(
    url: str, profile: Path, shots: Path, source: str, outcome: dict[str, Any]
) -> None:
    """The join view, then every tab of the main view, at normal text and at 200 % text."""
    browser = Browser(str(CHROMIUM), profile, width=360, height=740)
    report: dict[str, list[str]] = {}
    try:
        browser.send("Page.navigate", {"url": url.split("?")[0]})  # typed by hand: no code yet
        browser.wait_for("!document.getElementById('code-view').hidden")
        _check(browser, source, "code", report)
        browser.send("Page.navigate", {"url": url})
        browser.wait_for("!document.getElementById('join-view').hidden")
        _check(browser, source, "join", report)
        browser.click("#privacy-from-join")
        browser.wait_for("document.getElementById('privacy').open")
        _check(browser, source, "privacy", report)
        browser.type_into("#first-name", "Odette")
        browser.type_into("#organisation", "SCOP Cuisine Commune")
        browser.click("#join-form button[type=submit]")
        browser.wait_for("!document.getElementById('main-view').hidden")
        browser.type_into("#card-text", "Une aire de pique-nique ombragée")
        browser.click("#card-form button[type=submit]")
        browser.wait_for("document.querySelectorAll('#mine-cards li').length > 0")
        _check(browser, source, "card", report)
        _tab(browser, "vote")
        browser.wait_for("document.querySelectorAll('#vote-zones button.vote').length > 0")
        browser.click("#vote-zones button.vote")
        browser.wait_for("document.querySelectorAll('#my-votes li').length > 0")
        _check(browser, source, "vote", report)
        outcome["headings"] = browser.evaluate(
            "Array.from(document.querySelectorAll('h1, h2, h3'))"
            ".filter((h) => h.getClientRects().length).map((h) => h.tagName)"
        )
        _tab(browser, "commit")
        _check(browser, source, "commit", report)
        outcome["positive_tabindex"] = browser.evaluate(
            "Array.from(document.querySelectorAll('[tabindex]')).filter((e) => e.tabIndex > 0)"
            ".map((e) => e.id || e.tagName)"
        )
        browser.evaluate("document.getElementById('tab-card').focus()")
        browser.press("ArrowRight", "ArrowRight", 39)  # the tabs as a screen reader moves
        outcome["arrow_right"] = browser.evaluate(
            "[document.activeElement.id, document.getElementById('vote-view').hidden]"
        )
        _tab(browser, "commit")
        browser.text_size(200)
        outcome["body_font"] = browser.wait_for(
            "parseFloat(getComputedStyle(document.body).fontSize) > 20 &&"
            " parseFloat(getComputedStyle(document.body).fontSize)",
            timeout=5,
        )
        browser.screenshot(shots / "phone_text_200_commit.png")
        for tab in ("card", "vote", "commit"):
            _tab(browser, tab)
            browser.evaluate("window.scrollTo(0, 0)")
            found = browser.evaluate(OVERFLOW)
            outcome[f"overflow_{tab}"] = found
            report.setdefault("axe", []).extend(
                f"200% {tab}: {line}" for line in _axe(browser, source)
            )
            browser.evaluate("document.querySelector('.tabs').scrollIntoView()")
            browser.screenshot(shots / f"phone_text_200_{tab}.png")
    except BaseException as error:
        outcome["error"] = error
        browser.screenshot(shots / "phone_failed.png")
    finally:
        outcome["report"] = report
        browser.close()
        outcome["done"] = True


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_the_phone_page_meets_wcag_22_aa_at_normal_and_double_text_size(
    live: Any, qtbot: Any, tmp_path: Path, axe_source: str
) -> None:
    """axe-core finds no WCAG 2.2 A/AA violation on the code and join views, the privacy notice and
    each tab (with a vote running), at normal text and at 200 % text on a 360 px phone; every
    control is at least 44×44 px, fields' borders and focus rings contrast at least 3:1, and
    at 200 % the text is twice as large with nothing wider than the screen (the tabs wrap)."""
    service, server = live
    context = service.context
    context.store.board.rounds.add(
        VoteRound(workshop_id=context.current_workshop_id, votes_per_person=3)
    )
    context.notify(Changes.of(Area.BOARD))
    shots = Path(os.environ.get("CATALYSE_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    outcome: dict[str, Any] = {}
    thread = threading.Thread(
        target=_walk_through,
        args=(server.url, tmp_path / "profile", shots, axe_source, outcome),
        daemon=True,
    )
    thread.start()
    qtbot.waitUntil(lambda: "done" in outcome, timeout=150_000)
    thread.join(timeout=5)
    if "error" in outcome:
        raise outcome["error"]
    report = outcome["report"]
    assert not report.get("axe"), "\n".join(report["axe"])
    assert not report.get("small"), "\n".join(report["small"])
    assert not report.get("border"), "\n".join(report["border"])
    assert not report.get("ring"), "\n".join(report["ring"])
    assert outcome["body_font"] >= 32
    assert outcome["positive_tabindex"] == []
    assert outcome["headings"][:2] == ["H1", "H2"] and "H3" in outcome["headings"]
    assert outcome["arrow_right"] == ["tab-vote", False]
    for tab in ("card", "vote", "commit"):
        found = outcome[f"overflow_{tab}"]
        assert not found["wide"] and not found["clipped"] and not found["outside"], (tab, found)
