// Package bench measures paylint's speed: run.sh compares go vet, go vet
// -vettool=paylint and the standalone command on testdata/shop;
// BenchmarkStandaloneShop times the standalone driver in-process.
package bench
