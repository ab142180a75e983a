package report_test

import (
	"io"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/authcheck/authcheck/checklist"
	"github.com/authcheck/authcheck/report"
	"github.com/authcheck/authcheck/rules"
)

const hostile = `<script>alert(1)</script>`

func init() {
	// A rule whose catalogue entry carries a link with a dangerous scheme:
	// html/template must neutralise it even though the catalogue is trusted.
	rules.Register(rules.Rule{
		ID: "TH901", Name: "secret-in-log", Checklist: "logging.no-secrets", Severity: rules.High,
		Source: "test", Summary: "A secret reaches a log line.",
		Why: "Logs are read by many.", Fix: "Log `secretname.Redact(v)` instead of the value.",
		Links: []string{"javascript:alert(1)", "https://example.test/secret-in-log"},
	})
}

// renderHTMLDoc renders r as HTML, checks that the output is well formed
// and returns it with its parse tree.
func renderHTMLDoc(t *testing.T, r *report.Report, opts report.RenderOptions) (string, *html.Node) {
	t.Helper()
	out := render(t, r, report.FormatHTML, opts)
	checkWellFormed(t, out)
	doc, err := html.Parse(strings.NewReader(out))
	if err != nil {
		t.Fatalf("parsing HTML: %v", err)
	}
	checkUniqueIDs(t, doc)
	return out, doc
}

// voidElements have no end tag in HTML.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// checkWellFormed is stricter than the HTML parser, which repairs anything:
// a doctype first, every element closed explicitly and in order.
func checkWellFormed(t *testing.T, out string) {
	t.Helper()
	if !strings.HasPrefix(out, "<!DOCTYPE html>\n") {
		t.Errorf("output does not start with <!DOCTYPE html>: %.40q", out)
	}
	z := html.NewTokenizer(strings.NewReader(out))
	var stack []string
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				t.Fatalf("tokenizing: %v", z.Err())
			}
			if len(stack) > 0 {
				t.Errorf("unclosed elements at end of document: %v", stack)
			}
			return
		case html.StartTagToken:
			name, _ := z.TagName()
			if !voidElements[string(name)] {
				stack = append(stack, string(name))
			}
		case html.SelfClosingTagToken:
			name, _ := z.TagName()
			if !voidElements[string(name)] {
				t.Errorf("self-closing non-void element <%s/>", name)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if len(stack) == 0 || stack[len(stack)-1] != string(name) {
				t.Fatalf("end tag </%s> does not close the open element (open: %v)", name, stack)
			}
			stack = stack[:len(stack)-1]
		}
	}
}

func checkUniqueIDs(t *testing.T, doc *html.Node) {
	t.Helper()
	seen := map[string]bool{}
	for n := range doc.Descendants() {
		if id, ok := attr(n, "id"); ok {
			if seen[id] {
				t.Errorf("duplicate id %q", id)
			}
			seen[id] = true
		}
	}
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasClass(n *html.Node, class string) bool {
	c, _ := attr(n, "class")
	return slices.Contains(strings.Fields(c), class)
}

func elements(root *html.Node, a atom.Atom) []*html.Node {
	var out []*html.Node
	for n := range root.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == a {
			out = append(out, n)
		}
	}
	return out
}

func byID(root *html.Node, id string) *html.Node {
	for n := range root.Descendants() {
		if v, ok := attr(n, "id"); ok && v == id {
			return n
		}
	}
	return nil
}

// text is the element's text content, text nodes separated by a space (so
// that table cells do not run together) and whitespace runs collapsed.
func text(n *html.Node) string {
	var parts []string
	if n.Type == html.TextNode {
		parts = append(parts, n.Data)
	}
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			parts = append(parts, d.Data)
		}
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

func within(n *html.Node, a atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == a {
			return true
		}
	}
	return false
}

// containing returns the innermost elements of the given kind whose text
// contains s.
func containing(root *html.Node, a atom.Atom, s string) []*html.Node {
	var out []*html.Node
	for _, n := range elements(root, a) {
		if strings.Contains(text(n), s) {
			out = append(out, n)
		}
	}
	return out
}

func section(t *testing.T, doc *html.Node, id string) *html.Node {
	t.Helper()
	n := byID(doc, id)
	if n == nil {
		t.Fatalf("no element with id %q", id)
	}
	return n
}

func TestHTMLSelfContained(t *testing.T) {
	r := sampleReport()
	r.Findings = append(r.Findings, report.Finding{Rule: "TH901", File: "internal/log/log.go", Line: 12, Message: "token logged"})
	out, doc := renderHTMLDoc(t, r, report.RenderOptions{Command: "audit"})

	allowed := map[string]bool{}
	for _, f := range r.Findings {
		rule, _ := rules.Lookup(f.Rule)
		for _, l := range rule.Links {
			if strings.HasPrefix(l, "https://") {
				allowed[l] = true
			}
		}
	}
	var ruleLinks int
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Script, atom.Iframe, atom.Object, atom.Embed, atom.Link, atom.Img, atom.Base, atom.Form, atom.Svg, atom.Video, atom.Audio, atom.Source:
			t.Errorf("<%s> in a self-contained report", n.Data)
		}
		for _, a := range n.Attr {
			switch {
			case strings.HasPrefix(a.Key, "on"):
				t.Errorf("event handler attribute %s=%q on <%s>", a.Key, a.Val, n.Data)
			case a.Key == "src", a.Key == "srcset", a.Key == "style", a.Key == "action", a.Key == "formaction":
				t.Errorf("attribute %s=%q on <%s>", a.Key, a.Val, n.Data)
			case a.Key == "href":
				if frag, ok := strings.CutPrefix(a.Val, "#"); ok {
					if byID(doc, frag) == nil {
						t.Errorf("link to missing anchor %q", a.Val)
					}
					continue
				}
				if !allowed[a.Val] {
					t.Errorf("href %q is neither an anchor in the page nor a rule reference", a.Val)
				}
				ruleLinks++
			}
		}
	}
	if ruleLinks == 0 {
		t.Error("no rule reference links; the test would not notice a bad one")
	}
	for _, style := range elements(doc, atom.Style) {
		css := strings.ToLower(text(style))
		for _, bad := range []string{"url(", "@import", "@font-face", "expression("} {
			if strings.Contains(css, bad) {
				t.Errorf("inline CSS contains %q", bad)
			}
		}
	}
	if !strings.Contains(out, `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';`) {
		t.Error("no Content-Security-Policy meta tag forbidding scripts and fetches")
	}
	if strings.Contains(out, "javascript:") {
		t.Error("a javascript: URL from the rule catalogue reached the output")
	}
}

func TestHTMLChecklist(t *testing.T) {
	r := sampleReport()
	_, doc := renderHTMLDoc(t, r, report.RenderOptions{Command: "audit"})

	items := section(t, doc, "items")
	for _, e := range r.Checklist {
		row := byID(items, "item-"+e.ID)
		if row == nil || row.DataAtom != atom.Tr {
			t.Errorf("checklist item %s has no row in the item list", e.ID)
			continue
		}
		if got := text(row); !strings.Contains(got, e.ID) || !strings.Contains(got, e.Status) {
			t.Errorf("row of %s = %q, want the ID and the verdict %q", e.ID, got, e.Status)
		}
	}
	if got := text(byID(items, "item-passwords.hashing")); !strings.Contains(got, "Passwords are hashed with a slow, salted, memory-hard function") || !strings.Contains(got, "TC101") {
		t.Errorf("passwords.hashing row = %q, want the item title and its rule", got)
	}

	// The verdict names what blocks the release, failures first, linked to
	// the items' rows.
	var blocking []string
	for _, a := range elements(elements(doc, atom.Section)[0], atom.A) {
		href, _ := attr(a, "href")
		blocking = append(blocking, href)
	}
	if want := []string{"#item-passwords.hashing", "#item-transport.hsts", "#item-accounts.mfa"}; !slices.Equal(blocking, want) {
		t.Errorf("verdict links = %q, want %q", blocking, want)
	}

	// Section table: title, four counts, a mark; in checklist order.
	var rows []string
	for _, tr := range elements(section(t, doc, "sections"), atom.Tr) {
		if within(tr, atom.Tbody) || within(tr, atom.Tfoot) {
			rows = append(rows, text(tr))
		}
	}
	want := []string{
		"Passwords 0 1 0 1 ✗ not ready",
		"Transport security 0 1 0 0 ✗ not ready",
		"Login and account discovery 0 0 1 0 ? not ready",
		"All sections 0 2 1 1 ✗ not ready",
	}
	if !slices.Equal(rows, want) {
		t.Errorf("section table rows:\n got %q\nwant %q", rows, want)
	}

	// The manual item is on the sign-off list with the checklist's review
	// guidance, the audit's note, and a line to sign.
	so := byID(section(t, doc, "signoff"), "signoff-passwords.rehash")
	if so == nil {
		t.Fatal("passwords.rehash is not on the sign-off list")
	}
	got := text(so)
	for _, want := range []string{
		"Hashes are upgraded when parameters rise",
		"On a successful login, rehash a password whose stored parameters are below the current ones.",
		"Review: Look for the login path comparing the stored hash's parameters with the current ones and rewriting the hash.",
		"reviewer: check the login path",
		"Signed off by", "Date",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("sign-off entry lacks %q:\n%s", want, got)
		}
	}
	if spans := elements(so, atom.Span); len(spans) == 0 || !hasClass(spans[0], "box") {
		t.Error("sign-off entry does not start with a box to tick")
	}
	if n := len(elements(section(t, doc, "signoff"), atom.Li)); n != 1 {
		t.Errorf("sign-off list has %d entries, want 1 (only manual items)", n)
	}
}

func TestHTMLFindings(t *testing.T) {
	_, doc := renderHTMLDoc(t, sampleReport(), report.RenderOptions{Command: "audit"})
	findings := section(t, doc, "findings")

	// Grouped by rule, most severe first; each group says the fix once.
	var groups []string
	for _, a := range elements(findings, atom.Article) {
		id, _ := attr(a, "id")
		groups = append(groups, id)
	}
	if want := []string{"rule-tc101", "rule-tc201"}; !slices.Equal(groups, want) {
		t.Errorf("rule groups = %q, want %q", groups, want)
	}
	tc101 := text(byID(findings, "rule-tc101"))
	for _, want := range []string{
		"TC101 fast-password-hash high",
		"Fix: Use argon2id (argon2.IDKey) at or above OWASP's parameters.",
		"CWE-916 · ASVS 11.4.2",
		"internal/user/store.go:42:9",
		"password hashed with sha256.Sum256; use argon2id",
		"Suggested fix: hash with argon2id",
	} {
		if !strings.Contains(tc101, want) {
			t.Errorf("TC101 group lacks %q:\n%s", want, tc101)
		}
	}
	tc201 := text(byID(findings, "rule-tc201"))
	for _, want := range []string{"Fix: Use subtle.ConstantTimeCompare or hmac.Equal.", "internal/auth/token.go:17:5", "cmd/my tool/main.go:3:2"} {
		if !strings.Contains(tc201, want) {
			t.Errorf("TC201 group lacks %q:\n%s", want, tc201)
		}
	}
	if strings.Contains(text(findings), "etag.go") {
		t.Error("suppressed finding shown without ShowSuppressed")
	}
	if !strings.Contains(text(findings), "1 suppressed") {
		t.Error("hidden suppressed findings are not counted")
	}

	_, doc = renderHTMLDoc(t, sampleReport(), report.RenderOptions{Command: "audit", ShowSuppressed: true})
	rows := containing(section(t, doc, "findings"), atom.Tr, "etag.go")
	if len(rows) != 1 || !hasClass(rows[0], "suppressed") || !strings.Contains(text(rows[0]), "suppressed: value is a public ETag, not a secret") {
		t.Errorf("suppressed finding with ShowSuppressed: rows %d, want one marked suppressed with its justification", len(rows))
	}
}

func TestHTMLChecks(t *testing.T) {
	_, doc := renderHTMLDoc(t, sampleReport(), report.RenderOptions{Command: "audit"})
	checks := section(t, doc, "checks")

	// Checks that need attention are shown in full, failures first, with
	// their evidence as a key/value table and the rule's fix.
	var open []string
	for _, a := range elements(checks, atom.Article) {
		open = append(open, strings.Join(strings.Fields(text(elements(a, atom.H3)[0])), " "))
	}
	if want := []string{"✗ fail TP201 hsts-max-age medium", "! warn TP601 default-deny high", "⚠ error TP101 tls-legacy-versions"}; !slices.Equal(open, want) {
		t.Errorf("checks in full = %q, want %q", open, want)
	}
	hsts := elements(checks, atom.Article)[0]
	ev := elements(hsts, atom.Table)
	if len(ev) != 1 || !hasClass(ev[0], "evidence") {
		t.Fatalf("failed check has %d tables, want its evidence table", len(ev))
	}
	th, td := elements(ev[0], atom.Th), elements(ev[0], atom.Td)
	if len(th) != 1 || text(th[0]) != "header" || len(td) != 1 || text(td[0]) != "max-age=300" {
		t.Errorf("evidence table = %q, want header | max-age=300", text(ev[0]))
	}
	if s, _ := attr(th[0], "scope"); s != "row" {
		t.Errorf("evidence key cell scope = %q, want row", s)
	}
	if got := text(hsts); !strings.Contains(got, "Fix: Send Strict-Transport-Security: max-age=31536000; includeSubDomains.") ||
		!strings.Contains(got, "https://127.0.0.1:8443/") {
		t.Errorf("failed check lacks its fix or target: %s", got)
	}

	// Skipped and passed checks are folded away.
	details := elements(checks, atom.Details)
	if len(details) != 2 {
		t.Fatalf("%d <details> in checks, want 2 (skipped, passed)", len(details))
	}
	if got := text(details[0]); !strings.HasPrefix(got, "1 skipped check") || !strings.Contains(got, "no profile: the login endpoint is unknown") {
		t.Errorf("skipped checks = %q", got)
	}
	if got := text(details[1]); !strings.HasPrefix(got, "1 passed check") || !strings.Contains(got, "TLS 1.0 and 1.1 refused") {
		t.Errorf("passed checks = %q", got)
	}
	for _, a := range elements(checks, atom.Article) {
		if within(a, atom.Details) {
			t.Error("a check needing attention is folded away")
		}
	}
}

func TestHTMLEscapesHostileText(t *testing.T) {
	r := sampleReport() // a finding message already carries <script>
	r.Checks[0].Evidence = map[string]string{hostile: hostile, "header": `"><img src=x onerror=alert(1)>`}
	r.Checks[0].Target = `javascript:alert(1)`
	r.Checklist[2].Note = hostile + " `" + hostile + "`"
	r.Checklist = append(r.Checklist, report.ChecklistEntry{ID: `x" onclick="alert(1)`, Status: hostile})
	r.Tool.Version = hostile
	r.Findings[2].Justification = hostile
	out, doc := renderHTMLDoc(t, r, report.RenderOptions{Command: "audit", Date: hostile, ShowSuppressed: true})

	if strings.Contains(out, hostile) || strings.Contains(out, "<img") {
		t.Errorf("hostile markup reached the output unescaped")
	}
	if n := len(elements(doc, atom.Script)) + len(elements(doc, atom.Img)); n != 0 {
		t.Errorf("%d script or img elements parsed from escaped text", n)
	}
	for n := range doc.Descendants() {
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") {
				t.Errorf("attribute %s injected on <%s>", a.Key, n.Data)
			}
		}
	}
	// The text survives escaping unchanged: the reader sees what the
	// target sent.
	body := text(elements(doc, atom.Body)[0])
	for _, want := range []string{
		"hmac | compared with == " + hostile,
		"Evidence " + hostile + " " + hostile + " header " + `"><img src=x onerror=alert(1)>`,
		"Target javascript:alert(1)",
		"Date " + hostile,
		"suppressed: " + hostile,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("page text lacks %q", want)
		}
	}
	if !strings.Contains(body, hostile+" "+hostile) {
		t.Errorf("note with a code span lost its text")
	}
	if title := text(elements(doc, atom.Title)[0]); title != "authcheck audit report" {
		t.Errorf("title = %q", title)
	}
}

func TestHTMLDeterministic(t *testing.T) {
	opts := report.RenderOptions{Command: "audit", Date: "2025-06-01"}
	a := render(t, sampleReport(), report.FormatHTML, opts)
	b := render(t, sampleReport(), report.FormatHTML, opts)
	if a != b {
		t.Error("rendering the same report twice gives different HTML")
	}
	if !strings.Contains(a, "2025-06-01") {
		t.Error("Date option not shown")
	}
	undated := render(t, sampleReport(), report.FormatHTML, report.RenderOptions{Command: "audit"})
	if strings.Contains(undated, "<dt>Date</dt>") {
		t.Error("a date is shown although none was given")
	}
}

func TestHTMLReadiness(t *testing.T) {
	pass := func(ids ...string) []report.ChecklistEntry {
		var es []report.ChecklistEntry
		for _, id := range ids {
			es = append(es, report.ChecklistEntry{ID: id, Status: report.VerdictPass, VerifiedBy: []string{"TP201"}})
		}
		return es
	}
	manual := report.ChecklistEntry{ID: "passwords.rehash", Status: report.VerdictManual}
	unverified := report.ChecklistEntry{ID: "accounts.mfa", Status: report.VerdictNotVerified}
	finding := report.Finding{Rule: "TC101", File: "a.go", Line: 1, Message: "m"}
	for _, tc := range []struct {
		name    string
		command string
		r       *report.Report
		want    []string
	}{
		{"all pass", "audit", &report.Report{Checklist: pass("transport.hsts", "passwords.hashing")},
			[]string{"✓ Ready for release", "Graded against the production authentication checklist: 2 items."}},
		{"manual only pending", "audit", &report.Report{Checklist: append(pass("transport.hsts"), manual)},
			[]string{"✓ Ready for release", "1 manual item still needs a reviewer's sign-off"}},
		{"not verified", "audit", &report.Report{Checklist: append(pass("transport.hsts"), unverified)},
			[]string{"✗ Not ready for release", "1 checklist item could not be verified"}},
		{"clean scan", "scan", &report.Report{},
			[]string{"✓ Ready for release", "Static analysis only"}},
		{"scan with finding", "scan", &report.Report{Findings: []report.Finding{finding}},
			[]string{"✗ Not ready for release", "1 finding from static analysis", "Static analysis only"}},
		{"probe with skip", "probe", &report.Report{Checks: []report.Check{{Rule: "TP501", Status: report.StatusSkip}, {Rule: "TP201", Status: report.StatusPass}}},
			[]string{"✗ Not ready for release", "1 check was skipped (not verified)", "Live probes only"}},
		{"clean probe", "probe", &report.Report{Checks: []report.Check{{Rule: "TP201", Status: report.StatusPass}, {Rule: "TP601", Status: report.StatusWarn}}},
			[]string{"✓ Ready for release", "Live probes only"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, doc := renderHTMLDoc(t, tc.r, report.RenderOptions{Command: tc.command})
			v := elements(doc, atom.Section)[0]
			if !hasClass(v, "verdict") {
				t.Fatal("first section is not the verdict")
			}
			got := text(v)
			for _, want := range tc.want {
				if !strings.Contains(got, want) {
					t.Errorf("verdict %q lacks %q", got, want)
				}
			}
		})
	}
}

func TestHTMLPartialReports(t *testing.T) {
	scanOnly := sampleReport()
	scanOnly.Checks, scanOnly.Checklist = nil, nil
	probeOnly := sampleReport()
	probeOnly.Findings, probeOnly.Checklist = nil, nil
	for _, tc := range []struct {
		name          string
		command       string
		r             *report.Report
		present, gone []string
	}{
		{"scan", "scan", scanOnly, []string{"findings"}, []string{"sections", "items", "checks", "signoff"}},
		{"probe", "probe", probeOnly, []string{"checks"}, []string{"sections", "items", "findings", "signoff"}},
		{"empty scan", "scan", &report.Report{}, []string{"findings"}, []string{"sections", "items", "checks", "signoff"}},
		{"empty probe", "probe", &report.Report{}, []string{"checks"}, []string{"sections", "items", "findings", "signoff"}},
		{"empty, no command", "", &report.Report{}, []string{"findings"}, []string{"sections", "items", "checks", "signoff"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, doc := renderHTMLDoc(t, tc.r, report.RenderOptions{Command: tc.command})
			for _, id := range tc.present {
				if byID(doc, id) == nil {
					t.Errorf("part %q missing", id)
				}
			}
			for _, id := range tc.gone {
				if byID(doc, id) != nil {
					t.Errorf("part %q present in a %s report", id, tc.name)
				}
				for _, a := range elements(doc, atom.A) {
					if href, _ := attr(a, "href"); href == "#"+id {
						t.Errorf("contents link to absent part %q", id)
					}
				}
			}
			if len(tc.r.Findings) == 0 && len(tc.r.Checks) == 0 {
				if got := text(elements(doc, atom.Main)[0]); !strings.Contains(got, "No findings.") && !strings.Contains(got, "No checks ran.") {
					t.Errorf("empty report says nothing about being empty: %s", got)
				}
			}
		})
	}
}

func TestHTMLDuplicateItemsGetDistinctAnchors(t *testing.T) {
	r := sampleReport()
	r.Checklist = append(r.Checklist, r.Checklist[2]) // passwords.rehash twice
	_, doc := renderHTMLDoc(t, r, report.RenderOptions{Command: "audit"})
	for _, id := range []string{"item-passwords.rehash", "item-passwords.rehash-2", "signoff-passwords.rehash-2"} {
		if byID(doc, id) == nil {
			t.Errorf("no element %q", id)
		}
	}
}

func TestHTMLBlockingListIsBounded(t *testing.T) {
	cl, err := checklist.Load()
	if err != nil {
		t.Fatal(err)
	}
	r := &report.Report{}
	for i, it := range cl.Items[:22] {
		status := report.VerdictNotVerified
		if i == 20 || i == 21 { // failures come first, whatever their position
			status = report.VerdictFail
		}
		r.Checklist = append(r.Checklist, report.ChecklistEntry{ID: it.ID, Status: status})
	}
	_, doc := renderHTMLDoc(t, r, report.RenderOptions{Command: "audit"})
	verdict := elements(doc, atom.Section)[0]
	lis := elements(verdict, atom.Li)
	var listed []string
	for _, li := range lis[len(lis)-12:] { // after the reasons
		listed = append(listed, text(elements(li, atom.Code)[0]))
	}
	want := []string{cl.Items[20].ID, cl.Items[21].ID}
	for _, it := range cl.Items[:10] {
		want = append(want, it.ID)
	}
	if !slices.Equal(listed, want) {
		t.Errorf("blocking items listed = %q, want %q", listed, want)
	}
	if got := text(verdict); !strings.Contains(got, "… and 10 more not verified") {
		t.Errorf("verdict does not count the unlisted items: %s", got)
	}
}
