package platform

import (
	"log/slog"
	"os"
)

// Logger returns the process logger, JSON in production.
func Logger(service string) *slog.Logger {
	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelInfo})
	return slog.New(h).With("service", service)
}

// Page is a generic page of results returned by list endpoints.
type Page[T any] struct {
	Items []T    `json:"items"`
	Next  string `json:"next,omitempty"`
}

// Map converts every item of a page.
func Map[T, U any](p Page[T], f func(T) U) Page[U] {
	out := Page[U]{Next: p.Next, Items: make([]U, 0, len(p.Items))}
	for _, it := range p.Items {
		out.Items = append(out.Items, f(it))
	}
	return out
}
