package password

import (
	"bufio"
	"context"
	"crypto/sha1"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// BreachChecker reports whether a password is known to be breached.
type BreachChecker interface {
	Breached(ctx context.Context, password string) (bool, error)
}

// RangeSource returns the range for a 5-hex-digit SHA-1 prefix: lines of
// "SUFFIX:COUNT" where SUFFIX is the remaining 35 hex digits (the format of
// the Have I Been Pwned Pwned Passwords range API). Only the prefix leaves
// the server, which is what makes the lookup k-anonymous.
type RangeSource interface {
	Range(ctx context.Context, prefix string) (io.ReadCloser, error)
}

// RangeChecker is a BreachChecker over a RangeSource.
type RangeChecker struct {
	Source RangeSource
	// FailOpen accepts the password when the source fails; otherwise the
	// check returns ErrBreachCheckUnavailable.
	FailOpen bool
}

// Breached looks the password's SHA-1 up in its range.
func (c RangeChecker) Breached(ctx context.Context, password string) (bool, error) {
	// SHA-1 here is the lookup key of the k-anonymity protocol, not password
	// storage: the digest is never stored and only its first 5 hex digits
	// are sent to the source.
	sum := sha1.Sum([]byte(password))
	digest := strings.ToUpper(hex.EncodeToString(sum[:]))
	prefix, suffix := digest[:5], digest[5:]
	rc, err := c.Source.Range(ctx, prefix)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil // no range file: nothing with this prefix is known
	}
	if err != nil {
		return c.failure(err)
	}
	defer rc.Close()
	sc := bufio.NewScanner(rc)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		s, countText, _ := strings.Cut(line, ":")
		// The suffix is derived from the password: compare in constant time.
		if subtle.ConstantTimeCompare([]byte(strings.ToUpper(s)), []byte(suffix)) != 1 {
			continue
		}
		// Padding entries (count 0) are decoys, not breaches.
		count, err := strconv.Atoi(strings.TrimSpace(countText))
		return err != nil || count > 0, nil
	}
	if err := sc.Err(); err != nil {
		return c.failure(err)
	}
	return false, nil
}

func (c RangeChecker) failure(err error) (bool, error) {
	if c.FailOpen {
		return false, nil
	}
	return false, fmt.Errorf("%w: %v", ErrBreachCheckUnavailable, err)
}

// DirSource reads range files named PREFIX (or PREFIX.txt) from a file
// system, e.g. os.DirFS of a directory filled from a range API dump.
type DirSource struct{ FS fs.FS }

// Range opens the range file for prefix.
func (d DirSource) Range(_ context.Context, prefix string) (io.ReadCloser, error) {
	f, err := d.FS.Open(prefix + ".txt")
	if errors.Is(err, fs.ErrNotExist) {
		f, err = d.FS.Open(prefix)
	}
	if err != nil {
		return nil, err
	}
	return f, nil
}

//go:embed breached/*.txt
var bundledRanges embed.FS

// Bundled is the offline range set that ships with the server: the ranges
// of a few hundred of the most common breached passwords, plus the
// patterns every cracking list starts with (a common word or season,
// capitalised or not, followed by a year and a symbol or digit:
// "Summer2024!", "Welcome2023", "password1!"), some 40 000 in all. It is
// the default source when no directory or API is configured; the server
// warns at start that the full range set (--breached-dir) or a range API
// covers far more.
func Bundled() RangeSource {
	sub, err := fs.Sub(bundledRanges, "breached")
	if err != nil {
		panic(err) // the embedded directory is part of the build
	}
	return bundledSource{dir: DirSource{FS: sub}}
}

type bundledSource struct{ dir DirSource }

// Range joins the bundled file for prefix with the generated patterns in
// that range.
func (b bundledSource) Range(ctx context.Context, prefix string) (io.ReadCloser, error) {
	var buf strings.Builder
	rc, err := b.dir.Range(ctx, prefix)
	if err == nil {
		_, err = io.Copy(&buf, rc)
		rc.Close()
		buf.WriteString("\n")
	}
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	for _, suffix := range patternRanges()[prefix] {
		buf.WriteString(suffix + ":1\n")
	}
	if buf.Len() == 0 {
		return nil, fs.ErrNotExist
	}
	return io.NopCloser(strings.NewReader(buf.String())), nil
}

var patternRanges = sync.OnceValue(func() map[string][]string {
	words := []string{"spring", "summer", "autumn", "fall", "winter", "january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december", "password", "passw0rd", "welcome", "qwerty", "letmein", "admin",
		"football", "monkey", "dragon", "iloveyou", "sunshine", "princess", "baseball", "shadow", "master", "superman", "michael",
		"company", "changeme", "secret", "hello", "login", "test"}
	suffixes := []string{"", "!", "1", "@", "#", "?", "!!", "1!", "*", "."}
	out := map[string][]string{}
	add := func(pw string) {
		if len(pw) < MinLength {
			return
		}
		sum := sha1.Sum([]byte(pw))
		d := strings.ToUpper(hex.EncodeToString(sum[:]))
		out[d[:5]] = append(out[d[:5]], d[5:])
	}
	for _, w := range words {
		for _, word := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
			for year := 1990; year <= 2035; year++ {
				for _, sfx := range suffixes {
					add(word + strconv.Itoa(year) + sfx)
					if year >= 2000 {
						add(word + strconv.Itoa(year%100) + sfx)
					}
				}
			}
			for _, sfx := range []string{"123", "1234", "12345", "123!", "1!", "01", "2", "!"} {
				add(word + sfx)
			}
		}
	}
	return out
})

// HTTPSource queries a range API: GET BaseURL + "/range/" + PREFIX.
type HTTPSource struct {
	BaseURL string
	Client  *http.Client // nil: a client with a 2 s timeout
}

// Range fetches one range, asking for padding so that the response size
// does not reveal the prefix's population.
func (h HTTPSource) Range(ctx context.Context, prefix string) (io.ReadCloser, error) {
	client := h.Client
	if client == nil {
		client = &http.Client{Timeout: 2 * time.Second}
	}
	u, err := url.JoinPath(h.BaseURL, "range", prefix)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Add-Padding", "true")
	req.Header.Set("User-Agent", "authcheck-reference")
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, fmt.Errorf("range API answered %s", resp.Status)
	}
	return struct {
		io.Reader
		io.Closer
	}{io.LimitReader(resp.Body, 4<<20), resp.Body}, nil
}
