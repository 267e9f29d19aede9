package pollcreate

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// providers: one package per SDK of the payment model's provider tables
// (provider_*.go): a payment created inside the poll of that SDK's status
// read (reported), and created once before the poll (silent).
var providers = []string{
	"adyen", "braintree", "checkout", "gocardless", "mercadopago", "midtrans",
	"mollie", "paypal", "razorpay", "square", "xendit",
}

// TestProviders: creations through the provider SDKs, and refunds of a
// stuck payment (not new payments) in pollcreate/providers.
func TestProviders(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	pkgs := []string{"pollcreate/providers"}
	for _, p := range providers {
		pkgs = append(pkgs, "pollcreate/providers/"+p)
	}
	analysistest.Run(t, dir, Analyzer, pkgs...)
}
