"""saison in a real browser: a French-speaking worker's employer opens the served app, answers
the interview, reloads the page halfway, switches to Dutch and downloads the result."""

from __future__ import annotations

from urllib.request import urlopen

from i18n import translator

from .harness import Tab

FR = translator("fr", "app")
NL = translator("nl", "app")
NL_CORE = translator("nl", "core", "employer")


def test_the_page_is_saisons_in_the_browsers_language(server, page):
    url, _ = server
    tab = Tab(page)
    tab.open(url)
    assert page.title() == FR("app.title") == "saison — travail saisonnier en Belgique"
    assert page.locator("html").get_attribute("lang") == "fr"
    icon = page.locator("link[rel=icon]").get_attribute("href")
    with urlopen(icon, timeout=5) as response:
        assert response.headers["Content-Type"] == "image/svg+xml"
        assert b"<svg" in response.read()
    # the first screen: saison's title bar, the first question, in French
    tab.wait_for("Quelle est la nationalité du travailleur ?")
    assert FR("app.title") in tab.text
    assert tab.socket.url.split("?")[0].endswith("/ws/fr/new")

    # quitting ends the tab's app; the page says so, in French, and opens it again
    tab.press("Control+q")
    ended = page.locator(".closed-dialog .message")
    ended.wait_for(state="visible", timeout=10_000)
    assert ended.inner_text() == FR("serve.ended")
    tab.restart(page.get_by_role("button", name=FR("serve.restart")).click)
    tab.wait_for("Quelle est la nationalité du travailleur ?")
    assert tab.socket.url.split("?")[0].endswith("/ws/fr/resume")


def test_a_browser_in_another_language_gets_the_servers(server, browser):
    url, _ = server
    context = browser.new_context(locale="ja-JP")
    try:
        tab = Tab(context.new_page())
        tab.open(url)
        assert tab.page.title() == "saison — seasonal work in Belgium"  # --lang en
        tab.wait_for("What is the worker's nationality?")
    finally:
        context.close()


def test_a_french_interview_is_resumed_after_a_reload_and_its_result_downloaded_in_dutch(
    server, page, browser_context, artifacts
):
    url, folder = server
    tab = Tab(page)
    tab.open(url)
    tab.wait_for("Quelle est la nationalité du travailleur ?")
    tab.answer("employeur")
    tab.wait_for("Quelle est la nationalité du travailleur ?")

    # another tab is another session: it starts anew, with no offer to resume the first (an
    # offer comes once the app has loaded, before any answer is taken: by the next question)
    other = Tab(browser_context.new_page())
    other.open(url)
    other.wait_for("Quelle est la nationalité du travailleur ?")
    other.answer("travailleur")
    other.wait_for("Quelle est votre nationalité ?")
    assert FR("resume.title") not in other.text
    other.page.close()

    tab.answer("népalais")
    tab.wait_for("Où se trouve le travailleur maintenant ?")

    # a reload starts a new app for the tab, which offers to resume the session
    tab.restart(page.reload)
    tab.wait_for(FR("resume.title"))
    tab.press("r")
    tab.wait_for("Où se trouve le travailleur maintenant ?")
    tab.answer("au Népal")
    tab.wait_for("de quel jour à quel jour")
    tab.answer("du 1er mai au 30 septembre 2026")
    tab.wait_for("déjà venu en Belgique")
    tab.answer("non")
    tab.wait_for("Quel âge a le travailleur ?")
    tab.answer("28")
    tab.wait_for("lesquels le travailleur a-t-il déjà ?")
    tab.answer("rien encore")
    # the result opens by itself, in French
    tab.wait_for(FR("result.heading"))

    # Dutch from here on: the result is shown again in Dutch
    tab.press("Escape")
    tab.wait_until(lambda text: FR("result.heading") not in text, what="the result closed")
    tab.press("F2")
    tab.wait_for("Nederlands (nl)")
    tab.press("ArrowDown")
    tab.press("Enter")
    tab.wait_until(lambda text: "Nederlands (nl)" not in text, what="the language chosen")
    tab.press("F5")
    tab.wait_for(NL("result.heading"))

    with page.expect_download(timeout=10_000) as download_info:
        tab.press("Control+e")
    download = download_info.value
    assert download.suggested_filename.startswith("saison-2026-02-10-")
    assert download.suggested_filename.endswith(".md")
    markdown = open(download.path(), encoding="utf-8").read()
    assert markdown.startswith(f"# {NL('result.heading')}\n")
    assert NL_CORE("procedure.single_permit.title") in markdown
    assert "10 februari 2026" in markdown  # the result's "as of" date, in Dutch
    assert "27 september 2026" in markdown  # the end of the seasonal maximum
    assert "148" in markdown  # the fee
    # delivered to the browser, not written on the server's disk
    assert not list(folder.glob("saison-*"))
    tab.wait_for(NL("export.delivered", name="").strip())  # the note says so (in Dutch)
    page.screenshot(path=artifacts / "result_nl.png")
