package bench

import (
	"bytes"
	"io"
	"os"
	"testing"

	"github.com/paylint/paylint/internal/driver"
)

// BenchmarkStandaloneShop runs `paylint -f json ./...` in-process on
// testdata/shop: go list, then go vet with paylint as its tool. It needs the shop's modules, so it runs only with
// PAYLINT_E2E=1 (after bash .ci/e2e.sh or bench/run downloaded them):
//
//	PAYLINT_E2E=1 go test -run=NONE -bench=StandaloneShop ./bench
func BenchmarkStandaloneShop(b *testing.B) {
	if os.Getenv("PAYLINT_E2E") != "1" {
		b.Skip("needs testdata/shop's modules: set PAYLINT_E2E=1")
	}
	b.Setenv("GOWORK", "off")
	b.Chdir("../testdata/shop")
	for b.Loop() {
		var stderr bytes.Buffer
		if code := driver.Main([]string{"-f", "json", "./..."}, io.Discard, &stderr); code > driver.ExitFindings {
			b.Fatalf("paylint exit %d: %s", code, stderr.String())
		}
	}
}
