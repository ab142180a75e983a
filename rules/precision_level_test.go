package rules

import "testing"

func TestPrecisionLevel(t *testing.T) {
	saved := measured
	defer func() { measured = saved }()
	measured = map[string]Measured{
		"AC101": {Findings: 20, True: 19}, // 0.95 over 20
		"AC102": {Findings: 5, True: 5},   // perfect, but too few
		"AC103": {Findings: 12, True: 9},  // 0.75
		"AC104": {Findings: 12, True: 6},  // 0.5 over 12
		"AC105": {Findings: 4, True: 1},   // 0.25 over 4
		"AC106": {Findings: 10, True: 9},  // exactly 0.9 over exactly 10
	}
	for id, want := range map[string]string{
		"AC101": PrecisionHigh, "AC102": PrecisionMedium, "AC103": PrecisionMedium,
		"AC104": PrecisionLow, "AC105": PrecisionLow, "AC106": PrecisionHigh,
		"AC201": PrecisionMedium, // not measured
		"AP101": PrecisionMedium,
	} {
		if got := PrecisionLevel(id); got != want {
			t.Errorf("PrecisionLevel(%s) = %s, want %s", id, got, want)
		}
	}
}
