package w

var bad = 1 // want `bad variable \(AC001\)`

//authcheck:ignore AC001 -- fixture: suppressed on the line above
var bad2 = 2

var bad3 = 3 //authcheck:ignore AC001 -- fixture: trailing directive

//authcheck:ignore AC101 -- names another rule, so AC001 is still reported
var bad4 = 4 // want `bad variable \(AC001\)`
