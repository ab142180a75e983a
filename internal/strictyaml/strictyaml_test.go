package strictyaml

import (
	"errors"
	"testing"
)

func TestDecode(t *testing.T) {
	var v struct {
		Name string `yaml:"name"`
	}
	if err := Decode([]byte("name: x\n"), &v); err != nil || v.Name != "x" {
		t.Fatalf("Decode = %v, %+v", err, v)
	}
	if err := Decode([]byte("name: x\ncolour: red\n"), &v); err == nil || err.Error() != `line 2: unknown key "colour"` {
		t.Errorf("unknown key: %v", err)
	}
	if err := Decode(nil, &v); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty: %v", err)
	}
	if err := Decode([]byte("name: [1"), &v); err == nil {
		t.Error("syntax error not reported")
	}
}
