// Package primitive is a stub of go.mongodb.org/mongo-driver/bson/primitive
// (v1.17.1): the document types, with their real definitions.
package primitive

// E is a BSON element of a D.
type E struct {
	Key   string
	Value interface{}
}

// D is an ordered BSON document.
type D []E

// M is an unordered BSON document.
type M map[string]interface{}
