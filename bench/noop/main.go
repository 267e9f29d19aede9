// Command noop is the benchmark's floor: a go vet tool that speaks the
// unitchecker protocol like paylint (parse, type-check, read and write
// facts files) but runs zero analyzers. bench/run builds it; paylint's
// cost over go vet is measured against it.
package main

import "golang.org/x/tools/go/analysis/unitchecker"

func main() { unitchecker.Main() }
