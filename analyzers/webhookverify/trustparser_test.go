package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TrustParserL22: a festival's gateways behind one interface, a beego
// notify route handing each the posted body and storing the order paid
// with GORM. Two parsers take the provider's signature from the body
// and never check it, yet answer paid from what was posted: a form
// whose sign goes into a notice nothing reads (the data base64 JSON),
// and a JSON notice whose signature field is never read; reported at
// the parsers (the route itself, whose implementations in sight include
// them, the handler model reports already). Silent: a gateway reading
// the payment back from its API, one comparing an MD5 sign made with
// its key, a parser handing the sign back to its caller, one reading
// only sign_type and answering not paid, and a car park's route whose
// interface has only a read-back and an HMAC-checking gateway.
var _ = cases.Add(webhookverify.Analyzer, "TrustParserL22", "l22trustparser/...")
