// Package bench measures paylint's speed and robustness on real code:
//
//   - bench/run times go vet -vettool=paylint against a floor (bench/noop,
//     a vet tool with zero analyzers) and plain go vet, cold, warm and
//     incremental, and standalone paylint against staticcheck, over
//     testdata/shop, stripe-go, golang.org/x/tools and std;
//   - bench/sweep runs paylint in both modes over std, x/tools, stripe-go
//     and a dozen popular modules (no panic, no analyzer error, no
//     finding) and fuzzes the analyzers for a bounded time;
//   - TestProfileAnalyzers writes a CPU profile of the analysis alone, and
//     BenchmarkStandaloneShop times the standalone command in-process.
//
// None of them runs in go test ./... (they skip without their variables).
package bench
