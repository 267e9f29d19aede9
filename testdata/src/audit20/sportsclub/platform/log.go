package platform

import (
	"log/slog"
	"os"
)

// Logger is the process-wide structured logger.
var Logger = slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelInfo}))

// L returns a logger tagged with a component name.
func L(component string) *slog.Logger { return Logger.With("component", component) }
