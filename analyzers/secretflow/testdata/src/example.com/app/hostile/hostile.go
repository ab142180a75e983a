// Package hostile is bad input: a long assignment chain, deep and mutual
// recursion, a big generated file, an interface with many implementations
// and reflection. The analysis must stay bounded and report nothing it
// cannot show a path for.
package hostile

import (
	"log"
	"reflect"
)

type Config struct{ APIKey string }

// Chain copies a token through more variables than maxDepth: past the bound
// the value is not followed (a documented miss, never a guess).
func Chain(sessionToken string) {
	v0 := sessionToken
	v1 := v0
	v2 := v1
	v3 := v2
	v4 := v3
	v5 := v4
	v6 := v5
	v7 := v6
	v8 := v7
	v9 := v8
	v10 := v9
	v11 := v10
	v12 := v11
	v13 := v12
	v14 := v13
	v15 := v14
	v16 := v15
	v17 := v16
	v18 := v17
	v19 := v18
	v20 := v19
	v21 := v20
	v22 := v21
	v23 := v22
	v24 := v23
	v25 := v24
	v26 := v25
	v27 := v26
	v28 := v27
	v29 := v28
	v30 := v29
	v31 := v30
	v32 := v31
	v33 := v32
	v34 := v33
	v35 := v34
	v36 := v35
	v37 := v36
	v38 := v37
	v39 := v38
	log.Println(v39)
}

// Even and Odd recurse into each other.
func Even(n int, s string) string {
	if n == 0 {
		return s
	}
	return Odd(n-1, s+"x")
}

func Odd(n int, s string) string {
	if n == 0 {
		return s
	}
	return Even(n-1, s)
}

func Recurse(password string) {
	log.Println(Even(10, "x"))
	log.Println(Self(3))
}

func Self(n int) string {
	if n == 0 {
		return ""
	}
	return Self(n-1) + Self(n-2)
}

type Sink interface{ Write(s string) }

type impl0 struct{}

func (impl0) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:91\)`

type impl1 struct{}

func (impl1) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:95\)`

type impl2 struct{}

func (impl2) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:99\)`

type impl3 struct{}

func (impl3) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:103\)`

type impl4 struct{}

func (impl4) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:107\)`

type impl5 struct{}

func (impl5) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:111\)`

type impl6 struct{}

func (impl6) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:115\)`

type impl7 struct{}

func (impl7) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:119\)`

type impl8 struct{}

func (impl8) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:123\)`

type impl9 struct{}

func (impl9) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:127\)`

type impl10 struct{}

func (impl10) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:131\)`

type impl11 struct{}

func (impl11) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:135\)`

type impl12 struct{}

func (impl12) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:139\)`

type impl13 struct{}

func (impl13) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:143\)`

type impl14 struct{}

func (impl14) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:147\)`

type impl15 struct{}

func (impl15) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:151\)`

type impl16 struct{}

func (impl16) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:155\)`

type impl17 struct{}

func (impl17) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:159\)`

type impl18 struct{}

func (impl18) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:163\)`

type impl19 struct{}

func (impl19) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:167\)`

type impl20 struct{}

func (impl20) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:171\)`

type impl21 struct{}

func (impl21) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:175\)`

type impl22 struct{}

func (impl22) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:179\)`

type impl23 struct{}

func (impl23) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:183\)`

type impl24 struct{}

func (impl24) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:187\)`

type impl25 struct{}

func (impl25) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:191\)`

type impl26 struct{}

func (impl26) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:195\)`

type impl27 struct{}

func (impl27) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:199\)`

type impl28 struct{}

func (impl28) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:203\)`

type impl29 struct{}

func (impl29) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:207\)`

type impl30 struct{}

func (impl30) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:211\)`

type impl31 struct{}

func (impl31) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:215\)`

type impl32 struct{}

func (impl32) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:219\)`

type impl33 struct{}

func (impl33) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:223\)`

type impl34 struct{}

func (impl34) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:227\)`

type impl35 struct{}

func (impl35) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:231\)`

type impl36 struct{}

func (impl36) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:235\)`

type impl37 struct{}

func (impl37) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:239\)`

type impl38 struct{}

func (impl38) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:243\)`

type impl39 struct{}

func (impl39) Write(s string) { log.Println(s) } // want Write:`sinks\(0→log\.Println\ at\ hostile\.go:247\)`

// Interfaces are not followed: which Write runs is not known statically.
func Dispatch(s Sink, apiToken string) {
	s.Write(apiToken)
}

// Reflection is not modelled.
func Reflect(cfg Config) {
	log.Println(reflect.ValueOf(cfg).FieldByName("APIKey").String())
}

// Helpers calling each other in a cycle, one of which logs.
func Ping(n int, v string) { // want Ping:`sinks\(1→log\.Println\ at\ hostile\.go:266\)`
	if n > 0 {
		Pong(n-1, v)
	}
}
func Pong(n int, v string) { // want Pong:`sinks\(1→log\.Println\ at\ hostile\.go:266\)`
	log.Println(v)
	Ping(n, v)
}

func Cycle(refreshToken string) {
	Ping(3, refreshToken) // want `\[AC901\] refresh token from refreshToken .* logged here by Ping \(which reaches log.Println at hostile.go:\d+\)`
}
