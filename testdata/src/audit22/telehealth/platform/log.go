// Package platform holds the small pieces every service shares: logging,
// retries, waiting, request signing.
package platform

import (
	"log/slog"
	"os"
)

// Logger is the process logger; services take it in their options.
var Logger = slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelInfo}))

// With returns a child logger tagged with a component name.
func With(component string) *slog.Logger { return Logger.With("component", component) }
