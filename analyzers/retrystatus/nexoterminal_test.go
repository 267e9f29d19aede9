package retrystatus_test

import "github.com/paylint/paylint/analyzers/retrystatus"

// NexoTerminalStatusRetry: a card terminal driven over nexo (Adyen's
// Terminal API: POST /sync, /async, a terminal's local /nexo) names no
// payment in its path; the message in the SaleToPOIRequest envelope
// does. A resty client reading payment outcomes (TransactionStatusRequest,
// as map literals, on a struct field configured in a constructor) whose
// retry condition retries every status >= 400, and a chain-built client
// sending typed TransactionStatusRequest and ReversalRequest messages
// retrying r.IsError(), reported at the condition; a status client
// retrying only network errors, 429 and 5xx, a client sending only
// display and diagnosis messages, and an SMS client, each retrying every
// error answer, silent.
var _ = cases.Add(retrystatus.Analyzer, "NexoTerminalStatusRetry", "nexoterminal/...")
