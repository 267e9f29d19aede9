// Package platform holds the small shared helpers every service uses:
// logging, retries, polling and money formatting.
package platform

import (
	"log/slog"
	"os"
)

// Logger returns the process logger, JSON in every environment except dev.
func Logger(env string) *slog.Logger {
	if env == "dev" {
		return slog.New(slog.NewTextHandler(os.Stdout, nil))
	}
	return slog.New(slog.NewJSONHandler(os.Stdout, nil))
}

// Minor converts a major-unit amount (IDR, PHP, INR) to minor units.
// IDR has no minor unit on the rails we use, so it is returned as is.
func Minor(currency string, amount float64) int64 {
	if currency == "IDR" {
		return int64(amount)
	}
	return int64(amount*100 + 0.5)
}
