package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// MeteredProxy: the product's own model API (POST /v1/messages on fiber,
// net/http and gin) that forwards the client's request to a vendor with
// retries, answers with the vendor's reply and draws the caller's prepaid
// credits down is no webhook: a helper handed the request context and the
// caller's API key row bills and answers, it verifies no signature
// (keyrecord.go). An OpenAI-compatible /v1/chat/completions on echo
// debiting the credits in line is silent too. Still reported: the
// product's Stripe webhook on a fiber group calling its CRM before the
// 200, and a Stripe webhook crediting through a background worker but
// posting to a chat channel before it answers.
var _ = cases.Add(webhookack.Analyzer, "MeteredProxy", "llmrelay/...")
