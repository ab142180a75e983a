package pwhash

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Thresholds, settable as analyzer flags (-pwhash.<flag> under go vet, keys
// in .authcheck.yml). Defaults are those of docs/design.md: the checklist's bcrypt
// cost and OWASP's Password Storage Cheat Sheet for the others.
var (
	bcryptMinCost  = 12 // below: AC103 (medium)
	bcryptWeakCost = 10 // below: AC102 (high)

	argon2Line      = defaultArgon2Line()
	argon2WeakRatio = 0.5 // memory below this fraction of the line: AC105 (high), else AC106

	scryptMinN  = 1 << 17 // below: AC108 (medium)
	scryptWeakN = 1 << 15 // below: AC107 (high)

	pbkdf2SHA1MinIter   = 1_300_000
	pbkdf2SHA256MinIter = 600_000
	pbkdf2SHA512MinIter = 210_000
	pbkdf2WeakRatio     = 0.25 // iterations below this fraction of the line: AC109 (high), else AC110
)

func init() {
	f := &Analyzer.Flags
	f.IntVar(&bcryptMinCost, "bcrypt-min-cost", bcryptMinCost, "minimum bcrypt cost; lower costs are reported (AC103)")
	f.IntVar(&bcryptWeakCost, "bcrypt-weak-cost", bcryptWeakCost, "bcrypt costs below this are reported as high severity (AC102)")
	f.Var(&argon2Line, "argon2-line", "Argon2 equivalence line as t:minMemoryKiB pairs; t beyond the last pair uses the last memory (AC105, AC106)")
	f.Float64Var(&argon2WeakRatio, "argon2-weak-ratio", argon2WeakRatio, "Argon2 memory below this fraction of the line is high severity (AC105)")
	f.IntVar(&scryptMinN, "scrypt-min-n", scryptMinN, "minimum scrypt N (AC108)")
	f.IntVar(&scryptWeakN, "scrypt-weak-n", scryptWeakN, "scrypt N below this is high severity (AC107)")
	f.IntVar(&pbkdf2SHA1MinIter, "pbkdf2-sha1-min-iter", pbkdf2SHA1MinIter, "minimum PBKDF2-HMAC-SHA1 iterations (AC109, AC110)")
	f.IntVar(&pbkdf2SHA256MinIter, "pbkdf2-sha256-min-iter", pbkdf2SHA256MinIter, "minimum PBKDF2-HMAC-SHA256 iterations (AC109, AC110)")
	f.IntVar(&pbkdf2SHA512MinIter, "pbkdf2-sha512-min-iter", pbkdf2SHA512MinIter, "minimum PBKDF2-HMAC-SHA512 iterations (AC109, AC110)")
	f.Float64Var(&pbkdf2WeakRatio, "pbkdf2-weak-ratio", pbkdf2WeakRatio, "PBKDF2 iterations below this fraction of the line are high severity (AC109)")
}

// argon2Point is one point of the equivalence line: with Time passes,
// at least Memory KiB.
type argon2Point struct {
	Time   int64
	Memory int64
}

// argon2LineFlag is OWASP's Argon2id equivalence line, sorted by time.
type argon2LineFlag []argon2Point

func defaultArgon2Line() argon2LineFlag {
	return argon2LineFlag{{1, 47104}, {2, 19456}, {3, 12288}, {4, 9216}, {5, 7168}}
}

func (l *argon2LineFlag) String() string {
	if l == nil {
		return ""
	}
	parts := make([]string, len(*l))
	for i, p := range *l {
		parts[i] = fmt.Sprintf("%d:%d", p.Time, p.Memory)
	}
	return strings.Join(parts, ",")
}

// Set parses "t:m,t:m,…" (m in KiB).
func (l *argon2LineFlag) Set(s string) error {
	var line argon2LineFlag
	for _, part := range strings.Split(s, ",") {
		t, m, ok := strings.Cut(strings.TrimSpace(part), ":")
		if !ok {
			return fmt.Errorf("argon2 line point %q: want time:memoryKiB", part)
		}
		ti, err1 := strconv.ParseInt(strings.TrimSpace(t), 10, 64)
		mi, err2 := strconv.ParseInt(strings.TrimSpace(m), 10, 64)
		if err1 != nil || err2 != nil || ti < 1 || mi < 1 {
			return fmt.Errorf("argon2 line point %q: want positive integers time:memoryKiB", part)
		}
		line = append(line, argon2Point{ti, mi})
	}
	if len(line) == 0 {
		return fmt.Errorf("argon2 line: no points")
	}
	sort.Slice(line, func(i, j int) bool { return line[i].Time < line[j].Time })
	*l = line
	return nil
}

// minMemory returns the line's minimum memory (KiB) for time t. A time
// below the first point needs more than the first point's memory, which the
// line does not say: it is held to the first point.
func (l argon2LineFlag) minMemory(t int64) int64 {
	if len(l) == 0 {
		return 0
	}
	need := l[0].Memory
	for _, p := range l {
		if p.Time <= t {
			need = p.Memory
		}
	}
	return need
}

// lowestMemory is the smallest memory anywhere on the line: memory below
// it is below the line whatever the time.
func (l argon2LineFlag) lowestMemory() int64 {
	low := int64(0)
	for i, p := range l {
		if i == 0 || p.Memory < low {
			low = p.Memory
		}
	}
	return low
}
