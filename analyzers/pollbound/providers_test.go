package pollbound

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// providers: one package per SDK of the payment model's provider tables
// (provider_*.go), each polling that SDK's status read: with no bound,
// with a success-only exit, and bounded with both terminal exits (silent).
var providers = []string{
	"adyen", "braintree", "checkout", "gocardless", "mercadopago", "midtrans",
	"mollie", "paypal", "razorpay", "square", "xendit",
}

func TestProviders(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	pkgs := make([]string, len(providers))
	for i, p := range providers {
		pkgs[i] = "pollbound/providers/" + p
	}
	analysistest.Run(t, dir, Analyzer, pkgs...)
}
