package secret

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

func TestValueNeverPrintsPlaintext(t *testing.T) {
	const plain = "hunter2-correct-horse"
	v := New(plain)
	var logBuf bytes.Buffer
	slog.New(slog.NewJSONHandler(&logBuf, nil)).Info("x", "v", v, "group", slog.GroupValue(slog.Any("inner", v)))
	j, _ := json.Marshal(struct{ V Value }{v})
	outputs := []string{
		fmt.Sprint(v), fmt.Sprintf("%s %q %v %+v %#v %x", v, v, v, v, v, v),
		v.String(), v.GoString(), logBuf.String(), string(j),
	}
	for _, o := range outputs {
		if strings.Contains(o, plain) {
			t.Errorf("plaintext leaked: %s", o)
		}
	}
	if v.Reveal() != plain {
		t.Fatal("Reveal lost the value")
	}
	var back struct{ V Value }
	if err := json.Unmarshal([]byte(`{"V":"abc"}`), &back); err != nil || back.V.Reveal() != "abc" {
		t.Fatalf("unmarshal: %v %q", err, back.V.Reveal())
	}
	if err := json.Unmarshal([]byte(`{"V":3}`), &back); err == nil {
		t.Fatal("non-string accepted")
	}
}
