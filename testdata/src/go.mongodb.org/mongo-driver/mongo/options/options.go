// Package options is a stub of go.mongodb.org/mongo-driver/mongo/options
// (v1.17.1): only the option types the stubbed methods take.
package options

// ClientOptions configures a Client.
type ClientOptions struct{}

// DatabaseOptions configures a Database.
type DatabaseOptions struct{}

// CollectionOptions configures a Collection.
type CollectionOptions struct{}

// UpdateOptions configures UpdateOne.
type UpdateOptions struct{}

// FindOneOptions configures FindOne.
type FindOneOptions struct{}

// InsertOneOptions configures InsertOne.
type InsertOneOptions struct{}

// Client returns an empty ClientOptions.
func Client() *ClientOptions { return &ClientOptions{} }

// ApplyURI sets the connection string.
func (c *ClientOptions) ApplyURI(uri string) *ClientOptions { return c }
