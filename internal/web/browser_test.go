package web

import (
	"context"
	"os/exec"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// chromium finds a Chromium or Chrome binary, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no chromium binary found: the browser tests need one (Debian: apt-get install -y chromium)")
	return ""
}

// browser starts a headless Chromium and returns its context.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox, // CI runs as root
		chromedp.Flag("headless", "new"),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(cancel3)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", chromium(t), err)
	}
	return ctx
}

// TestBrowser drives the page in headless Chromium: a query typed in the
// box, a facet clicked, an article opened, the back button, a chip removed,
// and a hostile article that must run nothing.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	ts := newServer(t, sample(t))
	ctx := browser(t)
	var dialogs atomic.Int32
	if err := chromedp.Listen(ctx, func(ev any) {
		if _, ok := ev.(*cdppage.EventJavascriptDialogOpening); ok {
			dialogs.Add(1)
			go chromedp.Call(ctx, cdppage.HandleJavaScriptDialog, cdppage.HandleJavaScriptDialogParams{Accept: false})
		}
	}); err != nil {
		t.Fatal(err)
	}
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	do := func(steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatal(err)
		}
	}
	state := func() (string, int) {
		t.Helper()
		loc, err := chromedp.Run(ctx, chromedp.Location())
		if err != nil {
			t.Fatal(err)
		}
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("li.hit").length`))
		if err != nil {
			t.Fatal(err)
		}
		return loc, n
	}
	// waitJS waits until the expression holds on a loaded page; an
	// evaluation fails while a page is replaced by the next.
	waitJS := func(cond string) {
		t.Helper()
		for i := 0; ; i++ {
			ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.readyState === "complete" && (`+cond+`)`))
			if err == nil && ok {
				return
			}
			if i == 200 {
				t.Fatalf("waited 10 s for %s: %v", cond, err)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(css(sel)))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}

	// Type a query and submit it.
	do(chromedp.Navigate(ts.URL+"/"),
		chromedp.SendKeys(css("#q"), "treaty"),
		chromedp.Submit(css("#q")))
	waitJS(`location.search.includes("q=treaty") && document.querySelector("li.hit") !== null`)
	if loc, hits := state(); !strings.Contains(loc, "q=treaty") || hits != 2 {
		t.Errorf("after the query: %s, %d hits; want q=treaty and 2", loc, hits)
	}

	// Click a facet: the URL gains the filter, the hits narrow, a chip shows.
	do(chromedp.Click(css(`aside.facets a[href*="person=Anna"]`)))
	waitJS(`document.querySelector("a.chip") !== null`)
	if loc, hits := state(); !strings.Contains(loc, "person=Anna+Lind") || hits != 1 {
		t.Errorf("after the facet: %s, %d hits; want person=Anna+Lind, 1 hit", loc, hits)
	}
	if chip := text("a.chip"); !strings.Contains(chip, "person: Anna Lind") {
		t.Errorf("chip %q", chip)
	}

	// Open the article, then go back.
	do(chromedp.Click(css("li.hit h3 a")))
	waitJS(`document.querySelector("article h1") !== null`)
	if h1 := text("article h1"); h1 != "Treaty signed in Vienna" {
		t.Errorf("article title %q", h1)
	}
	// the browser's back button: history.back(), which may restore the
	// page from the back-forward cache without a load event
	do(chromedp.Evaluate[chromedp.Void](`history.back()`))
	waitJS(`document.querySelector("aside.facets") !== null && location.search.includes("person=")`)
	if loc, hits := state(); !strings.Contains(loc, "person=Anna+Lind") || hits != 1 {
		t.Errorf("after back: %s, %d hits", loc, hits)
	}

	// Click the chip to remove the filter (a click from script: after a
	// back navigation chromedp's node queries may wait on the old page).
	do(chromedp.Evaluate[chromedp.Void](`document.querySelector("a.chip").click()`))
	waitJS(`document.querySelector("a.chip") === null && document.querySelector("li.hit") !== null`)
	if loc, hits := state(); strings.Contains(loc, "person=") || hits != 2 {
		t.Errorf("after removing the chip: %s, %d hits", loc, hits)
	}

	// Each page has one h1, a main landmark, and a label for every field.
	for _, path := range []string{"/?q=treaty", "/quotes?q=treaty", "/timeline?q=treaty", "/article/calm-1", "/similar/calm-1", "/nowhere"} {
		do(chromedp.Navigate(ts.URL+path), chromedp.WaitReady(css("footer")))
		problems, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(() => {
			const p = [];
			if (document.querySelectorAll("h1").length !== 1) p.push(document.querySelectorAll("h1").length + " h1");
			if (document.querySelectorAll("main").length !== 1) p.push("no single main");
			for (const f of document.querySelectorAll("input:not([type=hidden]), select, textarea")) {
				if (f.labels.length === 0 && !f.getAttribute("aria-label")) p.push("unlabelled " + (f.name || f.id));
			}
			for (const a of document.querySelectorAll("a")) {
				if (!a.textContent.trim() && !a.getAttribute("aria-label")) p.push("link without text " + a.getAttribute("href"));
			}
			return p;
		})()`))
		if err != nil {
			t.Fatal(err)
		}
		if len(problems) > 0 {
			t.Errorf("%s: %v", path, problems)
		}
	}

	// A bar of the timeline opens the articles of its period.
	do(chromedp.Navigate(ts.URL+"/timeline?q=treaty&by=month"), chromedp.WaitVisible(css("svg rect.bar")))
	do(chromedp.Click(css("svg a")))
	waitJS(`location.pathname === "/" && document.querySelector("li.hit") !== null`)
	if loc, hits := state(); !strings.Contains(loc, "from=2004-03") || !strings.Contains(loc, "to=2004-03") || hits != 2 {
		t.Errorf("after the timeline bar: %s, %d hits; want from=2004-03, to=2004-03 and 2", loc, hits)
	}

	// The page's own script runs (it shows the copy buttons of the quotes
	// page), so that the check of the hostile article below means something.
	do(chromedp.Navigate(ts.URL + "/quotes?q=treaty"))
	waitJS(`Array.from(document.querySelectorAll("button.copy")).some(b => !b.hidden)`)
	// Escaping keeps the hostile markup text (no element is made of it);
	// the Content-Security-Policy would also refuse its inline scripts.
	for _, path := range []string{"/article/evil-1", "/?q=treaty", "/?q=hover", "/similar/calm-1", "/quotes?q=treaty", "/timeline?q=treaty"} {
		do(chromedp.Navigate(ts.URL+path), chromedp.WaitReady(css("footer")), chromedp.Sleep(200*time.Millisecond))
		pwned, err := chromedp.Run(ctx, chromedp.Evaluate[string](`typeof window.__pwned`))
		if err != nil {
			t.Fatal(err)
		}
		if pwned != "undefined" {
			t.Errorf("%s: the hostile article's script ran (window.__pwned is %s)", path, pwned)
		}
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("img, [onerror], [onmouseover], a[href^='javascript'], mark[onmouseover], script:not([src='/static/app.js'])").length`))
		if err != nil || n != 0 {
			t.Errorf("%s: the hostile article made %d elements (%v)", path, n, err)
		}
	}
	if n := dialogs.Load(); n > 0 {
		t.Errorf("%d dialogs opened", n)
	}
}
