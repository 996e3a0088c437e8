"""A real headless browser (Debian's chromium via Python playwright) drives the app.

Loads the page, types a use case, uploads a file, waits for the recommendation and
saves screenshots; the folder is printed (``pytest -s``) and can be set with
``FTAUDIT_SCREENSHOTS``.  No browser is downloaded: the test uses /usr/bin/chromium
(``apt-get install chromium``) and skips with a reason when it is missing.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlparse

import pytest

CHROMIUM = os.environ.get("FTAUDIT_CHROMIUM", "/usr/bin/chromium")

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason=f"{CHROMIUM} missing: apt-get install chromium (never `playwright install`)",
)

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from ftaudit.ui.web.app import build_app, start, stop  # noqa: E402

_APPS: list[Any] = []


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory, session_home: Path) -> Iterator[str]:
    demo = build_app(workdir=tmp_path_factory.mktemp("ui-browser"))
    _APPS.append(demo.ftaudit)
    url = start(demo, port=None)
    yield url
    stop(demo)


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("FTAUDIT_SCREENSHOTS") or tmp_path_factory.mktemp("ui-screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {folder}")
    return folder


def _sample(folder: Path) -> Path:
    labels = ["billing", "login", "shipping", "refunds", "billing", "login"]
    p = folder / "tickets.jsonl"
    p.write_text(
        "".join(
            json.dumps(
                {
                    "messages": [
                        {
                            "role": "user",
                            "content": f"Ticket {i}: I have a problem with {labels[i % 6]}, order {i * 13}.",
                        },
                        {"role": "assistant", "content": labels[i % 6]},
                    ]
                }
            )
            + "\n"
            for i in range(90)
        ),
        encoding="utf-8",
    )
    return p


class _Waiter:
    """Wait for visible text; on timeout save a screenshot so the failure can be seen."""

    def __init__(self, page: Any, shots: Path) -> None:
        self.page, self.shots = page, shots

    def __call__(self, text: str, timeout: float = 30_000) -> None:
        try:
            self.page.locator(f"text={text} >> visible=true").first.wait_for(timeout=timeout)
        except Exception:
            self.page.screenshot(path=str(self.shots / "failure.png"), full_page=True)
            raise

    def idle(self) -> None:
        """Wait until the reply has finished streaming and the input box is usable again."""
        self.page.wait_for_timeout(250)
        self.page.wait_for_function(
            "() => { const t = document.querySelector('textarea'); return t && !t.disabled; }",
            timeout=60_000,
        )
        self.page.wait_for_timeout(250)


def test_browser_interview(app_url: str, shots: Path, tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    user_dir = tmp_path / "chromium-profile"
    external: list[str] = []
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(user_dir),
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
            viewport={"width": 1440, "height": 1000},
        )
        page = context.pages[0] if context.pages else context.new_page()

        def guard(route: Any) -> None:
            host = urlparse(route.request.url).hostname or ""
            if route.request.url.startswith(("data:", "blob:")) or host in {
                "127.0.0.1",
                "localhost",
            }:
                route.continue_()
            else:
                external.append(route.request.url)
                route.abort()

        page.route("**/*", guard)
        wait = _Waiter(page, shots)
        page.goto(app_url, wait_until="load")
        wait("Describe your AI use case", 20_000)
        page.screenshot(path=str(shots / "01-start.png"), full_page=True)

        box = page.locator("textarea").first
        box.fill("We want a support assistant that answers customer questions about our products.")
        box.press("Enter")
        wait("Next question", 30_000)
        wait.idle()
        page.screenshot(path=str(shots / "02-first-question.png"), full_page=True)
        box.fill("Our product docs change weekly, and we get about 80,000 questions a month.")
        box.press("Enter")
        wait("Noted", 30_000)
        wait.idle()

        with page.expect_response(lambda r: "/gradio_api/upload" in r.url, timeout=30_000):
            page.locator("input[type=file]").first.set_input_files(str(_sample(tmp_path)))
        page.wait_for_timeout(500)
        box.fill("Here are 90 labelled tickets from last month.")
        box.press("Enter")
        wait("valid examples", 60_000)
        page.locator("#fa-data svg").first.wait_for(timeout=30_000)
        page.wait_for_timeout(500)
        page.screenshot(path=str(shots / "03-upload.png"), full_page=True)

        box.fill("report")
        box.press("Enter")
        wait("Recommendation:", 30_000)
        page.locator("#fa-leaning").get_by_text("recommendation ready").wait_for(timeout=30_000)
        page.wait_for_timeout(800)
        page.screenshot(path=str(shots / "04-recommendation.png"), full_page=True)
        for i, section in enumerate(("#fa-criteria", "#fa-data", "#fa-cost", "#fa-cites")):
            page.locator(section).scroll_into_view_if_needed()
            page.wait_for_timeout(200)
            page.screenshot(path=str(shots / f"05-panel-{i + 1}-{section[4:]}.png"))

        assert page.locator("#fa-criteria svg").count() == 1
        assert page.locator("#fa-cost svg").count() == 1
        assert page.locator("#fa-cites details").count() >= 1
        links = page.locator("#panel-downloads a")
        hrefs = [links.nth(i).get_attribute("href") or "" for i in range(links.count())]
        names = sorted(links.nth(i).get_attribute("aria-label") or "" for i in range(links.count()))
        assert names == ["Download ftaudit-report.html", "Download ftaudit-report.json",
                         "Download ftaudit-report.md"], names
        html_link = next(h for h in hrefs if h.split("?")[0].endswith(".html"))
        page_html = page.request.get(html_link).text()
        assert page_html.startswith("<!DOCTYPE html>") and "<svg" in page_html
        assert "Backend: offline engine" in page.locator("#fa-backend").inner_text()
        context.close()
    shutil.rmtree(user_dir, ignore_errors=True)
    assert not external, f"the page tried to reach the network: {external[:5]}"


def _launch(pw: Any, width: int = 1280, height: int = 900) -> tuple[Any, Any]:
    browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"])
    return browser, browser.new_context(viewport={"width": width, "height": height})


def _engine(app_url: str, page: Any) -> Any:
    """The server-side interview behind ``page`` (found by the tab's id in its sessionStorage)."""
    tab = page.evaluate("() => sessionStorage.getItem('ftaudit-tab')")
    owners = [s for s in _APPS[-1].store._sessions.values() if s.sid == tab]
    assert len(owners) == 1, "each tab has exactly one interview"
    return owners[0]


def _contrast(fg: str, bg: str) -> float:
    def lum(rgb: str) -> float:
        parts = [float(x) for x in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3]]
        lin = [(c / 255 / 12.92) if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in parts]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    a, b = sorted((lum(fg), lum(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def test_undo_reload_and_two_tabs_keep_chat_and_engine_in_step(app_url: str, shots: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser, context = _launch(pw)
        page = context.new_page()
        wait = _Waiter(page, shots)
        page.goto(app_url, wait_until="load")
        wait("Describe your AI use case", 20_000)
        box = page.locator("textarea").first

        # Accessibility: a real name, visible focus, readable placeholder.
        assert box.get_attribute("aria-label") == "Your message"
        colours = page.evaluate("""() => { const t = document.querySelector('#fa-msg textarea');
            return [getComputedStyle(t, '::placeholder').color, getComputedStyle(document.body).backgroundColor]; }""")
        bg = colours[1] if "0, 0, 0, 0" not in colours[1] else "rgb(255, 255, 255)"
        assert _contrast(colours[0], bg) >= 4.5, colours
        box.focus()
        outline = page.evaluate("() => getComputedStyle(document.querySelector('#fa-msg')).outlineStyle")
        assert outline not in ("none", ""), outline

        box.fill("We answer staff questions about our own HR policies, about 3,000 a month.")
        box.press("Enter")
        wait("Next question", 30_000)
        wait.idle()
        replies = page.locator("button.option")
        assert replies.count() >= 2, "the question offers quick replies"
        ui = _engine(app_url, page)
        assert ui.audit is not None and ui.audit.has_facts and len(ui.checkpoints) == 1

        # A quick reply is an answer; undo takes it back in the chat and in the engine.
        before = dict(ui.audit.case.facts)
        asked = ui.question.field if ui.question else None
        replies.first.click()
        wait.idle()
        assert len(ui.checkpoints) == 2 and ui.audit.case.facts != before
        page.locator("button[aria-label='Undo']").last.click()
        page.wait_for_timeout(1500)
        assert len(ui.checkpoints) == 1 and ui.audit.case.facts == before
        assert (ui.question.field if ui.question else None) == asked

        # The per-message buttons can be reached with Tab.
        page.locator("#fa-msg textarea").focus()
        labels = []
        for _ in range(40):
            page.keyboard.press("Shift+Tab")
            labels.append(page.evaluate("() => document.activeElement.getAttribute('aria-label') || ''"))
        assert any("Copy" in label for label in labels), labels

        # A reload finds the same interview: the chat comes back and the engine is the same one.
        box.fill("We have about 2,000 labelled question and answer pairs.")
        box.press("Enter")
        wait("2,000", 30_000)
        wait.idle()
        facts = dict(ui.audit.case.facts)
        page.reload(wait_until="load")
        wait("2,000", 20_000)
        page.wait_for_timeout(800)
        assert _engine(app_url, page) is ui and dict(ui.audit.case.facts) == facts
        assert page.locator("#panel-facts").get_by_text("2,000").count() >= 1
        page.screenshot(path=str(shots / "10-after-reload.png"), full_page=True)

        # A second tab has its own interview.
        other = context.new_page()
        other.goto(app_url, wait_until="load")
        _Waiter(other, shots)("Describe your AI use case", 20_000)
        o_box = other.locator("textarea").first
        o_box.fill("We classify invoices into 8 cost centres; 500 labelled invoices; 10,000 a month.")
        o_box.press("Enter")
        _Waiter(other, shots)("Next question", 30_000)
        second = _engine(app_url, other)
        assert second is not ui and "2,000" not in other.locator("#panel-facts").inner_text()
        assert dict(ui.audit.case.facts) == facts
        context.close()
        browser.close()


def _axe_serious(page: Any) -> list[str]:
    """Serious and critical axe-core violations on ``page`` (axe-core injected from the local package)."""
    axe = pytest.importorskip("axe_playwright_python.sync_playwright")
    page.wait_for_timeout(1200)  # let Gradio's fade-in end: mid-transition colours are not the page's
    results = axe.Axe().run(page)
    return [f"{v['id']} ({v['impact']}): {v['help']} at "
            f"{[(n['target'], n.get('failureSummary', '')[:240]) for n in v['nodes'][:3]]}"
            for v in results.response["violations"] if v.get("impact") in {"serious", "critical"}]


@pytest.mark.parametrize("width,height,name", [(1280, 900, "desktop"), (390, 844, "phone")])
def test_screenshots_at_desktop_and_phone_width(app_url: str, shots: Path, width: int, height: int, name: str) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser, context = _launch(pw, width, height)
        page = context.new_page()
        wait = _Waiter(page, shots)
        page.goto(app_url, wait_until="load")
        wait("Describe your AI use case", 20_000)
        assert _axe_serious(page) == [], "accessibility problems on the start page"
        box = page.locator("textarea").first
        box.fill("An assistant that answers employees' questions about our HR policies. The policies are "
                 "updated every few weeks and answers must cite the policy section.")
        box.press("Enter")
        wait("Next question", 30_000)
        wait.idle()
        page.screenshot(path=str(shots / f"20-{name}-question.png"))
        box.fill("About 3,000 questions a month, and we have no labelled examples.")
        box.press("Enter")
        wait.idle()
        box.fill("report")
        box.press("Enter")
        wait("Recommendation:", 30_000)
        wait.idle()
        assert _axe_serious(page) == [], "accessibility problems after the recommendation"

        # The card carries its own download buttons: visible, inside the screen, each serving its file.
        card = page.locator(".message", has_text="Recommendation:").last
        buttons = card.locator("a.fa-dl")
        assert buttons.count() == 3 and buttons.all_inner_texts() == ["⬇ Markdown report", "⬇ HTML report",
                                                                      "⬇ JSON report"]
        buttons.last.scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        page.screenshot(path=str(shots / f"21-{name}-recommendation.png"))
        page.screenshot(path=str(shots / f"22-{name}-recommendation-full.png"), full_page=True)
        for i in range(3):
            b = buttons.nth(i)
            box_ = b.bounding_box()
            assert box_ is not None and box_["x"] >= 0 and box_["x"] + box_["width"] <= width + 1, box_
            assert box_["height"] >= 24, "a touch target of at least 24 px"
            body = page.request.get(urljoin(app_url, b.get_attribute("href") or ""))
            assert body.ok, body.status
            text = body.text()
            assert {0: "# ", 1: "<!DOCTYPE html>", 2: "{"}[i] in text[:200], text[:200]
            assert "/tmp/" not in text and "ftaudit-ui-" not in text
        overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 1, f"the page scrolls sideways by {overflow}px at {width}px"
        context.close()
        browser.close()
