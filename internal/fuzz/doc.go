// Package fuzz holds FuzzAnalyzers, which feeds mutated Go sources of the
// testdata cases through every paylint analyzer and fails on a panic or an
// analyzer error. `go test ./internal/fuzz` runs only the seed corpus (a
// few seconds); bench/sweep fuzzes for a bounded time:
//
//	go test -run=NONE -fuzz=FuzzAnalyzers -fuzztime=60s ./internal/fuzz
package fuzz
