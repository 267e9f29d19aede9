// Package journal is the dry-run use case: it writes callbacks to the log.
package journal

import (
	"context"
	"log"

	"m19open/domain"
)

// Journal only logs what it is told.
type Journal struct{}

// Apply logs the callback.
func (Journal) Apply(ctx context.Context, cb *domain.InvoiceCallback) error {
	log.Printf("invoice %s: %s", cb.ExternalID, cb.Status)
	return nil
}
