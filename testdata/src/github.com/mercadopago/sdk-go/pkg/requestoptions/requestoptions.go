// Package requestoptions is a stub of
// github.com/mercadopago/sdk-go/pkg/requestoptions (as in v1.14.0;
// bodies are stubs).
package requestoptions

import "context"

// WithIdempotencyKey returns a context carrying the key that mutating
// client methods send as X-Idempotency-Key instead of a new UUID.
func WithIdempotencyKey(ctx context.Context, key string) context.Context { return ctx }

// IdempotencyKeyFrom returns the key stored by WithIdempotencyKey.
func IdempotencyKeyFrom(ctx context.Context) (string, bool) { return "", false }
