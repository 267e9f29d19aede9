package mongo

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo/options"
)

// Cursor iterates over the documents of a query (mongo/cursor.go).
type Cursor struct{}

// Next moves the cursor to the next document.
func (c *Cursor) Next(ctx context.Context) bool { panic("stub") }

// Decode unmarshals the current document into val.
func (c *Cursor) Decode(val interface{}) error { panic("stub") }

// Close closes the cursor.
func (c *Cursor) Close(ctx context.Context) error { panic("stub") }

// Err returns the last error seen by the cursor.
func (c *Cursor) Err() error { panic("stub") }

// Find runs a find command and returns a cursor over the matching documents.
func (coll *Collection) Find(ctx context.Context, filter interface{},
	opts ...*options.FindOptions) (*Cursor, error) {
	panic("stub")
}
