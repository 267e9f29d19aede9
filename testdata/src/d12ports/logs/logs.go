// Package logs writes audit lines; its Ledger only logs (a dry run).
package logs

import (
	"context"
	"log/slog"
)

type Notes struct{}

func (Notes) Note(ctx context.Context, msg string) { slog.InfoContext(ctx, msg) }

type Ledger struct{}

func (Ledger) Record(ctx context.Context, reference string) error {
	slog.InfoContext(ctx, "would mark paid", "reference", reference)
	return nil
}
