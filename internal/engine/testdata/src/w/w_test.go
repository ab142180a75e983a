package w

var badInTest = 5 // not reported: test files are left out by default
