package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// CtorReturnsInterfaceA23: a rent job retrying a card charge through an
// interface, bound in main to what a constructor of the client's package
// returns behind that interface (func NewCardClient(k string)
// rent.Collector { return &cardClient{…} }), is judged by the one
// concrete type the constructor builds (retry/ctorport.go): the
// keyless client is reported at the binding, held in a local or passed
// directly; a constructor choosing between the live client and a dry
// run, and one returning what another constructor made, stay silent.
var _ = cases.Add(idempotency.Analyzer, "CtorReturnsInterfaceA23", "a23ctorport/...")
