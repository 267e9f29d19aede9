// Package kv is a key-value store of whole records, generic over the
// record's type.
package kv

import "context"

// Bucket keeps records of one type.
type Bucket[T any] interface {
	Get(ctx context.Context, key string) (T, error)
	Put(ctx context.Context, key string, v T) error
}

// Cache keeps copies for fast reads.
type Cache[T any] interface {
	Set(ctx context.Context, key string, v T) error
}
