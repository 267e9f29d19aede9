// Package cgo is user code in a cgo package: the loader and go vet parse it
// from cmd/cgo's rewrite, which carries a generated header, yet its findings
// are reported.
package cgo

// int twice(int x) { return 2 * x; }
import "C"

func charge() {}

func pay() int {
	charge()
	return int(C.twice(2))
}
