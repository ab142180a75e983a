// Package odd holds shapes that must not crash the analyzer or produce
// findings without evidence: reflection, cycles of assignments, configs
// from unknown functions.
package odd

import (
	"crypto/tls"
	"reflect"
)

var a, b uint16

func init() {
	a = b
	b = a
}

// Cyclic resolves through a cycle of assignments: no constant, no finding.
func Cyclic() *tls.Config { return &tls.Config{MinVersion: a} }

// Reflected sets InsecureSkipVerify by reflection: not visible statically.
func Reflected() *tls.Config {
	cfg := &tls.Config{}
	reflect.ValueOf(cfg).Elem().FieldByName("InsecureSkipVerify").SetBool(true)
	return cfg
}

// Clone copies an existing config.
func Clone(base *tls.Config) *tls.Config {
	c := base.Clone()
	c.MinVersion = base.MinVersion
	return c
}

// Suites from a function call.
func Suites() *tls.Config {
	var ids []uint16
	for _, s := range tls.CipherSuites() {
		ids = append(ids, s.ID)
	}
	return &tls.Config{CipherSuites: ids}
}
