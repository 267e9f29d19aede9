package retrystatus_test

import (
	"github.com/paylint/paylint/analyzers/retrystatus"
)

// Exits: loops around a wrapper that hands back its sender's error
// untested (err := b.do(…); return &p, err) stop on one 4xx only (409,
// 401): reported; loops that stop on every 4xx but 429 (a range, a
// predicate, 409 plus a helper) and a wrapper that tests the error
// before handing it back stay silent.
var _ = cases.Add(retrystatus.Analyzer, "Exits", "retrystatus/exits")
