package retrystatus_test

import (
	"github.com/paylint/paylint/analyzers/retrystatus"
)

// OKDecodeF12: a loop left only through a 201 it then decodes, and a
// backoff v5 operation erring plainly on every status but 200 and
// permanent only on a body that does not decode, retry 400/422; the same
// shapes retrying only 429/5xx, and a decode of every answer before its
// status is read, stay silent.
var _ = cases.Add(retrystatus.Analyzer, "OKDecodeF12", "retrystatus/f12okdecode")
