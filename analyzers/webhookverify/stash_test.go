package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// StashedBodyWHA: a webhook handler that decodes the body its route's
// middleware read and handed on through the request's context (net/http
// context.WithValue under a struct key, gin c.Set under a const) is known
// by its body and judged where it is mounted: silent behind the method
// factory that verifies the HMAC and stashes the body (chi With, chi Route
// with Use, gin group), reported behind a method factory that stashes the
// same key and checks nothing; a handler behind it that changes nothing
// is silent.
var _ = cases.Add(webhookverify.Analyzer, "StashedBodyWHA", "whastash/...")
