package engine

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestPrintVetVersion(t *testing.T) {
	var a, b bytes.Buffer
	if err := PrintVetVersion(&a); err != nil {
		t.Fatal(err)
	}
	PrintVetVersion(&b)
	exe, _ := os.Executable()
	if !strings.HasPrefix(a.String(), exe+" version devel ") || !strings.Contains(a.String(), "buildID=") {
		t.Errorf("unexpected -V=full answer %q", a.String())
	}
	if a.String() != b.String() {
		t.Error("the answer is not stable")
	}
	if note, err := buildIDNote(exe); err == nil && len(note) < 16 {
		t.Errorf("build ID note suspiciously short: %q", note)
	}
}
