// Package ledger books the platform's transfers to sellers.
package ledger

import "context"

// Book is the sellers' ledger.
type Book struct{ entries map[string]string }

// Record books what a transfer event says; its store is out of the
// model's sight.
func (b *Book) Record(ctx context.Context, account string, amountMinor int64, state string) error {
	b.entries[account] = state
	return nil
}

// Seen flags an event read in the sellers' portal: no money.
func (b *Book) Seen(ctx context.Context, eventID string) error {
	b.entries[eventID] = "seen"
	return nil
}
