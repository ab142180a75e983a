package renamed

// compareShadowed has a local variable named subtle: adding the import
// would not compile, so no fix is offered.
func compareShadowed(token, presented string) bool {
	subtle := len(token) == len(presented)
	return subtle && token == presented // want `secret token compared with presented using ==: .*use subtle.ConstantTimeCompare$`
}
