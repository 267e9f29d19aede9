package platform

import (
	"log/slog"
	"os"
)

// Logger returns the process logger, JSON in production.
func Logger(region string) *slog.Logger {
	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelInfo})
	return slog.New(h).With("region", region, "svc", "storaged")
}
