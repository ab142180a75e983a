package reference

import "github.com/authcheck/authcheck/reference/password"

// HasherOf exposes a server's hasher to the external tests (overload).
func HasherOf(s *Server) *password.Hasher { return s.hasher }
