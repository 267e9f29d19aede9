package payment_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestDBStores: paid states written through ent and bun builders, the
// mongo driver and redis, and free subscriptions that are not paid ones.
func TestDBStores(t *testing.T) {
	analysistest.Run(t, testdata(), debug, "model/dbstores")
}
