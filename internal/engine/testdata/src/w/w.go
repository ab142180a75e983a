package w

var bad = 1 // want `bad variable \(AC001\)`

//authcheck:ignore AC001 -- fixture: suppressed on the line above
var bad2 = 2

var bad3 = 3 //authcheck:ignore AC001 -- fixture: trailing directive

//authcheck:ignore AC101 -- names another rule, so AC001 is still reported
var bad4 = 4 // want `bad variable \(AC001\)`

var bad5 = 5 //nolint:authcheck // fixture: golangci-lint's syntax, every authcheck rule

//nolint:authcheck:AC001 // fixture: one rule, on the line above
var bad6 = 6

var bad7 = 7 //nolint:gosec,authcheck // fixture: a list naming another linter too

var bad8 = 8 //nolint:authcheck:AC101 // want `bad variable \(AC001\)`

var bad9 = 9 //nolint:gosec // want `bad variable \(AC001\)`

var bad10 = 10 //nolint // want `bad variable \(AC001\)`

var bad11 = 11 // #nosec G401 -- not honoured by default // want `bad variable \(AC001\)`
