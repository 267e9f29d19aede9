package webhookverify_test

import "github.com/paylint/paylint/analyzers/webhookverify"

// SandboxSwitch: a ticket office's net/http notifications signed with an
// HMAC in X-Sign, and the gateway's sandbox switch (TestMode). Without a
// key only the sandbox goes on and production refuses, and an unparsable
// sandbox ping marks the ticket in the query paid while production
// refuses it: silent, the switch off rejects outright (not a fail-open on
// an empty secret). A missing key refused only under Strict (its zero
// value goes on), one only logged outside the sandbox, reported as
// failing open; TestMode skipping the check on the shared path reported
// as skipped.
var _ = cases.Add(webhookverify.Analyzer, "SandboxSwitch", "ticketgate/...")
