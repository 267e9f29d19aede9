// Package idempotency defines the idempotency analyzer.
package idempotency

const doc = `idempotency: placeholder`
