package payment_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestGoodsPlural: goods named in the plural or by a parameter's name
// make a generic verb a fulfilment; roles, flags and previews do not.
func TestGoodsPlural(t *testing.T) {
	analysistest.Run(t, testdata(), debug, "model/goodsplural")
}
