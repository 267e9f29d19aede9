// Package mongo is a stub of go.mongodb.org/mongo-driver/mongo (v1.17.1):
// real names and signatures, trivial bodies.
package mongo

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo/options"
)

// Client is a handle to a MongoDB deployment.
type Client struct{}

// Database is a handle to a database.
type Database struct{}

// Collection is a handle to a collection.
type Collection struct{}

// SingleResult is the result of FindOne.
type SingleResult struct{}

// UpdateResult is the result of an update.
type UpdateResult struct {
	MatchedCount  int64
	ModifiedCount int64
	UpsertedCount int64
	UpsertedID    interface{}
}

// InsertOneResult is the result of InsertOne.
type InsertOneResult struct {
	InsertedID interface{}
}

func Connect(ctx context.Context, opts ...*options.ClientOptions) (*Client, error) { panic("stub") }

func (c *Client) Database(name string, opts ...*options.DatabaseOptions) *Database { panic("stub") }

func (db *Database) Collection(name string, opts ...*options.CollectionOptions) *Collection {
	panic("stub")
}

func (coll *Collection) UpdateOne(ctx context.Context, filter interface{}, update interface{},
	opts ...*options.UpdateOptions) (*UpdateResult, error) {
	panic("stub")
}

func (coll *Collection) FindOne(ctx context.Context, filter interface{},
	opts ...*options.FindOneOptions) *SingleResult {
	panic("stub")
}

func (coll *Collection) InsertOne(ctx context.Context, document interface{},
	opts ...*options.InsertOneOptions) (*InsertOneResult, error) {
	panic("stub")
}

func (sr *SingleResult) Decode(v interface{}) error { panic("stub") }
