package rules

// Measured is a rule's record on the triaged real-world corpus
// (testdata/realworld): how many of its findings were triaged, and how many
// of those were true (or an accepted info note).
type Measured struct {
	Findings int // triaged findings on the corpus
	True     int // of which true or info-ok
}

// Precision is True/Findings, or -1 when the rule had no finding on the corpus.
func (m Measured) Precision() float64 {
	if m.Findings == 0 {
		return -1
	}
	return float64(m.True) / float64(m.Findings)
}

// measured is the corpus record per rule ID. It is generated from the
// triage files by the real-world script (precision_gen.go); a rule missing
// from it had no finding on the corpus.
var measured = map[string]Measured{}

// MeasuredOnCorpus returns a rule's record on the real-world corpus.
func MeasuredOnCorpus(id string) (Measured, bool) {
	m, ok := measured[id]
	return m, ok
}
