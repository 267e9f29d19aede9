// Package bson is a stub of go.mongodb.org/mongo-driver/bson (v1.17.1):
// the document aliases, as in the real package.
package bson

import "go.mongodb.org/mongo-driver/bson/primitive"

// D is an ordered BSON document.
type D = primitive.D

// E is a BSON element of a D.
type E = primitive.E

// M is an unordered BSON document.
type M = primitive.M
