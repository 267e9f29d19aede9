package platform

import (
	"log/slog"
	"os"
)

// NewLogger returns the JSON logger every binary uses.
func NewLogger(service string) *slog.Logger {
	return slog.New(slog.NewJSONHandler(os.Stdout, nil)).With("service", service)
}

// Env reads an environment variable with a default.
func Env(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
