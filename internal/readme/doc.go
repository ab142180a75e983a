// Package readme holds the test that runs every shell block of the
// repository's README.md as written, so that the documented commands keep
// working. It has no code of its own.
//
// A block whose first lines carry one of these comments is handled
// differently, and the marker is visible to readers too:
//
//	# [not tested] REASON        not run; the test lists it with its reason
//	# [background] ...           started in the background (e.g. a server),
//	                             stopped after the blocks that follow it
package readme
