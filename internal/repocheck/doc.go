// Package repocheck holds tests of the repository as a whole: go.mod is
// tidy, the documentation stands on its own (no references to files
// outside the repository), and nothing names a release that does not
// exist. It has no code of its own.
package repocheck
