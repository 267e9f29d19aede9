// Package jobs runs the back office's reconciliation jobs.
package jobs

import (
	"context"

	"ctxhandedon/capture"
)

// Reconcile settles the intents a capture left processing.
type Reconcile struct {
	Watcher *capture.Watcher
	IDs     func() []string
}

// Handle hands the job's context on to the watcher.
func (j Reconcile) Handle(ctx context.Context) error {
	return j.Watcher.Run(ctx, j.IDs())
}
