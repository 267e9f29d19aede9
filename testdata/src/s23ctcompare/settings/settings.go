// Package settings holds the shop's configuration, loaded once at start.
package settings

// Payments is what the operator configures for the payment provider.
type Payments struct {
	DashboardHash string
	NotifySecret  string
	SigningKey    []byte
}

// Current is filled from the environment by main.
var Current Payments
