package config

import (
	"flag"
	"fmt"
	"reflect"
)

// validateFlagValue checks that value parses for the flag's type without
// changing the flag itself: it sets a fresh value of the same dynamic type.
func validateFlagValue(v flag.Value, value string) error {
	t := reflect.TypeOf(v)
	if t.Kind() != reflect.Pointer {
		return v.Set(value) // cannot copy; settings are re-applied by go vet anyway
	}
	scratch, ok := reflect.New(t.Elem()).Interface().(flag.Value)
	if !ok {
		return fmt.Errorf("cannot validate %q", value)
	}
	return scratch.Set(value)
}
