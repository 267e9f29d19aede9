// Package idempotency is a stub of
// github.com/VictorAvelar/mollie-api-go/v4/pkg/idempotency (signatures as
// in v4.16.0; bodies are stubs).
package idempotency

// KeyGenerator makes the Idempotency-Key of each POST.
type KeyGenerator interface {
	Generate() string
}

const TestKeyExpected = "test_ikg_key"

// NewStdGenerator makes a new UUID on every Generate.
func NewStdGenerator() KeyGenerator { panic("stub") }

// NewNopGenerator returns exp on every Generate.
func NewNopGenerator(exp string) KeyGenerator { panic("stub") }
