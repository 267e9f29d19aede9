package redirectfulfill_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// TestPaidVerdictH10: a noun-first paid verdict of the shop's own port
// (SessionSettled, ChargeCaptured's middle bool, OrderPaid) tested so
// the fulfilment is reached only when true is a paid check; its bool
// dropped or tested the wrong way round, and a storing RecordPaid, are not.
func TestPaidVerdictH10(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, redirectfulfill.Analyzer, "h10paidverdict")
}
