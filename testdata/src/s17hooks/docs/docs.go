// Package docs is a small document store over any backend: one generic
// collection per record type, read and written whole by key.
package docs

import "context"

// Collection holds records of one type by key.
type Collection[T any] interface {
	Atomically(ctx context.Context, fn func(ctx context.Context) error) error
	Fetch(ctx context.Context, key string) (T, bool, error)
	Save(ctx context.Context, key string, rec T) error
	Put(ctx context.Context, key string, rec T) error
}

// Memory is an in-memory Collection.
type Memory[T any] struct{ recs map[string]T }

// NewMemory returns an empty Memory.
func NewMemory[T any]() *Memory[T] { return &Memory[T]{recs: map[string]T{}} }

func (m *Memory[T]) Atomically(ctx context.Context, fn func(ctx context.Context) error) error {
	return fn(ctx)
}

func (m *Memory[T]) Fetch(ctx context.Context, key string) (T, bool, error) {
	r, ok := m.recs[key]
	return r, ok, nil
}

func (m *Memory[T]) Save(ctx context.Context, key string, rec T) error {
	m.recs[key] = rec
	return nil
}

func (m *Memory[T]) Put(ctx context.Context, key string, rec T) error { return m.Save(ctx, key, rec) }
