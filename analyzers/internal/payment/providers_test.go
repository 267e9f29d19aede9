package payment_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// providerPieces are the model's pieces for the SDKs of provider_*.go,
// loaded in one run of their own (the pieces of payment_test.go are a
// fixed list).
var providerPieces = []string{
	"model/providers/gocardless",
	"model/providers/adyen",
	"model/providers/square",
	"model/providers/mollie",
	"model/providers/braintree",
	"model/providers/razorpay",
	"model/providers/paypal",
	"model/providers/mercadopago",
	"model/providers/midtrans",
	"model/providers/checkout",
	"model/providers/xendit",
}

func TestProviders(t *testing.T) {
	analysistest.Run(t, testdata(), debug, providerPieces...)
}
