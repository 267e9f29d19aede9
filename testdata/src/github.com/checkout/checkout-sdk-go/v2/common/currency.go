// Package common is a stub of github.com/checkout/checkout-sdk-go/v2/common
// (signatures as in v2.4.1; bodies are stubs).
package common

type Currency string

const GBP Currency = "GBP"
