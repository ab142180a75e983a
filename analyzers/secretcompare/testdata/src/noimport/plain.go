package noimport

// SameToken compares two tokens in a file without imports.
func SameToken(token, presented string) bool {
	return token == presented // want `secret token compared with presented using ==`
}

// SameName compares names.
func SameName(name, other string) bool {
	return name == other
}
