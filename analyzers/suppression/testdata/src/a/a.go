package a

//authcheck:ignore AC001 -- reviewed: fixture
var justified = 1

//authcheck:ignore AC001 // want `gives no justification`
var unjustified = 2

//authcheck:ignore AC999 -- typo // want `unknown rule AC999`
var unknownRule = 3

//authcheck:ignore -- forgot the ID // want `names no rule`
var noRule = 4

//authcheck:ignore frobnicate -- not an ID // want `"frobnicate" is not a rule ID`
var notAnID = 5

//authcheck:ignored AC001 is not our directive
var other = 6

// A plain comment mentioning authcheck:ignore AC001 is not a directive.
var plain = 7

//nolint:authcheck:AC001 // reviewed: fixture
var nolintJustified = 8

var nolintUnjustified = 9 /* want `//nolint:authcheck gives no justification` */ //nolint:authcheck

//nolint:authcheck:AC998 // typo // want `//nolint:authcheck names unknown rule AC998`
var nolintUnknown = 10

//nolint:authcheck:frob // want `malformed //nolint:authcheck directive`
var nolintMalformed = 11

//nolint:gosec
var otherLinter = 12

// #nosec G401
var nosecIsGosecs = 13
