package payment_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestQueryWrites: an UPDATE storing a paid state read back through a
// query method (QueryRow, QueryRowContext, QueryContext of database/sql,
// pgx's QueryRow) is the write it is; SELECTs and UPDATEs of no paid
// state are not.
func TestQueryWrites(t *testing.T) {
	analysistest.Run(t, testdata(), debug, "wirehooks/r7/querywrite", "wirehooks/r7/queryonly")
}
