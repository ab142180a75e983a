package rules

// SARIF precision levels (properties.precision), as GitHub code scanning
// reads them.
const (
	PrecisionHigh   = "high"
	PrecisionMedium = "medium"
	PrecisionLow    = "low"
)

// MinTriagedForHigh is how many triaged findings on the real-world corpus
// a rule needs before its measured precision can earn "high".
const MinTriagedForHigh = 10

// PrecisionLevel is the SARIF precision of a rule, from its measured
// record on the triaged real-world corpus (MeasuredOnCorpus):
//
//	high    at least MinTriagedForHigh triaged findings, and ≥ 90% true
//	low     at least 3 triaged findings and < 50% true, or at least
//	        MinTriagedForHigh and < 70% true
//	medium  everything else, including rules never measured (no finding
//	        on the corpus, or a live-probe rule): not known to be high
//
// so that "high" is a measurement, never a default.
func PrecisionLevel(id string) string {
	m, ok := MeasuredOnCorpus(id)
	if !ok || m.Findings == 0 {
		return PrecisionMedium
	}
	p := m.Precision()
	switch {
	case m.Findings >= MinTriagedForHigh && p >= 0.9:
		return PrecisionHigh
	case m.Findings >= MinTriagedForHigh && p < 0.7, m.Findings >= 3 && p < 0.5:
		return PrecisionLow
	}
	return PrecisionMedium
}
